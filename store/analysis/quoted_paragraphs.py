"""Quotations set in paragraphs of their own, whose speaker is named in another paragraph (see ``claims``)."""

from __future__ import annotations

from store.models import Claim, Passage

_OPENING_QUOTE = ('"', "“")


def continue_quotation(claims: list[Claim], passage: Passage, open_quotes: list[str]) -> list[str]:
    """A quotation over several paragraphs is its speaker's, though only its last paragraph names them.

    '"They come in waves of 30 to 40 men." / "In one week we counted 200 dead," Marchenko said.': by the
    convention of print, a quoted paragraph that continues in the next has no closing mark, and the next
    opens with one again.  The still-unclaimed claims of the open paragraphs go to whoever the closing one
    names.  Returns the open paragraphs after this one.
    """
    text = passage.text
    if text.count('"') % 2 == 1 or text.count("“") > text.count("”"):
        return [*open_quotes, passage.id]  # still open: its speaker may be named further on
    if open_quotes:
        owner = next((c.claimant for c in claims if c.passage_id == passage.id and c.claimant), None)
        if owner is not None:
            waiting = set(open_quotes)
            for claim in claims:
                if claim.passage_id in waiting and claim.claimant is None:
                    claim.claimant = owner
    return []


def give_quotation_to(claims: list[Claim], passage_id: str, owner: str) -> None:
    """'"We estimate there are 8,000 …" / That was the assessment of X': the quoted paragraph is X's."""
    reached = False
    for claim in reversed(claims):
        if claim.passage_id == passage_id:
            reached = True
            if claim.text.startswith(_OPENING_QUOTE):
                claim.claimant, claim.via = owner, None
        elif reached:
            break


def _leaves_quote_open(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _closes_open_quote(text: str) -> bool:
    return text.count('"') % 2 == 1 or text.count("”") > text.count("“")


def wrapped_quotation_owner(claims: list[Claim], passage: Passage) -> str | None:
    """The speaker of a quotation a paragraph opens and leaves open mid-sentence: 'Zelensky said North Korea had
    sent "around 11,000 troops, and' (a hard wrap of the same sentence, not a quoted paragraph of its own)."""
    text = passage.text
    if text.startswith(_OPENING_QUOTE) or not _leaves_quote_open(text):
        return None
    opening = max(text.rfind('"'), text.rfind("“"))
    for claim in reversed(claims):  # only the sentence that opens the quotation names its speaker
        if claim.passage_id != passage.id:
            break
        if claim.start <= opening < claim.end:
            return claim.claimant
    return None


def close_wrapped_quotation(claims: list[Claim], passage: Passage, owner: str) -> None:
    """The unclaimed claims of the paragraph that closes a wrapped quotation are its speaker's."""
    if passage.text.startswith(_OPENING_QUOTE) or not _closes_open_quote(passage.text):
        return
    for claim in reversed(claims):
        if claim.passage_id != passage.id:
            break
        if claim.claimant is None:
            claim.claimant = owner

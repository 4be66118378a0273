"""A second source giving the same figure: "…around 12,000 troops, the same figure the NIS gave lawmakers".

The sentence is the first speaker's, and its figure is theirs; the appositive after it says another body
gave that figure too.  An analyst asking who says 12,000 must find both, so beside the first claim the
extractor files the second source's: the words from the figure to the end of the appositive, with the
figure the appositive points back to.
"""

from __future__ import annotations

import re

from store.analysis.claimants import clean_claimant, fold
from store.ids import claim_id
from store.models import Claim, Figure, Passage

# ", the same figure South Korea's NIS gave lawmakers in November", ", the same number that Seoul has cited",
# ", an estimate the Pentagon also gave": the source between the noun and its verb of giving.
_SAME_FIGURE = re.compile(
    r",\s+(?:the\s+(?:very\s+)?same|an\s+identical|the\s+identical|a\s+similar|the\s+figure|the\s+number)\s+"
    r"(?:(?:figure|number|estimate|count|tally|total)\s+)?(?:that\s+|which\s+|as\s+)?"
    r"(?P<who>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|for|the)){0,7})(?:\s+\([A-Z]{2,6}\))?\s+"
    r"(?:(?:also|had|has|have|previously|earlier|first|itself)\s+){0,2}"
    r"(?:gave|gives|given|cited|cites|reported|reports|put\s+forward|uses|used|published|released|estimated|offered)\b"
    r"[^,;.]*"
)


def add_same_figure_claims(claims: list[Claim], passages: list[Passage]) -> None:
    """After each claim whose text names another source of the same figure, add that source's claim."""
    added: list[tuple[int, Claim]] = []
    text_of: dict[str, str] | None = None
    for index, claim in enumerate(claims):
        if not claim.figures or ", the " not in claim.text and ", an " not in claim.text and ", a " not in claim.text:
            continue
        found = _SAME_FIGURE.search(claim.text)
        if found is None:
            continue
        before = [f for f in claim.figures if f.end <= found.start()]
        who = clean_claimant(found.group("who"))
        if not before or not who or (claim.claimant and fold(who) == fold(claim.claimant)):
            continue
        if claim.via and fold(who) in fold(claim.via):
            claim.via = None  # "…, the same number the Pentagon has cited": another source, not the first's relay
        figure = before[-1]  # the figure the appositive points back to
        start, end = figure.start, found.end()
        text_of = text_of if text_of is not None else {p.id: p.text for p in passages}
        text = text_of.get(claim.passage_id, "")[claim.start + start : claim.start + end]
        if text != claim.text[start:end]:
            continue
        added.append((index, Claim(
            id=claim_id(claim.passage_id, claim.start + found.start("who")),
            article_id=claim.article_id,
            passage_id=claim.passage_id,
            text=text,
            start=claim.start + start,
            end=claim.start + end,
            claimant=who,
            subject=claim.subject,
            hedged=claim.hedged,
            figures=[Figure(figure.value, figure.low, figure.high, figure.unit, figure.qualifier, figure.surface, 0,
                            figure.end - figure.start)],
        )))
    for index, claim in reversed(added):
        claims.insert(index + 1, claim)

"""A figure's source named in the sentence after it: "… an estimated 6 million rounds.[12] The figure comes from a
RUSI assessment."

Explainers and think-tank prose give a figure first and its source after, in a sentence that points back to it
("The figure comes from …", "These estimates are drawn from …").  That sentence names the source of the unclaimed
figures of the sentence just before it, in its own paragraph or the one before; never of a figure someone
already claims ("…, the NIS said. The figure comes from …" leaves it the NIS's).
"""

from __future__ import annotations

import re

from store.models import Claim

# "The figure comes from", "These estimates are drawn from", "The latest numbers came from": a figure noun
# pointing back, then its source (a capital or an article opens it: "from the start of the war" names no one).
_FIGURE_FROM = re.compile(
    r"(?:^|(?<=[.!?\]”\"]\s))(?:The|That|This|These|Those)\s+(?:latest\s+|official\s+|new\s+)?"
    r"(?:figures?|estimates?|numbers?|data|tall(?:y|ies)|counts?)"
    # the figure itself may stand in the sentence: "The figure of 12,000 troops", "The figure – 12,000 troops –"
    r"(?:\s+of\s+(?:[^,;.–—]|(?<=\d)[,.](?=\d)){1,40}?|\s*[,–—]\s+(?:[^,;.–—]|(?<=\d)[,.](?=\d)){1,40}?\s*[,–—])?"
    r"\s+(?:comes?|came|is|are|was|were)\s+"
    r"(?:taken\s+|drawn\s+|derived\s+)?from\s+(?=(?:an?\s+|the\s+)?[A-Z])"
    # and in a relative clause after the figure: "… verify the figure of 12,000 troops, which came from Ukraine's HUR"
    r"|(?<=\s)(?:figures?|estimates?|numbers?|tall(?:y|ies)|counts?)\s+of\s+(?:[^,;.]|(?<=\d)[,.](?=\d)){1,40}?,\s+"
    r"which\s+(?:comes?|came|was\s+(?:taken|drawn|derived))\s+from\s+(?=(?:an?\s+|the\s+)?[A-Z])"
)


def may_name_figure_source(text: str) -> bool:
    """Cheap tests in C before the pattern: most texts hold none of its words."""
    return " from " in text and ("figure" in text or "estimate" in text or "number" in text or "data" in text
                                 or "tall" in text or "count" in text)


def figure_sources(text: str) -> list[tuple[int, int]]:
    """(start, where the source begins) of each "The figure comes from <source>" in ``text``."""
    if not may_name_figure_source(text):
        return []
    return [(m.start(), m.end()) for m in _FIGURE_FROM.finditer(text)]


def credit_figures_before(claims: list[Claim], first_new: int, passage_ids: tuple[str, ...]) -> None:
    """Give the source a sentence names (its claims are ``claims[first_new:]``) the unclaimed figures of the
    sentence before it, when that sentence lies in one of ``passage_ids`` (this paragraph or the one before)."""
    owner = next((c for c in claims[first_new:] if c.claimant and not c.figures), None)
    if owner is None or first_new == 0 or not _FIGURE_FROM.match(owner.text):
        return
    last = claims[first_new - 1]
    if last.passage_id not in passage_ids:
        return
    for claim in reversed(claims[:first_new]):
        if claim.passage_id != last.passage_id or claim.text != last.text:
            break  # only the sentence just before
        if claim.claimant is None and claim.figures:
            claim.claimant, claim.via = owner.claimant, owner.via

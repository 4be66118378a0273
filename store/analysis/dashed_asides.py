"""A source named inside an aside between dashes owns the aside, not the sentence around it.

"Some 3,000 North Korean soldiers — about a quarter of the force, according to Kyiv — have been killed": the
writer states 3,000 in their own voice and sets Kyiv's share apart between the dashes.  Print sets asides off
with a pair of dashes as it does with brackets (``claim_segments`` reads a closing bracket's speaker), so a
source whose every mention lies inside the pair, next to a figure of its own, owns the words from the
opening dash on, while the words before it, which hold a figure too, are nobody's.  A single dash is no pair
("… killed — 1,000 in a week, Kyiv said") and a sentence whose only figure is in the aside stays the
source's ("more troops - about 3,000 by the Pentagon's count - since January").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.analysis.anchors import Anchor
from store.analysis.numbers import find_figures

# A dash that sets an aside off: an em dash (spaced or not), a spaced en dash or hyphen, or a double hyphen.
_DASH = re.compile(r"\s*—\s*|\s[–-]\s|\s*--\s*")


def dashed_aside_claim(
    sentence: str, named: Sequence[tuple[Anchor, str | None]]
) -> list[tuple[int, int, Anchor | None, str | None]] | None:
    """[(0, opening dash, nobody), (opening dash, end, the aside's source)], or None if no aside owns a source."""
    claimant = named[0][1]
    if claimant is None or sentence[:1] in "\"“" or any(c != claimant for _a, c in named):
        return None
    dashes = [(m.start(), m.end()) for m in _DASH.finditer(sentence)]
    if len(dashes) < 2:
        return None
    first, last = named[0][0], named[-1][0]
    opening = next(((a, b) for a, b in reversed(dashes) if b <= first.start), None)
    closing = next(((a, b) for a, b in dashes if a >= last.end), None)
    if opening is None or closing is None or any(opening[1] <= a < closing[0] for a, _b in dashes):
        return None  # the source is not between one pair of dashes
    aside, before = sentence[opening[1] : closing[0]], sentence[: opening[0]]
    if not find_figures(aside) or not find_figures(before):  # (a day or a year is no figure)
        return None
    return [(0, opening[0], None, None), (opening[0], len(sentence), first, claimant)]

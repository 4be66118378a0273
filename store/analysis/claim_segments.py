"""Cutting a sentence that carries several claimants into one span per claimant.

"X said A, while Y put it at B" is cut at the last clause break before Y; "A, according to X, with reports
suggesting B" right after X; "11,000 (NIS) to 12,000 (HUR)" right after each bracketed source, and "put at
11,000 by Seoul and 12,000 by Washington" right after each agent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.analysis.anchors import Anchor

_SPLIT_POINT = re.compile(
    r",\s+(?:and|while|though|although|but|whereas|with|as|even\s+as)\s+|;\s+|\s+while\s+|,\s+(?=according\s+to\b)"
    r"|[，；](?=\s*(?:而|但|然而|不过|可是))"  # Chinese "，而" ("while"): the connective opens the second claim
)


def claim_segments(
    sentence: str, named: Sequence[tuple[Anchor, str | None]]
) -> list[tuple[int, int, Anchor | None, str | None]]:
    """One span per distinct claimant; a sentence with one claimant (or none) is one span."""
    distinct: list[tuple[Anchor, str | None]] = []
    for anchor, claimant in named:
        if not distinct or distinct[-1][1] != claimant:
            distinct.append((anchor, claimant))
    if len({c for _a, c in distinct}) <= 1:
        return [(0, len(sentence), distinct[0][0], distinct[0][1])] if distinct else [(0, len(sentence), None, None)]
    cuts = [0]
    for (first, _c1), (second, _c2) in zip(distinct, distinct[1:], strict=False):
        low, high = first.end, second.start
        cut = None
        if first.kind == "bracket":
            cut = first.end + 1  # "11,000 (NIS) to 12,000 (HUR)": each figure's source closes its claim
        elif first.kind == "put by":
            cut = first.end  # "put at 11,000 by Seoul and 12,000 by Washington": so does each agent
        elif first.content == "left":
            # "…, according to Ukraine, with reports suggesting …": the first claim ends right after its source.
            after = _SPLIT_POINT.search(sentence, first.end, max(first.end, high))
            cut = after.start() if after else None
            if cut is None:
                comma = sentence.find(",", first.end, high)
                cut = comma if comma >= 0 else None
        if cut is None:
            # "X said A, while Y put it at B": cut at the last clause break before the second claimant.
            points = [m.start() for m in _SPLIT_POINT.finditer(sentence, low, high)]
            cut = points[-1] if points else (high if second.content == "right" else None)
        if cut is None or cut <= cuts[-1]:
            continue
        cuts.append(cut)
    cuts.append(len(sentence))
    spans: list[tuple[int, int, Anchor | None, str | None]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        inside = [(anchor, c) for anchor, c in distinct if a <= anchor.start < b]
        if inside:
            spans.append((a, b, inside[0][0], inside[0][1]))
        else:  # a stretch before any claimant's words belongs with the next claim's span or the previous one
            spans.append((a, b, spans[-1][2], spans[-1][3]) if spans else (a, b, None, None))
    return spans

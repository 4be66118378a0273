"""Two speakers set against each other in one Korean, Japanese or Chinese sentence.

"ウクライナ側は1万2000人と推定しているが、韓国政府は1万1000人とみている" ("Ukraine estimates 12,000,
while the South Korean government thinks 11,000"), "乌方估计有1.2万人，而韩方估计为1.1万人" and
"우크라이나는 … 주장했지만, 한국 정부는 … 밝혔다" each put two figures in two mouths.  Their speaker
rules read one topic per sentence; read clause by clause (the clauses cut where a contrast joins them), each
clause that names its own speaker keeps its own.  English copy's "…, while Seoul estimates 11,000" is cut by
``claim_segments`` already.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from store.analysis.anchors import Anchor

# Where one clause ends and its contrast begins: Japanese "…が、", "…けれども、", "…一方(で)、", "…のに対し(て)、"
# after a verb or adjective; Chinese "，而", "，但(是)", "；"; Korean "…지만,", "… 반면(에)", "…으나".  The
# connective belongs to neither speaker: the second clause opens after it.  (A bare comma is no cut: "据韩联社报道，
# 国家情报院表示" is one claim, the agency's words as the news agency reported them.)
CONTRAST = re.compile(
    r"(?<=[るたいだす])(?:が|けれども|けど|一方で?|のに対し(?:て)?)、"
    r"|[，,]\s*(?:而|但是?|然而|不过|可是)|；"
    r"|(?<=[\uac00-\ud7a3])(?:지만|으나)\s*,?\s*|\s반면에?\s*,?\s*"
)
# Only a sentence holding one of these can be cut (the cheap test before the pattern).
_MARKS = ("、", "，", ",", "；", "지만", "반면", "으나")


def contrast_clauses(sentence: str) -> list[tuple[int, int]]:
    """The sentence's clauses, as (start, end), cut at each contrast; one clause when there is none."""
    if not any(mark in sentence for mark in _MARKS):
        return [(0, len(sentence))]
    clauses, start = [], 0
    for match in CONTRAST.finditer(sentence):
        if match.start() > start:
            clauses.append((start, match.start()))
        start = match.end()
    clauses.append((start, len(sentence)))
    return clauses


def contrasted_anchors(sentence: str, read: Callable[[str], list[Anchor]]) -> list[Anchor] | None:
    """The speakers ``read`` finds clause by clause, when two or more clauses name each their own; else None.

    A clause without a speaker of its own (", 而且…", a list's comma) makes the sentence one claim's: the
    whole sentence is read as before.
    """
    clauses = contrast_clauses(sentence)
    if len(clauses) < 2:
        return None
    found: list[Anchor] = []
    speakers = 0
    for start, end in clauses:
        anchors = read(sentence[start:end])
        if not anchors:
            continue
        speakers += 1
        found += [replace(anchor, start=anchor.start + start, end=anchor.end + start) for anchor in anchors]
    if speakers < 2 or len({anchor.claimant or anchor.raw for anchor in found}) < 2:
        return None
    return found

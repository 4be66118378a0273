"""The words of each subject when one sentence counts several.

"North Korea has sent Russia 11,000 troops, 9 million artillery shells and 148
ballistic missiles, the ministry said" gives one claim per subject (see
``claims``).  Each claim carries the part of the sentence that holds its own
figures, not the whole sentence three times over: the sentence is cut at the
last list or clause break ("," "and" "plus" ";" "while") between two
neighbouring figures of different subjects.  The first part keeps the
sentence's opening (what was done), the last its closing (who said so).  A
subject whose figures are not neighbours ("11,000 troops, 300 killed and
12,000 more troops") keeps the whole sentence: no single part holds them.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence
from itertools import pairwise

from store.models import Figure

_ITEM_BREAK = re.compile(
    r"\s*[,;]\s+(?:(?:and|plus|as\s+well\s+as|while|but|with)\s+)?|\s+(?:and|plus|as\s+well\s+as|while|but)\s+"
    r"|[、，；]"  # Japanese and Chinese commas, with no space after them
)
_LEADING_JOIN = re.compile(r"[\s,;、，；]*(?:(?:and|plus|as\s+well\s+as|while|but|with)\b)?[\s,;、，；]*", re.IGNORECASE)


def subject_spans(
    sentence: str, start: int, end: int, groups: Sequence[tuple[Hashable, Sequence[Figure]]]
) -> dict[Hashable, tuple[int, int]]:
    """(start, end) in ``sentence`` of each group's words, inside ``start``..``end``.

    ``groups`` are (key, figures) with figure offsets in ``sentence``; a group whose figures are not
    neighbours, or a sentence with no break between two groups, gets the whole ``start``..``end``.
    """
    whole = {key: (start, end) for key, _figures in groups}
    tagged = sorted(((f.start, f.end, key) for key, figures in groups for f in figures), key=lambda t: t[0])
    cuts: list[int] = []
    for (_a_start, a_end, a_key), (b_start, _b_end, b_key) in pairwise(tagged):
        if a_key == b_key:
            continue
        last = None
        for last in _ITEM_BREAK.finditer(sentence, a_end, b_start):
            pass
        if last is None:
            return whole  # "11,000 troops 3,000 of them killed": no break to cut at
        cuts.append(last.start())
    bounds = [start, *cuts, end]
    # The parts in order, each with the group of the figures inside it.
    part_keys: list[Hashable] = []
    figure_index = 0
    for part_end in bounds[1:]:
        key = None
        while figure_index < len(tagged) and tagged[figure_index][0] < part_end:
            key = tagged[figure_index][2]
            figure_index += 1
        part_keys.append(key)
    spans = dict(whole)
    for key, _figures in groups:
        indices = [i for i, k in enumerate(part_keys) if k == key]
        if not indices or indices != list(range(indices[0], indices[-1] + 1)):
            continue  # its figures are not neighbours: the whole sentence
        low, high = bounds[indices[0]], bounds[indices[-1] + 1]
        if low > start:
            joined = _LEADING_JOIN.match(sentence, low, high)
            low = joined.end() if joined else low
        while high > low and sentence[high - 1] in " ,;":
            high -= 1
        if high > low:
            spans[key] = (low, high)
    return spans

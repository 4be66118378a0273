"""A paged document's footnotes: the numbers set after words and the notes at the page's foot.

A report converted from PDF keeps its superscript marks as plain digits glued to the punctuation
("... already deployed.1 The Joint Chiefs ...") and its notes as paragraphs of their own at the
foot of the page ("1 Joint Chiefs of Staff, press briefing, March 24, 2025. 2 Ibid.").  The two
vouch for each other: only numbers that both mark the text and open a note are taken, so that a
paragraph opening with a figure ("3 people were killed") or a decimal stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.units import Unit

# A mark: one to three digits right after a word's closing punctuation, then a space or the end.
_MARK = re.compile(r"(?<=[a-z][.,;:!?”’\"')])(\d{1,3})(?=\s|$)")
# A note: its number, a space and a capital; later notes in the same paragraph follow a full stop.
_NOTE_START = re.compile(r"(\d{1,3}) (?=[A-Z])")
_LATER_NOTE = re.compile(r"(?<=[.)]) (\d{1,3}) (?=[A-Z])")
_LEAST_MATCHED = 2


def mark_page_footnotes(units: Sequence[Unit]) -> None:
    """Notes become ``footnote`` removals and their marks leave the text, when marks and notes agree."""
    marks: dict[int, set[str]] = {}
    for i, unit in enumerate(units):
        if unit.removed is None and (found := set(_MARK.findall(unit.text))):
            marks[i] = found
    if not marks:
        return
    marked = set().union(*marks.values())
    notes: list[int] = []
    numbers: set[str] = set()
    for i, unit in enumerate(units):
        if unit.removed is not None or (start := _NOTE_START.match(unit.text)) is None or start[1] not in marked:
            continue
        if not any(k < i for k, found in marks.items() if start[1] in found):
            continue  # a note stands under its mark
        notes.append(i)
        numbers.add(start[1])
        numbers.update(n for n in _LATER_NOTE.findall(unit.text) if n in marked)
    if len(numbers) < _LEAST_MATCHED:
        return
    for i in notes:
        units[i].removed, units[i].action = "footnote", "line"
    for i in marks:
        unit = units[i]
        if unit.removed is None:
            unit.text = _MARK.sub(lambda m: "" if m[1] in numbers else m[1], unit.text)

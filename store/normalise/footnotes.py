"""A paged document's footnotes: the numbers set after words and the notes at the page's foot.

A report converted from PDF keeps its superscript marks as plain digits glued to the punctuation
("... already deployed.1 The Joint Chiefs ...") and its notes as paragraphs of their own at the
foot of the page ("1 Joint Chiefs of Staff, press briefing, March 24, 2025. 2 Ibid."); a newsletter
platform sets each note's number on a line of its own over the note.  The two
vouch for each other: only numbers that both mark the text and open a note are taken, so that a
paragraph opening with a figure ("3 people were killed") or a decimal stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.units import Unit

# A mark: one to three digits right after a word's closing punctuation, then a space or the end.
# A mark after a figure's closing full stop counts too ("… 11,000 to 12,000.3", "… since 2024.4"): a grouped
# number or a year never goes on in decimals of its own.
_MARK = re.compile(r"(?:(?<=[a-z][.,;:!?”’\"')])|(?<=\d,\d{3}\.)|(?<=\s[12]\d{3}\.))(\d{1,3})(?=\s|$)")
# A note: its number, a space and a capital; later notes in the same paragraph follow a full stop.
# (a web page's notes list numbers them "1." or "1)": "1. Yonhap News Agency, ...")
_NOTE_START = re.compile(r"(\d{1,3})[.)]? (?=[A-Z\"“])")
# The heading a web page's notes stand under, at the foot of a commentary: "Notes", "Endnotes".
_NOTES_HEADING = re.compile(r"\n(?:notes|endnotes|footnotes|references|sources|anmerkungen|notes et références|notas|примечания|примітки)\s*:?\n", re.IGNORECASE)
_LATER_NOTE = re.compile(r"(?<=[.)]) (\d{1,3}) (?=[A-Z])")
_LEAST_MATCHED = 2
# The same in superscript digits, as pdftotext and a word processor's copy keep them: a mark right after a
# word or its punctuation ("programme.²", "Kursk³"), a note opening with its number ("² Yonhap, 30 November").
_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")
_SUPER_MARK = re.compile(r"(?<=[^\W\d_.,;:!?”’\"')]|[.,;:!?”’\"')])([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?=[\s.,;:]|$)")
_SUPER_NOTE_START = re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}) ?(?=[A-Z])")


def has_notes_heading(text: str) -> bool:
    """Whether a line of its own heads the notes ("Notes", "Endnotes") that marks in the text may point to."""
    return _NOTES_HEADING.search(text) is not None


def has_footnote_marks(text: str) -> bool:
    """Whether any number is glued after a word's closing punctuation (a cheap test before the full one)."""
    return _MARK.search(text) is not None or (any(ch in text for ch in _SUPERSCRIPTS[1:4]) and _SUPER_MARK.search(text) is not None)


def _marks_in(text: str) -> set[str]:
    found = set(_MARK.findall(text))
    if text.translate(_TO_DIGITS) != text:
        found.update(mark.translate(_TO_DIGITS) for mark in _SUPER_MARK.findall(text))
    return found


def mark_page_footnotes(units: Sequence[Unit]) -> None:
    """Notes become ``footnote`` removals and their marks leave the text, when marks and notes agree."""
    marks: dict[int, set[str]] = {}
    for i, unit in enumerate(units):
        if unit.removed is None and (found := _marks_in(unit.text)):
            marks[i] = found
    if not marks:
        return
    marked = set().union(*marks.values())
    notes: list[int] = []
    numbers: set[str] = set()
    for i, unit in enumerate(units):
        if unit.removed is not None:
            continue
        start = _NOTE_START.match(unit.text) or _SUPER_NOTE_START.match(unit.text)
        number = start[1].translate(_TO_DIGITS) if start is not None else unit.text if len(unit.text) <= 3 and unit.text.isdigit() else None
        if number is None or number not in marked or not any(k < i for k, found in marks.items() if number in found):
            continue  # a note stands under its mark
        if start is not None and _section_heading(unit.text[start.end() :]):
            continue  # "1. Introduction": a paper's numbered section, whatever its number marks elsewhere
        if start is None:
            # "1" alone over its note, as a newsletter platform sets its notes: the number and the note go.
            note = units[i + 1] if i + 1 < len(units) else None
            if note is None or note.removed is not None or not note.text[:1].isupper() or note.block == unit.block and note.pos != unit.pos + 1:
                continue
            notes.append(i + 1)
        notes.append(i)
        numbers.add(number)
        numbers.update(n for n in _LATER_NOTE.findall(unit.text) if n in marked)
    if len(numbers) < _LEAST_MATCHED and not (len(notes) == 1 and _at_page_foot(units, notes[0])):
        return  # (one note alone counts where it stands at the foot of its page, over the folio)
    for i in notes:
        units[i].removed, units[i].action = "footnote", "line"
    for i in marks:
        unit = units[i]
        if unit.removed is None:
            unit.text = _MARK.sub(lambda m: "" if m[1] in numbers else m[1], unit.text)
            unit.text = _SUPER_MARK.sub(lambda m: "" if m[1].translate(_TO_DIGITS) in numbers else m[1], unit.text)


_MOST_HEADING_WORDS = 5


def _section_heading(rest: str) -> bool:
    """A few words with no sentence's end, figure or address: a section's name, never a note's citation."""
    words = rest.split()
    return 0 < len(words) <= _MOST_HEADING_WORDS and rest[-1:].isalpha() and not any(ch.isdigit() or ch in ",;:/@" for ch in rest)


_PAGE_FOOT = frozenset({"page-number", "running-header", "running-footer"})


def _at_page_foot(units: Sequence[Unit], i: int) -> bool:
    """Whether the unit at ``i`` is the last text of a page: the page's folio or the next page's running head follows
    (in a block of its own)."""
    following = units[i + 1] if i + 1 < len(units) else None
    return following is not None and following.removed in _PAGE_FOOT and units[i].block != following.block

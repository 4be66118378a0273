"""Greek, Hebrew and Arabic letters whose second UTF-8 byte was lost to a Windows-1252 reading.

Like Cyrillic (``lossy_cyrillic``), these scripts are two bytes a letter in UTF-8, and five second bytes have
no Windows-1252 character (0x81, 0x8D, 0x8F, 0x90, 0x9D): read leniently, "Ν" (0xCE 0x9D) shows as "Î�",
"ρ" (0xCF 0x81) as "Ï�", "א" (0xD7 0x90) as "×�", "ف" (0xD9 0x81) as "Ù�", and saved once more in
Windows-1252 the U+FFFD is a "?".  (A UTF-8 file that lost the bytes themselves reads so too, see
``lossy_utf8``.)  The lead byte leaves a letter or two:

- after "Î" the capital "Ν" (the other, "ΐ", is a rare letter);
- after "Ï" "ρ" or "ύ": a Greek word carries one accent, so in a word accented elsewhere it is "ρ";
- after "×" "א" or the final "ם", which ends a word: inside one it is "א", after the "י" of a plural "ם";
- after "Ù" "ف" or a vowel sign news text does not write: beside an Arabic letter it is "ف".

Any other stays one U+FFFD, without the lead's junk.  Only in a text of that script, whose intact letters
outnumber the holes.
"""

from __future__ import annotations

import re

_HOLE = re.compile("([ÎÏ×ØÙ])[\ufffd?]")
# A letter of the scripts as the codepage repair finds it (its two bytes shown as Windows-1252) or repaired.
_MOJIBAKE_LETTER = re.compile("[ÎÏ×ØÙ][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]")
_LETTER = {
    "Î": re.compile("[\u0370-\u03ff]"),
    "Ï": re.compile("[\u0370-\u03ff]"),
    "×": re.compile("[\u05d0-\u05ea]"),
    "Ø": re.compile("[\u0620-\u064a]"),
    "Ù": re.compile("[\u0620-\u064a]"),
}
_LEAST_LETTERS = 8
_NEAR = 40  # characters either side of a "?" where the script's letters must stand for it to be a hole
_LEAST_LETTERS_PER_HOLE = 3
_GREEK_ACCENTED = re.compile("[άέήίόύώ]|Î[¬\u00ad®¯]|Ï[Œ\u008cŽ\u008e]")
# A word of mojibake (its other holes, U+FFFD or "?", in it).
_WORD_AROUND = re.compile("[\\w\u00a0-\u024f\u0152-\u2122\ufffd?]*$")
_WORD_AFTER = re.compile("[\\w\u00a0-\u024f\u0152-\u2122\ufffd?]*")
_HEBREW_NEXT = re.compile("×[\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]|[\u05d0-\u05ea]")
_ARABIC_BESIDE = re.compile("[ØÙ][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]|[\u0620-\u064a]")


def restore_lossy_letters(text: str) -> tuple[str, int, int]:
    """(``text`` with each hole of these scripts mended or made one U+FFFD, letters told, holes left)."""
    if "Î" not in text and "Ï" not in text and "×" not in text and "Ù" not in text and "Ø" not in text:
        return text, 0, 0
    holes = _HOLE.findall(text)
    if not holes:
        return text, 0, 0
    letters = len(_MOJIBAKE_LETTER.findall(text)) + sum(len(_LETTER[lead].findall(text)) for lead in set(holes))
    if letters < _LEAST_LETTERS or letters < _LEAST_LETTERS_PER_HOLE * len(holes):
        return text, 0, 0
    told = left = 0

    def mend(found: re.Match[str]) -> str:
        nonlocal told, left
        letter = _letter(found, text)
        if letter is None:
            left += 1
            return "\ufffd"
        told += 1
        return letter

    return _HOLE.sub(mend, text), told, left


def _letter(found: re.Match[str], text: str) -> str | None:
    lead, start, end = found.group(1), found.start(), found.end()
    near = max(0, start - _NEAR), end + _NEAR
    if found.group(0)[1] == "?" and not _LETTER[lead].search(text, *near) and not _MOJIBAKE_LETTER.search(text, *near):
        return None  # (a question mark after a lone "×" or "Î", no letter of the script near it, is a question)
    if lead == "Î":
        return "Ν"
    if lead == "Ï":
        word = _WORD_AROUND.search(text, 0, start).group(0) + _WORD_AFTER.match(text, end).group(0)  # type: ignore[union-attr]
        return "ρ" if _GREEK_ACCENTED.search(word) else None
    if lead == "×":
        if _HEBREW_NEXT.match(text, end):
            return "א"
        return "ם" if text.endswith(("×™", "י"), 0, start) else None  # (a word's end: the plural "-ים", far the commonest)
    if lead == "Ù":
        before = text[max(0, start - 2) : start]
        return "ف" if _ARABIC_BESIDE.match(text, end) or _ARABIC_BESIDE.search(before) else None
    return None

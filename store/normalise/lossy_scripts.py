"""Greek, Hebrew and Arabic letters whose second UTF-8 byte was lost to a Windows-1252 reading.

Like Cyrillic (``lossy_cyrillic``), these scripts are two bytes a letter in UTF-8, and five second bytes have
no Windows-1252 character (0x81, 0x8D, 0x8F, 0x90, 0x9D): read leniently, "Ν" (0xCE 0x9D) shows as "Î�",
"ρ" (0xCF 0x81) as "Ï�", "א" (0xD7 0x90) as "×�", "ف" (0xD9 0x81) as "Ù�", and saved once more in
Windows-1252 the U+FFFD is a "?".  (A UTF-8 file that lost the bytes themselves reads so too, see
``lossy_utf8``.)  The lead byte leaves a letter or two:

- after "Î" the capital "Ν" (the other, "ΐ", is a rare letter);
- after "Ï" "ρ" or "ύ": a Greek word of two syllables or more carries one accent, a word of one none, and
  every word a vowel; "ρ" stands by a vowel.  The one choice for the word's holes that keeps those rules
  is its letters ("σ?νο?α": "σύνορα"; "π?ος": "προς"); with two ("πο?": "πού" or "πορ") it stays a hole;
- after "×" "א" or the final "ם", which ends a word: inside one it is "א"; at a word's end "ם", far the
  commoner ending, but for the few words that end in "א" ("לא", "הוא", "היא", "צבא", "נשיא"), with their
  prefixes ("והיא", "הצבא");
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
_HEBREW_NEXT = re.compile("×[\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122\ufffd?]|[\u05d0-\u05ea]")
# A Hebrew word before a hole, as mojibake ("×”×•") or letters.
_HEBREW_BEFORE = re.compile("(?:×[\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]|[\u05d0-\u05ea])*$")
# Words that end in "א" (function words, the nouns and verbs of roots ending in it, Aramaic loans); any other
# word ending at a hole ends in "ם".  A word takes up to two prefixes: "ו" and, "ה" the, "ב" "ל" "מ" "כ" "ש".
_ALEF_FINAL = frozenset({
    "לא", "הוא", "היא", "אלא", "צבא", "נשיא", "נביא", "בא", "בוא", "מבוא", "יבוא", "תבוא", "נבוא", "לבוא",
    "ייבוא", "יבא", "יצא", "יוצא", "יצוא", "ייצוא", "מצא", "נמצא", "מוצא", "קרא", "קורא", "נקרא", "מקרא",
    "נשא", "נושא", "משא", "רופא", "מרפא", "אבא", "אמא", "סבא", "כלא", "מלא", "חטא", "שנא", "ברא", "פלא",
    "צמא", "דווקא", "אפוא", "איפוא", "כיסא", "כסא",
})
_HEBREW_PREFIXES = "והבלמכש"
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
        before = _WORD_AROUND.search(text, 0, start).group(0)  # type: ignore[union-attr]
        return _greek_letter(before + found.group(0) + _WORD_AFTER.match(text, end).group(0), len(before))  # type: ignore[union-attr]
    if lead == "×":
        if _HEBREW_NEXT.match(text, end):
            return "א"
        return "א" if _ends_in_alef(_HEBREW_BEFORE.search(text, 0, start).group(0)) else "ם"  # type: ignore[union-attr]
    if lead == "Ù":
        before = text[max(0, start - 2) : start]
        return "ف" if _ARABIC_BESIDE.match(text, end) or _ARABIC_BESIDE.search(before) else None
    return None


def _as_letters(mojibake: str) -> str:
    """``mojibake`` (a word's letters as their UTF-8 bytes read in Windows-1252, or already letters) as letters."""
    try:
        return mojibake.encode("cp1252").decode("utf-8")
    except UnicodeError:
        return mojibake


def _ends_in_alef(before: str) -> bool:
    """Is the Hebrew word ``before`` a hole (as mojibake or letters) one whose last letter is "א"?"""
    word = _as_letters(before) + "א"
    return any(word[prefixes:] in _ALEF_FINAL for prefixes in range(min(2, len(word) - 2) + 1) if all(ch in _HEBREW_PREFIXES for ch in word[:prefixes]))


_GREEK_HOLE = re.compile("Ï[\ufffd?]")
_GREEK_VOWELS = frozenset("αεηιουωάέήίόύώϊϋΐΰ")
_GREEK_ACCENTS = frozenset("άέήίόύώΐΰ")
_DIPHTHONGS = frozenset({"αι", "ει", "οι", "υι", "ου", "αυ", "ευ", "ηυ"})
_UNACCENTED = {"ί": "ι", "ύ": "υ"}
_MOST_GREEK_HOLES = 3  # in one word: 2**3 readings to weigh


def _greek_letter(word: str, at: int) -> str | None:
    """The letter ("ρ" or "ύ") of the hole at ``at`` in the Greek ``word`` (mojibake, holes "Ï?"), when one
    choice for all the word's holes alone spells a word Greek spelling allows (see the module's notes)."""
    holes = [found.start() for found in _GREEK_HOLE.finditer(word)]
    if at not in holes or len(holes) > _MOST_GREEK_HOLES:
        return None
    pieces = [_as_letters(piece) for piece in _GREEK_HOLE.split(word)]
    fitting = []
    for choice in range(2 ** len(holes)):
        letters = ["ύ" if choice >> index & 1 else "ρ" for index in range(len(holes))]
        spelt = pieces[0] + "".join(letter + piece for letter, piece in zip(letters, pieces[1:], strict=True))
        if _spelling_allowed(spelt.lower(), [len(pieces[0]) + sum(len(piece) + 1 for piece in pieces[1 : index + 1]) for index in range(len(holes))], letters):
            fitting.append(letters)
    if len(fitting) > 1:
        # "ύ" before a vowel ("ισχύουν") is far rarer than "ρ" there: "π?ος" is "προς".
        fitting = [letters for letters in fitting if not _accent_before_vowel(pieces, letters)] or fitting
    return fitting[0][holes.index(at)] if len(fitting) == 1 else None


def _accent_before_vowel(pieces: list[str], letters: list[str]) -> bool:
    return any(letter == "ύ" and piece[:1].lower() in _GREEK_VOWELS for letter, piece in zip(letters, pieces[1:], strict=True))


def _spelling_allowed(word: str, places: list[int], letters: list[str]) -> bool:
    """One accent in a word of two syllables or more, none or one in a word of one, a vowel at least, and
    each "ρ" of ``letters`` (at ``places``) beside a vowel."""
    syllables = 0
    second = False  # (is the vowel before the second of a diphthong?)
    for index, ch in enumerate(word):
        if ch not in _GREEK_VOWELS:
            continue
        previous = word[index - 1] if index else ""
        joined = not second and previous in _GREEK_VOWELS and previous + _UNACCENTED.get(ch, ch) in _DIPHTHONGS
        syllables += not joined
        second = joined
    if any(letter == "ύ" and word[place - 1 : place] in ("υ", "ύ") for letter, place in zip(letters, places, strict=True)):
        return False  # (no Greek word doubles its "υ")
    accents = sum(1 for ch in word if ch in _GREEK_ACCENTS)
    if not syllables or accents > 1 or (syllables > 1 and accents != 1):
        return False
    return all(letter != "ρ" or (place and word[place - 1] in _GREEK_VOWELS) or word[place + 1 : place + 2] in _GREEK_VOWELS for letter, place in zip(letters, places, strict=True))

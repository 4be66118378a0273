"""Latin text in a codepage other than Windows-1252: Czech or Slovak, Polish, Turkish, Baltic.

Each test reads the bytes as Windows-1252 and as the other codepage and asks which reading is made of
letters where words have them.
"""

from __future__ import annotations

import re

from store.normalise.sloppy import sloppy_decode

_DETECTION_SAMPLE = 256 * 1024  # (as in ``legacy``)
_LETTER = re.compile(r"[^\W\d_]")

# Where ISO 8859-2 puts "ą", "ś", "Ą", "Ś", "Ź" (0xB1, 0xB6, 0xA1, 0xA6, 0xAC) Windows-1250 has symbols: a Polish
# word ending in one ("walcz±", "wie¶") shows the file is ISO 8859-2; real symbols never end a word.
# Their capitals "Ą Ś Ź" open words too ("¦wiadek", "¬ródło" for "Świadek", "Źródło"): no symbol stands so.
_SYMBOL_ENDING_WORD = re.compile(r"[^\W\d_][\u00b1\u00b6\u02c7\u00a6\u00ac](?![^\W\d_])|(?<![^\W\d_])[\u02c7\u00a6\u00ac](?=[a-z\u00df-\u017e])")
# In the reading of another Latin codepage "š" or "ž" inside a word is a letter; symbols still are not.
_ONLY_SYMBOL_INSIDE_WORD = re.compile(r"[A-Za-z][\u00a1-\u00a9\u00ab-\u00b4\u00b6-\u00b9\u00bb-\u00bf\u00d7\u00f7\u2020-\u2030][A-Za-z]")
# Windows-1250's ř, ě, ů (0xF8, 0xEC, 0xF9) read as Windows-1252's ø, ì, ù; its š and ž sit where
# Windows-1252 has them too.  Czech and Slovak names ("Jiří Dvořák") read in the wrong codepage
# show both, which neither Danish or Norwegian (ø without š) nor Italian (ì, ù without ž) does.
_CP1250_AS_CP1252 = re.compile(r"[a-zA-Z][øìù]|[øìù][a-z]")
_SHARED_CARONS = frozenset("šžŠŽ")


def looks_czech_or_slovak(western: str) -> bool:
    sample = western[:_DETECTION_SAMPLE]
    if not any(ch in sample for ch in _SHARED_CARONS):
        return False
    return len(_CP1250_AS_CP1252.findall(sample)) >= 2


def iso8859_2_order(data: bytes) -> tuple[str, str]:
    """Windows-1250 before ISO 8859-2, unless its reading mixes Polish with Czech or Slovak letters more.

    The two put "ą ś ź" and "š ž ť" in each other's places (0xB9 is "ą" in one, "š" in the other), so
    the wrong one spells Czech "služba" as "sluľba" and Polish "walczą" as "walczš".
    """
    sample = data[:_DETECTION_SAMPLE]
    windows, iso = (_mixed_letters(sloppy_decode(sample, codepage)) for codepage in ("cp1250", "iso8859_2"))
    return ("iso8859_2", "cp1250") if iso < windows else ("cp1250", "iso8859_2")


_POLISH_ONLY = frozenset("ąęłńśźżćĄĘŁŃŚŹŻĆ")
_CZECH_SLOVAK_ONLY = frozenset("ěřůčďňťľĺŕšžĚŘŮČĎŇŤĽĹŔŠŽ")


def _mixed_letters(text: str) -> int:
    """How many letters of the rarer of Polish and Czech-Slovak ``text`` holds: none in either language."""
    polish = sum(map(_POLISH_ONLY.__contains__, text))
    czech_slovak = sum(map(_CZECH_SLOVAK_ONLY.__contains__, text))
    return min(polish, czech_slovak)


def letters_intact(text: str) -> bool:
    """No symbol inside or at the end of a word: the reading of a Latin codepage that is the right one."""
    return _ONLY_SYMBOL_INSIDE_WORD.search(text) is None and _SYMBOL_ENDING_WORD.search(text) is None


# Turkish "ı ş ğ" (Windows-1254) and Lithuanian or Latvian "š ž" (Windows-1257) read as Windows-1252 are
# Icelandic letters, "ý þ ð": words that read as Western ("istihbaratýna", "Ðiaurës").  Icelandic itself
# pairs those with acute vowels at every turn, which neither Turkish nor the Baltic languages write.
_ICELANDIC_MARKS = re.compile(r"[ýþðÝÞÐ]")
_ICELANDIC_ACUTES = re.compile(r"[éíóúÉÍÓÚ]")
_LEAST_ICELANDIC_MARKS = 3


def turkish_or_baltic(data: bytes, western: str) -> tuple[str, str] | None:
    """Turkish or Baltic text, told from Icelandic by its vowels and from each other by charset detection."""
    sample = western[:_DETECTION_SAMPLE]
    marks = len(_ICELANDIC_MARKS.findall(sample))
    if marks < _LEAST_ICELANDIC_MARKS or 2 * len(_ICELANDIC_ACUTES.findall(sample)) >= marks:
        return None
    from store.normalise.legacy import detect_codepage  # (legacy imports this module)

    guess = detect_codepage(data[:_DETECTION_SAMPLE], ("cp1252", "cp1254", "cp1257"))
    if guess not in ("cp1254", "cp1257"):
        guess = _turkish_or_baltic_by_letters(data[:_DETECTION_SAMPLE])
    if guess is None:
        return None
    text = sloppy_decode(data, guess)
    return (text, guess) if letters_intact(text[:_DETECTION_SAMPLE]) else None


# Detection scores a short text in either codepage as Western; their own letters then tell: Turkish
# writes "ı ş ğ" (0xFD 0xFE 0xF0) at every turn, which Windows-1257 reads as "ż ž š"; Lithuanian and
# Latvian write "ą ę ė į ų ū ā ē ī" and the like, which Windows-1254 has no letters for.
_TURKISH_ONLY = frozenset("ışğİŞĞ")
_BALTIC_ONLY = frozenset("ąęėįųūāēīķļņģĄĘĖĮŲŪĀĒĪĶĻŅĢ")


_LEAST_ASCII_LETTER_SHARE = 0.7  # Turkish and Baltic words are Latin with a few marks, not a script of marks


def _turkish_or_baltic_by_letters(sample: bytes) -> str | None:
    """Windows-1254 or -1257 by their own letters, for Latin text only (Cyrillic in an ISO codepage has them too)."""
    turkish_text = sloppy_decode(sample, "cp1254")
    letters = _LETTER.findall(turkish_text)
    if sum(map(str.isascii, letters)) < _LEAST_ASCII_LETTER_SHARE * len(letters):
        return None
    turkish = sum(map(_TURKISH_ONLY.__contains__, turkish_text))
    baltic = sum(map(_BALTIC_ONLY.__contains__, sloppy_decode(sample, "cp1257")))
    if max(turkish, baltic) < _LEAST_ICELANDIC_MARKS or turkish == baltic:
        return None
    return "cp1254" if turkish > baltic else "cp1257"

"""Which language's alphabet a reading's accented letters fit: how a Latin codepage is told when the
Windows-1252 reading of its bytes is letters, but letters no one language writes together.

Lithuanian in Windows-1257 reads as Windows-1252 "Ðiaurës Korëja siunèia kariø" ("š ė č ų" became
"Ð ë è ø"), Polish from an old Mac as "P—¸nocna ýo¸nierzy": each letter is at home in some Western
language, but Icelandic "ð", Danish "ø" and French "è ë" never share a text.  The right codepage's
reading fits one alphabet (Lithuanian "ąčęėįšųūž"), which is what is asked of it.

The same test picks the DOS page of a DOS Latin file (``codepage_variants``), the codepage of mojibake
two codepages read back alike (``codepages``, ``whole_line_mojibake``), and the codepage of lines pasted
into a UTF-8 file, by the language the rest of the file writes (``pasted_reading``).
"""

from __future__ import annotations

import re
from collections import Counter

from store.normalise.legacy_latin import letters_intact
from store.normalise.sloppy import decoding_table, sloppy_decode

# The accented letters of the languages written in Latin codepages (lower case; "ĳ", "ß" included).
ALPHABETS: dict[str, frozenset[str]] = {
    language: frozenset(letters)
    for language, letters in {
        "french": "àâæçéèêëîïôœùûüÿ",
        "german": "äöüß",
        "spanish": "áéíóúñü",
        "portuguese": "áâãàçéêíóôõú",
        "italian": "àèéìíîòóùú",
        "catalan": "àçèéíïòóúü",
        "dutch": "áéíóúàèëïöüĳ",
        "danish-norwegian": "æøåéó",
        "swedish-finnish": "åäöéšž",
        "icelandic": "áðéíóúýþæö",
        "albanian": "çë",
        "estonian": "äöõüšž",
        "lithuanian": "ąčęėįšųūž",
        "latvian": "āčēģīķļņšūž",
        "polish": "ąćęłńóśźż",
        "czech": "áčďéěíňóřšťúůýž",
        "slovak": "áäčďéíĺľňóôŕšťúýž",
        "hungarian": "áéíóöőúüű",
        "croatian-slovene": "čćđšž",
        "romanian": "ăâîșțşţ",
        "turkish": "çğıöşüâî",
        "esperanto": "ĉĝĥĵŝŭ",
    }.items()
}
_ACCENTED_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_SAMPLE = 16 * 1024  # enough accented letters to tell a codepage by
_LEAST_LETTERS = 4  # fewer accented letters prove no codepage
_WESTERN_MISFIT = 0.15  # a Western reading with more letters outside its best alphabet is not Western text
_SLIGHT_MISFIT = 0.05  # ... and one with fewer is, unless another reading fits perfectly
_OWN_MISFIT = 0.03  # the right reading's letters fit one alphabet, but for a foreign name or two
_LEAST_LETTERS_FOR_ONE_MISFIT = 8  # accented letters that let a single misfit one tell the codepage
# A sign no word holds, between letters: not apostrophes, quotes, hyphens, dashes, an ellipsis ("well…then")
# or the Catalan middle dot, which writers glue between words.
_SYMBOL_IN_WORD = re.compile(r"(?<=[^\W\d_])[^\w\s\x00-\x7f\u00ad\u00b7\u2010-\u201f\u2022\u2026\u2032\u2033](?=[^\W\d_])")
_IN_WORD_SYMBOL = re.compile(r"[^\w\s\x00-\x7f\u00ad\u00b7\u2010-\u201f\u2022\u2026\u2032\u2033]")  # (the sign itself)
# Latin codepages whose letters Windows-1252 misreads (at equal fit the commoner first): Baltic, Central
# European and Romanian, Western with "œ" and "€" (Latin-9), old Mac, and the DOS pages of those languages.
_CANDIDATES = ("cp1250", "iso8859_2", "cp1257", "iso8859_4", "iso8859_10", "iso8859_15", "iso8859_16", "mac_roman", "mac_latin2", "cp852", "cp775", "cp857")
_HIGH_BYTES = range(0x80, 0x100)
_HIGH_BYTE_IN_WORD = re.compile(rb"(?<=[A-Za-z\x80-\xff])[\x80-\xff](?=[A-Za-z\x80-\xff])")
_C1_BYTE = re.compile(rb"[\x80-\x9f]")
_ISO8859_13_QUOTES = re.compile(rb"[\xa1\xa5\xb4\xff]")  # its „ ” “ ’, which Windows-1257 leaves undefined or symbols
_S_T_BELOW = re.compile(rb"[\xaa\xba\xde\xfe]")  # Ş ş Ţ ţ in Windows-1250 and ISO 8859-2, Ș ș Ț ț in ISO 8859-16


def misfit(text: str) -> tuple[float, int]:
    """(share of ``text``'s accented letters outside the one alphabet holding most of them, how many there are).
    A symbol inside a word ("Kor˜ja", "kari÷", "wys∏a∏a") is another codepage's letter: it counts as a misfit one."""
    letters = Counter(_ACCENTED_LETTER.findall(text.lower()))
    symbols = len(_SYMBOL_IN_WORD.findall(text)) if not text.isascii() else 0
    total = letters.total() + symbols
    if not total:
        return 0.0, 0
    best = max(sum(count for letter, count in letters.items() if letter in alphabet) for alphabet in ALPHABETS.values())
    return 1 - best / total, total


def _reading_misfit(table: str, high: dict[int, int], in_words: Counter[bytes]) -> tuple[float, int]:
    """``misfit`` of the reading through ``table`` of a sample with ``high`` bytes past ASCII (byte: count),
    ``in_words`` of them between letters."""
    letters: Counter[str] = Counter()
    for byte, count in high.items():
        if (letter := table[byte].lower()).isalpha():
            letters[letter] += count
    symbols = sum(count for byte, count in in_words.items() if _IN_WORD_SYMBOL.fullmatch(table[byte[0]]) is not None)
    total = letters.total() + symbols
    if not total:
        return 0.0, 0
    best = max(sum(count for letter, count in letters.items() if letter in alphabet) for alphabet in ALPHABETS.values())
    return 1 - best / total, total


def other_latin_reading(data: bytes, western: str) -> tuple[str, str] | None:
    """(text, codepage) of Baltic, Central European or Romanian text (Windows-1257, ISO 8859-13, -4, -10,
    -16, Windows-1250, Mac Latin-2, DOS 852, 775, 857), when the Windows-1252 reading fits no alphabet and
    theirs does."""
    if (hungarian := _short_hungarian(data, western)) is not None:
        return hungarian
    wrong, letters = misfit(western[:_SAMPLE])
    if letters < _LEAST_LETTERS or wrong * letters < 0.5:  # (one misfit letter at least)
        return None
    if wrong < _SLIGHT_MISFIT or wrong * letters < 1.5:
        # One misfit letter, or a few among many (Hungarian with a single "ő" read as "õ"), may be a foreign
        # name: the text's letters must be enough to tell, and another reading must fit one alphabet perfectly.
        if letters < _LEAST_LETTERS_FOR_ONE_MISFIT:
            return None
    # A Western reading a little off (Hungarian "ő" read as "õ" now and then) gives way to a perfect fit only.
    own_bar = _OWN_MISFIT if wrong > _WESTERN_MISFIT else 0.0
    sample = data[:_SAMPLE]
    controls = _C1_BYTE.search(sample) is not None
    # Each reading's letters from the counts of the bytes past ASCII: no candidate decodes the sample.
    high = {byte: count for byte in _HIGH_BYTES if (count := sample.count(byte.to_bytes()))}
    in_words = Counter(_HIGH_BYTE_IN_WORD.findall(sample))
    best: tuple[float, str] | None = None
    for codepage in _CANDIDATES:
        if controls and codepage.startswith("iso"):
            continue  # an ISO codepage has C1 controls there, never text
        own, count = _reading_misfit(decoding_table(codepage), high, in_words)
        if count >= _LEAST_LETTERS and own <= own_bar and own < wrong and (best is None or own < best[0]):
            if letters_intact(sloppy_decode(sample, codepage)):
                best = (own, codepage)
    if best is None:
        return None
    codepage = best[1]
    if codepage == "cp1257" and not controls and _ISO8859_13_QUOTES.search(sample):
        codepage = "iso8859_13"  # the same letters; quotes where Windows-1257 has none
    elif codepage in ("cp1250", "iso8859_2") and not controls and _S_T_BELOW.search(sample) and _reads_romanian(sample):
        # Romanian "ș ț" (comma below) are the bytes of "ş ţ" (cedilla) in Windows-1250 and ISO 8859-2,
        # which lack them: a writer there typed the cedilla for want of the comma.  With no byte of
        # Windows-1250's own typography (its quotes, dashes, "€" in 0x80-0x9F) the file may as well be
        # ISO 8859-16, and its reading is the letters either writer meant.
        codepage = "iso8859_16"
    return sloppy_decode(data, codepage), codepage


# Hungarian's "ő" and "ű" are the bytes of "õ" and "û" in Windows-1252 (0xF5, 0xFB); its other accented letters
# are the same bytes in both.  A short Hungarian text gives too few letters for ``misfit`` to tell, and its
# reading fits Portuguese ("õ", "á", "é") or French ("û", "é").  What tells it: all its letters are Hungarian's
# (Portuguese writes "ã", "ç", "ê"; French "è", "à", "ç"; Estonian "ä"), a long vowel "á é í ó ú" as nearly
# every Hungarian sentence has (Estonian none), and "ö" or "ü" (in no Portuguese or French word) or an "õ"
# before anything but "e" (Portuguese's "õ" opens "-ões", "põe").
_HUNGARIAN_AS_WESTERN = frozenset("áéíóöúüõû")
_HUNGARIAN_ACUTE = frozenset("áéíóú")
_HUNGARIAN_ONLY = frozenset("öü")
_PORTUGUESE_TILDE = re.compile("õ(?=e)")


def _short_hungarian(data: bytes, western: str) -> tuple[str, str] | None:
    """(text, codepage) of Hungarian in Windows-1250 or ISO 8859-2 whose "ő" or "ű" the Windows-1252 reading
    ``western`` shows as "õ" or "û" (see ``_HUNGARIAN_AS_WESTERN``), else None."""
    sample = western[:_SAMPLE].lower()
    if "õ" not in sample and "û" not in sample:
        return None
    letters = set(_ACCENTED_LETTER.findall(sample))
    if not letters <= _HUNGARIAN_AS_WESTERN or not letters & _HUNGARIAN_ACUTE:
        return None
    if not letters & _HUNGARIAN_ONLY and ("õ" not in letters or _PORTUGUESE_TILDE.search(sample)):
        return None
    return sloppy_decode(data, "cp1250"), "cp1250"  # (the commoner of the two, which read these letters alike)


def _reads_romanian(sample: bytes) -> bool:
    """Do the accented letters of the ISO 8859-16 reading all belong to Romanian?"""
    letters = set(_ACCENTED_LETTER.findall(sloppy_decode(sample, "iso8859_16").lower()))
    return bool(letters) and letters <= ALPHABETS["romanian"]


def pasted_reading(written: str, pasted: bytes) -> tuple[str, str] | None:
    """(text, codepage) of ``pasted`` legacy lines in a UTF-8 file whose own text, ``written``, spells one
    language: the codepage in which every byte past ASCII of them reads as that language's letters or as
    typography (a Latvian article with a paragraph pasted from a Windows-1257 page), or None when
    Windows-1252 reads them so, or none does."""
    languages = _languages_of(written[:_SAMPLE])
    if not languages:
        return None
    high = {byte for byte in _HIGH_BYTES if pasted.count(byte.to_bytes())}
    for codepage in ("cp1252", *_CANDIDATES):
        table = decoding_table(codepage)
        read = {table[byte].lower() for byte in high} - _TYPOGRAPHY
        if read and any(read <= ALPHABETS[language] for language in languages):
            return None if codepage == "cp1252" else (sloppy_decode(pasted, codepage), codepage)
    return None


def _languages_of(text: str) -> list[str]:
    """The languages whose alphabets hold all of ``text``'s accented letters, when they are enough to tell."""
    letters = set(_ACCENTED_LETTER.findall(text.lower()))
    if len(letters) < _LEAST_LANGUAGE_LETTERS:
        return []
    return [language for language, alphabet in ALPHABETS.items() if letters <= alphabet]


_LEAST_LANGUAGE_LETTERS = 2  # different accented letters
_TYPOGRAPHY = frozenset("\u00a0«»‘’‚“”„–—…•")

"""Codepages that differ from a commoner one in a few bytes, told apart by what those bytes spell.

Charset detection scores whole readings, and two codepages that agree on all but eight or ten
bytes score alike: it settles on the commoner one, and the few letters it gets wrong are the ones
a reader notices ("c½ur" for "cœur", "¶γνωστος" for "Άγνωστος").  The wrong reading shows itself
where a symbol stands inside a word; these rules look exactly there.

- ISO 8859-15 (Latin-9, French and Finnish Unix text) against Windows-1252: "œ", "Œ", "Š", "š" at
  0xBD, 0xBC, 0xA6, 0xA8 are "½", "¼", "¦", "¨" in the Windows reading, and "€" (0xA4) is "¤".
- ISO 8859-7 against Windows-1253: "Ά" is 0xB6 in one ("¶" in the other) and 0xA2 in the other
  (the ISO codepage's "’").
- EBCDIC (a mainframe's or an old wire archive's export, code page 037): no ASCII space, but byte
  0x40 (its space) between every word; read, its lines end in NEL, which reading turns into newlines.
- Windows-1258 (Vietnamese) writes tones as combining marks after the letter; no other codepage's
  text puts a mark after nearly every word.  Its reading is composed (NFC), as Vietnamese is typed.
"""

from __future__ import annotations

import re
import unicodedata

from store.normalise.sloppy import sloppy_decode

_SAMPLE = 256 * 1024
_WINDOWS_ONLY_BYTES = re.compile(rb"[\x80-\x9f]")  # C1 controls in an ISO codepage: its files never hold them

# In a Windows-1252 reading: a fraction or bar inside a word ("c½ur", "l'½uvre", "¦koda"), "¤" by a figure.
_LATIN9_SIGN = re.compile(r"(?<=[^\W\d_])[¼½¾¦¨](?=[^\W\d_])|(?<=['’])[¼½](?=[^\W\d_])|(?<![^\W\d_])[¦¨](?=[^\W\d_])|(?<=\d)\s?¤|¤\s?(?=\d)")
_LEAST_LATIN9_SIGNS = 2


def latin9_reading(data: bytes, western: str, declared: str | None) -> str | None:
    """``data`` read as ISO 8859-15 when the Windows-1252 reading ``western`` shows it is."""
    sample = data[:_SAMPLE]
    if _WINDOWS_ONLY_BYTES.search(sample):
        return None
    if declared != "iso8859_15" and len(_LATIN9_SIGN.findall(western[:_SAMPLE])) < _LEAST_LATIN9_SIGNS:
        return None
    return data.decode("iso8859_15")


_GREEK = "\u0386-\u03ce"
_PILCROW_IN_WORD = re.compile(f"¶(?=[{_GREEK}])|(?<=[{_GREEK}])¶")
_QUOTE_OPENING_WORD = re.compile(f"(?<![^\\W\\d_])’(?=[{_GREEK}])")


def greek_codepage(data: bytes, guess: str) -> str:
    """Windows-1253 or ISO 8859-7, whichever reading does not break words; ``guess`` when both read alike."""
    sample = data[:_SAMPLE]
    if _WINDOWS_ONLY_BYTES.search(sample):
        return "cp1253"
    windows_breaks = len(_PILCROW_IN_WORD.findall(sloppy_decode(sample, "cp1253")))
    iso_breaks = len(_QUOTE_OPENING_WORD.findall(sloppy_decode(sample, "iso8859_7")))
    if windows_breaks > iso_breaks:
        return "iso8859_7"
    if iso_breaks > windows_breaks:
        return "cp1253"
    return guess


_TONE_AFTER_LETTER = re.compile("(?<=[^\\W\\d_])[\u0300\u0301\u0303\u0309\u0323]")
# Vietnamese puts a tone mark on a vowel only; another script's bytes read as Windows-1258 put the marks anywhere.
_TONE_AFTER_VOWEL = re.compile("(?<=[aăâeêioôơuưyAĂÂEÊIOÔƠUƯY])[\u0300\u0301\u0303\u0309\u0323]")
_LEAST_VOWEL_SHARE = 0.9
_VIETNAMESE_LETTERS = re.compile("[ĂăĐđƠơƯư]")
_LETTER = re.compile(r"[^\W\d_]")
_LEAST_TONE_SHARE = 0.04  # of letters: Vietnamese marks most syllables; Italian's "così", "però" a few words in a hundred
_LEAST_VIETNAMESE_LETTERS = 3


def vietnamese_reading(data: bytes) -> str | None:
    """``data`` read as Windows-1258 and composed, when that reading is Vietnamese."""
    if not any(byte in data for byte in (0xCC, 0xD2, 0xDE, 0xEC, 0xF2)):  # the five tone marks
        return None
    text = sloppy_decode(data, "cp1258")
    sample = text[:_SAMPLE]
    letters = len(_LETTER.findall(sample))
    tones = len(_TONE_AFTER_LETTER.findall(sample))
    if not letters or tones < _LEAST_TONE_SHARE * letters or len(_VIETNAMESE_LETTERS.findall(sample)) < _LEAST_VIETNAMESE_LETTERS:
        return None
    if len(_TONE_AFTER_VOWEL.findall(sample)) < _LEAST_VOWEL_SHARE * tones:
        return None
    return unicodedata.normalize("NFC", text)


_EBCDIC_SPACE = 0x40
_LEAST_SPACE_SHARE = 0.08  # of bytes: prose has a space every five to eight letters
_LEAST_PLAIN_SHARE = 0.95  # of characters read: letters, digits, punctuation, spaces and line ends


def ebcdic_reading(data: bytes) -> str | None:
    """``data`` read as EBCDIC (code page 037) when it is prose in it."""
    sample = data[:4096]
    spaces = sample.count(_EBCDIC_SPACE)
    if spaces < _LEAST_SPACE_SHARE * len(sample) or sample.count(0x20) * 20 > spaces:
        return None
    text = data.decode("cp037")
    head = text[:4096]
    plain = sum(1 for ch in head if ch.isascii() and (ch.isprintable() or ch in "\n\t") or ch == "\x85")
    return text if plain >= _LEAST_PLAIN_SHARE * len(head) else None

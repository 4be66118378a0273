"""A UTF-8 file that lost the bytes a Windows-1252 round trip cannot carry.

A tool that read UTF-8 as Windows-1252 and wrote Windows-1252 back gives the same bytes again, but for the
five the codepage leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D): a lenient encoder drops them, or writes
"?" where they stood.  Those are continuation bytes, so each loss leaves one character a byte short: a
Cyrillic letter its lead byte alone ("с", "я" as 0xD1), a Chinese, Japanese or Korean character two bytes
of three ("북" as 0xEB 0xB6).  Read as stray Windows-1252 bytes they would be "Ñ" and "ë¶" glued into
words.

Every damaged character was one of a handful: the lost byte is one of the five, in the one place it is
missing from (where the "?" stands, or either place of a three-byte character).  A CJK character is told
when one candidate only is among the characters the national standards hold (see ``lossy_cjk``); a
Cyrillic, Greek, Hebrew or Arabic letter is left as its lead as Windows-1252 shows it and a U+FFFD ("Ñ�",
"Ï�"), for ``lossy_cyrillic`` and ``lossy_scripts`` to read by its word; any other stays one U+FFFD.  The file must be this damage through and through: UTF-8 once every damaged character is mended,
and most of its characters past ASCII whole.
"""

from __future__ import annotations

import re

from store.normalise.lossy_cjk import common_character

_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)  # the bytes Windows-1252 leaves undefined
# A two-byte character's lead without its continuation, "?" in its place or nothing; a three-byte
# character's lead with one continuation byte, before or after its "?", or with the other dropped.
_DAMAGED = re.compile(
    rb"(?P<two>[\xc2-\xdf])\??(?![\x80-\xbf])"
    rb"|(?P<three>[\xe0-\xef])(?:(?P<first>[\x80-\xbf])(?P<late>\?)?(?![\x80-\xbf])|\?(?P<second>[\x80-\xbf])(?![\x80-\xbf]))"
)
# Two-byte letters that lose one of the five: Cyrillic, Greek, Hebrew and Arabic, by their lead bytes.
_ALPHABET_LEADS = {
    frozenset({b"\xd0", b"\xd1"}): re.compile(rb"[\xd0-\xd3][\x80-\xbf]"),
    frozenset({b"\xce", b"\xcf"}): re.compile(rb"[\xcd-\xcf][\x80-\xbf]"),
    frozenset({b"\xd7"}): re.compile(rb"[\xd6\xd7][\x80-\xbf]"),
    frozenset({b"\xd8", b"\xd9"}): re.compile(rb"[\xd8-\xdb][\x80-\xbf]"),
}
_TWO_BYTE_LEADS = frozenset().union(*_ALPHABET_LEADS)
_CJK_LEADS = frozenset(bytes([lead]) for lead in range(0xE3, 0xF0))
_KNOWN_LEADS = _TWO_BYTE_LEADS | {b"\xe2"} | _CJK_LEADS
_WHOLE_OF = {**_ALPHABET_LEADS, _CJK_LEADS: re.compile(rb"[\xe3-\xef][\x80-\xbf]{2}")}
_WHOLE_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_LEAST_DAMAGED = 2  # one cut character alone is a stray (see ``stray_bytes``), no sign of a round trip
_LEAST_WHOLE = 3  # characters past ASCII left whole: the file is UTF-8 (as many as were damaged, at least)
# Punctuation a text uses, among a three-byte character's candidates ("”" is 0xE2 0x80 0x9D).
_PUNCTUATION = frozenset("‘’“”–—…•€™")
_CJK = re.compile("[\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef]")


def lossy_utf8_reading(data: bytes) -> tuple[str, list[str]] | None:
    """(text, repairs) of UTF-8 ``data`` whose every invalid sequence is a character a byte of the five short,
    else None."""
    if b"\x00" in data:
        return None  # (NUL stands in for U+FFFD below: it must be no byte of the file)
    damaged = list(_DAMAGED.finditer(data))
    if len(damaged) < _LEAST_DAMAGED or len(_WHOLE_MULTIBYTE.findall(data)) < max(_LEAST_WHOLE, len(damaged)):
        return None
    # Each damaged character in a script the file writes whole too: a Cyrillic, Greek, Hebrew or Arabic
    # letter (the other two-byte characters lose none of the five that text uses), CJK, or punctuation.
    # (A Mac Roman line's "Õ" before "s" is no letter a byte short.)
    leads = {found.group("two") or found.group("three") for found in damaged}
    if not leads <= _KNOWN_LEADS or any(len(whole.findall(data)) < _LEAST_WHOLE for family, whole in _WHOLE_OF.items() if family & leads):
        return None
    pieces: list[bytes] = []
    told = 0
    at = 0
    for found in damaged:
        pieces.append(data[at : found.start()])
        at = found.end()
        if found.group("two") is not None:
            lead = found.group("two")
            # (the lead as Windows-1252 shows it, "Ñ", "Ï", "×", for the letter repairs, and a hole)
            pieces.append(lead.decode("cp1252").encode("utf-8") + b"\x00")
            continue
        lead = found.group("three")[0]
        if found.group("second") is not None:
            candidates = _characters(lead, None, found.group("second")[0])
        elif found.group("late") is not None:
            candidates = _characters(lead, found.group("first")[0], None)
        else:
            candidates = _characters(lead, found.group("first")[0], None) + _characters(lead, None, found.group("first")[0])
        closing = not data[found.end() : found.end() + 1].isalnum()  # (a quote glued before a word opens it: no "”" there)
        likely = list(dict.fromkeys(ch for ch in candidates if (ch in _PUNCTUATION and closing) or (_CJK.fullmatch(ch) and common_character(ch))))
        if len(likely) > 1:
            likely = [ch for ch in likely if _first_level(ch)]
        if len(likely) == 1:
            pieces.append(likely[0].encode("utf-8"))
            told += 1
        else:
            pieces.append(b"\x00")
    pieces.append(data[at:])
    try:
        text = b"".join(pieces).decode("utf-8")
    except UnicodeDecodeError:
        return None  # other damage besides, or no UTF-8 at all
    text = text.replace("\x00", "\ufffd")
    kept = len(damaged) - told
    repairs = [f"utf-8-lost-bytes x{len(damaged)}"]
    if told:
        repairs.append(f"lost-bytes-told x{told}")
    if kept:
        repairs.append(f"undecodable-bytes x{kept}")
    return text, repairs


def _characters(lead: int, middle: int | None, last: int | None) -> list[str]:
    """The characters a three-byte sequence with one of the five bytes lost (``None``) could have been."""
    found = []
    for byte in _UNDEFINED:
        try:
            found.append(bytes([lead, byte if middle is None else middle, byte if last is None else last]).decode("utf-8"))
        except UnicodeDecodeError:
            continue
    return found


# The first levels of the national standards: the ideographs in daily use, by frequency (GB 2312's
# 3,755, Big5's 5,401, JIS X 0208's 2,965).  Of two candidates both in a standard, the one among these is
# what a news text wrote ("朝" over "朐").
_FIRST_LEVELS = (("gb2312", 0xB0, 0xD7), ("big5", 0xA4, 0xC6), ("shift_jis", 0x88, 0x98))


def _first_level(ch: str) -> bool:
    if not "\u4e00" <= ch <= "\u9fff":
        return True  # kana, Hangul and punctuation have no levels: each is as likely as the others
    for codepage, low, high in _FIRST_LEVELS:
        encoded = ch.encode(codepage, "ignore")
        if len(encoded) == 2 and low <= encoded[0] <= high:
            return True
    return False

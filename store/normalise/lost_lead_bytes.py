"""Chinese, Japanese and Korean characters in UTF-8 that lost their first byte.

Such a character is three bytes, a lead byte E3-EF then two continuation bytes.  With the lead lost, the two
continuation bytes stand alone between whole characters, and a lenient reading takes them for Windows-1252
signs ("13¼" for "13일", "情報™¢" for "情報院"), which no one typed there.  Beside a wide character they are a
lost character: one U+FFFD, counted.  When only one lead byte makes of them a character of the neighbour's
script that the national standards hold (see ``lossy_cjk.common_character``), the text used that one, and it
is restored: often for Korean, whose leads EA-ED give four candidates; seldom for Chinese and Japanese, whose
six lead bytes of ideographs give several common ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.normalise.lossy_cjk import common_character

# Whole characters, to step over, or a run of two continuation bytes with no lead before them.
_CHARACTER_OR_ORPHANS = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}|([\x80-\xbf]{2})(?![\x80-\xbf])")
_REPLACEMENT = "\ufffd".encode()


@dataclass(slots=True)
class LostLeads:
    orphans: int = 0  # continuation bytes read as the rest of a lost character
    holes: int = 0
    restored: int = 0


def _family(ch: str) -> str | None:
    code = ord(ch)
    if 0xAC00 <= code <= 0xD7A3:
        return "hangul"
    if 0x3000 <= code <= 0x9FFF or 0xFF00 <= code <= 0xFFEF:
        return "ideographs-and-kana"
    return None


def _neighbour(data: bytes, start: int, end: int) -> str | None:
    """The script family of the nearest wide character on the line within a few bytes of ``start:end``
    (a figure or a space may stand between: "13일 " lost the lead of "일")."""
    before = data[max(0, start - _NEAR) : start].decode("utf-8", errors="ignore").rsplit("\n", 1)[-1]
    after = data[end : end + _NEAR].decode("utf-8", errors="ignore").split("\n", 1)[0]
    for ch in (before[-1:], after[:1], *reversed(before[:-1]), *after[1:]):
        if ch and (family := _family(ch)) is not None:
            return family
    return None


_NEAR = 9  # bytes: three wide characters, or a figure and a word


def _restored(orphans: bytes, family: str) -> bytes | None:
    found = []
    for lead in range(0xE0, 0xF0):
        try:
            ch = (bytes([lead]) + orphans).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if _family(ch) == family and common_character(ch):
            found.append(ch)
    return found[0].encode() if len(found) == 1 else None


def lost_lead_bytes(data: bytes) -> tuple[bytes, LostLeads]:
    """``data`` with each wide character that lost its lead byte restored or made one U+FFFD, and the counts."""
    counts = LostLeads()
    pieces: list[bytes] = []
    done = 0
    for found in _CHARACTER_OR_ORPHANS.finditer(data):
        if found.group(1) is None:
            continue
        start, end = found.span()
        if (family := _neighbour(data, start, end)) is None:
            continue  # (beside Latin text: a paste's signs, which the stray-byte reading reads)
        restored = _restored(found.group(1), family)
        counts.orphans += end - start
        if restored is None:
            counts.holes += 1
        else:
            counts.restored += 1
        pieces += [data[done:start], restored or _REPLACEMENT]
        done = end
    if not pieces:
        return data, counts
    return b"".join([*pieces, data[done:]]), counts

"""Stray bytes in a UTF-8 file: read as Windows-1252 where that is what they are, else on record as lost.

A UTF-8 file with a few bytes that are no UTF-8 most often holds a paste from a legacy editor: its
punctuation ("\\x96" for "–") or a Latin letter inside a Latin word ("caf\\xe9").  A byte next to a Cyrillic
or CJK word, or a UTF-8 sequence cut short, is a character lost before the file was saved: it stands as
one U+FFFD and is counted, instead of becoming a made-up "ÿ" or "â€" glued to a word.
"""

from __future__ import annotations

import codecs
import re

from store.normalise.lost_lead_bytes import lost_lead_bytes
from store.normalise.sloppy import sloppy_decode

_REPLACEMENT_UTF8 = "\ufffd".encode()


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    """A stray byte in UTF-8 read as Windows-1252 when that gives what such a paste holds; else one U+FFFD.

    A legacy editor's punctuation ("\\x96" for "–") or a Latin letter inside a Latin word ("caf\\xe9") is
    what a stray byte usually is.  A UTF-8 sequence cut short ("\\xe2\\x80" of a dash) or a byte against a
    Cyrillic or CJK word ("\\xff" before "военнослужащие") is a lost character: no "â€" or "ÿ" is made up.
    """
    if not isinstance(error, UnicodeDecodeError):
        raise error
    data = bytes(error.object)
    start, end = error.start, error.end
    chunk = data[start:end]
    shown = sloppy_decode(chunk, "cp1252")
    if chunk in _CYRILLIC_LEADS and _in_lost_cyrillic_run(data, start):
        # A Cyrillic letter whose second byte a lossy tool dropped: its lead tells the half of the alphabet it
        # was in, and "Ð�" or "Ñ�" is what the lossy-Cyrillic repair reads by the word ("ПхеньÑ�н": "Пхеньян").
        return shown + "\ufffd", end
    if not (_readable_before(data, start) and _readable_after(data, end)) or _legacy_line(data, start):
        return shown, end  # one of a line of legacy bytes (a header in Windows-1251): read on by the legacy repair
    if data[end : end + 1] == b"?":
        return shown, end  # a byte written back as "?" ("â€?" for "”"): the lossy-quote repair reads it
    if len(chunk) > 1 and _CUT_SEQUENCE.fullmatch(chunk):
        return "\ufffd", end
    if all(_stray_reads(ch, data, start, end) for ch in shown):
        return shown, end
    return "\ufffd", end


_CYRILLIC_LEADS = (b"\xd0", b"\xd1")
_CONTINUATION = re.compile(rb"[\x80-\xbf]")
_CYRILLIC_LETTER = re.compile(rb"[\xd0-\xd3][\x80-\xbf]")


def _in_lost_cyrillic_run(data: bytes, start: int) -> bool:
    """Is the lone Cyrillic lead byte at ``start`` one of a run of them ("носят" that lost the second bytes of
    "с" and "я") between whole characters, a Cyrillic letter among them?"""
    first, last = start, start + 1
    while first and data[first - 1 : first] in _CYRILLIC_LEADS:
        first -= 1
    while data[last : last + 1] in _CYRILLIC_LEADS and not _CONTINUATION.match(data, last + 1):
        last += 1
    return _readable_before(data, first) and _readable_after(data, last) and (
        _CYRILLIC_LETTER.match(data, max(0, first - 2), first) is not None or _CYRILLIC_LETTER.match(data, last) is not None
    )


def _legacy_line(data: bytes, start: int) -> bool:
    """Does the line of the stray byte at ``start`` hold other stray bytes (a line in a legacy codepage)?"""
    line = data[data.rfind(b"\n", 0, start) + 1 : (data.find(b"\n", start) + 1 or len(data) + 1) - 1]
    return line.decode("utf-8", errors="replace").count("\ufffd") - line.count(_REPLACEMENT_UTF8) > 1


def _readable_before(data: bytes, start: int) -> bool:
    """Does ``data`` end, before ``start``, in ASCII or a whole UTF-8 character (not another stray byte)?"""
    if start == 0 or data[start - 1] < 0x80:
        return True
    for size in (2, 3, 4):
        if start >= size and data[start - size] >= 0xC0:
            try:
                data[start - size : start].decode("utf-8")
            except UnicodeDecodeError:
                return False
            return True
    return False


def _readable_after(data: bytes, end: int) -> bool:
    """Does ``data`` go on, from ``end``, with ASCII or a whole UTF-8 character?"""
    if end >= len(data) or data[end] < 0x80:
        return True
    lead = data[end]
    size = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
    try:
        return size > 0 and len(data[end : end + size].decode("utf-8")) == 1
    except UnicodeDecodeError:
        return False


# A lead byte followed by fewer continuation bytes than it needs: a character cut short.
_CUT_SEQUENCE = re.compile(rb"[\xc2-\xdf]|[\xe0-\xef][\x80-\xbf]?|[\xf0-\xf4][\x80-\xbf]{0,2}")


def _stray_reads(ch: str, data: bytes, start: int, end: int) -> bool:
    """Is ``ch``, the Windows-1252 reading of the stray bytes at ``start:end``, what a paste holds there?"""
    if not ch.isalpha():
        return True  # punctuation, a sign or a no-break space
    before, after = data[start - 1 : start], data[end : end + 1]
    return (before.isalpha() and before.isascii()) or (after.isalpha() and after.isascii())


codecs.register_error("nkru-cp1252-fallback", _cp1252_fallback)


def utf8_with_stray_bytes(data: bytes, invalid: int) -> tuple[str, list[str]]:
    """``data``, UTF-8 but for ``invalid`` stray bytes (or cut sequences), and the repairs that say so."""
    data, leads = lost_lead_bytes(data)
    invalid -= leads.orphans  # (each orphan byte was one of them; the wide character it was is now told)
    text = data.decode("utf-8", errors="nkru-cp1252-fallback")
    lost = text.count("\ufffd") - data.count(_REPLACEMENT_UTF8)
    repairs = [f"stray-bytes-as-cp1252 x{invalid - lost}"] if invalid > lost else []
    repairs += [f"utf-8-lead-bytes-restored x{leads.restored}"] * bool(leads.restored)
    lost += leads.holes
    return text, [*repairs, f"undecodable-bytes x{lost}"] if lost > 0 else repairs

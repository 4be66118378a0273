"""Byte-order marks: which Unicode form a file announces, and the damage tools do around the mark.

A mark can lie: a tool that wrote UTF-8 behind a UTF-16 mark, or UTF-16 whose newline bytes a tool
treating it as ASCII turned into CRLF.  Both are told from the bytes and undone (see ``reading``).
"""

from __future__ import annotations

import codecs
import re

_SNIFF_HEAD = 64 * 1024
# What ``bom_encoding`` says of a UTF-16 mark before UTF-8 text.
UTF8_AFTER_UTF16_BOM = "utf-8-after-utf-16-bom"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def bom_encoding(data: bytes) -> str | None:
    """The Unicode form a byte-order mark announces, or None; a UTF-16 mark before UTF-8 text says so."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding if not (encoding.startswith("utf-16") and _utf8_behind(data[2 : 2 + _SNIFF_HEAD])) else UTF8_AFTER_UTF16_BOM
    return None


_C0_BUT_LINE_ENDS = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")


def _utf8_behind(sample: bytes) -> bool:
    """Are the bytes after a UTF-16 byte-order mark UTF-8 text (a tool that wrote the wrong mark)?

    UTF-16 of Latin or Cyrillic text holds NULs and other control bytes, and UTF-16 of Chinese,
    Japanese or Korean text is not valid UTF-8 beyond a few characters; UTF-8 text holds neither.
    """
    if len(sample) < 32 or _C0_BUT_LINE_ENDS.search(sample) is not None:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.reason == "unexpected end of data" and exc.end == len(sample)  # a character cut by the sample's end
    return True


def undo_byte_newline_conversion(data: bytes, encoding: str) -> bytes | None:
    """UTF-16 bytes whose newline bytes a tool treating them as ASCII turned into CRLF, restored; None when undamaged.

    Every byte 0x0A got a 0x0D in front of it (FTP in text mode, ``unix2dos``, Git's autocrlf): each
    insertion shifts the rest of the file by one byte, so it decodes as unrelated ideographs and ends
    on an odd byte.  Taking the inserted bytes out is right when it gives back the lines that the
    shift hid; a genuine 0x0D 0x0A pair (a character ending in one before a newline) never does.
    """
    restored = data.replace(b"\r\n", b"\n")
    as_found = data.decode(encoding, errors="replace")
    repaired = restored.decode(encoding, errors="replace")
    if repaired.count("\n") <= as_found.count("\n") or repaired.count("\ufffd") > as_found.count("\ufffd"):
        return None
    return restored

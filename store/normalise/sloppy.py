"""Single-byte codepages as browsers apply them: every byte decodes to something.

A "sloppy" codepage keeps the standard mapping where the codepage defines a
byte and falls back to Latin-1 (a C1 control) where it does not, which is what
mojibake made by browsers then contains.  ftfy registers codecs like these, but
importing ftfy costs about a tenth of a second; these tables are built the same
way (byte 0x1A stands for U+FFFD, as in ftfy's codecs) from the standard
library's codecs, on first need, in microseconds.
"""

from __future__ import annotations

import codecs
from functools import cache

_ALL_BYTES = bytes(range(256))


@cache
def decoding_table(codepage: str) -> str:
    """The 256 characters ``codepage`` gives bytes 0x00-0xFF, undefined bytes as Latin-1."""
    chars = list(_ALL_BYTES.decode("latin-1"))
    for byte, char in enumerate(_ALL_BYTES.decode(codepage, errors="replace")):
        if char != "\ufffd":
            chars[byte] = char
    chars[0x1A] = "\ufffd"
    return "".join(chars)


@cache
def _encoding_map(codepage: str) -> object:
    return codecs.charmap_build(decoding_table(codepage))


def sloppy_decode(data: bytes, codepage: str) -> str:
    """``data`` read through the sloppy form of ``codepage`` (never fails)."""
    return codecs.charmap_decode(data, "strict", decoding_table(codepage))[0]


def sloppy_encode(text: str, codepage: str) -> bytes:
    """The bytes ``text`` came from in the sloppy ``codepage``; UnicodeEncodeError when it cannot have."""
    return codecs.charmap_encode(text, "strict", _encoding_map(codepage))[0]

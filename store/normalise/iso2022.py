"""Seven-bit Japanese (and Chinese/Korean) text in ISO-2022: escape sequences switch the character set.

Japanese mail and older Japanese files are often ISO-2022-JP: pure ASCII bytes in which
``ESC $ B`` switches to JIS X 0208 and ``ESC ( B`` back to ASCII.  Read as UTF-8 those bytes are
valid ASCII, and escape stripping would leave the Japanese as letter soup ("KLD+A/"), so the
designations are recognised before any escape is taken for a terminal's colour code.
"""

from __future__ import annotations

import re

# A switch into a two-byte set: JIS C 6226 / X 0208 (@, B), X 0212 ((D), GB 2312 (A), KS C 5601 ((C).
_TWO_BYTE_DESIGNATION = re.compile(rb"\x1b\$(?:[@AB]|\([CD])")
_TWO_BYTE_DESIGNATION_TEXT = re.compile(r"\x1b\$(?:[@AB]|\([CD])")


def holds_iso2022(text: str) -> bool:
    """Does decoded text still carry ISO-2022 designations (its Japanese not yet decoded)?"""
    return "\x1b$" in text and _TWO_BYTE_DESIGNATION_TEXT.search(text) is not None


def decode_iso2022(data: bytes) -> str | None:
    """The text of seven-bit ISO-2022 bytes, or None when they are not such text.

    Only ASCII bytes that switch into a two-byte set qualify, and only when every escape decodes
    (``iso2022_jp_2`` reads the Japanese, Chinese and Korean sets a sender may mix).
    """
    if b"\x1b$" not in data or not data.isascii() or _TWO_BYTE_DESIGNATION.search(data) is None:
        return None
    try:
        return data.decode("iso2022_jp_2")
    except UnicodeDecodeError:
        return None

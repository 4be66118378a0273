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
_TWO_BYTE_DESIGNATION_TEXT = re.compile(r"\x1b\$(?:[@AB]|\([CD]|\)C)")  # and ISO-2022-KR's (see below)


def holds_iso2022(text: str) -> bool:
    """Does decoded text still carry ISO-2022 designations (its Japanese not yet decoded)?"""
    return "\x1b$" in text and _TWO_BYTE_DESIGNATION_TEXT.search(text) is not None


# ISO-2022-KR (RFC 1557) designates KS C 5601 once, "ESC $ ) C", then shifts in and out of it with the
# control bytes SO and SI: those are text there, not a sign of binary.
_KOREAN_DESIGNATION = b"\x1b$)C"


def shifts_into_korean(data: bytes) -> bool:
    """Are ``data`` seven-bit ISO-2022-KR bytes, whose SO/SI shift bytes are text?"""
    return _KOREAN_DESIGNATION in data and b"\x0e" in data and data.isascii()


def decode_iso2022(data: bytes) -> tuple[str, str] | None:
    """(the text, its encoding) of seven-bit ISO-2022 bytes, or None when they are not such text.

    Only ASCII bytes that switch into a two-byte set qualify, and only when every escape decodes
    (``iso2022_jp_2`` reads the Japanese, Chinese and Korean sets a sender may mix).
    """
    if b"\x1b$" not in data or not data.isascii():
        return None
    encoding = "iso2022_kr" if shifts_into_korean(data) else "iso2022_jp_2" if _TWO_BYTE_DESIGNATION.search(data) else None
    if encoding is None:
        return None
    try:
        return data.decode(encoding), encoding.removesuffix("_2")  # the label a reader knows
    except UnicodeDecodeError:
        return None


# A run of ISO-2022 inside text read otherwise (a Japanese line from a mail pasted into a UTF-8 file): its
# designation, the pairs of the two-byte set, and the switch back to ASCII or Roman (or the line's end).
_RUN = re.compile("\x1b\\$(?:[@AB]|\\([CD])[\x21-\x7e]*(?:\x1b\\([BJ]|(?=[\r\n])|$)")


def decode_iso2022_runs(text: str) -> tuple[str, int]:
    """(``text`` with each ISO-2022 run that decodes read as the characters it holds, how many were)."""
    decoded = 0

    def read(found: re.Match[str]) -> str:
        nonlocal decoded
        try:
            characters = found.group(0).encode("ascii").decode("iso2022_jp_2")
        except UnicodeError:
            return found.group(0)
        decoded += 1
        return characters

    return _RUN.sub(read, text), decoded

"""Non-Latin text in seven-bit encodings that read as plain ASCII: ISO-2022 (see ``iso2022``), UTF-7 and HZ.

Old mail gateways and some Windows tools saved text as UTF-7 ("+BCEENQQy-": runs of base64 after a
plus sign), and Chinese Usenet and mail as HZ ("~{...~}" around GB 2312 bytes shifted into ASCII).
Read as ASCII both are letter soup that no rule downstream can repair, so they are recognised from
the bytes: the whole file must decode strictly (a stray "C++" or "3+4" in English text does not), and
what the shifted runs give must be letters of some script, not symbols or unassigned code points.
"""

from __future__ import annotations

import re
import unicodedata

from store.normalise.iso2022 import decode_iso2022

_UTF7_RUN = re.compile(rb"\+[A-Za-z0-9/+]{3,}")
_LEAST_RUNS = 3  # a word or two of base64 after a plus sign is too little to call a file UTF-7
_LEAST_NON_ASCII = 8
_LEAST_LETTER_SHARE = 0.7  # of the characters the shifted runs give (punctuation such as « » is the rest)
# English in UTF-7 shifts only its typography: curly quotes, dashes, ellipses, the no-break space, and
# the odd Western accented letter ("café", "Müller").  Base64 soup lands in that small corner of the code
# space by chance no more than in the alphabets.
_TYPOGRAPHY = re.compile("[\u00a0\u00ab\u00bb\u2010-\u2027\u2030-\u203a]")
_SHORT_SHIFTS = re.compile("[\u00a0\u00ab\u00bb\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u2010-\u2027\u2030-\u203a]")
_UNTEXTUAL_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})
_SNIFF_HEAD = 64 * 1024


def seven_bit_text(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) of ISO-2022, UTF-7 or HZ bytes, unless they are an e-mail: each MIME part names its own charset."""
    if b"\x1b$" in data:
        return None if _mail(data) else decode_iso2022(data)
    if not data.isascii() or (b"+" not in data and b"~{" not in data):
        return None
    found = decode_seven_bit(data)
    return None if found is None or _mail(data) else found


def _mail(data: bytes) -> bool:
    from store.normalise.mail import opens_with_mail_headers

    return opens_with_mail_headers(data[:_SNIFF_HEAD].decode("ascii", errors="replace"))


def decode_seven_bit(data: bytes) -> tuple[str, str] | None:
    """(the text, its encoding) of ASCII bytes that are UTF-7 or HZ text, else None."""
    if b"~{" in data and b"~}" in data and (text := _reading(data, "hz")) is not None:
        return text, "hz"
    if b"+" in data and len(_UTF7_RUN.findall(data, 0, 1 << 16)) >= _LEAST_RUNS and (text := _reading(data, "utf-7")) is not None:
        return text, "utf-7"
    return None


def _reading(data: bytes, encoding: str) -> str | None:
    """The strict reading of ``data`` when its shifted characters are words of a script."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    shifted = [ch for ch in text if ord(ch) > 0x7F]
    if len(shifted) < _LEAST_NON_ASCII and not all(_SHORT_SHIFTS.match(ch) for ch in shifted):
        return None  # (a short English text shifts a quote or dash per run, each run already counted)
    if any(unicodedata.category(ch) in _UNTEXTUAL_CATEGORIES for ch in shifted):
        return None
    letters = sum(ch.isalpha() or _TYPOGRAPHY.match(ch) is not None for ch in shifted)
    return text if letters >= _LEAST_LETTER_SHARE * len(shifted) else None

"""A whole file of base64: a mail attachment or an API's payload saved without being decoded.

Read as text it is one unbroken "word" per line that no rule downstream can use, and an article
titled "iVBORw0KGgo…".  When every line is base64 (long runs of its alphabet, no spaces) the bytes
it encodes are what the file holds: text is read as text, anything else is refused by name.
"""

from __future__ import annotations

import base64
import binascii
import re

_LINE = re.compile(rb"[A-Za-z0-9+/]{16,}={0,2}")
_LAST_LINE = re.compile(rb"[A-Za-z0-9+/]*={0,2}")
_LEAST_CHARS = 64  # a key or a token on its own is no file of base64
_SNIFF = 64 * 1024


def base64_payload(data: bytes) -> bytes | None:
    """The bytes a file made wholly of base64 lines encodes, or None for any other file."""
    if not data[:4].isalnum() or b" " in data[:_LEAST_CHARS] or not data.isascii():
        return None  # (text has a space among its first words)
    lines = data[:_SNIFF].split()
    if not lines or sum(map(len, lines)) < _LEAST_CHARS:
        return None
    if len(data) > _SNIFF:
        lines = lines[:-1]  # the sample may end mid-line
    # Every line but the last is as long as the first (encoders wrap at a fixed width).
    width = len(lines[0])
    if any(_LINE.fullmatch(line) is None or len(line) != width for line in lines[:-1]) or _LAST_LINE.fullmatch(lines[-1]) is None:
        return None
    if len(lines) == 1 and not any(ch in data for ch in b"+/") and data.strip().isalpha():
        return None  # one long word of letters
    try:
        return base64.b64decode(b"".join(data.split()), validate=True)
    except (binascii.Error, ValueError):
        return None

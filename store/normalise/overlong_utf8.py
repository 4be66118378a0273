"""UTF-8 with overlong forms: a character spelt in more bytes than it takes ("." as C0 AE or E0 80 AE).

No encoder writes them; they come from hand-made or malicious input (a path's "../" slipped past a filter)
and every UTF-8 decoder must refuse them.  Read byte by byte in Windows-1252 they turn into Latin letters
and signs ("À®") that were never in the text.  A file that is UTF-8 but for them is read as UTF-8, each
overlong form kept as one U+FFFD where it stood and counted on the record, never as the character it spells.
"""

from __future__ import annotations

import re

# C0 and C1 lead two-byte forms of ASCII; E0 with a second byte below A0 and F0 with one below 90 spell
# what fewer bytes hold.  (Each with the continuation bytes its length takes.)
_OVERLONG = re.compile(rb"[\xc0\xc1][\x80-\xbf]|\xe0[\x80-\x9f][\x80-\xbf]|\xf0[\x80-\x8f][\x80-\xbf]{2}")
_REPLACEMENT = "\ufffd".encode()


def decode_overlong_utf8(data: bytes) -> tuple[str, int] | None:
    """(the text, the overlong forms set aside) of bytes that are UTF-8 but for overlong forms, else None."""
    if b"\xc0" not in data and b"\xc1" not in data and b"\xe0" not in data and b"\xf0" not in data:
        return None
    kept, count = _OVERLONG.subn(_REPLACEMENT, data)
    if not count:
        return None
    try:
        return kept.decode("utf-8"), count
    except UnicodeDecodeError:
        return None

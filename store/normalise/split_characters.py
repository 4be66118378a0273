"""UTF-8 characters cut in two by a line break: a tool that folded lines by bytes (``fold -b``, a mail
gateway's line limit, a splitter of long lines) put its newline between a character's lead byte and its
continuation bytes.  Neither half reads; a newline never stands inside a character, so where the bytes on
both sides of one make a whole character again, the break is taken out and the character is whole."""

from __future__ import annotations

import re

# A line break after a byte past ASCII and before a continuation byte.
_BREAK_IN_CHARACTER = re.compile(rb"(?<=[\x80-\xf4])\r?\n(?=[\x80-\xbf])")


def _size(lead: int) -> int:
    return 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0


def rejoined_characters(data: bytes) -> tuple[bytes, int] | None:
    """(``data`` with each line break inside a UTF-8 character taken out, how many), or None when none is."""
    if _BREAK_IN_CHARACTER.search(data) is None:
        return None
    count = 0

    def rejoin(found: re.Match[bytes]) -> bytes:
        nonlocal count
        start, end = found.span()
        lead = start - 1
        while lead > start - 4 and lead > 0 and 0x80 <= data[lead] <= 0xBF:
            lead -= 1
        size = _size(data[lead])
        head = data[lead:start]
        if len(head) >= size:
            return found.group(0)
        try:
            (head + data[end : end + size - len(head)]).decode("utf-8")
        except UnicodeDecodeError:
            return found.group(0)
        count += 1
        return b""

    joined = _BREAK_IN_CHARACTER.sub(rejoin, data)
    return (joined, count) if count else None

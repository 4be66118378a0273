"""Each line of a container's item (an e-mail's part, a feed's entry) on its own source line, for the audit.

Unpacking numbers every rendered line with the line its item starts on, so the audit would place a
newsletter's signature, its unsubscribe box and its first paragraph all on one line. A line whose words
the source holds at the start of one of the item's own lines is that line; a field the unpacking wrote
("Title: …") or a line the transfer encoding hides (base64) keeps the number of the line above it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

_PREFIX = 40  # characters of a line looked for: a quoted-printable source breaks longer lines with "="
_LEAST_PREFIX = 8  # a shorter prefix ("--", "Ok") would be found anywhere: only the whole line counts then
_ENCODED = re.compile(r"[^\x20-\x3c\x3e-\x7e]")  # what a transfer encoding may write otherwise ("=E2=80=94", "=3D")


def located_line_numbers(lines: Sequence[str], numbers: Sequence[int], source: str) -> list[int]:
    """``numbers`` with each line's own source line where the item's text shows it, in reading order."""
    starts = [0, *(m.end() for m in re.finditer("\n", source))]
    located = list(numbers)
    first_of_item: dict[int, int] = {}  # an item's start line -> where its next line is looked for
    item_ends = sorted(set(numbers))
    for at, (line, number) in enumerate(zip(lines, numbers, strict=True)):
        text = line.strip()
        if not text or number < 1 or number > len(starts):
            continue
        begin = first_of_item.get(number, starts[number - 1])
        later = bisect_right(item_ends, number)
        end = starts[item_ends[later] - 1] if later < len(item_ends) and item_ends[later] <= len(starts) else len(source)
        found = _found_at(text, source, begin, end)
        if found is None:
            if at and numbers[at - 1] == number:
                located[at] = located[at - 1]
            continue
        row = bisect_right(starts, found)
        located[at] = row
        first_of_item[number] = starts[row] if row < len(starts) else len(source)
    return located


def _found_at(text: str, source: str, begin: int, end: int) -> int | None:
    """Where a line of the source opens with ``text`` (its plain first characters), between ``begin`` and ``end``."""
    encoded = _ENCODED.search(text, 0, _PREFIX)
    prefix = text[: encoded.start() if encoded else _PREFIX]
    whole = prefix == text
    if len(prefix) < _LEAST_PREFIX and not whole:
        return None
    needle = "\n" + prefix + ("\n" if whole and len(prefix) < _LEAST_PREFIX else "")
    found = source.find(needle, max(0, begin - 1), end)
    return None if found == -1 else found + 1

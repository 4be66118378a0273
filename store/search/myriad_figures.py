"""East Asian figures written with counting units, read as the numbers they are.

Korean, Japanese and Chinese coverage counts in myriads: "1만2천명" and "1万2000人" are 12,000 people,
"2천700명" is 2,700, "1.2万名" 12,000, "3百万" three million, "1억2천만" 120 million.  Written so, a figure
is no term "12000", so "12,000" missed it and "1만2천" found the Korean passage only.  Here such a run of
digits and units inside a chunk is read as its value, which becomes the term (the rest of the chunk, "명",
"人", a particle, is tokenised as before); ``terms.split_chunk`` runs this over passages and queries alike.

A unit counts only after digits, or after a smaller unit it multiplies ("2천만": 2,000 x 10,000): "천" and
"万" alone are words ("thousand", "ten thousand", "万一"), not figures.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

_UNIT_VALUES = {
    **dict.fromkeys("억亿億", 10**8),
    **dict.fromkeys("만万萬", 10**4),
    **dict.fromkeys("천千仟", 1000),
    **dict.fromkeys("백百佰", 100),
}
_UNITS = "".join(_UNIT_VALUES)
MYRIAD_UNIT = re.compile(f"[{_UNITS}]")
# Digits (a decimal allowed) and a unit, then more units with or without digits, then the digits under the last unit.
_FIGURE = re.compile(rf"(?<![\d.,])\d+(?:\.\d+)?[{_UNITS}](?:(?:\d+(?:\.\d+)?)?[{_UNITS}])*\d*")
_PART = re.compile(rf"(\d+(?:\.\d+)?)?([{_UNITS}])")
_MAX_FIGURE = 10**15


def myriad_spans(chunk: str) -> list[tuple[int, int, str]]:
    """(start, end, value as a term) of each myriad figure in ``chunk``; [] when there is none."""
    if MYRIAD_UNIT.search(chunk) is None:
        return []
    found = []
    for match in _FIGURE.finditer(chunk):
        read = _value(match.group())
        if read is not None:
            value, used = read
            found.append((match.start(), match.start() + used, value))
    return found


def _value(text: str) -> tuple[str, int] | None:
    """The figure "1만2천" names ("12000") and how many of its characters it takes; None if it is none."""
    total, section, smallest, position = Decimal(0), Decimal(0), None, 0
    try:
        for part in _PART.finditer(text):
            if part.start() != position:
                break
            digits, unit = part.group(1), _UNIT_VALUES[part.group(2)]
            number = Decimal(digits) if digits else None
            if unit >= 10**4:  # a myriad multiplies all written since the last one: "2천만" is 2,000 x 10,000
                total += (section + (number or 0)) * unit
                section = Decimal(0)
            else:
                section += (1 if number is None else number) * unit
            smallest, position = unit, part.end()
        tail = text[position:]
        if tail.isdigit() and smallest is not None and int(tail) < smallest:  # "2천700": 700 under the thousands
            section += Decimal(tail)
            position = len(text)
    except InvalidOperation:
        return None
    value = total + section
    if smallest is None or value != value.to_integral_value() or not 0 < value < _MAX_FIGURE:
        return None
    return str(int(value)), position

"""Spoken ranges written with a comma: "they lose 200, 300 men a day", "1,000, 2,000 shells": two round numbers.

Speech transcribed as it was said gives a range's ends with a comma between them, not "to" or a dash.  Two
numbers are read so only when both are round to one significant figure ("200", "3,000"), have as many digits,
and the second is the larger and no more than three times the first; a list ("200, 300 and 400", "100, 200,
300") or a year ("In 2020, 3,000 …", "2020" has two significant figures) is no range.
"""

from __future__ import annotations

import re

# ", " then the second number in digits; nothing after it continues a list ("…, 400" or "and 400").
_COMMA_THEN_DIGITS = re.compile(r",\s(?=\d)")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*\d|(?:,\s*)?(?:and|or|&)\s+\d)")
# "Of 200, 300 were killed", "among 2,000, 1,000 …": the first number is a whole the second is part of.
_PART_OF_BEFORE = re.compile(r"(?:\b[Oo]f|\b[Aa]mong|\b[Ff]rom)\s+$")
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})*(?![\d.,]\d)")


def _one_figure_round(digits: str) -> int | None:
    """The value of "200" or "3,000" (one significant figure), else None."""
    bare = digits.replace(",", "")
    return int(bare) if bare[0] != "0" and bare[1:].strip("0") == "" else None


def comma_range_end(text: str, first_start: int, first_end: int) -> tuple[float, int] | None:
    """(high, end) when the digits at ``first_start:first_end`` and the ones after a comma are a spoken range."""
    join = _COMMA_THEN_DIGITS.match(text, first_end)
    if join is None:
        return None
    if _PART_OF_BEFORE.search(text, max(0, first_start - 8), first_start):
        return None
    low = _one_figure_round(text[first_start:first_end])
    second = _DIGITS.match(text, join.end())
    if low is None or second is None or (high := _one_figure_round(second.group())) is None:
        return None
    if len(str(low)) != len(str(high)) or not low < high <= 3 * low or _LIST_GOES_ON.match(text, second.end()):
        return None
    return float(high), second.end()

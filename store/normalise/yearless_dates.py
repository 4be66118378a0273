"""A date printed without its year: a dateline's "Nov 5", "Kuala Terengganu, 5 November".

Such a date dates a story only once its year is known from elsewhere: a full date in the
file, or the latest month and year the story mentions (``year_inferred``).  Month-first
("Nov 5") and day-first ("5 November", "5th Nov.") are read alike.
"""

from __future__ import annotations

import re

from store.normalise.dates import _MONTH, FoundDate, _iso, _month_number

_MONTH_DAY = re.compile(rf"(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?!\d)", re.IGNORECASE)
# "5 November", "5th Nov." (no year after it: "5 November 2024" is a whole date, read by ``find_date``).
_DAY_MONTH = re.compile(rf"(?<![\d.,/-])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\.?\s+(?P<mon>{_MONTH})\b\.?(?!,?\s*\d)", re.IGNORECASE)


def _month_and_day(text: str, *, whole: bool = False) -> re.Match[str] | None:
    """The first month-first or day-first yearless date of ``text`` (the whole of it, with ``whole``)."""
    if whole:
        return _MONTH_DAY.fullmatch(text) or _DAY_MONTH.fullmatch(text)
    month_first, day_first = _MONTH_DAY.search(text), _DAY_MONTH.search(text)
    if month_first is None or day_first is None:
        return month_first or day_first
    return month_first if month_first.start() <= day_first.start() else day_first


def find_month_day(text: str, year: int | None) -> FoundDate | None:
    """A dateline's "Nov 5" or "5 November": a date only once the year is known from elsewhere."""
    found = _month_and_day(text)
    if found is None:
        return None
    iso = _iso(year, _month_number(found["mon"]), int(found["d"])) if year else None
    return FoundDate(found.group(0), found.start(), found.end(), iso)


def year_inferred(found: FoundDate, latest_mention: tuple[int, int] | None) -> FoundDate:
    """A yearless "Dec 19" dated by the latest month the article mentions, or left undated.

    Articles report on the past: the date falls in the latest mentioned month's
    year, or in the next year when its month comes earlier than that month
    ("Jan 9" in a story that mentions "December 2024" is 2025-01-09).  Without
    a mention of a month and year there is no safe year, and the date stays unset.
    """
    if found.iso is not None or latest_mention is None:
        return found
    at = _month_and_day(found.raw, whole=True)
    if at is None:
        return found
    year, month = latest_mention
    wanted = _month_number(at["mon"])
    iso = _iso(year if wanted >= month else year + 1, wanted, int(at["d"]))
    return FoundDate(found.raw, found.start, found.end, iso, ambiguous=iso is not None)

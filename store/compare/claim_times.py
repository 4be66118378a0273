"""When a claim's figure held, as a span of calendar months, and which spans are of the same time.

A comparison tells a conflict (two sides giving different figures for the same time) from a change over
time (one side's November figure against the other's January one).  The rule, to be explainable in one
line: **two figures are of the same time when their months are at most one calendar month apart** (a
figure of November 2024 is of the same time as one of October, November or December 2024).  A date known
only to its year spans the whole year, so "2024" is of the same time as any month from December 2023 to
January 2025.  A claim with no date, or whose year no one gave ("XXXX-11"), could be from any time: it is
of the same time as every other figure, so it conflicts as a figure did before dates were weighed.

The claim's date is its ``claim_date``: the date its own sentence states ("said on Monday", "in
December"), else its article's (see :mod:`store.analysis.claim_dates`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.models import Claim

#: Calendar months apart that two figures may be and still be of the same time.
SAME_TIME_MONTHS = 1

Months = tuple[int, int]  # first and last month, counted from year 0 (year * 12 + month - 1)


def claim_when(claim: Claim) -> str | None:
    """The claim's date as the comparison places it, or None when it cannot be placed."""
    date = claim.claim_date
    return date if date and date[:4].isdigit() else None


def claim_months(claim: Claim) -> Months | None:
    """The months the claim's date spans: one for a day or a month, twelve for a year alone."""
    date = claim_when(claim)
    if date is None:
        return None
    year = int(date[:4])
    month = date[5:7]
    if month.isdigit() and 1 <= int(month) <= 12:
        at = year * 12 + int(month) - 1
        return at, at
    return year * 12, year * 12 + 11


def months_around(months: Months) -> range:
    """Every month a figure of ``months`` shares its time with."""
    return range(months[0] - SAME_TIME_MONTHS, months[1] + SAME_TIME_MONTHS + 1)

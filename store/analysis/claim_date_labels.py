"""A claim's partial ISO date for readers: "18 Dec 2024", "Dec, year?", "Dec 2024 (stated)".

Split from ``store.analysis.claim_dates`` (which finds the dates and re-exports these), so the reading rules
there and the wording here change apart.
"""

from __future__ import annotations

STATED = "stated"  # (as in ``claim_dates``)
UNKNOWN_YEAR = "XXXX"  # EDTF's unspecified year: "XXXX-12" is a December of some year

_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date_label(value: str | None) -> str:
    """A partial ISO date for readers: "18 Dec 2024", "Dec 2024", "2024", "Dec, year?" ("" for None)."""
    if not value:
        return ""
    year, _, rest = value.partition("-")
    month, _, day = rest.partition("-")
    if not month.isdigit() or not 1 <= int(month) <= 12:
        return value
    shown_year = "year?" if year == UNKNOWN_YEAR else year
    name = _MONTH_ABBREVIATIONS[int(month) - 1]
    if year == UNKNOWN_YEAR:
        return f"{int(day)} {name}, year?" if day.isdigit() else f"{name}, year?"
    return f"{int(day)} {name} {shown_year}" if day.isdigit() else f"{name} {shown_year}"


def claim_date_label(value: str | None, basis: str | None, *, short: bool = False) -> str:
    """The claim's date and how it was found: "Dec 2024 (stated)", "10 Feb 2025 (published)"; "undated"."""
    if not value:
        return "undated"
    shown = date_label(value)
    if basis == STATED:
        return f"{shown} (stated)"
    return f"{shown} (pub.)" if short else f"{shown} (published)"

"""Claim dates on the command line: the ``--since``/``--until`` filters of ``claims`` and the date column
of ``claims`` and ``figures``.

A claim's date is partial ("2024-12", "2024"), so a filter keeps a claim whose period reaches into the
range: ``--since 2024-12-15`` keeps "2024-12" (December reaches past the 15th) and drops "2024-11".
A claim with no date, or one whose year no one gave ("XXXX-12"), cannot be placed and is left out
whenever a filter is given.
"""

from __future__ import annotations

import argparse
import calendar
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from store.models import Claim

_PARTIAL_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")


def partial_date(text: str) -> str:
    """An argparse type: "2024", "2024-12" or "2024-12-18"."""
    if not _PARTIAL_DATE.fullmatch(text):
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use 2024, 2024-12 or 2024-12-18)")
    if len(text) == 10:  # a day the month lacks ("2024-02-30") would quietly stand for the next month's start
        year, month, day = int(text[:4]), int(text[5:7]), int(text[8:])
        if day > calendar.monthrange(year, month)[1]:
            raise argparse.ArgumentTypeError(f"no such day: {text!r} ({calendar.month_name[month]} {year} has "
                                             f"{calendar.monthrange(year, month)[1]} days)")
    return text


def reversed_range(since: str | None, until: str | None) -> str | None:
    """Why ``--since``/``--until`` can hold no date (since after until, at their common precision), or None.

    Such a range would list nothing, which reads as "no claims in that period" rather than as the typo it is.
    """
    if since is None or until is None:
        return None
    common = min(len(since), len(until))
    if since[:common] > until[:common]:
        return f"--since {since} is after --until {until}: no date is in that range; swap them?"
    return None


def add_date_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", type=partial_date, metavar="DATE",
                        help="only claims dated on or after DATE (2024, 2024-12 or 2024-12-18): the date the "
                             "claim's sentence states, else its article's")
    parser.add_argument("--until", type=partial_date, metavar="DATE", help="only claims dated on or before DATE")


def in_date_range(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether a claim's partial date reaches into [since, until] (compared at their common precision)."""
    if since is None and until is None:
        return True
    if not date or not date[:1].isdigit():
        return False
    if since is not None and date[: len(since)] < since[: len(date)]:
        return False
    return until is None or date[: len(until)] <= until[: len(date)]


def claims_in_date_range(args: argparse.Namespace, claims: list[Claim]) -> list[Claim]:
    since, until = getattr(args, "since", None), getattr(args, "until", None)
    if since is None and until is None:
        return claims
    return [claim for claim in claims if in_date_range(claim.claim_date, since, until)]


#: Narrower than this, the claims table gives the date beside the figure: a column of its own would take
#: the room the sentence needs at eighty columns.
DATE_COLUMN_LEAST_WIDTH = 100


@dataclass(frozen=True, slots=True)
class DateColumns:
    """How the claims table shows each claim's date: in a "date" column, or after the figure."""

    own_column: bool

    @property
    def columns(self) -> tuple[str, ...]:
        return ("figure", "date") if self.own_column else ("figure",)

    def cells(self, figure: str, claim: Claim) -> tuple[str, ...]:
        date = date_cell(claim.claim_date, claim.claim_date_basis)
        if self.own_column:
            return figure, date
        return (figure if date == "-" else f"{figure} · {date}",)

    @property
    def footnote(self) -> str:
        where = "date" if self.own_column else "figure · date"
        return (f"{where}: when the claim was made or its figure held, as its sentence states it (XXXX: no year "
                f"given); {'-' if self.own_column else 'none'} where it states none (its article's date applies; "
                "--json gives both)")


def date_columns(width: int) -> DateColumns:
    return DateColumns(own_column=width >= DATE_COLUMN_LEAST_WIDTH)


def date_cell(date: str | None, basis: str | None) -> str:
    return date if basis == "stated" and date else "-"


def figure_date_cell(row: dict[str, Any]) -> str:
    """The figures table's "claimed" column: the date the claim's sentence states; else "published" when the
    article's date (the "date" column beside it) stands for it, "undated" when there is none (as the TUI says)."""
    stated = date_cell(row.get("claim_date"), row.get("claim_date_basis"))
    if stated != "-":
        return stated
    return "published" if row.get("date") else "undated"


def _row_when(row: dict[str, Any]) -> str | None:
    """A figures row's date as the tracker sorts it: its sentence's, when that has a year, else its article's."""
    stated = row.get("claim_date") if row.get("claim_date_basis") == "stated" else None
    return stated if stated and stated[:1].isdigit() else row.get("date")


def echo_count_cell(row: dict[str, Any]) -> str:
    """The figures table's "count" column: how many times the figure was given, and when it was last given
    if that was later ("2 (last 2025-01-21)"): the same figure restated in January says it had not changed."""
    count = row.get("count", 1)
    first = _row_when(row)
    last = max((when for when in map(_row_when, row.get("members") or []) if when), default=None)
    return f"{count} (last {last})" if last and (first is None or last > first) else str(count)

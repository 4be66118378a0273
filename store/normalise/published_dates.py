"""An article's date of publication, from the page's fields, its head's lines, its dateline or its digest.

A date printed with its year settles it.  A yearless "Nov 4" alone on a head line is the story's own
date: the year comes from a full date elsewhere in the head (an e-mail's "Date:" header, which says when
the issue was sent, not when the story was written), else from the latest month and year the body
mentions, and is flagged as inferred.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.normalise.dates import (
    FoundDate,
    find_date,
    latest_month_mentioned,
    resolve_day_month,
)
from store.normalise.header_lines import Evidence
from store.normalise.outlets import outlet_table
from store.normalise.yearless_dates import find_month_day, year_inferred


def resolved_date(
    evidence: Evidence, body: Sequence[str], page_date: str | None, numeric_order: str | None, outlet: str | None
) -> tuple[str | None, str | None, bool]:
    """The date the page's fields or the head's lines print with a year, as (iso, raw, ambiguous)."""
    if page_date:
        found = find_date(page_date)
        if found and found.iso:
            return found.iso, page_date, False
    found = next((d for d in evidence.dates if d.iso), None)
    if found is None:
        return None, None, False
    if not found.ambiguous:
        return found.iso, found.raw, False
    known = outlet_table().lookup(outlet) if outlet else None
    iso = resolve_day_month(
        found,
        file_order=numeric_order,
        latest_mention=latest_month_mentioned(body),
        outlet_order=known.date_order if known else None,
    )
    # The file's own dates with a day over 12 settle the order; any weaker reading stays in doubt, on record.
    return iso, found.raw, numeric_order is None


def yearless_header_date(evidence: Evidence) -> str | None:
    """A header line's "Dec 19" (no year printed), as written."""
    for date in evidence.dates:
        if date.iso is None and (month_day := find_month_day(date.raw, None)) is not None and month_day.raw == date.raw:
            return date.raw
    return None


def _dated_by_later_date(month_day: str, later_iso: str) -> str | None:
    """ "Nov 4" in the year of a date on or after it (an issue sent on 2025-01-02 dates "Dec 30" in 2024)."""
    year, month, day = (int(part) for part in later_iso[:10].split("-"))
    found = find_month_day(month_day, year)
    if found is None or found.iso is None:
        return None
    if found.iso > later_iso[:10]:
        found = find_month_day(month_day, year - 1)
    return found.iso if found is not None else None


def _printed_before_sending(evidence: Evidence, sent: str) -> FoundDate | None:
    """The story's own full date printed in the head of an e-mail sent on ``sent`` (a forwarded article's
    "Published 4 November 2024"): the day it ran, which the mail's "Date:" header only follows."""
    for date in evidence.dates:
        if date.iso and not date.ambiguous and date.iso[:10] != sent[:10]:
            return date if date.iso[:10] < sent[:10] else None
    return None


def published_date(
    evidence: Evidence,
    body: Sequence[str],
    *,
    page_date: str | None,
    numeric_order: str | None,
    outlet: str | None,
    dateline_date: str | None,
    issue_date: FoundDate | None,
    sent_days: frozenset[str] = frozenset(),
) -> tuple[str | None, str | None, bool]:
    """The article's date as (iso, raw, ambiguous); ambiguous when day and month or the year were guessed."""
    published, published_raw, ambiguous = resolved_date(evidence, body, page_date, numeric_order, outlet)
    if published is not None and published[:10] in sent_days and not page_date:
        if (printed := _printed_before_sending(evidence, published)) is not None:
            return printed.iso, printed.raw, False
        if dateline_date and find_date(dateline_date) is None and (dated := _dated_by_later_date(dateline_date, published)) is not None:
            return dated, dateline_date, True  # "SEOUL, Nov 4 (Yonhap) --" in a mail sent on 6 November 2024
    # A dateline's date, or a yearless "Dec 19" on a header line of its own: read alike.
    yearless = None if dateline_date else yearless_header_date(evidence)
    story_date = dateline_date or yearless
    if published is not None and yearless and not page_date and (dated := _dated_by_later_date(yearless, published)) is not None:
        return dated, yearless, True  # the head's full date (a mail's "Date:") gives the story's printed day its year
    if published is None and issue_date is not None and not story_date:
        return issue_date.iso, issue_date.raw, ambiguous  # the digest's issue dates its stories
    if published is None and story_date:
        found = find_date(story_date) or find_month_day(story_date, None)
        if found is not None and found.iso is None:
            # The year is inferred, never printed: the date is flagged as uncertain.
            found = year_inferred(found, latest_month_mentioned(body))
            ambiguous = found.ambiguous
        return (found.iso if found else None), story_date, ambiguous
    return published, published_raw, ambiguous

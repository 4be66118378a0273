"""The line over each post of a thread copied from X, Bluesky or Mastodon: "Jane Kim @janekim · Nov 5, 2024".

The poster's display name, the handle and when it was posted, set apart by a dot or a bar: the writer
and the date of the post, and of the thread they open. An embedded post's attribution under a quote
("— Jane Kim (@janekim) November 5, 2024") opens with its dash and stays what it is.
"""

from __future__ import annotations

import re

from store.normalise.dates import FoundDate, find_date
from store.normalise.yearless_dates import find_month_day

_HANDLE_LINE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]{0,30}(?: [A-Z][\w'’.-]{0,30}){0,3} )?\(?@(?P<handle>[A-Za-z0-9_.]{1,30}(?:@[\w.-]{1,60})?)\)?"
    r"\s*(?:[·•|∙]\s*)?(?P<when>\S.{2,40})"
)


def handle_post_line(text: str) -> tuple[str, FoundDate] | None:
    """(the poster, when) of a thread's post line, or None for any other line."""
    found = _HANDLE_LINE.fullmatch(text.strip())
    if found is None:
        return None
    when = found["when"].strip()
    date = find_date(when) or find_month_day(when, None)
    if date is None or len(date.raw) < len(when.rstrip(" .")) - 12:
        return None  # more than a date after the handle: a sentence that names someone
    poster = (found["name"] or "").strip() or "@" + found["handle"]
    return poster, date

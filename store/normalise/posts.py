"""Channel and chat exports: a stream of dated posts, each one an article.

A Telegram channel copied or exported as text, a chat log, a "saved
messages" dump: every post opens with a header line that carries a date
*and a time of day* and the sender's name ("[18.12.24 09:14] Kursk Front
Watch:", "Kursk Front Watch, [18.12.2024 9:14]").  The time is what tells
such a stream apart from an article's own date line, and two or more such
lines are needed before a file is read as posts.  The header line is then
read like any header (outlet and date) and taken out of the text.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from store.normalise.dates import FoundDate, find_date

if TYPE_CHECKING:
    from store.normalise.units import Unit

# "[18.12.24 09:14] Name:" and "Name, [18.12.2024 9:14]": the bracketed stamp and the sender.
_STAMP_FIRST = re.compile(r"\[(?P<when>[^\[\]]{6,40})\]\s*(?P<name>[^\[\]:]{1,80}?)\s*:?")
_NAME_FIRST = re.compile(r"(?P<name>[^\[\],:]{1,80}?),?\s*\[(?P<when>[^\[\]]{6,40})\]\s*:?")
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
# A post stamp's date may have a two-digit year ("18.12.24"), which a date line elsewhere never
# gets the benefit of: here a time of day vouches for it.
_SHORT_DATE = re.compile(r"(?<!\d)(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{2}|\d{4})(?!\d)")
_MIN_POSTS = 2


def parse_post_header(text: str) -> tuple[str, FoundDate] | None:
    """(sender, date) of a post's header line, or None when ``text`` is not one."""
    if len(text) > 130 or "[" not in text:
        return None
    found = _STAMP_FIRST.fullmatch(text) or _NAME_FIRST.fullmatch(text)
    if found is None:
        return None
    when, name = found["when"], found["name"].strip()
    # A sender may be a name or, in a chat export, a phone number ("+44 7700 900123").
    if not name or not (name[0].isalnum() or (name[0] == "+" and name[1:2].isdigit())) or _TIME.search(when) is None:
        return None
    date = find_date(when) or _short_date(when)
    return (name, date) if date is not None else None


def _short_date(when: str) -> FoundDate | None:
    """A day-first numeric date with a two- or four-digit year, as chat apps stamp posts."""
    found = _SHORT_DATE.search(when)
    if found is None:
        return None
    year = int(found["y"])
    year += 2000 if year < 100 else 0
    day, month = int(found["d"]), int(found["m"])
    try:
        iso = dt.date(year, month, day).isoformat()
    except ValueError:
        return None
    # "12/11/24" is 12 November to a European phone and 11 December to an American one: flagged,
    # like ``find_date``'s numeric dates, so that the file's other dates can settle the order.
    alternative = dt.date(year, day, month).isoformat() if day <= 12 and day != month else None
    return FoundDate(
        raw=found.group(0), start=found.start(), end=found.end(), iso=iso,
        ambiguous=alternative is not None, alternative=alternative, separator=found["sep"],
    )


def post_starts(units: Sequence[Unit]) -> list[int]:
    """Indices of the units that open a post, or [] when the file is no stream of posts."""
    starts = [i for i, unit in enumerate(units) if unit.removed is None and "[" in unit.text and parse_post_header(unit.text)]
    return starts if len(starts) >= _MIN_POSTS else []


# A forum thread's posts are numbered ("#1", "#2", ...) on a line of their own above the poster's
# name and the post's date and time.
_POST_NUMBER = re.compile(r"#(\d{1,5})")
_POST_HEADER_REACH = 4  # lines from a post's number to its date line


def numbered_post_starts(units: Sequence[Unit]) -> list[int]:
    """Indices of the "#N" lines that open a forum thread's posts, or [] when the file is no such thread.

    The numbers must count up and each must stand right above a line with a date and a time of
    day: a Markdown heading "#1" or a hashtag list never does both.
    """
    marks = [i for i, unit in enumerate(units) if unit.text[:1] == "#" and len(unit.text) <= 6 and _POST_NUMBER.fullmatch(unit.text)]
    if len(marks) < _MIN_POSTS:
        return []
    numbers = [int(units[i].text[1:]) for i in marks]
    if any(b <= a for a, b in itertools.pairwise(numbers)):
        return []
    for i in marks:
        if not any(_TIME.search(u.text) and find_date(u.text) for u in units[i + 1 : i + 1 + _POST_HEADER_REACH]):
            return []
    return marks

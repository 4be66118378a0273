"""A live blog's entry stamps that carry the day as well as the time ("17 Dec 2024 - 08:30 GMT").

A bare clock time on its own line is a line rule ("entry-time" in ``furniture.toml``).  With
the day in front it reads as a date line, which above the prose is the article's header: so
it is an entry stamp only inside the body, and only where the page stamps two entries or more
(a single dated line mid-article may be a letter's or a note's own date).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.units import Unit

_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)")


def _dated_stamp(unit: Unit) -> bool:
    if unit.words() > 9 or _CLOCK.search(unit.text) is None:
        return False
    header = unit.header()
    return header is not None and header.kind == "date"


def mark_dated_entry_times(units: Sequence[Unit], body_start: int) -> None:
    """Dated stamps between the body's paragraphs leave the text as entry times."""
    stamps = [u for u in units[body_start:] if u.kept and _dated_stamp(u)]
    above = sum(1 for u in units[:body_start] if u.role == "header" and _dated_stamp(u))
    if not stamps or len(stamps) + above < 2:
        return
    for unit in stamps:
        unit.removed = "entry-time"

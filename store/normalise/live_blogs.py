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


def mark_thread_post_lines(units: Sequence[Unit], body_start: int) -> None:
    """A copied thread's "Jane Kim @janekim · Nov 5, 2024" over each later post leaves the text as that post's
    stamp, where the same poster's line heads the thread (its header) or two posts at least."""
    from store.normalise.handle_lines import handle_post_line

    for at in range(body_start, len(units)):
        if units[at].kept and _dated_under_handle(units, at):
            units[at].removed = "entry-time"  # "Jane Kim" / "@janekim" / "·" / "Nov 5, 2024", a line each, over a later post
    posts = [(u, found[0]) for u in units[body_start:] if u.kept and "@" in u.text and (found := handle_post_line(u.text)) is not None]
    if not posts:
        return
    heads = {found[0] for u in units[:body_start] if u.role == "header" and "@" in u.text and (found := handle_post_line(u.text)) is not None}
    for unit, poster in posts:
        if poster in heads or sum(1 for _, other in posts if other == poster) >= 2:
            unit.removed = "entry-time"


def _dated_under_handle(units: Sequence[Unit], at: int) -> bool:
    """A date alone under a poster's name and handle the header took, with at most a dot between them."""
    header = units[at].header()
    if header is None or header.kind != "date" or units[at].words() > 6:
        return False
    above = next((u for u in reversed(units[:at]) if u.removed != "icon"), None)
    return above is not None and (above.role == "header" or above.removed == "metadata-header") and _HANDLE_CLOSING.search(above.text) is not None


_HANDLE_CLOSING = re.compile(r"(?:^|\s)@[A-Za-z0-9_.]{1,30}$")

"""A digest's issue over its stories: the name and date its head gives every story it holds.

A newsletter's or a digest's issue names itself and its date once, over its first story ("Korea Watch
Daily" / "6 November 2024", or a mailed issue's subject, sender and date); the stories under it, parted by
rules or numbered, print neither, yet ran in that issue on that day.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.normalise.dates import FoundDate
from store.normalise.shapes import is_title_like
from store.normalise.units import Unit


def issue_head(units: Sequence[Unit]) -> tuple[FoundDate, str | None, str | None] | None:
    """(date, name, title field) of an issue's head over the first of the stories that rules part: the
    issue dates and names each story.  The head is a masthead over the issue's date ("Korea Watch Daily" /
    "6 November 2024"), or a mailed issue's fields (its subject, sender and date), then the first headline."""
    from store.normalise.mastheads import masthead_name

    kept = [u for u in units if u.removed is None][:8]
    name = kept[0].text.strip() if kept and kept[0].header() is None and masthead_name(kept[0].text) is not None else None
    at = 1 if name is not None else 0
    if name is not None and (len(kept) < 2 or kept[1].block != kept[0].block):
        return None
    fields = []
    while at < len(kept) and (header := kept[at].header()) is not None and not header.soft:
        fields.append(header)
        at += 1
    date = next((h.date for h in fields if h.date is not None and h.date.iso is not None and not h.date.ambiguous), None)
    if date is None or at >= len(kept) or (fields and kept[at].block == kept[at - 1].block):
        return None
    title = kept[at]
    if title.header() is not None or title.is_prose() or not (title.heading_level or is_title_like(title.text)):
        return None
    name = name or next((h.outlet for h in fields if h.outlet), None)
    return date, name, next((h.title for h in fields if h.title), None)


def issue_date(units: Sequence[Unit]) -> FoundDate | None:
    """The date among a digest's preamble lines (``_mark_preamble``), or None when there is no preamble."""
    if not any(u.removed == "preamble" for u in units):
        return None
    for unit in units:
        if unit.removed is not None:
            continue
        header = unit.header()
        if header is None:
            return None  # the first story's text: the preamble gave no date
        if header.date is not None and header.date.iso is not None and not header.date.ambiguous:
            return header.date
    return None

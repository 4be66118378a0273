"""A dateline set on three lines by a page's layout: "Seoul, South Korea" / "CNN" / "—" over the lede.

The place and the outlet are the story's dateline, not its title and a heading; the outlet the middle
line names ran the story.  Only a known outlet between a short place line and a lone dash counts, so a
headline over a section label is never read so.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.outlets import outlet_table
from store.normalise.units import Unit

_DASH = re.compile(r"\s*[—–-]{1,2}\s*")
_PLACE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}(?:, [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})?")


def mark_split_datelines(units: Sequence[Unit]) -> None:
    for i in range(2, min(len(units), 12)):
        dash = units[i]
        if not _DASH.fullmatch(dash.raw) or units[i - 1].removed is not None or units[i - 2].removed is not None:
            continue
        outlet, place = units[i - 1], units[i - 2]
        known = outlet_table().lookup(outlet.text.strip())
        if known is None or _PLACE.fullmatch(place.text.strip()) is None:
            continue
        place.removed, place.action = "dateline", "line"
        outlet.removed, outlet.action, outlet.outlet_hint = "masthead", "masthead", known.name
        return


_DATELINE_LOOK_UNITS = 40


def joined_lone_datelines(units: list[Unit]) -> list[Unit]:
    """A wire's dateline set on a line of its own ("SEOUL, Nov 4 (Reuters) -") joined to the lede under it.

    The dateline opens the story's first sentence; alone it would read as a credit and name neither the
    wire nor the place.  Only a line that is a dateline and nothing more, over a paragraph of prose.
    """
    from store.normalise.credits import find_dateline

    merged: set[int] = set()
    for i, unit in enumerate(units[:_DATELINE_LOOK_UNITS]):
        if unit.removed is not None or len(unit.text) > _LONGEST_DATELINE or unit.text[-1:] not in _DATELINE_ENDS or i + 1 >= len(units):
            continue
        lede = units[i + 1]
        found = find_dateline(unit.text + " x")
        if found is None or not (found.place or found.wire) or found.end != len(unit.text) + 1 or lede.removed is not None or lede.heading_level or not lede.is_prose():
            continue
        unit.text, unit.raw, unit.block, unit.block_size, unit.pos = f"{unit.text} {lede.text}", f"{unit.raw}\n{lede.raw}", lede.block, lede.block_size, lede.pos
        merged.add(i + 1)
        break  # (a story has one dateline)
    return [unit for i, unit in enumerate(units) if i not in merged] if merged else units


_LONGEST_DATELINE = 80
_DATELINE_ENDS = frozenset("-–—:=")

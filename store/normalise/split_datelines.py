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

"""A link post's card under its text: the linked site's host alone on a line ("yonhapnewsagency.co.kr").

A host set under a title is a share card's, which the duplicate-line reading handles with the title;
under a paragraph of prose it is the card a forum or a social network draws for the link the post
shares, no word of the post.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.units import Unit

_HOST = re.compile(r"(?:www\.)?[a-z0-9-]{1,40}(?:\.[a-z0-9-]{1,40}){0,2}\.[a-z]{2,6}")


def mark_link_card_hosts(units: Sequence[Unit]) -> None:
    if len(units) > 2 and _reader_view_site(units[0], units[1]):
        # A reader view prints the site's address alone over the headline ("kyivmonitor.com"): the site, no title.
        units[0].removed, units[0].action = "site-address", "line"
    for i in range(1, len(units)):
        unit = units[i]
        text = unit.text
        if unit.removed is not None or " " in text or "." not in text or not text.islower() or _HOST.fullmatch(text) is None:
            continue
        above = units[i - 1]
        if above.removed is None and above.is_prose():
            unit.removed = "link-card"
            unit.action = "line"


def _reader_view_site(first: Unit, second: Unit) -> bool:
    """The file's first line a lone host, over a headline that is no host."""
    text = first.text
    if first.removed is not None or " " in text or "." not in text or not text.islower() or _HOST.fullmatch(text) is None:
        return False
    return second.removed is None and " " in second.text and not second.is_prose()

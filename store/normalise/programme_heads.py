"""A broadcast transcript's head: the programme's name over the segment's headline.

A TV or radio transcript opens with the show ("PBS NEWSHOUR", "Anderson Cooper 360") and then what
this segment is about ("North Korean troops in Russia"), and its text is speakers' turns, each opened
by a name in capitals ("JUDY WOODRUFF: ..."). The show's name is no title of the item: it runs over
every segment the programme airs.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from store.normalise.units import Unit

_PROGRAMME_WORDS = 5
# A turn opened by its speaker's name in capitals, perhaps with a role ("NICK SCHIFRIN, CORRESPONDENT:").
_CAPITAL_SPEAKER = re.compile(r"[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:, [A-Z][A-Z'’ -]{1,30}[A-Z])?(?: \([^)]{1,30}\))?: \S")
_TURNS_NEEDED = 2
_TURNS_LOOKED_AT = 12


def headline_under_programme(units: Sequence[Unit], head: Sequence[Unit], first: Unit, title_like: Callable[[Unit], bool]) -> Unit | None:
    """The segment's headline right under a short programme name, in a text of speakers' turns; else None."""
    if first.words() > _PROGRAMME_WORDS or first.text[-1:] in ".!?:" or _CAPITAL_SPEAKER.match(first.text):
        return None
    below = next((u for u in head[head.index(first) + 1 :] if u.kept), None)
    if below is None or below.heading_level > 0 and first.heading_level == 0 or not title_like(below) or _CAPITAL_SPEAKER.match(below.text):
        return None
    at = units.index(below) + 1
    turns = sum(1 for u in units[at : at + _TURNS_LOOKED_AT] if u.removed is None and _CAPITAL_SPEAKER.match(u.text))
    return below if turns >= _TURNS_NEEDED else None

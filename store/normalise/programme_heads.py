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


# A speaker's label naming the network beside the role: "FREDRICKA WHITFIELD, CNN ANCHOR:", "JANE ROE, BBC NEWS
# CORRESPONDENT:", "JOHN DOE, NPR HOST:".
_NETWORK_ROLE = re.compile(
    r"[A-Z][A-Z.'’ -]{1,40}[A-Z.], (?P<network>[A-Z][A-Za-z0-9&.' -]{0,30}?) (?:SENIOR |CHIEF |INTERNATIONAL |NATIONAL |"
    r"FOREIGN |WHITE HOUSE |PENTAGON |SECURITY |POLITICAL |MILITARY |GLOBAL |[A-Z]+ )?"
    r"(?:ANCHOR|CO-ANCHOR|HOST|CORRESPONDENT|REPORTER|ANALYST|CONTRIBUTOR|PRESENTER|EDITOR)(?: \([^)]{1,30}\))?: \S"
)


def network_of_speakers(units: Sequence[Unit]) -> str | None:
    """The network a transcript's own staff name in their speaker labels ("WILL RIPLEY, CNN CORRESPONDENT:").

    Only a known outlet counts (a guest's label names where the guest works: "JOHN DOE, RAND ANALYST:"),
    and the network its first turns name.
    """
    from store.normalise.outlets import outlet_table

    turns = 0
    for unit in units:
        if not unit.kept:
            continue
        turns += 1
        if turns > _TURNS_LOOKED_AT:
            return None
        found = _NETWORK_ROLE.match(unit.text) if ", " in unit.text[:60] else None
        if found is not None and (known := outlet_table().lookup(found["network"])) is not None:
            return known.name
    return None


def programme_name_alone(title: Unit, units: Sequence[Unit]) -> bool:
    """"CNN NEWSROOM" over a transcript whose staff's labels name CNN, with no headline of the segment under it.

    The show's name opens with the network's and runs over every segment it airs: no title of this one,
    whose title is then taken from its words.
    """
    network = network_of_speakers(units) if title.words() <= _PROGRAMME_WORDS and title.text[-1:] not in ".!?:" else None
    if network is None or not title.text.upper().startswith(network.upper() + " "):
        return False
    at = units.index(title) + 1
    turns = sum(1 for u in units[at : at + _TURNS_LOOKED_AT] if u.removed is None and _CAPITAL_SPEAKER.match(u.text))
    return turns >= _TURNS_NEEDED

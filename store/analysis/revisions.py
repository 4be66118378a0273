"""Revised figures: "raised its estimate from 10,000 to 12,000" gives a new figure and the one it replaces.

"From 10,000 to 12,000" after a word of change (raised, revised, rose,
cut …) is no range the speaker puts the count in: the count is now 12,000,
and 10,000 was the earlier figure.  Read as a range it would become "about
11,000", a number nobody gave.  So the two are read as two figures, and the
one after "from" is listed after the current one (it is never a claim's main
figure while the current one stands beside it).
"""

from __future__ import annotations

import re

# A word saying a figure changed, before "from" in the same clause.
_CHANGE = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|"
    r"reduc(?:e|es|ed|ing)|rose|risen|rises?|grew|grown|grows?|jump(?:s|ed)?|climb(?:s|ed)?|fell|fallen|falls?|"
    r"drop(?:s|ped)?|decreas(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|"
    r"halv(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|swell(?:s|ed)?|up|down|upward|downward)\b"
    r"[^.;:!?]*$",
    re.IGNORECASE,
)
# "from 10,000", "from an earlier estimate of 1,000", "from a previous figure of about 3,000".
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:an?|the|its|their)\s+)?(?:(?:earlier|previous|prior|initial|original|old)\s+)?"
    r"(?:(?:estimate|figure|count|tally|assessment|number)\s+of\s+)?"
    r"(?:(?:about|around|roughly|some|an\s+estimated|nearly|almost)\s+)?$",
    re.IGNORECASE,
)


def is_revision_from(text: str, from_start: int) -> bool:
    """Whether the "from" at ``from_start`` opens the earlier figure of a change ("raised … from 10,000 to …")."""
    return _CHANGE.search(text, max(0, from_start - 160), from_start) is not None


def earlier_figure_starts(sentence: str, starts: list[int]) -> set[int]:
    """Of the figures starting at ``starts``, those a change replaced ("… from 3,000 a week earlier")."""
    if "from" not in sentence:
        return set()
    earlier = set()
    for start in starts:
        found = _FROM_BEFORE.search(sentence, max(0, start - 60), start)
        if found is not None and is_revision_from(sentence, found.start()):
            earlier.add(start)
    return earlier

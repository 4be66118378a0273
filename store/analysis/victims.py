"""Figures that are no tally of their own: whom North Korean troops killed, and the few a witness saw.

"North Korean troops opened fire on Russian vehicles, killing eight soldiers" counts neither North Korean losses
nor North Korean troops; "he recognized three soldiers on a thermal camera" is no count of losses either.
"""

from __future__ import annotations

import re

from store.models import Figure

# North Koreans named with a figure: "200 North Korean soldiers", "11,000 troops from North Korea".
NORTH_KOREANS = re.compile(r"\bNorth\s+Korean\b|\b(?:from|of)\s+(?:North\s+Korea|Pyongyang)\b", re.IGNORECASE)

# "North Korean troops opened fire on Russian vehicles, killing eight soldiers": whom North Koreans kill are
# neither North Korean losses nor North Korean troops.  North Koreans kill only as the clause's subject:
# in "Ukrainian drones struck North Korean troops, killing 30 soldiers" they are the target.
_KILLED_BEFORE = re.compile(
    r"\b(?:killing|killed|kills|wounding|injuring)\s+(?:(?:about|around|some|at\s+least|more\s+than|over|"
    r"nearly|almost|up\s+to|as\s+many\s+as|an\s+estimated)\s+)?$"
)
_NORTH_KOREAN_AGENT = re.compile(
    r"(?:^|(?<=\bsaid )|(?<=\bsays )|(?<=\bthat )|(?<=, )|(?<=; ))(?:[Tt]he\s+)?North\s+Korean\s+"
    r"(?:troops|soldiers|forces|units|fighters|gunners|artillery|drones|missiles)\s+(?!were\b|was\b|had\s+been\b|"
    r"have\s+been\b|are\s+being\b)"
)

# "he recognized three soldiers on a thermal camera": what one witness saw is no tally of losses.
_SEEN_BEFORE = re.compile(
    r"\b(?:saw|seen|sees|spotted|spots|recogni[sz]ed|noticed|watched|observed|detected|encountered)\s+"
    r"(?:only\s+|just\s+)?$"
)


def victims_or_sighting(sentence: str, figure: Figure) -> bool:
    """Whether a figure counts people North Koreans killed, or the few a witness saw: no tally of their own."""
    before = max(0, figure.start - 30)
    if _SEEN_BEFORE.search(sentence, before, figure.start):
        return True
    verb = _KILLED_BEFORE.search(sentence, before, figure.start)
    if verb is None or NORTH_KOREANS.search(sentence, figure.start, figure.end + 40):
        return False  # "killed 200 North Korean soldiers": the victims are named
    return _NORTH_KOREAN_AGENT.search(sentence, 0, verb.start()) is not None

"""The head of a briefing or speech transcript: a dated event title, the speaker, the place.

A government transcript opens "Department Press Briefing – March 24, 2025" / "Matthew
Miller, Department Spokesperson" / "Washington, D.C." / "1:32 p.m. EDT".  The first line
is the transcript's title that happens to carry its date; the speaker's "Name, Role" line
and the bare place line under it are header lines, not a headline or a paragraph.
"""

from __future__ import annotations

import re

from store.normalise.dates import find_date
from store.normalise.metadata import person_names

# What a transcript calls itself: the event, closing the words left of its date.
_EVENT_TITLE = re.compile(
    r"\b(?:press )?(?:briefing|conference|remarks|hearing|interview|speech|address|statement|stakeout|press availability)$",
    re.IGNORECASE,
)
_SPEAKER_ROLE = re.compile(
    r"(?:[A-Z][\w'’.-]* ){0,4}(?:spokesperson|spokesman|spokeswoman|secretary|minister|ambassador|envoy|president"
    r"|prime minister|chancellor|chairman|chairperson|chair|commissioner|director|representative|governor|senator"
    r"|general|admiral|press secretary|deputy spokesperson|under secretary)(?: (?:of|for) (?:the )?[A-Z][\w'’.& -]{1,60})?",
    re.IGNORECASE,
)
# "Washington, D.C.", "Geneva, Switzerland", "New York": a place alone on its line, in capitals.
_PLACE_LINE = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}(?:, (?:[A-Z]\.){1,3}|, [A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})?")
_DATE_EDGES = " \t-–—|·:,"


def dated_event_title(text: str) -> bool:
    """"Department Press Briefing – March 24, 2025": an event's name and its date, which is a title."""
    found = find_date(text)
    if found is None:
        return False
    rest = (text[: found.start] + text[found.end :]).strip(_DATE_EDGES)
    return len(rest.split()) >= 2 and _EVENT_TITLE.search(rest) is not None and rest[:1].isupper()


def speaker_line(text: str) -> bool:
    """"Matthew Miller, Department Spokesperson": a person's name and the office they speak for."""
    name, comma, role = text.strip().partition(", ")
    if not comma or len(text) > 120 or len(name.split()) > 4:
        return False
    return person_names(name) is not None and _SPEAKER_ROLE.fullmatch(role.strip(" .")) is not None


def place_line(text: str) -> bool:
    """A place name alone ("Washington, D.C."): where the event was held (trusted only beside a speaker line)."""
    text = text.strip()
    return len(text) <= 40 and _PLACE_LINE.fullmatch(text) is not None

"""A meeting record's speakers: "Mr. Nebenzia (Russian Federation):", "The President:".

A verbatim record (a UN Security Council S/PV, a committee's minutes) labels a speaker once, at the first
paragraph of the turn, and prints the rest of the statement as plain paragraphs.  The label therefore holds
until the next label, not for one paragraph as in an interview's "Q:"/"A:".  The chair's "I now give the floor
to the representative of Ukraine." names whose statement follows, when the record prints no label of its own.
"""

from __future__ import annotations

import re

from store.analysis.claimants import clean_claimant

# A delegate with the State in brackets (and perhaps the language: "(spoke in Russian)"), or the chair by office.
_MEETING_LABEL = re.compile(
    r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Baroness|H\.E)\.?\s+[^:()\n]{2,60}?\s+\([^()\n]{2,60}\)"
    r"(?:\s+\((?:spoke|interpretation)[^()\n]{0,40}\))?"
    r"|The\s+(?:Acting\s+)?(?:President|Chair|Chairman|Chairwoman|Chairperson|Secretary-General))\s*:"
)
# "I now give the floor to the representative of Ukraine.", "I give the floor to Mr. Kyslytsya."
_FLOOR_GIVEN = re.compile(
    r"\bgive\s+the\s+floor\s+to\s+(?:(?:the\s+)?(?:representative|delegation|Permanent\s+Representative)\s+of\s+"
    r"(?P<state>(?:the\s+)?[A-Z][^.;,:]{1,60}?)|(?P<person>(?:Mr|Mrs|Ms|Dr|His\s+Excellency|Her\s+Excellency)"
    r"\.?\s+[^.;,:]{2,60}?))\s*(?:[.;,:]|$)"
)


def is_meeting_label(text: str) -> bool:
    """Whether ``text`` opens with a meeting record's speaker label, which holds until the next one."""
    return _MEETING_LABEL.match(text) is not None


def floor_given_to(text: str) -> str | None:
    """Who the chair gives the floor to in ``text``: the State a representative speaks for, or the person."""
    if "floor" not in text:
        return None
    found = _FLOOR_GIVEN.search(text)
    if found is None:
        return None
    if found.group("state"):
        return clean_claimant(found.group("state")) or None
    person = re.sub(r"^(?:His|Her)\s+Excellency\s+", "", found.group("person"))
    return clean_claimant(person) or None

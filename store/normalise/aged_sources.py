"""An aggregator's source line under each headline: "Yonhap News Agency · 3 hours ago".

Google News and its kind print the outlet and the story's age, never its date.  The line is a
header (it names the outlet that ran the story) and, like any header under a title, marks where
the next story of the listing starts.
"""

from __future__ import annotations

import re

_AGED_SOURCE = re.compile(
    # (An app's feed gives the age in one letter, without "ago": "Radio Free Asia · 2d".)
    r"(?P<outlet>[^·|•\n]{2,60}?) ?[·|•—–] ?(?:\d{1,3} ?(?:min(?:ute)?s?|m|hours?|hrs?|h|days?|d|weeks?) ago|\d{1,3}[mhdw]|yesterday|just now)",
    re.IGNORECASE,
)


def aged_source(text: str) -> str | None:
    """The outlet of "Reuters · 2 hours ago"; None for anything else."""
    found = _AGED_SOURCE.fullmatch(text.strip())
    if found is None:
        return None
    outlet = found["outlet"].strip()
    return outlet if outlet[:1].isupper() and len(outlet.split()) <= 6 else None


# "November 5, 2024 3:41 AM GMT+9 Updated 2 hours ago": how long ago a page last changed, beside its date.
_AGE = re.compile(r"\d{1,3} (?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?) ago|just now", re.IGNORECASE)


def is_age(text: str) -> bool:
    """"2 hours ago", "just now": an age, which names nobody."""
    return _AGE.fullmatch(text) is not None

"""An acronym never spelled out in brackets: "The JCS added" after "South Korea's Joint Chiefs of Staff said".

Articles often name a body in full once and then by its initials, without
writing "(JCS)" in between.  The acronym is that body when the initials of
its name's capitalised words (behind a country's possessive, and without the
small words names hold) spell it: Joint Chiefs of Staff → JCS, Center for
Strategic and International Studies → CSIS, Institute for the Study of War →
ISW.  A person's initials are no acronym.  Only speakers already named in the article are looked at, so an acronym
of some other body is never folded into one that merely shares its letters
elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.analysis.claimants import looks_like_person

_POSSESSIVE_LEAD = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+")
_SMALL = frozenset({"of", "for", "the", "and", "on", "in", "&"})


def initials(name: str) -> str:
    """'South Korea's Joint Chiefs of Staff' → 'JCS'; '' when a word is not capitalised."""
    words = [w for w in _POSSESSIVE_LEAD.sub("", name).split() if w.lower() not in _SMALL]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return ""
    return "".join(w[0] for w in words)


def spelled_out(acronym: str, names: Iterable[str]) -> str | None:
    """The one name among ``names`` (most recent last) whose initials spell ``acronym``, or None."""
    found = [
        name for name in names if len(name) > len(acronym) and initials(name) == acronym and not looks_like_person(name)
    ]
    return found[-1] if found else None

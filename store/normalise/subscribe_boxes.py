"""A publication's name in its own appeal to subscribe: "Subscribe to Peninsula Signals" under a post.

A newsletter platform's page tops the post with the publication's name, and its subscribe box names
it again. A name no outlet table knows and that carries no publication word ("Peninsula Signals") is
then still the publication's, not the headline's first line: the two lines agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.units import Unit

_SUBSCRIBE_TO = re.compile(r"(?:subscribe to|sign up for|get) (?P<name>[A-Z][\w'’&-]{0,30}(?: [A-Z&][\w'’&-]{0,30}){0,4})[.!]?", re.IGNORECASE)


def subscribed_publications(units: Sequence[Unit]) -> frozenset[str]:
    """The names the file's subscribe boxes ask readers to subscribe to ("Subscribe to X")."""
    names = set()
    for unit in units:
        if unit.removed == "share-prompt" and "ubscribe" in unit.raw:
            for line in unit.raw.split("\n"):
                found = _SUBSCRIBE_TO.fullmatch(line.strip())
                if found is not None and found["name"][:1].isupper():
                    names.add(found["name"])
    return frozenset(names)


def masthead_named_by_subscribe_box(first: Unit, units: Sequence[Unit]) -> bool:
    """Is the top line the publication a subscribe box further down names?"""
    return first.words() <= 5 and first.text.strip() in subscribed_publications(units)

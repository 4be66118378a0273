"""A thread's post counters ("1/6 🧵", "2/6", "… 3/3"): the numbering of the posts, not their words."""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.models import Removal
from store.normalise.units import Unit

# "1/6 🧵 Let's …", "2/ The same …": a counter and the thread mark before the post's first word.
_LEADING = re.compile(r"(?P<number>\d{1,2})/(?P<count>\d{1,2})?(?:\s*🧵)?\s+(?=\D)")
# "… recovered by investigators. 🧵 1/3": the counter closing the post.
_TRAILING = re.compile(r"(?<=\S)\s+(?:🧵\s*)?(?P<number>\d{1,2})/(?P<count>\d{1,2})$")


def _counter(text: str) -> tuple[re.Match[str], int, str | None] | None:
    for pattern in (_LEADING, _TRAILING):
        found = pattern.match(text) if pattern is _LEADING else pattern.search(text)
        if found is not None:
            return found, int(found["number"]), found["count"]
    return None


def strip_thread_counters(body: Sequence[Unit], ordinal: int) -> list[Removal]:
    """Take the counters off posts numbered 1, 2, 3 … in order, each removal on record.

    Only a run proves a counter: the first post counts 1, each counted post one more than the last, two
    posts at least, one total for all that give one. "3/4 of the shells failed" alone is a fraction, and
    so is every counter-shaped opening of a text whose numbers do not run so.
    """
    counted: list[tuple[Unit, re.Match[str]]] = []
    totals: set[str] = set()
    for unit in body:
        if unit.text[:1].isdigit() or unit.text[-1:].isdigit():
            read = _counter(unit.text)
            if read is not None and read[1] == len(counted) + 1:
                counted.append((unit, read[0]))
                if read[2]:
                    totals.add(read[2])
    if len(counted) < 2 or len(totals) > 1 or (totals and int(next(iter(totals))) < len(counted)):
        return []
    removals: list[Removal] = []
    for unit, found in counted:
        removals.append(Removal("thread-counter", found.group().strip(), line=unit.line, article_ordinal=ordinal))
        unit.text = (unit.text[: found.start()] + unit.text[found.end() :]).strip()
    return removals

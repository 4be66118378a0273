"""Bare counts a blogging or social platform prints around a post: claps, responses, likes.

"842" / "3" under the date line of a Medium story, "1.2K 14" beside its buttons: the counts
of a reaction bar, set one to a line.  Alone a number line may be a table's cell set one a
line, so a count goes only beside the platform's own controls ("Follow", "6 min read",
"Share"), or when one line holds a tally only a platform prints ("1.2K 14").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.units import Unit

_COUNT = r"\d[\d.,]{0,6}[kKmM]?"
_COUNTS = re.compile(rf"{_COUNT}(?:\s?[·•|]?\s?{_COUNT}){{0,2}}")
# A line of two or three counts, one of them abridged ("1.2K"): no table prints its figures so.
_TALLY = re.compile(rf"(?={_COUNT}\s)(?=.*\d[kKmM]\b){_COUNT}(?:\s?[·•|]?\s?{_COUNT}){{1,2}}")
_NEAR = 3  # how many other chrome or header lines may stand between the controls and the counts
_RUN = 3  # a reaction bar's counts: claps, responses, bookmarks


def is_reaction_tally(text: str) -> bool:
    return len(text) <= 24 and _TALLY.fullmatch(text) is not None


def mark_counts_beside_chrome(units: Sequence[Unit], chrome: Sequence[int]) -> None:
    """Runs of bare counts near a platform's controls become ``vote-count`` removals.

    A single count needs a control right beside it (see ``furniture``); here a run of two or
    three, or a count after a date line under the controls, is the reaction bar's.
    """
    for at in chrome:
        for step in (-1, 1):
            k, passed, counted = at + step, 0, 0
            while 0 <= k < len(units) and passed < _NEAR and _passable(units[k]):
                counted += units[k].removed == "vote-count"  # ("142" / "18" / "Share": the count beside the button went first)
                k += step
                passed += 1
            run: list[int] = []
            while 0 <= k < len(units) and len(run) < _RUN and _bare_counts(units[k]):
                run.append(k)
                k += step
            if len(run) >= 2 or (run and counted):
                for n in run:
                    units[n].removed = "vote-count"
                    units[n].action = "line"


def _passable(unit: Unit) -> bool:
    """Chrome already removed, or a header line (the date or byline the bar sits beside)."""
    return unit.removed is not None or (len(unit.text) <= 80 and unit.header() is not None)


def _bare_counts(unit: Unit) -> bool:
    text = unit.text
    return unit.removed is None and len(text) <= 24 and text[:1].isdigit() and _COUNTS.fullmatch(text) is not None

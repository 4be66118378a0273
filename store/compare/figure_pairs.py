"""Counting the pairs of figures a comparison sets against each other (light: the command line prints with it)."""

from __future__ import annotations

from collections.abc import Hashable, Iterable


def distinct_pairs(pairs: Iterable[tuple[Hashable, Hashable]]) -> int:
    """How many pairs of figures stand against each other: each side's figure is listed against the other's
    nearest, so one clash of two figures comes once from each side, and counts once."""
    return len({frozenset(pair) for pair in pairs})

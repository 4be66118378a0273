"""How long each phase of a long run took, from the progress messages it reports."""

from __future__ import annotations

import time
from collections.abc import Callable
from itertools import pairwise


class PhaseTimes:
    """A progress callback that notes when each phase starts; a phase is the messages sharing ``key``.

    ``key`` defaults to the whole message; the bench keys by its first word, so that
    "Reading a.txt", "Reading b.txt" … are one phase.
    """

    def __init__(self, key: Callable[[str], str] = lambda message: message) -> None:
        self._key = key
        self._starts: list[tuple[str, float]] = []

    def __call__(self, message: str, done: int, total: int) -> None:
        phase = self._key(message)
        if not self._starts or self._starts[-1][0] != phase:
            self._starts.append((phase, time.perf_counter()))

    def durations(self) -> list[tuple[str, float]]:
        """(phase, seconds) in order, up to now."""
        marks = [*self._starts, ("end", time.perf_counter())]
        return [(name, end - begin) for (name, begin), (_, end) in pairwise(marks)]

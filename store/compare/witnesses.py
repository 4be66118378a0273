"""One side's figures as witnesses for the other side's: does any of them allow a figure, of the same time?

A figure is weighed against the other side's figures **of the same time** (see
:mod:`store.compare.claim_times`): a figure none of them allows is a *conflict*.  Only when the other side
gave no figure in its unit at that time is it weighed against the figures the other side gave at other
times, and a figure none of those allows is a *change over time* ("11,000 troops" in November against
"12,000" in January), not a conflict.  A figure of no date could be from any time, so every figure of the
other side is of its time, as is an undated figure of the other side for any figure.

Comparing every pair took minutes for two outlets at ten thousand articles; here each unit's witness
intervals, and each (unit, month)'s, are sorted by their low end with a running maximum of their high
ends, so "does any overlap [a, b]?" is one binary search: of the intervals starting at or below b, does
one reach a?
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from store.compare.claim_times import Months, months_around
from store.compare.intervals import APPROX_TOLERANCE, Interval
from store.models import Figure

Finding = Literal["conflict", "change"]


@dataclass(frozen=True, slots=True)
class Witness:
    claim_id: str
    figure: Figure
    interval: Interval
    months: Months | None  # None: no date, so of any time


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a figure's test against the other side found, and the other side's figure nearest to it."""

    finding: Finding
    against_claim_id: str
    against: Figure


def witness_interval(interval: Interval, refined: bool) -> Interval:
    """What an open-ended bound vouches for on behalf of its side (see :mod:`store.compare.claim_comparison`):
    all of its open range, or, when a bounded figure of its own side agrees with it (``refined``), only the
    number it names."""
    if not refined or (interval.low is None and interval.high is None):
        return interval
    if interval.high is None:  # "at least 30": about 30, or a little more
        return Interval(interval.low, interval.low + abs(interval.low) * APPROX_TOLERANCE, interval.unit)
    return Interval(interval.high - abs(interval.high) * APPROX_TOLERANCE, interval.high, interval.unit)


def is_open(interval: Interval) -> bool:
    return interval.low is None or interval.high is None


class Witnesses:
    """One side's figures, ready to say at once whether any of them of a given time allows a figure."""

    def __init__(self, witnesses: Iterable[Witness]) -> None:
        by_unit: dict[str, list[Witness]] = {}
        for witness in witnesses:
            if witness.interval.unit:  # a figure without a unit is comparable with nothing
                by_unit.setdefault(witness.interval.unit, []).append(witness)
        self._all: dict[str, _SortedIntervals] = {}
        self._undated: dict[str, _SortedIntervals] = {}
        self._by_month: dict[tuple[str, int], _SortedIntervals] = {}
        for unit, entries in by_unit.items():
            # Whether an open bound is refined is asked of its whole side, whatever the dates.
            bounded = _SortedIntervals([w for w in entries if not is_open(w.interval)])
            entries = [_refined(w, bounded.overlapping(w.interval) is not None) if is_open(w.interval) else w
                       for w in entries]
            self._all[unit] = _SortedIntervals(entries)
            undated = [w for w in entries if w.months is None]
            if undated:
                self._undated[unit] = _SortedIntervals(undated)
            months: dict[int, list[Witness]] = {}
            for w in entries:
                if w.months is not None:
                    for month in range(w.months[0], w.months[1] + 1):
                        months.setdefault(month, []).append(w)
            for month, held in months.items():
                self._by_month[unit, month] = _SortedIntervals(held)

    def counts(self, unit: str) -> bool:
        return bool(unit) and unit in self._all

    def weigh(self, interval: Interval, months: Months | None, *, grows: bool = False) -> Verdict | None:
        """None when nothing comparable is on this side or a witness allows ``interval`` (of its time, if
        this side has any then); else a conflict, or a change when all of them are of other times.

        ``grows``: the subject is a running total (the dead, the shells supplied), which only rises.  A
        figure of the month before that is lower, or of the month after that is higher, is then the count
        rising, a change: "300 killed" in December against "1,000 killed" in January is no conflict.
        """
        unit = interval.unit
        if not unit or unit not in self._all:
            return None
        rising: list[tuple[_SortedIntervals, Interval]] = []  # adjacent months, and what of them a rise allows
        if months is None:
            same_time = [self._all[unit]]
        elif grows:
            same_time = [group for month in range(months[0], months[1] + 1)
                         if (group := self._by_month.get((unit, month))) is not None]
            for month, allowed in ((months[0] - 1, Interval(None, interval.high, unit)),
                                   (months[1] + 1, Interval(interval.low, None, unit))):
                if (group := self._by_month.get((unit, month))) is not None:
                    rising.append((group, allowed))
            if unit in self._undated:
                same_time.append(self._undated[unit])
        else:
            same_time = [group for month in months_around(months)
                         if (group := self._by_month.get((unit, month))) is not None]
            if unit in self._undated:
                same_time.append(self._undated[unit])
        finding: Finding = "conflict"
        if not same_time and not rising:
            same_time, finding = [self._all[unit]], "change"
        if any(group.overlapping(interval) is not None for group in (*same_time, *(group for group, _ in rising))):
            return None
        if any(group.overlapping(allowed) is not None for group, allowed in rising):
            if not same_time:  # only the count rising between months: said as a change over time
                _, witness = min((group.nearest(interval) for group, _ in rising), key=lambda found: found[0])
                return Verdict("change", witness.claim_id, witness.figure)
        weighed = same_time or [group for group, _ in rising]
        _, witness = min((group.nearest(interval) for group in weighed), key=lambda found: found[0])
        return Verdict(finding, witness.claim_id, witness.figure)


def _refined(witness: Witness, refined: bool) -> Witness:
    return Witness(witness.claim_id, witness.figure, witness_interval(witness.interval, refined), witness.months)


class _SortedIntervals:
    def __init__(self, entries: list[Witness]) -> None:
        entries = sorted(entries, key=lambda w: _bounds(w.interval))
        self._entries = entries
        self._lows = [_bounds(w.interval)[0] for w in entries]
        # The running maximum of the high ends, and where it was reached: the entry reaching furthest.
        self._reach: list[float] = []
        self._furthest: list[int] = []
        for index, witness in enumerate(entries):
            high = _bounds(witness.interval)[1]
            if not self._reach or high > self._reach[-1]:
                self._reach.append(high)
                self._furthest.append(index)
            else:
                self._reach.append(self._reach[-1])
                self._furthest.append(self._furthest[-1])

    def overlapping(self, interval: Interval) -> int | None:
        """The index of an entry overlapping ``interval``, or None."""
        low, high = _bounds(interval)
        starting_by_high = bisect_right(self._lows, high)
        if starting_by_high and self._reach[starting_by_high - 1] >= low:
            return self._furthest[starting_by_high - 1]
        return None

    def nearest(self, interval: Interval) -> tuple[tuple[float, int], Witness]:
        """Of entries none of which overlaps ``interval``: the one whose edge lies closest to it, and how far
        (with its place, so that equal gaps are settled the same way every time)."""
        low, high = _bounds(interval)
        starting_by_high = bisect_right(self._lows, high)
        candidates = []
        if starting_by_high:  # all of these end below ``low``: the one ending highest
            index = self._furthest[starting_by_high - 1]
            candidates.append((low - self._reach[starting_by_high - 1], index))
        if starting_by_high < len(self._entries):  # the first starting above ``high``
            candidates.append((self._lows[starting_by_high] - high, starting_by_high))
        gap, index = min(candidates)
        return (gap, index), self._entries[index]


def _bounds(interval: Interval) -> tuple[float, float]:
    return (-math.inf if interval.low is None else interval.low, math.inf if interval.high is None else interval.high)

"""A horizontal range chart drawn with characters: one line per figure, one shared scale.

The scale is linear, but it is *broken* where one value dwarfs the rest: the
values are split at a gap that takes more than half of their span when a side
of it holds detail worth keeping (two or more distinct values).  Each part
gets its own linear stretch, separated by a ``┊`` column.  So estimates of
11,000-15,000 troops spread over most of the width while the 100,000
"rotated over a year" sits apart on the right, instead of squeezing the rest
into two columns.

Glyphs: ``●`` an exact value, ``◆`` the value inside an interval, ``━`` the
interval, ``◀``/``▶`` a side without bound.  The TUI only colours them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from store.compare.intervals import Interval, format_number

POINT, VALUE, BAR, OPEN_LOW, OPEN_HIGH, BREAK, EMPTY = "●", "◆", "━", "◀", "▶", "┊", " "
GLYPHS = (POINT, VALUE, BAR, OPEN_LOW, OPEN_HIGH, BREAK)

BREAK_WIDTH = 3  # " ┊ "
_BIG_GAP_SHARE = 0.5  # a gap wider than this share of the span may break the axis
_MAX_SEGMENTS = 3
_LONE_SEGMENT_WIDTH = 9  # room for a label like "100,000" under a single value


@dataclass(frozen=True, slots=True)
class ScaleSegment:
    low: float
    high: float
    start: int  # first column
    width: int

    def column(self, value: float) -> int:
        if self.high == self.low:
            return self.start + self.width // 2
        inner = max(1, self.width - 3)  # keep one column free at each end for arrows
        share = (value - self.low) / (self.high - self.low)
        return self.start + 1 + round(share * inner)

    def holds(self, value: float) -> bool:
        return self.low <= value <= self.high


@dataclass(slots=True)
class RangeScale:
    segments: list[ScaleSegment]
    width: int

    @property
    def break_columns(self) -> list[int]:
        return [s.start - 2 for s in self.segments[1:]]

    def column(self, value: float) -> int:
        for segment in self.segments:
            if segment.holds(value):
                return segment.column(value)
        # Outside every segment (cannot happen for values the scale was built from).
        if value < self.segments[0].low:
            return 0
        return self.width - 1


@dataclass(slots=True)
class RangeChart:
    scale: RangeScale | None
    lines: list[str] = field(default_factory=list)
    axis: str = ""

    @property
    def width(self) -> int:
        return self.scale.width if self.scale else 0


def _split_points(values: list[float]) -> list[list[float]]:
    """Split sorted distinct values into clusters at gaps that dwarf their detail."""
    clusters = [values]
    while len(clusters) < _MAX_SEGMENTS:
        best = None
        for index, cluster in enumerate(clusters):
            span = cluster[-1] - cluster[0]
            if len(cluster) < 3 or span <= 0:
                continue
            gaps = [(cluster[k + 1] - cluster[k], k) for k in range(len(cluster) - 1)]
            gap, at = max(gaps)
            lower, upper = cluster[: at + 1], cluster[at + 1 :]
            detailed = len(lower) > 1 or len(upper) > 1
            if gap > _BIG_GAP_SHARE * span and detailed and (best is None or gap / span > best[0]):
                best = (gap / span, index, at)
        if best is None:
            break
        _, index, at = best
        cluster = clusters[index]
        clusters[index : index + 1] = [cluster[: at + 1], cluster[at + 1 :]]
    return clusters


def build_scale(intervals: Sequence[Interval], values: Sequence[float], width: int) -> RangeScale | None:
    finite = sorted({v for v in values} | {b for i in intervals for b in (i.low, i.high) if b is not None})
    if not finite or width < 10:
        return None
    clusters = _split_points(finite)
    usable = width - BREAK_WIDTH * (len(clusters) - 1)
    lone_width = min(_LONE_SEGMENT_WIDTH, usable // len(clusters))
    spread_count = sum(1 for c in clusters if len(c) > 1)
    spread_width = (usable - lone_width * (len(clusters) - spread_count)) // max(1, spread_count)
    widths = [spread_width if len(c) > 1 else lone_width for c in clusters]
    # Rounding leftovers go to the first segment with detail (or the only one).
    widest = next((k for k, c in enumerate(clusters) if len(c) > 1), 0)
    widths[widest] += usable - sum(widths)
    segments = []
    column = 0
    for cluster, segment_width in zip(clusters, widths, strict=True):
        segments.append(ScaleSegment(cluster[0], cluster[-1], column, segment_width))
        column += segment_width + BREAK_WIDTH
    return RangeScale(segments, width)


def draw_interval(scale: RangeScale, interval: Interval, value: float) -> str:
    cells = [EMPTY] * scale.width
    for column in scale.break_columns:
        cells[column] = BREAK
    start = 0 if interval.low is None else scale.column(interval.low)
    end = scale.width - 1 if interval.high is None else scale.column(interval.high)
    if interval.is_point:
        cells[scale.column(value)] = POINT
        return "".join(cells)
    for column in range(start, end + 1):
        if cells[column] != BREAK:
            cells[column] = BAR
    if interval.low is None:
        cells[0] = OPEN_LOW
    if interval.high is None:
        cells[scale.width - 1] = OPEN_HIGH
    cells[scale.column(value)] = VALUE
    return "".join(cells)


def draw_axis(scale: RangeScale) -> str:
    """Labels under each segment's ends (or its single value), never overlapping."""
    cells = [EMPTY] * scale.width
    for column in scale.break_columns:
        cells[column] = BREAK
    labels: list[tuple[int, str]] = []
    for segment in scale.segments:
        if segment.low == segment.high:
            text = format_number(segment.low)
            labels.append((segment.column(segment.low) - len(text) // 2, text))
        else:
            low_text, high_text = format_number(segment.low), format_number(segment.high)
            labels.append((segment.column(segment.low), low_text))
            labels.append((segment.column(segment.high) - len(high_text) + 1, high_text))
    taken_until = -1
    for start, text in labels:
        start = max(start, taken_until + 1, 0)
        if start + len(text) > scale.width:
            start = scale.width - len(text)
        if start <= taken_until:
            continue
        cells[start : start + len(text)] = list(text)
        taken_until = start + len(text)
    return "".join(cells)


def range_chart(points: Sequence[tuple[Interval, float]], width: int) -> RangeChart:
    """Draw one line per (interval, value) on a scale shared by all of them."""
    scale = build_scale([i for i, _ in points], [v for _, v in points], width)
    if scale is None:
        return RangeChart(None)
    return RangeChart(scale, [draw_interval(scale, i, v) for i, v in points], draw_axis(scale))

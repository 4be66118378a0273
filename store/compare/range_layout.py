"""A horizontal range chart drawn with characters: one line per figure, one shared scale.

The scale is linear, but it is *broken* when outliers would squeeze the
bulk of the figures into a few columns.  The core is the band within a factor
of two of the median figure; when the whole range is more than
``SQUEEZE_RATIO`` times wider than the core, values below and above the core
get short linear stretches of their own, separated by a ``┊`` column, and
the core keeps most of the width.  So estimates of 11,000-15,000 troops stay
columns apart while the 100,000 "rotated over a year" sits on its own stretch
to the right (and a stray "30 soldiers" on one to the left).  Ordering is
kept everywhere; only distances across a break are not to scale.

Glyphs: ``●`` an exact value, ``◆`` the value inside an interval, ``━`` the
interval, ``◀``/``▶`` a side without bound.  The TUI only colours them.

(The module is not called ``range_chart``: a module named like its function replaced the
function with itself in ``store.compare`` once anything imported it.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from store.compare.intervals import Interval, format_number

POINT, VALUE, BAR, OPEN_LOW, OPEN_HIGH, BREAK, EMPTY = "●", "◆", "━", "◀", "▶", "┊", " "
GLYPHS = (POINT, VALUE, BAR, OPEN_LOW, OPEN_HIGH, BREAK)

BREAK_WIDTH = 3  # " ┊ "
SQUEEZE_RATIO = 3.0  # break the axis when the full range is this many times the core's
_CORE_FACTOR = 2.0  # the core: values within this factor of the median figure
_SIDE_SHARE = 0.25  # the most width one side stretch may take
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


def split_points(points: list[float], values: Sequence[float]) -> tuple[list[list[float]], int]:
    """Sorted distinct ``points`` grouped into [low side], core, [high side] stretches.

    ``values`` are the figures themselves (not interval bounds): their median
    locates the core.  Returns the stretches and the index of the core.  One
    stretch when nothing is squeezed, or when values are not all positive.
    """
    positives = sorted(v for v in values if v > 0)
    if len(points) < 3 or not positives or points[0] <= 0:
        return [points], 0
    median = positives[len(positives) // 2]
    core = [p for p in points if median / _CORE_FACTOR <= p <= median * _CORE_FACTOR]
    if not core:
        return [points], 0
    core_span = max(core[-1] - core[0], median * 0.1)
    if (points[-1] - points[0]) / core_span < SQUEEZE_RATIO:
        return [points], 0
    below = [p for p in points if p < core[0]]
    above = [p for p in points if p > core[-1]]
    parts = [part for part in (below, core, above) if part]
    return parts, 1 if below else 0


def build_scale(intervals: Sequence[Interval], values: Sequence[float], width: int) -> RangeScale | None:
    finite = sorted({v for v in values} | {b for i in intervals for b in (i.low, i.high) if b is not None})
    if not finite or width < 10:
        return None
    parts, core_index = split_points(finite, values)
    usable = width - BREAK_WIDTH * (len(parts) - 1)
    # Side stretches get room for their labels; the core takes the rest.
    widths = [min(_LONE_SEGMENT_WIDTH + 2 * (len(part) - 1), int(usable * _SIDE_SHARE)) for part in parts]
    widths[core_index] = usable - sum(w for k, w in enumerate(widths) if k != core_index)
    segments = []
    column = 0
    for part, segment_width in zip(parts, widths, strict=True):
        segments.append(ScaleSegment(part[0], part[-1], column, segment_width))
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

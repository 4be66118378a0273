"""The figure tracker's range chart: one line per table row, on one scale for the whole subject.

The scale is built once per table and width from every figure of the
subject, so paging through a large subject keeps the same axis.  Only the
rows around the cursor are drawn: at ten thousand articles a subject has
22,000 rows, and drawing all of them at every cursor move took seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.cells import cell_len, set_cell_size
from rich.text import Text

from store.compare import FigureGroup, FigureRow
from store.compare.intervals import canonical_unit, format_figure, format_number, format_range
from store.compare.range_layout import (
    BAR,
    BREAK,
    OPEN_HIGH,
    OPEN_LOW,
    POINT,
    VALUE,
    RangeScale,
    build_scale,
    draw_axis,
    draw_interval,
)
from tui.formatting import one_line

CHART_LABEL_WIDTH = 30
CHART_WINDOW = 40  # rows drawn around the cursor (the chart's box shows fewer)

ChartRow = tuple[str, FigureGroup, FigureRow, int | None]  # (row key, group, row, member index or None)


SET_APART_NOTE = "(set apart: forecast, increment, part, total to come, earlier or elsewhere)"


def fit_cells(text: str, width: int) -> str:
    """``text`` padded or clipped (with …) to exactly ``width`` terminal cells.

    Counting characters instead let a Korean or Chinese claimant's label, two cells a
    character, push that row's bar right of every other row's on the same scale.
    """
    if (cells := cell_len(text)) <= width:
        return text + " " * (width - cells)
    return set_cell_size(text, width - 1) + "…"


def subject_scale(groups: Sequence[FigureGroup], unit: str | None, width: int) -> RangeScale | None:
    """A scale holding every figure of the subject in its unit (echo members too), but one set apart
    (a total still to come): "100,000 within a year" would squeeze 11,000 and 15,000 into one column."""
    rows = [row for group in groups for row in group.rows if canonical_unit(row.figure.unit) == unit]
    on_unit = [row for row in rows if not row.set_apart] or rows
    return build_scale([row.interval for row in on_unit], [row.figure.value for row in on_unit], width)


def chart_window(rows: Sequence[ChartRow], current_key: str | None) -> tuple[int, int]:
    """The slice of ``rows`` to draw: the cursor's row near the top, and as many after it as fit."""
    position = next((i for i, (key, *_rest) in enumerate(rows) if key == current_key), 0)
    start = max(0, min(position - 5, len(rows) - CHART_WINDOW))
    return start, min(len(rows), start + CHART_WINDOW)


def chart_text(
    rows: Sequence[ChartRow],
    *,
    scale: RangeScale | None,
    unit: str | None,
    current_key: str | None,
    palette: dict[str, str],
    label_of: Callable[[FigureRow], str],
) -> Text:
    start, stop = chart_window(rows, current_key)
    text = Text()
    denials = "  ✗ denied by" if any(row.denied for _, _, row, _ in rows[start:stop]) else ""
    legend = f"  ● exact  ◆━ interval  ◀▶ unbounded  ┊ break{denials}"
    if start or stop < len(rows):
        legend += f"  rows {start + 1}–{stop} of {len(rows)}"
    title = "Range chart"
    # Over the labels' column, as long as the line then fits the chart's width: at 80 columns it
    # did not, and the legend's last words wrapped under the title like a row of the chart.
    if scale is None or cell_len(legend) <= 2 + scale.width:  # the line under the title holds 2 + scale.width
        title = title.ljust(CHART_LABEL_WIDTH)
    text.append(title, style="bold")
    text.append(legend, style="dim")
    text.append("\n")
    colours = _bar_colours(palette)
    all_set_apart = all(row.set_apart for _, _, row, _ in rows)  # then the scale was built from them (``subject_scale``)
    for key, _group, row, member in rows[start:stop]:
        who = one_line(row.claimant or row.outlet)
        label = f"{'  ' if member is not None else ''}{label_of(row)} · {'✗ ' if row.denied else ''}{who}"
        text.append(fit_cells(label, CHART_LABEL_WIDTH), style="reverse" if key == current_key else "")
        text.append("  ")
        if scale is not None and canonical_unit(row.figure.unit) == unit and (not row.set_apart or all_set_apart):
            _append_bar(text, draw_interval(scale, row.interval, row.figure.value), colours, dim=member is not None)
        elif row.set_apart:
            text.append(SET_APART_NOTE, style="dim")
        else:
            text.append("(other unit: not on this scale)", style="dim")
        text.append("\n")
    if scale is not None:
        text.append(" " * (CHART_LABEL_WIDTH + 2))
        text.append(draw_axis(scale), style="dim")
    return text


def short_figure(row: FigureRow, unit: str | None) -> str:
    """The figure with its qualifier; the unit only when it is not the subject's (shown in the heading)."""
    return format_figure(row.figure, unit_shown=canonical_unit(row.figure.unit) != unit)


def short_interval(row: FigureRow) -> str:
    low, high = row.interval.low, row.interval.high
    if row.interval.is_point:
        return format_number(low)
    if low is not None and high is not None:  # both ends in one style, as the figure itself is written
        return format_range(low, high).replace("–", " – ")
    return f"{'−∞' if low is None else format_number(low)} – {'∞' if high is None else format_number(high)}"


def _bar_colours(palette: dict[str, str]) -> dict[str, str]:
    accent, shared = palette.get("accent", "yellow"), palette.get("shared", "green")
    return {
        POINT: f"bold {accent}", VALUE: f"bold {accent}", BAR: shared, OPEN_LOW: shared, OPEN_HIGH: shared,
        BREAK: "dim",
    }  # fmt: skip


def _append_bar(text: Text, line: str, colours: dict[str, str], *, dim: bool) -> None:
    """The line in runs of one style each (one append per run, not per character)."""
    run_start = 0
    for position in range(1, len(line) + 1):
        if position == len(line) or colours.get(line[position], "") != colours.get(line[run_start], ""):
            style = colours.get(line[run_start], "")
            text.append(line[run_start:position], style=f"{style} dim" if dim and style else style)
            run_start = position

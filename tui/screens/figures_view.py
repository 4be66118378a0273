"""How the figure tracker looks: the table of one page, the sentence under the cursor, the range chart.

The tracker screen (``tui.screens.figures``) builds, sorts and pages the table and answers keys;
this base class only draws ``self.table`` as it stands: rich ``Text`` cells, never markup strings.
"""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, ProgressBar, Static

from store.compare import FigureGroup, FigureRow, FigureTable
from store.compare.range_layout import RangeScale
from store.corpus import Corpus
from tui.screens.figures_chart import CHART_LABEL_WIDTH, ChartRow, chart_text, short_figure, subject_scale
from tui.screens.figures_table import (
    CELL_KEYS,
    COLUMNS,
    FigureGrid,
    column_widths,
    columns_that_fit,
    detail_text,
    doubtful_dates,
    heading_text,
    key_of_row,
    page_count,
    page_rows,
    row_cells,
    summary_text,
    widest_names,
)
from tui.widgets.fitted import FittedStatic
from tui.widgets.keybar import KeyBar


class FigureTrackerView(Screen[None]):
    """Draws the figure table held in ``table``: its page ``page``, with the echo groups in ``expanded`` open."""

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus
        self.table: FigureTable | None = None
        self.expanded: set[str] = set()
        self.rows_by_key: dict[str, tuple[FigureGroup, FigureRow]] = {}
        self.palette: dict[str, str] = {}
        self.page = 0
        self._scale: RangeScale | None = None
        self._scale_key: tuple[int, int] | None = None
        self.hidden_columns: frozenset[str] = frozenset()  # too wide for the screen: the detail line holds them

    def compose(self) -> ComposeResult:
        yield Static(id="figures-heading")
        bar = ProgressBar(show_eta=False, id="figures-progress")
        bar.display = False
        yield bar
        yield Static(id="figures-summary")
        yield FigureGrid(id="figures-table", cursor_type="row", zebra_stripes=True)
        yield FittedStatic(id="figures-detail")
        with VerticalScroll(id="figures-chart-box"):
            yield Static(id="figures-chart")
        yield KeyBar()  # fits its width: Footer ran "^p" off the edge at 80 columns

    @property
    def page_count(self) -> int:
        return page_count(self.table) if self.table is not None else 1

    def visible_rows(self) -> list[ChartRow]:
        """(row key, group, row, member index or None) of this page, in display order."""
        assert self.table is not None
        return page_rows(self.table, self.page, self.expanded)

    # --- drawing -------------------------------------------------------------------------------

    def _draw(self, *, keep: str | None = None) -> None:
        assert self.table is not None
        self.query_one("#figures-heading", Static).update(heading_text(self.table, self.page, self._accent))
        self.query_one("#figures-summary", Static).update(summary_text(self.table.summary, self._doubtful_dates()))
        self._fill_table(keep)
        self._draw_chart()
        self._draw_detail()

    def _fill_table(self, keep: str | None) -> None:
        grid = self.query_one(FigureGrid)
        grid.clear(columns=True)
        shown = [(row_key, group, row, self._cells(group, row, member)) for row_key, group, row, member in self.visible_rows()]
        screen_width = self.size.width or self.app.size.width
        rows = [cells for *_, cells in shown]
        fitting = columns_that_fit(column_widths(rows, screen_width), screen_width, widest_names(rows))
        self.hidden_columns = frozenset(CELL_KEYS) - fitting.keys()
        for key, label in (*((key, label) for key, label, _ in COLUMNS), ("sentence", "Sentence")):
            if key in fitting:
                grid.add_column(Text(label, style="bold"), key=key, width=fitting[key])
        self.rows_by_key.clear()
        for row_key, group, row, cells in shown:
            self.rows_by_key[row_key] = (group, row)
            grid.add_row(*(cell for key, cell in zip(CELL_KEYS, cells) if key in fitting), key=row_key)
        if keep is not None and keep in self.rows_by_key:
            grid.move_cursor(row=grid.get_row_index(keep))

    def _cells(self, group: FigureGroup, row: FigureRow, member: int | None) -> list[Text]:
        expanded = key_of_row(group) in self.expanded
        unit = self.table.unit if self.table else None
        return row_cells(
            group, row, member, expanded=expanded, accent=self._accent, unit=unit,
            date_ambiguous=self._date_ambiguous(row),
        )

    def _date_ambiguous(self, row: FigureRow) -> bool:
        # The store's rows carry the date alone; the flag is on the article (its heading fields
        # are in memory, so this costs a lookup, not a read).
        article = self.corpus.articles.get(row.article_id)
        return bool(article and article.date_ambiguous)

    def _doubtful_dates(self) -> set[str]:
        assert self.table is not None
        return doubtful_dates(self.table, self._date_ambiguous)

    def current_row(self) -> tuple[str, FigureGroup, FigureRow] | None:
        grid = self.query_one(FigureGrid)
        if not grid.row_count:
            return None
        row_key = grid.coordinate_to_cell_key(grid.cursor_coordinate).row_key.value
        if row_key is None or row_key not in self.rows_by_key:
            return None
        group, row = self.rows_by_key[row_key]
        return row_key, group, row

    def _draw_detail(self) -> None:
        current = self.current_row()
        unit = self.table.unit if self.table else None
        detail = Text() if current is None else detail_text(
            current[1], current[2], unit, ambiguous=self._date_ambiguous(current[2]), hidden=self.hidden_columns
        )
        self.query_one("#figures-detail", Static).update(detail)

    def _draw_chart(self) -> None:
        assert self.table is not None
        width = max(20, self._chart_room() - CHART_LABEL_WIDTH - 2)
        scale_key = (id(self.table.summary), width)  # a re-sort keeps the summary, and so the scale
        if self._scale_key != scale_key:
            self._scale = subject_scale(self.table.groups, self.table.unit, width)
            self._scale_key = scale_key
        current = self.current_row()
        unit = self.table.unit
        self.query_one("#figures-chart", Static).update(chart_text(
            self.visible_rows(), scale=self._scale, unit=unit, current_key=current[0] if current else None,
            palette=self.palette, label_of=lambda row: short_figure(row, unit),
        ))

    def _chart_room(self) -> int:
        """Columns the chart can use: the box's inner width once laid out, else a guess from the screen."""
        box = self.query_one("#figures-chart-box")
        inner = box.scrollable_content_region.width
        if inner > 0 and not box.show_vertical_scrollbar:
            # leave room for the scrollbar a long chart brings, or its lines wrap once it appears
            inner -= box.styles.scrollbar_size_vertical
        return inner - 1 if inner > 0 else (self.size.width or self.app.size.width) - 8

    # --- events and actions -----------------------------------------------------------------------

    @on(DataTable.RowHighlighted, "#figures-table")
    def _row_moved(self) -> None:
        if self.table is not None:
            self._draw_detail()
            self._draw_chart()

    def on_resize(self) -> None:
        if self.table is not None:
            current = self.current_row()
            self._fill_table(current[0] if current else None)
            self._draw_chart()
            self._draw_detail()  # the columns dropped or brought back at this width

    @property
    def _accent(self) -> str:
        return self.palette.get("accent", "yellow")

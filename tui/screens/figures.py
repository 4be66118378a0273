"""The figure tracker: every figure on one subject, from every source, with a range chart.

``store.compare.figure_table`` builds the rows, collapses echoes and sums
up; ``store.compare.range_layout`` lays out the scale.  This screen builds and
sorts the table in threads and answers keys; ``tui.screens.figures_view`` draws
it: a table, the full sentence of the row under the cursor, and the chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from time import monotonic
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable, ProgressBar, Static
from textual.worker import get_current_worker

from store.compare import FigureTable, figure_table, known_subjects
from store.compare.figure_tracker import SortKey
from store.corpus import Corpus
from tui.formatting import counted
from tui.messages import WorkProgress
from tui.screens.compare_picker import FuzzyPicker
from tui.screens.picker_opening import OpensPickers
from tui.screens.compare_rows import theme_palette
from tui.screens.figures_view import FigureTrackerView
from tui.screens.figures_table import (
    HEADER_SORTS,
    PAGE_GROUPS,
    FigureGrid,
    group_key_of,
    heading_text,
    key_of_row,
    page_holding,
    row_of_passage,
    subject_entries,
)
from tui.screens.passage_jump import open_passage_in_reader
from tui.workers import ReportsWorkerErrors

#: Seconds between two progress reports from the table's worker, and before the first: each one is
#: drawn while the worker waits for the interpreter, so a table built in a second shows none.
_PROGRESS_EVERY_S = 0.2
_PROGRESS_AFTER_S = 1.0


class _TableAbandoned(Exception):
    """Raised in the table's worker, through the store's progress callback, once nobody waits for the table."""


class FigureTrackerScreen(OpensPickers, ReportsWorkerErrors, FigureTrackerView):
    HELP_GROUP: ClassVar[str] = "Figure tracker"
    CSS_PATH = "figures.tcss"
    # On a short terminal the chart and the detail line leave the table a row or two, and on a tiny
    # one (60x20) they pushed the key bar off the screen: see figures.tcss.
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-tiny"), (23, "-short"), (32, "-tall")]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="figures-back", tooltip="Return to where you were"),
        # Space selects here as in every other list (it expanded echoes, and a user selecting a row
        # opened it instead); echoes open on x, as enter on a group row does.
        Binding("space,s", "select_passage", "Select", key_display="space", id="figures-select",
                tooltip="Add the row's passage to the export selection"),
        Binding(
            "x",
            "toggle_group",
            "Echoes",
            id="figures-expand",
            tooltip="Show or hide the repeats of this figure in other articles (rows marked ▸)",
        ),
        Binding("p", "pick_subject", "Subject", id="figures-subject", tooltip="Track another subject"),
        # The sorts after what acts on a row: at 80 columns the key bar ran out before Select and Subject,
        # and the heading names the sort keys anyway ("sorted by … (d/v/o/c)").
        Binding("d", "sort('date')", "By date", id="figures-sort-date",
                tooltip="Sort rows by when each figure was claimed (its sentence's date, else the article's)"),
        Binding("v", "sort('value')", "By value", id="figures-sort-value", tooltip="Sort rows by the figure's value"),
        Binding("o", "sort('outlet')", "By outlet", id="figures-sort-outlet", tooltip="Sort rows by outlet"),
        # Off the key bar (Select would give way to it at 120 columns); help lists it, the header click sorts too.
        Binding("c", "sort('claimant')", "By claimant", id="figures-sort-claimant", show=False,
                tooltip="Sort rows by who claims the figure (the article's own voice last)"),
        Binding("right_square_bracket", "page(1)", "Next page", id="figures-next-page",
                tooltip=f"The next {PAGE_GROUPS} rows of a large subject"),
        Binding("left_square_bracket", "page(-1)", "Previous page", id="figures-previous-page",
                tooltip=f"The previous {PAGE_GROUPS} rows"),
    ]

    def __init__(self, corpus: Corpus, subject_id: str | None = None, passage_id: str | None = None) -> None:
        super().__init__(corpus)
        self.subject_id = subject_id
        self.passage_id = passage_id  # the first table opens on this passage's row, if it has one
        self.followed_passage: str | None = None  # the passage last opened in the reader from here
        self._step: str | None = None  # the step of the table's build the heading names

    def on_mount(self) -> None:
        self.palette = theme_palette(self.app)
        subjects = known_subjects(self.corpus)
        if self.subject_id in subjects:
            self.show_subject(self.subject_id)
            return
        if self.subject_id is not None:
            self.notify(f"No claims on subject {self.subject_id!r}; pick another.", severity="warning", markup=False)
        self._show_gathering("choose a subject (p)")
        self.open_picker_when_drawn(self.action_pick_subject)

    # --- data ---------------------------------------------------------------------------------

    @dataclass
    class TableReady(Message):
        table: FigureTable

    @dataclass
    class TableSorted(Message):
        table: FigureTable

    class TableProgress(WorkProgress):
        """How far the table of ``subject`` has got (a newer report replaces one still queued)."""

        def __init__(self, subject: str, message: str, done: int, total: int) -> None:
            super().__init__(message, done, total)
            self.subject = subject

    def show_subject(self, subject_id: str, sort: SortKey = "date") -> None:
        """Build the subject's table in a thread, a bar saying how far it has got: seconds for the
        35,000 figures of a subject at ten thousand articles, or a pasted file's 100,000 claims."""
        self.subject_id = subject_id
        self.expanded.clear()
        self._show_gathering(f"gathering the figures of {self._claims_on(subject_id)}…")
        self._step = None
        self._build_table(subject_id, sort)

    def _claims_on(self, subject_id: str) -> str:
        count = self.corpus.subject_claim_counts.get(subject_id, 0)
        label = known_subjects(self.corpus).get(subject_id, subject_id)
        return f"{counted(count, 'claim')} on {label}"

    def _show_gathering(self, doing: str) -> None:
        """The heading while there is no table to name: what is being done to get one."""
        self.query_one("#figures-heading", Static).update(Text(f"Figure tracker · {doing}", style="bold"))

    @work(thread=True, exclusive=True, group="figure-table", exit_on_error=False)
    def _build_table(self, subject_id: str, sort: SortKey) -> None:
        worker = get_current_worker()
        reported = monotonic() - _PROGRESS_EVERY_S + _PROGRESS_AFTER_S  # a quick table shows no bar at all

        def progress(step: str, done: int, total: int) -> None:
            nonlocal reported
            if worker.is_cancelled:
                raise _TableAbandoned  # the screen was left, or another subject chosen: stop working for it
            if (now := monotonic()) - reported >= _PROGRESS_EVERY_S:
                reported = now
                self.post_message(self.TableProgress(subject_id, step, done, total))

        try:
            table = figure_table(self.corpus, subject_id, sort=sort, progress=progress)
        except _TableAbandoned:
            return
        self.post_message(self.TableReady(table))

    @on(TableProgress)
    def _show_progress(self, event: TableProgress) -> None:
        if event.subject != self.subject_id:
            return  # a report from a subject left behind
        bar = self.query_one("#figures-progress", ProgressBar)
        bar.update(total=max(event.total, 1), progress=event.done)
        bar.display = True
        if event.message != self._step:  # the heading is laid out again when redrawn: only for a new step
            self._step = event.message
            self._show_gathering(f"{event.message} ({self._claims_on(event.subject)})…")

    @on(TableReady)
    def _show_table(self, event: TableReady) -> None:
        if event.table.subject_id != self.subject_id:
            return  # another subject was chosen meanwhile
        self.query_one("#figures-progress", ProgressBar).display = False
        self.table = event.table
        landing, self.passage_id = row_of_passage(event.table, self.passage_id, self.expanded), None
        self.page = page_holding(event.table, landing)
        self._scale_key = None  # a new subject's summary may reuse a freed one's id: never trust the old scale
        self.refresh_bindings()
        self._draw(keep=landing)
        self.query_one(FigureGrid).focus()

    @on(DataTable.RowSelected, "#figures-table")
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        current = self.current_row()
        if current is None:
            return
        row_key, group, row = current
        if group.is_echo and row_key == key_of_row(group) and row_key not in self.expanded:
            self.action_toggle_group()
            return
        open_passage_in_reader(self, row.passage_id, come_back=True)  # Escape in the reader returns here

    @on(DataTable.HeaderSelected, "#figures-table")
    def _header_chosen(self, event: DataTable.HeaderSelected) -> None:
        """A click on a header sorts by its column; one with no order of its own says which do."""
        event.stop()
        sort = HEADER_SORTS.get(str(event.column_key.value))
        if sort is not None:
            self.action_sort(sort)
        else:
            self.notify("Click Date, Outlet, Claimant or Figure to sort by it (or press d, o, c or v).", markup=False)

    def action_sort(self, sort: SortKey) -> None:
        """Sort in a thread: half a second for the 22,000 rows of a subject at ten thousand articles."""
        if self.table is None:
            return
        self.workers.cancel_group(self, "figure-sort")  # an order asked for before this one is not wanted now
        sorting = sort if sort != self.table.sort else None
        self.query_one("#figures-heading", Static).update(heading_text(self.table, self.page, self._accent, sorting=sorting))
        if sorting is not None:
            self._sort_table(self.table, sort)

    # Described here: Textual would otherwise describe the worker by the repr of its arguments, and
    # the repr of a table of 22,000 rows took longer than the sort itself, on the UI thread.
    @work(thread=True, exclusive=True, group="figure-sort", exit_on_error=False, description="sorting the figure table")
    def _sort_table(self, table: FigureTable, sort: SortKey) -> None:
        sorted_table = table.sorted_by(sort)
        if not get_current_worker().is_cancelled:  # another subject, or another order, was asked for since
            self.post_message(self.TableSorted(sorted_table))

    @on(TableSorted)
    def _show_sorted(self, event: TableSorted) -> None:
        if self.table is None or event.table.summary is not self.table.summary:
            return  # sorted from a table since replaced (another subject, or the same one built again)
        current = self.current_row()  # where the cursor is now, not when the sort was asked for
        self.table = event.table
        keep = current[0] if current else None
        self.page = page_holding(self.table, keep)  # stay with the row the cursor was on, wherever it now falls
        self._draw(keep=keep)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "page":
            return self.page_count > 1  # a subject that fits on one page shows no page keys
        return True

    def action_page(self, step: int) -> None:
        if self.table is None or not 0 <= self.page + step < self.page_count:
            if self.table is not None:  # said, not a key that silently does nothing
                self.notify("This is the last page." if step > 0 else "This is the first page.", markup=False)
            return
        self.page += step
        self._draw()

    def action_toggle_group(self) -> None:
        current = self.current_row()
        if current is None or not current[1].is_echo:
            if current is not None:
                self.notify("No repeats to expand: this figure is in one article only (rows marked ▸ have them).", markup=False)
            return
        key = group_key_of(current[0])
        if key in self.expanded:
            self.expanded.discard(key)
        else:
            self.expanded.add(key)
        self._draw(keep=key)

    def action_select_passage(self) -> None:
        """Select the row's passage for export (or drop it from the selection) without leaving the tracker."""
        if (current := self.current_row()) is not None and hasattr(self.app, "toggle_selected"):
            done = "Selected" if self.app.toggle_selected(current[2].passage_id) else "Unselected"
            self.notify(f"{done} the passage: {len(self.app.selection)} in the selection (e exports).", markup=False)

    def action_pick_subject(self) -> None:
        entries = subject_entries(known_subjects(self.corpus), self.corpus.subject_claim_counts)

        def chosen(subject_id: str | None) -> None:
            if subject_id is not None:
                self.show_subject(subject_id)
            elif self.table is None:
                self.close_once()

        note = "No claims with a figure yet: there is nothing to track."
        self.open_picker(FuzzyPicker("Track which subject?", entries, empty_note=note), chosen)

    def action_close(self) -> None:
        self.close_once()

"""Compare two articles (or two outlets) side by side: aligned passages, then claims by subject.

The screen only draws what ``store.compare`` computed.  Both columns live in
one list (each option is one row with a left and a right cell), so they
scroll together by construction.  A second list below holds the claims of
each subject on both sides, with a CONFLICT badge where the figures cannot
both be true.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import ClassVar, Literal

from rich.table import Table
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static
from textual.widgets.option_list import Option

from store.compare import (
    AlignedRow,
    ArticleAlignment,
    CompareTarget,
    SubjectComparison,
    align_articles,
    compare_article_claims,
    compare_sides,
    resolve_target,
)
from store.corpus import Corpus
from store.errors import StoreError
from tui.formatting import safe_text, shortened
from tui.screens.compare_picker import FuzzyPicker
from tui.screens.picker_opening import OpensPickers
from tui.screens.compare_rows import (
    SECTION_TITLES,
    Side,
    alignment_row,
    claims_row,
    counts_line,
    compare_target_entries,
    left_out_targets,
    side_heading,
    target_from_key,
    theme_palette,
)
from tui.screens.compare_selection import SelectsOnASide
from tui.screens.compare_subject_finder import FindsSubjects
from tui.screens.passage_jump import open_passage_in_reader
from tui.widgets.keybar import KeyBar
from tui.widgets.lists import NavList
from tui.workers import ReportsWorkerErrors


# --- the two lists ----------------------------------------------------------------------------------


class AlignmentList(NavList):
    """One option per aligned row; section titles are disabled options the cursor skips."""

    HELP_GROUP = "Comparison"
    BORDER_TITLE = "Passages"


class ClaimComparisonList(NavList):
    """One option per subject: both sides' claims next to each other."""

    HELP_GROUP = "Comparison"
    BORDER_TITLE = "Claims by subject"


# --- the screen ----------------------------------------------------------------------------------------

SIDES = Binding.Group("Side")


class CompareScreen(SelectsOnASide, FindsSubjects, OpensPickers, ReportsWorkerErrors, Screen[None]):
    HELP_GROUP: ClassVar[str] = "Comparison"
    CSS_PATH = "compare.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="compare-back", tooltip="Return to where you were"),
        Binding("x", "swap", "Swap sides", id="compare-swap", tooltip="Exchange left and right"),
        Binding(
            "p", "pick('right')", "Pick right", id="compare-pick", tooltip="Choose the right side (article or outlet)"
        ),
        Binding("P", "pick('left')", "Pick left", show=False, tooltip="Choose the left side"),
        # One footer hint, "h/l Side": apart, the two crowded "/ Find subject" off the bar at 120 columns.
        Binding("h,left", "side('left')", "Left side", key_display="h", tooltip="Act on the left column", group=SIDES),
        Binding("l,right", "side('right')", "Right side", key_display="l", tooltip="Act on the right column", group=SIDES),
        Binding(
            "space", "toggle_selected", "Select", id="compare-select", tooltip="Select the passage on the active side"
        ),
        Binding("e", "export", "Export", tooltip="Export the selected passages"),
        Binding("y", "copy", "Copy", tooltip="Copy the selection as Markdown"),
        Binding("f", "figures", "Figures", show=False, tooltip="Figure tracker for the subject under the cursor"),
        Binding("slash", "find_subject", "Find subject", key_display="/",
                tooltip="Jump to a subject's claims by typing its name (shells, casualties…)"),
        Binding("enter", "open", "Open", show=False, tooltip="Open the passage on the active side in the reader"),
    ]

    active_side: reactive[Side] = reactive("left")

    def __init__(self, corpus: Corpus, left_article_id: str | None = None, *, right_id: str | None = None) -> None:
        """``right_id`` (an article id or an outlet name) skips the picker, e.g. for scripted use."""
        super().__init__()
        self.corpus = corpus
        self.left: CompareTarget | None = None
        if left_article_id and left_article_id in corpus.articles:
            self.left = CompareTarget("article", left_article_id)
        self.right: CompareTarget | None = None
        self.initial_right = right_id
        self.alignment: ArticleAlignment | None = None
        self.subjects: list[SubjectComparison] = []
        self.comparing = False  # two outlets' claims are being compared in a thread
        self.palette: dict[str, str] = {}
        self.followed_passage: str | None = None  # the passage last opened in the reader from here

    # --- layout -----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="compare-heading")
        yield Static(id="compare-counts")
        yield AlignmentList(id="compare-rows")
        yield ClaimComparisonList(id="compare-claims")
        yield KeyBar()  # fits its width: Footer ran "^p" off the edge at 80 columns

    def on_mount(self) -> None:
        self.palette = theme_palette(self.app)
        if hasattr(self.app, "selection"):
            self.watch(self.app, "selection", self._selection_changed, init=False)
        if self.left is not None and self.initial_right:
            try:
                self.set_sides(self.left, resolve_target(self.corpus, self.initial_right))
                return
            except StoreError as error:
                self.notify(safe_text(str(error)), severity="warning", markup=False)
        self._redraw()
        self.open_picker_when_drawn(lambda: self.action_pick("left" if self.left is None else "right"))

    @property
    def mode(self) -> Literal["articles", "outlets", "empty"]:
        if self.left is None or self.right is None:
            return "empty"
        return "articles" if self.left.kind == self.right.kind == "article" else "outlets"

    def selected(self) -> frozenset[str]:
        return frozenset(getattr(self.app, "selection", ()) or ())

    # --- computing (store does the work) ------------------------------------------------

    def set_sides(self, left: CompareTarget | None, right: CompareTarget | None) -> None:
        if left is not None and right is not None and "outlet" in (left.kind, right.kind):
            # Outlet mode compares outlets: an article stands for its outlet.
            left, right = self._as_outlet(left), self._as_outlet(right)
        self.left, self.right = left, right
        self.alignment, self.subjects, self.comparing = None, [], False
        if self.mode == "articles":
            assert left is not None and right is not None
            self.alignment = align_articles(self.corpus.article(left.key), self.corpus.article(right.key))
            self.subjects = compare_article_claims(self.corpus, left.key, right.key)
        elif self.mode == "outlets":
            assert left is not None and right is not None
            # Two outlets of a large corpus hold thousands of articles' claims: seconds of reading.
            self.comparing = True
            self._compare_outlets(left, right)
        self._redraw()

    @dataclass
    class OutletsCompared(Message):
        left: str
        right: str
        subjects: list[SubjectComparison]

    @work(thread=True, exclusive=True, group="compare-outlets", exit_on_error=False)
    def _compare_outlets(self, left: CompareTarget, right: CompareTarget) -> None:
        self.post_message(self.OutletsCompared(left.key, right.key, compare_sides(self.corpus, left, right)))

    @on(OutletsCompared)
    def _outlets_compared(self, event: OutletsCompared) -> None:
        if self.mode != "outlets" or (self.left and self.left.key, self.right and self.right.key) != (event.left, event.right):
            return  # the sides changed meanwhile
        self.subjects, self.comparing = event.subjects, False
        self._redraw()

    def _as_outlet(self, target: CompareTarget) -> CompareTarget:
        if target.kind == "outlet":
            return target
        article = self.corpus.article(target.key)
        if not article.outlet:
            # An unknown outlet is no outlet: pooled, its articles from unrelated sources read as one voice.
            self.notify(f"“{shortened(article.title)}” has no known outlet: compared on its own.", markup=False)
            return target
        outlet = self.corpus.outlet_name(article)
        # The side the user chose changes under their eyes: say so, or the article seems lost.
        self.notify(f"Compared as outlets: “{shortened(article.title)}” stands for its outlet, {shortened(outlet)}.",
                    markup=False)
        return CompareTarget("outlet", outlet)

    # --- drawing ----------------------------------------------------------------------------

    def _redraw(self, *, keep_cursor: bool = False) -> None:
        rows = self.query_one(AlignmentList)
        claims = self.query_one(ClaimComparisonList)
        cursor_rows, cursor_claims = rows.highlighted, claims.highlighted
        self._draw_heading()
        selected = self.selected()
        options: list[Option] = []
        if self.alignment is not None:
            section = None
            for index, row in enumerate(self.alignment.rows):
                if row.section != section:
                    section = row.section
                    options.append(
                        Option(Text(f"── {SECTION_TITLES[section.value]} ──", style="bold dim"), disabled=True)
                    )
                options.append(Option(alignment_row(row, selected, self.palette), id=f"row-{index}"))
        rows.set_options(options)
        rows.display = self.mode != "outlets"
        claims.set_options(
            Option(claims_row(entry, selected, self.palette), id=f"subject-{entry.subject}") for entry in self.subjects
        )
        if self.comparing:
            claims.add_option(Option(Text("Comparing the two outlets' claims…", style="dim"), disabled=True))
        elif not self.subjects:
            claims.add_option(Option(Text("No claims with a subject on either side.", style="dim"), disabled=True))
        self.set_class(self.mode == "outlets", "-outlets")
        if keep_cursor:
            rows.highlighted, claims.highlighted = cursor_rows, cursor_claims
            return
        rows.highlighted = next((i for i, o in enumerate(rows.options) if not o.disabled), None)
        claims.highlighted = next((i for i, o in enumerate(claims.options) if not o.disabled), None)
        (rows if rows.display and rows.option_count else claims).focus()

    def _draw_heading(self) -> None:
        heading = Table.grid(padding=(0, 1), expand=True)
        heading.add_column(ratio=1)
        heading.add_column(ratio=1)
        heading.add_row(
            side_heading(self.left, self.corpus, "left", self.active_side == "left"),
            side_heading(self.right, self.corpus, "right", self.active_side == "right"),
        )
        self.query_one("#compare-heading", Static).update(heading)
        self.query_one("#compare-counts", Static).update(self._counts_line())

    def _counts_line(self) -> Text:
        return counts_line(self.alignment, self.subjects, self.mode, self.active_side, self.palette)

    def watch_active_side(self) -> None:
        if self.is_mounted:
            self._draw_heading()

    def _selection_changed(self, _selection: tuple[str, ...]) -> None:
        self._redraw(keep_cursor=True)
        focused = self.focused
        if isinstance(focused, NavList) and focused.highlighted is not None:
            focused.scroll_to_highlight()

    # --- what is under the cursor -----------------------------------------------------------

    def current_row(self) -> AlignedRow | None:
        rows = self.query_one(AlignmentList)
        option_id = rows.highlighted_id
        if self.alignment is None or not option_id or not option_id.startswith("row-"):
            return None
        return self.alignment.rows[int(option_id.removeprefix("row-"))]

    def current_subject(self) -> SubjectComparison | None:
        option_id = self.query_one(ClaimComparisonList).highlighted_id
        return next((s for s in self.subjects if f"subject-{s.subject}" == option_id), None)

    def claims_focused(self) -> bool:
        return isinstance(self.focused, ClaimComparisonList)

    def passages_under_cursor(self) -> list[str]:
        """The passage ids that space would select: the active side's, else the only side there is."""
        if isinstance(self.focused, ClaimComparisonList):
            entry = self.current_subject()
            if entry is None:
                return []
            claims = entry.left if self.active_side == "left" else entry.right
            return list(dict.fromkeys(c.passage_id for c in claims or entry.left or entry.right))
        row = self.current_row()
        if row is None:
            return []
        passage = (row.left if self.active_side == "left" else row.right) or row.left or row.right
        return [passage.id] if passage else []

    # --- actions ---------------------------------------------------------------------------------

    def action_pick(self, side: Side) -> None:
        other = self.left if side == "right" else self.right
        title = f"Compare with… ({side} side: an article title or an outlet)"

        def chosen(key: str | None) -> None:
            if key is None:
                if self.mode == "empty":
                    self.close_once()  # nothing to compare: go back rather than show an empty screen
                return
            target = target_from_key(key)
            if side == "left":
                self.set_sides(target, self.right)
            else:
                self.set_sides(self.left, target)
            if self.mode == "empty":
                self.open_picker_when_drawn(lambda: self.action_pick("right" if side == "left" else "left"))

        entries = compare_target_entries(self.corpus, exclude=other)
        note = "No other article to compare with." if self.corpus.articles else "No articles yet: add files first."
        left_out = partial(left_out_targets, self.corpus, other, "right" if side == "left" else "left")
        self.open_picker(FuzzyPicker(title, entries, empty_note=note, left_out=left_out), chosen)

    def action_swap(self) -> None:
        if self.mode == "empty":
            return
        self.left, self.right = self.right, self.left
        if self.alignment is not None:
            self.alignment = self.alignment.swapped()
        self.subjects = [s.swapped() for s in self.subjects]
        self._redraw(keep_cursor=True)

    def action_side(self, side: Side) -> None:
        self.active_side = side

    def action_figures(self) -> None:
        entry = self.current_subject()
        if entry is None:  # said, not a key that silently does nothing
            self.notify("No subject to track: neither side has a claim with a figure.", markup=False)
            return
        from tui.screens.figures import FigureTrackerScreen

        passages = self.passages_under_cursor() if isinstance(self.focused, ClaimComparisonList) else []
        # On the active side's first claim of the subject, not the table's first row.
        self.app.push_screen(FigureTrackerScreen(self.corpus, subject_id=entry.subject, passage_id=next(iter(passages), None)))

    def action_open(self) -> None:
        passage_ids = self.passages_under_cursor()
        if passage_ids:
            open_passage_in_reader(self, passage_ids[0], come_back=True)  # Escape in the reader returns here

    @on(NavList.OptionSelected)
    def _option_chosen(self, event: NavList.OptionSelected) -> None:
        event.stop()
        self.action_open()

    def action_close(self) -> None:
        self.close_once()

"""Session 25, the TUI on a first day at 80 columns.

- At 80 columns the figure tracker's Interval, Claimed and Sentence columns lay past the screen's right
  edge: read only by scrolling the table sideways.  A column right of the figure is shown only when it
  fits whole; what a dropped one held is in the detail line under the table.
- At 80 columns the search screen's note on a filter that left out every hit lost its end, "(ctrl+l drops
  the filters)": the status line was one line high.  A long note wraps now.
- That note searches the words again, once per filter; it ran on the UI thread.  It runs in a worker.
- A figure followed from the tracker into the reader had no way back: Escape there went to the article
  list, and the tracker (its subject, order and row) was gone.  It comes back as the comparison does.
- Help left out the tracker's table (enter opens the figure's passage), and there home and end
  scrolled the table sideways; they go to the first and last row, as in every list.
- The comparison's picker said a kept-out side was already chosen only when nothing else matched: typed
  "reuters" with Reuters the left side and "Reuters Wire" on offer, it listed the wire and never said why
  Reuters itself was missing.
"""

from __future__ import annotations

import threading

from textual.widgets import Select, Static
from tui_fixtures import fixture_records, pick_in_picker, running_app, screen_text, settle, type_text, until

from store.corpus import Corpus
from store.models import Article, Passage
from tui.screens.compare import CompareScreen
from tui.screens.compare_picker import FuzzyPicker
from tui.screens.figures import FigureGrid, FigureTrackerScreen
from tui.screens.search import SearchScreen

# --- the figure tracker fits 80 columns -----------------------------------------------------------


async def _tracker(app, pilot) -> FigureTrackerScreen:  # type: ignore[no-untyped-def]
    tracker = FigureTrackerScreen(app.corpus, subject_id="troops_deployed")
    await app.push_screen(tracker)
    await until(pilot, lambda: tracker.table is not None, "the table")
    await settle(pilot)
    return tracker


def _scrolls_sideways(grid: FigureGrid) -> bool:
    return grid.virtual_size.width > grid.scrollable_content_region.width


async def _move_to(pilot, tracker: FigureTrackerScreen, claimant: str) -> str:  # type: ignore[no-untyped-def]
    grid = tracker.query_one(FigureGrid)
    row = next(i for i, (_, row) in enumerate(tracker.rows_by_key.values()) if row.claimant == claimant)
    grid.move_cursor(row=row)
    await settle(pilot)
    return str(tracker.query_one("#figures-detail", Static).render())


async def test_the_figure_table_fits_80_columns_and_the_detail_line_gives_the_interval(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path, size=(80, 24)) as (app, pilot):
        tracker = await _tracker(app, pilot)
        grid = tracker.query_one(FigureGrid)
        assert not _scrolls_sideways(grid), (grid.virtual_size, grid.scrollable_content_region)
        assert "figure" in grid.columns and "claimant" in grid.columns
        # The Pentagon's "Some 11,000": its interval, which no column shows at this width, is in the detail.
        assert "interval" not in grid.columns
        detail = await _move_to(pilot, tracker, "the Pentagon")
        assert "10,000 – 12,000" in detail, detail
        assert "Some 11,000" in detail, "the sentence, which no column shows either"
        # An exact figure's interval is the figure: not said twice.
        assert "interval" not in await _move_to(pilot, tracker, "Volodymyr Zelensky")


async def test_the_figure_table_brings_its_columns_back_when_widened(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path, size=(80, 24)) as (app, pilot):
        tracker = await _tracker(app, pilot)
        await pilot.resize_terminal(200, 40)
        await settle(pilot)
        grid = tracker.query_one(FigureGrid)
        assert {"interval", "claimed", "sentence"} <= set(grid.columns), list(grid.columns)
        assert not _scrolls_sideways(grid)
        detail = await _move_to(pilot, tracker, "the Pentagon")
        assert "(interval" not in detail, "the Interval column shows it"
        await pilot.resize_terminal(100, 30)
        await settle(pilot)
        assert not _scrolls_sideways(grid), (grid.virtual_size, grid.scrollable_content_region)
        for row_key in tracker.rows_by_key:  # every row's figure whole
            figure = grid.get_cell(row_key, "figure")
            assert grid.columns["figure"].width >= figure.cell_len


async def test_escape_after_following_a_figure_goes_back_to_the_tracker_on_its_row(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tui.screens.main import MainScreen
    from tui.widgets.reader import Reader

    async with running_app(tmp_path) as (app, pilot):
        tracker = await _tracker(app, pilot)
        await pilot.press("v")  # sorted by value: an order the analyst chose, to be found again
        await until(pilot, lambda: tracker.table is not None and tracker.table.sort == "value", "sorted by value")
        await settle(pilot)
        await _move_to(pilot, tracker, "the Pentagon")
        row_key, _, row = tracker.current_row()
        tracker.query_one(FigureGrid).focus()
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "the reader")
        reader = app.screen.query_one(Reader)
        await until(pilot, lambda: reader.current_passage_id == row.passage_id, "the figure's passage")
        reader.focus()
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, FigureTrackerScreen), "the tracker again")
        assert app.screen is tracker and tracker.table.sort == "value"
        assert tracker.current_row()[0] == row_key
        await pilot.press("escape")  # and from the tracker, back to the main screen
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")


async def test_help_lists_the_tracker_tables_keys_and_home_and_end_move_along_its_rows(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tui.screens.help import HelpScreen

    async with running_app(tmp_path) as (app, pilot):
        tracker = await _tracker(app, pilot)
        grid = tracker.query_one(FigureGrid)
        grid.focus()
        await pilot.press("end")
        await settle(pilot)
        assert grid.cursor_row == grid.row_count - 1 > 0
        await pilot.press("home")
        await settle(pilot)
        assert grid.cursor_row == 0
        await pilot.press("question_mark")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help")
        await settle(pilot)
        shown = "\n".join(str(widget.render()) for widget in app.screen.query(Static))
        table = shown.split("Figure tracker's table", 1)[1].split("\n\n", 1)[0]
        assert "Open" in table.split("Add files dialog")[0], shown
        assert "Cursor left" not in shown, "left and right do nothing in a table of rows that fits"


# --- the search screen's note on filters ---------------------------------------------------------


async def _filter_then_type(app, pilot, query: str, outlet: str, *, enter: bool = False) -> SearchScreen:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search screen")
    screen = app.screen
    screen.query_one("#outlet-filter", Select).value = outlet
    await settle(pilot)
    screen.query_one("#query").focus()
    await type_text(pilot, query)
    if enter:
        await pilot.press("enter")  # the hits now, searched on the UI thread (_search_here)
    await until(pilot, lambda: screen.shown_search == (query, screen._filters()), f"results for {query!r}")
    return screen


def _status_on_screen(app, screen: SearchScreen) -> str:  # type: ignore[no-untyped-def]
    region = screen.query_one("#search-status", Static).region
    lines = screen_text(app).splitlines()[region.y : region.bottom]
    return " ".join(" ".join(line.split()) for line in lines)


async def test_the_filter_note_is_whole_at_80_columns(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path, size=(80, 24)) as (app, pilot):
        screen = await _filter_then_type(app, pilot, "interpreters scarce", "Reuters")
        await until(pilot, lambda: "ctrl+l" in str(screen.query_one("#search-status", Static).render()), "the note")
        await settle(pilot)
        shown = _status_on_screen(app, screen)
        assert "from outlet 'Reuters'" in shown and shown.endswith("(ctrl+l drops the filters)"), shown
        # A short status goes back to one line: the hits keep their room.
        screen.query_one("#outlet-filter", Select).clear()
        await until(pilot, lambda: screen.shown_search is not None and screen.shown_search[1].outlet is None, "unfiltered")
        await settle(pilot)
        assert screen.query_one("#search-status", Static).region.height == 1


async def test_the_filter_notes_searches_run_off_the_ui_thread(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import tui.screens.search_filters as search_filters

    threads: list[threading.Thread] = []
    real = search_filters.filter_note

    def spying(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(search_filters, "filter_note", spying)
    async with running_app(tmp_path, size=(120, 30)) as (app, pilot):
        for enter in (False, True):  # the debounced search, and enter before the debounce ran out
            query = "interpreters scarce" if not enter else "interpreters orders"
            screen = await _filter_then_type(app, pilot, query, "Reuters", enter=enter)
            status = screen.query_one("#search-status", Static)
            await until(pilot, lambda: "from outlet 'Reuters'" in str(status.render()), "the note")
            await pilot.press("escape")
            await until(pilot, lambda: not isinstance(app.screen, SearchScreen), "search closed")
    assert threads, "the note was made"
    assert all(thread is not threading.main_thread() for thread in threads), threads


# --- the comparison's picker names the side already chosen -----------------------------------------


def _with_a_wire() -> Corpus:
    """The fixture corpus and an article from "Reuters Wire", an outlet the words "reuters" also find."""
    articles, claims = fixture_records()
    wire = Article(id="art-wire", source_file="wire.txt", source_sha256="w" * 64, ordinal=1,
                   title="Seoul says more North Korean soldiers are on their way", outlet="Reuters Wire",
                   published="2024-12-03")
    wire.passages = [Passage(id="art-wire-000", article_id=wire.id, kind="body", order=0, paragraph=1,
                             text="Seoul's spy agency said more North Korean soldiers were on their way.")]
    return Corpus.from_records([*articles, wire], claims)


async def test_the_picker_names_the_side_already_chosen_among_other_matches(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path, corpus=_with_a_wire(), size=(80, 24)) as (app, pilot):
        compare = CompareScreen(app.corpus)
        app.push_screen(compare)
        await pick_in_picker(app, pilot, "reuters")
        assert compare.left is not None and compare.left.key == "Reuters", compare.left
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the right side's picker")
        picker = app.screen
        await type_text(pilot, "reuters")
        await until(pilot, lambda: picker._listed_for == "reuters", "the list for 'reuters'")
        await settle(pilot)
        text = screen_text(app)
        assert "Reuters Wire" in text, "the other outlet is offered"
        assert "Reuters is already the left side" in text, text
        # Words that do not name the side chosen say nothing of it.
        picker.query_one("#picker-query").value = "business"
        await until(pilot, lambda: picker._listed_for == "business", "the list for 'business'")
        await settle(pilot)
        text = screen_text(app)
        assert "Business Insider" in text and "already the left side" not in text, text
        picker.query_one("#picker-query").value = "reuters"
        await until(pilot, lambda: picker._listed_for == "reuters", "the list for 'reuters' again")
        # Enter takes the first offered entry, not the note.
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is not picker, "the picker closed")
        assert compare.right is not None and compare.right.key in {"Reuters Wire", "art-wire"}, compare.right


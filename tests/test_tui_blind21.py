"""A demanding analyst's blind walk (helper 119, session 21): what it found, pinned down.

- The figure tracker on a 60x20 terminal kept one row of its table, and its key bar fell off the
  bottom of the screen: the chart took the room.  On a terminal that small the chart gives way.
- The tracker's heading said "sorted by date" while its Date column (the article's) ran out of
  order: the rows go by when each figure was claimed.  The heading says "date claimed" now.
- The export dialog cut its format names at 60 columns ("Markd…", "CSL-J…"), and narrower still
  RIS went off the edge unseen.  The buttons take their names' width, then wrap in rows.
- Removing the source of the article in view sent the list back to its top and focus to the
  Sources pane: pruning a list, the analyst lost their place.  Its neighbour is shown now, the
  article list in focus.
- Escape from search dropped what was typed: "/" reopened on the search before it, its filters
  gone, and the query was not among the recent searches either.
- y said "Copied" inside tmux (or macOS Terminal), where the terminal drops the copy and nothing
  pastes.  There the notice says what the copy needs, and that e saves to a file.
- At 60 columns the status line cut off the search index's state ("search ready"): the passage
  and claim counts give way first.
- In the figure tracker "[" on the first page, "]" on the last and space on a row with no
  repeats did nothing at all.  Each says why.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, RadioButton, RadioSet, Select, Static
from tui_fixtures import running_app, screen_text, settle, type_text, until, until_within
from tui_fixtures import troop_figures_corpus as _troop_figures

from store.ingest import ingest_paths
from tui.app import build_app
from tui.screens.export import ExportDialog
from tui.screens.figures import FigureTrackerScreen
from tui.screens.main import MainScreen
from tui.screens.remove_source import RemoveSourceDialog
from tui.screens.search import RecentList, SearchScreen
from tui.widgets.articles import ArticleList
from tui.widgets.keybar import KeyBar
from tui.widgets.reader import Reader


async def _open_tracker(app, pilot) -> FigureTrackerScreen:  # type: ignore[no-untyped-def]
    app.push_screen(FigureTrackerScreen(app.corpus, "troops_deployed"))
    await until(pilot, lambda: isinstance(app.screen, FigureTrackerScreen) and app.screen.table is not None, "tracker")
    await settle(pilot)
    return app.screen


# --- the figure tracker on a small terminal ------------------------------------------------------


async def test_the_tracker_at_60x20_keeps_rows_of_its_table_and_its_key_bar_on_screen(tmp_path: Path) -> None:
    async with running_app(tmp_path, size=(60, 20), corpus=_troop_figures(20)) as (app, pilot):
        tracker = await _open_tracker(app, pilot)
        bar = tracker.query_one(KeyBar)
        assert bar.region.height >= 1 and bar.region.bottom <= 20, f"the key bar is off the screen: {bar.region}"
        table = tracker.query_one("#figures-table")
        # Border, header and scrollbar take four lines: the rest are rows of figures.
        assert table.region.height - 4 >= 5, f"the table shows {table.region.height - 4} rows"
        assert "Select" in screen_text(app).splitlines()[-1]  # the tracker's own keys (the sorts come after: the heading names them)
    # At 80x24 the chart still has its place.
    async with running_app(tmp_path, size=(80, 24), corpus=_troop_figures(20)) as (app, pilot):
        tracker = await _open_tracker(app, pilot)
        assert tracker.query_one("#figures-chart-box").region.height > 0
        assert tracker.query_one(KeyBar).region.bottom <= 24


async def test_the_tracker_heading_names_the_date_it_sorts_by(tmp_path: Path) -> None:
    async with running_app(tmp_path, corpus=_troop_figures(3)) as (app, pilot):
        tracker = await _open_tracker(app, pilot)
        heading = str(tracker.query_one("#figures-heading", Static).render())
        assert "sorted by date claimed" in heading, heading


# --- the export dialog on a narrow terminal ------------------------------------------------------


async def _export_dialog(app, pilot) -> ExportDialog:  # type: ignore[no-untyped-def]
    app.selection = (next(iter(app.corpus.passages)),)
    await pilot.press("e")
    await until(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog")
    await settle(pilot)
    return app.screen


async def test_the_export_dialog_names_every_format_whole_on_a_narrow_terminal(tmp_path: Path) -> None:
    for width in (60, 56, 120):
        async with running_app(tmp_path, size=(width, 20)) as (app, pilot):
            dialog = await _export_dialog(app, pilot)
            formats = dialog.query_one(RadioSet)
            inside = formats.content_region
            for button in dialog.query(RadioButton):
                label = str(button.label)
                region = button.region
                drawn = len(label) + 4  # "▐●▌ " then the name; the button's last cell is a blank
                assert region.width >= drawn, f"{width} columns: {label!r} cut to {region.width} cells"
                assert inside.x <= region.x and region.x + drawn <= inside.right and inside.y <= region.y < inside.bottom, (
                    f"{width} columns: {label!r} lies outside the set ({region} in {inside})"
                )
            shown = screen_text(app)
            for name in ("Markdown", "CSV", "JSON", "CSL-JSON", "RIS"):
                assert name in shown, f"{width} columns: {name} not on screen"


# --- removing the source in view -----------------------------------------------------------------


ARTICLE = """{title}

By Staff Writer | Wire {number} | 2025-01-{day:02d}

Officials said {troops:,} North Korean troops had been sent to Russia's Kursk region, in report {number}.

A second paragraph of report {number} adds that the deployment continued through the winter.
"""


def _database(tmp_path: Path, count: int) -> Path:
    sources = tmp_path / "in"
    sources.mkdir()
    for number in range(count):
        text = ARTICLE.format(title=f"Deployment report number {number}", number=number, day=1 + number,
                              troops=1000 * (number + 1))
        (sources / f"report{number}.txt").write_text(text, encoding="utf-8")
    db = tmp_path / "db" / "articles.json"
    ingest_paths(sorted(sources.iterdir()), db)
    return db


async def test_removing_the_source_in_view_shows_its_neighbour_with_the_list_in_focus(tmp_path: Path) -> None:
    db = _database(tmp_path, 5)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_within(pilot, lambda: app.is_ready, "first screen")
        listed = [a.id for a in app.corpus.list_articles()]
        assert len(listed) == 5
        gone, neighbour = listed[2], listed[3]
        await pilot.press("4")
        articles = app.screen.query_one(ArticleList)
        await until(pilot, lambda: articles.has_focus, "the article list")
        articles.highlight_id(gone)
        await settle(pilot)
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, RemoveSourceDialog) and app.screen.previewed, "the preview")
        app.screen.query_one("#remove").press()
        await until_within(pilot, lambda: isinstance(app.screen, MainScreen) and app.is_ready and gone not in app.corpus.articles,
                           "the reloaded database")
        await settle(pilot)
        main = app.screen
        assert main.query_one(Reader).article.id == neighbour, "the next article in the list is shown"
        assert main.query_one(ArticleList).highlighted_id == neighbour
        assert isinstance(app.focused, ArticleList), f"focus went to {app.focused!r}"


async def test_removing_the_last_article_of_the_list_shows_the_one_before(tmp_path: Path) -> None:
    db = _database(tmp_path, 3)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_within(pilot, lambda: app.is_ready, "first screen")
        listed = [a.id for a in app.corpus.list_articles()]
        app.open_article(listed[-1])
        await settle(pilot)
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, RemoveSourceDialog) and app.screen.previewed, "the preview")
        app.screen.query_one("#remove").press()
        await until_within(pilot, lambda: isinstance(app.screen, MainScreen) and app.is_ready and listed[-1] not in app.corpus.articles,
                           "the reloaded database")
        await settle(pilot)
        assert app.screen.query_one(Reader).article.id == listed[-2]
        assert isinstance(app.focused, ArticleList)


async def test_removing_the_last_article_of_an_outlet_shows_a_neighbour_among_all_articles(tmp_path: Path) -> None:
    from tui.widgets.sources import ArticleFilter

    db = _database(tmp_path, 3)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_within(pilot, lambda: app.is_ready, "first screen")
        listed = [a.id for a in app.corpus.list_articles()]
        gone = app.corpus.article(listed[1])
        app.filter_articles(ArticleFilter(outlet=gone.outlet))  # the outlet has this one article
        await settle(pilot)
        app.open_article(gone.id)
        await settle(pilot)
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, RemoveSourceDialog) and app.screen.previewed, "the preview")
        app.screen.query_one("#remove").press()
        await until_within(pilot, lambda: isinstance(app.screen, MainScreen) and app.is_ready and gone.id not in app.corpus.articles,
                           "the reloaded database")
        await settle(pilot)
        main = app.screen
        assert main.article_filter == ArticleFilter(), "the outlet has nothing left: every article is listed"
        assert main.query_one(Reader).article.id == listed[2]
        assert main.query_one(ArticleList).highlighted_id == listed[2]
        assert isinstance(app.focused, ArticleList)


# --- Escape from search ----------------------------------------------------------------------------


async def test_escape_from_search_keeps_the_words_and_filters_for_the_next_slash(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        main = app.screen
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search")
        search = app.screen
        await type_text(pilot, "pentagon")
        await until(pilot, lambda: search.shown_query == "pentagon", "hits")
        await pilot.press("down", "enter")
        await until(pilot, lambda: app.screen is main and main.last_query == "pentagon", "a hit opened")
        hits = list(main.hits)

        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search again")
        await settle(pilot)
        await type_text(pilot, "kursk casualties")  # the last query opens selected: typing replaces it
        search.query_one("#topic-filter", Select).value = "casualties"
        await until(pilot, lambda: search.shown_search == ("kursk casualties", search.shown_search[1])
                    and search.shown_search[1].topic == "casualties", "filtered hits")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is main, "back to the main screen")
        assert main.hits == hits and main.last_query == "pentagon", "n and N still step the hits of the search opened"

        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search a third time")
        await settle(pilot)
        assert search.query_one("#query", Input).value == "kursk casualties"
        assert search.query_one("#topic-filter", Select).value == "casualties"
        await until(pilot, lambda: search.shown_query == "kursk casualties", "the draft searched again")
        await pilot.press("backspace")  # the draft opens selected, as the last query does: one key clears it
        await until(pilot, lambda: search.shown_query == "" and search.query_one("#query", Input).value == "", "the box emptied")
        recent = search.query_one(RecentList)
        assert any("kursk casualties" in str(recent.get_option_at_index(i).prompt) for i in range(recent.option_count))

        # An emptied box left with Escape is no draft: "/" offers the last search again.
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is main, "back again")
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search a fourth time")
        await settle(pilot)
        assert search.query_one("#query", Input).value == "pentagon"


# --- copying where the terminal drops the copy -----------------------------------------------------


async def test_copy_inside_tmux_says_what_the_copy_needs_and_where_else_to_go(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("TERM_PROGRAM", raising=False)
    for tmux, caveat in (("/tmp/tmux-0/default,1,0", True), (None, False)):
        if tmux is None:
            monkeypatch.delenv("TMUX", raising=False)
        else:
            monkeypatch.setenv("TMUX", tmux)
        async with running_app(tmp_path) as (app, pilot):
            app.selection = (next(iter(app.corpus.passages)),)
            before = len(app._notifications)
            await pilot.press("y")
            await settle(pilot)
            said = [str(n.message) for n in app._notifications][before:]
            assert len(said) == 1 and said[0].startswith("Copied 1 passage as Markdown."), said
            assert app.clipboard, "the Markdown went to the clipboard"
            assert ("set-clipboard on" in said[0] and "press e" in said[0]) is caveat, said[0]


# --- the status line on a narrow terminal -------------------------------------------------------


async def test_the_status_line_at_60_columns_keeps_the_state_of_the_search_index(tmp_path: Path) -> None:
    from tui.widgets.status import StatusBar

    async with running_app(tmp_path, size=(60, 20)) as (app, pilot):
        app.selection = (next(iter(app.corpus.passages)),)
        bar = app.screen.query_one(StatusBar)
        await until(pilot, lambda: bar.corpus_note.endswith("search ready"), "the index")
        await settle(pilot)
        line = bar.render()
        shown = line.plain[: bar.size.width]  # what the bar's width lets through (one cell a character here)
        assert line.cell_length <= bar.size.width, f"cut at the edge: {line.plain!r}"
        assert "1 passage selected" in shown, shown
        assert shown.rstrip().endswith("search ready"), f"the index state is cut off: {shown!r}"
        assert f"{len(app.corpus.articles)} articles" in shown, shown


# --- keys of the figure tracker that did nothing in silence ----------------------------------------


async def test_tracker_keys_with_nothing_to_do_say_so(tmp_path: Path, monkeypatch) -> None:
    from tui.screens import figures_table

    monkeypatch.setattr(figures_table, "PAGE_GROUPS", 5)  # 12 rows: three pages
    async with running_app(tmp_path, corpus=_troop_figures(12)) as (app, pilot):
        tracker = await _open_tracker(app, pilot)
        assert tracker.page_count == 3

        def said_after(before: int) -> list[str]:
            return [str(n.message) for n in app._notifications][before:]

        before = len(app._notifications)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert tracker.page == 0 and said_after(before) == ["This is the first page."]
        await pilot.press("right_square_bracket", "right_square_bracket")
        await settle(pilot)
        assert tracker.page == 2
        before = len(app._notifications)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert tracker.page == 2 and said_after(before) == ["This is the last page."]

        # Each figure is in one article: x (echoes) has no repeats to show, and says so.
        assert tracker.current_row() is not None and not tracker.current_row()[1].is_echo
        before = len(app._notifications)
        await pilot.press("x")
        await settle(pilot)
        said = said_after(before)
        assert len(said) == 1 and "No repeats to expand" in said[0], said

"""A second read of the app as an analyst uses it: attribution in sight, titles never markup, clean clips."""

from __future__ import annotations

from pathlib import Path

import pytest
from tui_fixtures import HOSTILE_TITLE, running_app, screen_text, settle, until

from tui.screens.audit import AuditScreen
from tui.widgets.reader import Reader


async def test_audit_dialog_title_shows_the_article_title_literally(tmp_path):
    # The dialog's border title used to be a str, which Textual parses as markup: "[bold]"
    # vanished and "[@click=app.quit]" became a live action on the border.
    async with running_app(tmp_path, size=(160, 50)) as (app, pilot):
        app.open_article("art-hostile")
        await settle(pilot)
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, AuditScreen), "the audit dialog")
        await settle(pilot)
        title_row = next(line for line in screen_text(app).split("\n") if "What normalising did" in line)
        assert f"What normalising did · {HOSTILE_TITLE}" in title_row
        await pilot.press("escape")
        await settle(pilot)
        assert app.is_running
        assert app.screen.query_one(Reader).article.id == "art-hostile"


# --- who said it, and on whose authority -------------------------------------------------------


async def test_claim_under_the_cursor_is_shown_in_full_below_the_clipped_claims_pane(tmp_path):
    from tui.formatting import date_label, outlet_label
    from tui.widgets.claims import ClaimDetail, ClaimsPane

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("3")
        claims = app.screen.query_one(ClaimsPane)
        branch = next(node for node in claims.root.children if node.data == "ammunition_share")
        branch.expand()
        await settle(pilot)
        leaf = next(node for node in branch.children if getattr(node.data, "claimant", None) == "Kyrylo Budanov")
        claims.move_cursor(leaf)
        await settle(pilot)
        article = app.corpus.article(leaf.data.article_id)
        detail = app.screen.query_one(ClaimDetail)
        assert detail.display and detail.region.height >= 2
        shown = " ".join(str(detail.render()).split())
        # 60 characters of outlet and credit: the pane's one-line row cannot hold them, the detail does
        assert f"{outlet_label(article)} · {date_label(article)}" in shown
        assert "Kyrylo Budanov via Bloomberg" in shown

        await pilot.press("4")  # elsewhere the detail gives its room back to the panes
        await settle(pilot)
        assert not app.screen.query_one(ClaimDetail).display


async def test_claims_pane_detail_is_empty_on_a_subject_row(tmp_path):
    from tui.widgets.claims import ClaimDetail, ClaimsPane

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("3")
        claims = app.screen.query_one(ClaimsPane)
        subject = claims.root.children[0]
        subject.expand()
        await settle(pilot)
        claims.move_cursor(subject.children[0])  # a claim first: the detail is shown...
        await settle(pilot)
        detail = app.screen.query_one(ClaimDetail)
        assert detail.display
        claims.move_cursor(subject)  # ...and back on its subject's row it is gone again
        await settle(pilot)
        assert claims.current_claim is None and not detail.display


async def test_figure_tracker_detail_names_the_claimant_in_full(tmp_path):
    from tui_fixtures import HOSTILE_CLAIMANT

    from tui.screens.figures import FigureGrid, FigureTrackerScreen

    async with running_app(tmp_path, size=(160, 50)) as (app, pilot):
        screen = FigureTrackerScreen(app.corpus, "troops_deployed")
        await app.push_screen(screen)
        await until(pilot, lambda: screen.table is not None, "the tracker's table")
        grid = screen.query_one(FigureGrid)
        key = next(k for k, (_, row) in screen.rows_by_key.items() if row.claimant == HOSTILE_CLAIMANT)
        grid.move_cursor(row=grid.get_row_index(key))
        await settle(pilot)
        # the table's claimant column is 22 wide and clips this name; the line under the table does not
        assert HOSTILE_CLAIMANT in screen_text(app)


# --- search results ----------------------------------------------------------------------------


def test_search_snippets_are_cut_between_words_never_inside_a_figure():
    from tui.formatting import snippet_window

    words = [f"{n:,}" if n % 3 else f"word{n}" for n in range(1000, 1400)]
    text = " ".join(words)
    whole = set(words)
    for target in range(0, len(words), 7):
        start = text.index(words[target])
        snippet, spans, _ = snippet_window(text, [(start, start + len(words[target]))], width=120)
        assert [snippet[a:b] for a, b in spans] == [words[target]]
        pieces = snippet.removeprefix("…").removesuffix("…").split(" ")
        assert set(pieces) <= whole, f"a word was cut: {snippet!r}"


async def test_a_full_page_of_hits_is_not_passed_off_as_the_total(tmp_path, monkeypatch):
    from textual.widgets import Static

    import tui.screens.search as search_module
    from tui.screens.search import SearchScreen

    monkeypatch.setattr(search_module, "RESULT_LIMIT", 2)
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        await pilot.press(*"troops")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await until(pilot, lambda: screen.shown_query == "troops", "results")
        status = str(screen.query_one("#search-status", Static).render())
        assert "best hits" in status and "more match" in status


async def test_from_the_results_slash_or_a_letter_goes_back_to_the_query(tmp_path):
    from textual.widgets import Input

    from tui.screens.search import HitList, SearchScreen

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash", *"troops")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await until(pilot, lambda: screen.shown_query == "troops", "results")
        await pilot.press("enter")  # into the results
        assert isinstance(app.focused, HitList)
        await pilot.press("slash")
        query = screen.query_one("#query", Input)
        assert app.focused is query and query.cursor_position == len("troops")
        assert query.value == "troops", "the slash moved focus and was not typed"

        await pilot.press("enter")
        assert isinstance(app.focused, HitList)
        await pilot.press("down", "space")  # arrows still move, space still selects
        assert app.selection
        await pilot.press("b")  # typing on: the letter lands at the end of the query
        assert app.focused is query and query.value == "troopsb"
        await pilot.press("enter", "q")  # in the results "q" is typed too, never a surprise quit
        assert app.is_running
        assert app.focused is query and query.value == "troopsbq"
        assert "Quit" not in screen_text(app).split("\n")[-1]


# --- tiny terminals and small words ------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from store.ingest import ingest_paths
    from store.paths import seed_files

    db = tmp_path_factory.mktemp("review") / "db.json"
    assert not ingest_paths(seed_files(), db).rejected
    return db


async def test_page_keys_in_a_list_squeezed_to_no_height_do_not_crash(tmp_path, seeds_db):
    # At 40x12 the audit dialog's heading takes all its room and the list of removed blocks
    # gets no height: Textual's page keys then looked the cursor up in lines never laid out.
    from tui.app import build_app
    from tui.widgets.lists import NavList

    app = build_app(seeds_db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await until(pilot, lambda: app.is_ready, "the corpus")
        await pilot.press("5", "r")
        await until(pilot, lambda: isinstance(app.screen, AuditScreen), "the audit dialog")
        removed = app.screen.query_one("#audit-removed", NavList)
        await until(pilot, lambda: removed.option_count > 1, "the removed blocks")
        assert removed.scrollable_content_region.height == 0
        first = removed.highlighted
        await pilot.press("pagedown", "pagedown", "pageup")
        await settle(pilot)
        assert app.is_running and isinstance(app.screen, AuditScreen)
        assert removed.highlighted is not None and removed.highlighted != first


async def test_tracker_subject_picker_says_1_claim_not_1_claims(tmp_path):
    from tui.screens.compare_picker import FuzzyPicker
    from tui.screens.figures import FigureTrackerScreen

    async with running_app(tmp_path) as (app, pilot):
        await app.push_screen(FigureTrackerScreen(app.corpus))  # no subject: the picker opens
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the subject picker")
        await settle(pilot)
        text = screen_text(app)
        assert "1 claim · ammunition_share" in text
        assert "1 claims" not in text


async def test_the_search_filter_with_focus_is_plainly_marked(tmp_path):
    # A compact Select shows focus as a 5% tint: tabbing to a filter left no visible trace.
    from textual.color import Color
    from textual.widgets import Select
    from textual.widgets._select import SelectCurrent

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash", "tab")
        await settle(pilot)
        topic, outlet = app.screen.query_one("#topic-filter", Select), app.screen.query_one("#outlet-filter", Select)
        assert app.focused is topic
        cursor = Color.parse(app.get_css_variables()["block-cursor-background"])
        assert topic.query_one(SelectCurrent).styles.background == cursor
        assert outlet.query_one(SelectCurrent).styles.background != cursor


async def test_claims_pane_says_how_many_of_the_status_bars_claims_it_lists(tmp_path):
    # The status bar counts every claim, the pane only those with a figure: unexplained, 287 vs 103.
    import dataclasses

    from tui_fixtures import fixture_records

    from store.corpus import Corpus
    from tui.widgets.claims import ClaimsPane

    articles, claims = fixture_records()
    figureless = dataclasses.replace(claims[0], id=claims[0].id + "-nofig", figures=[])
    corpus = Corpus.from_records(articles, [*claims, figureless])
    async with running_app(tmp_path, corpus=corpus) as (app, pilot):
        pane = app.screen.query_one(ClaimsPane)
        listed = sum(corpus.figure_claim_counts.values())
        assert listed == len(claims) and corpus.claim_count == len(claims) + 1
        assert f"{listed} with a figure · of {len(claims) + 1}" in screen_text(app)
        assert str(pane.border_subtitle) == f"{listed} with a figure · of {len(claims) + 1}"


async def test_a_dialog_shows_its_own_keys_not_the_main_screens(tmp_path):
    # Under a dialog the main screen's bar still offered "c Compare" and "/ Search", which do
    # nothing there, and never the dialog's own keys (ctrl+s writes the export).
    from tui.screens.export import ExportDialog

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("5", "space", "e")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog")
        await settle(pilot)
        bottom = screen_text(app).split("\n")[-1]
        assert "^s Export" in bottom and "esc Cancel" in bottom
        assert "Compare" not in bottom and "Search" not in bottom
        await pilot.press("escape", "r")
        await until(pilot, lambda: isinstance(app.screen, AuditScreen), "the audit dialog")
        await settle(pilot)
        bottom = screen_text(app).split("\n")[-1]
        assert "esc Back" in bottom and "Compare" not in bottom


async def test_tracker_on_a_short_terminal_keeps_rows_of_its_table_and_the_claimant(tmp_path, seeds_db):
    # At 80x24 the chart (45% of the screen) and a four-line detail left the table one row.
    from tui.app import build_app
    from tui.screens.figures import FigureGrid, FigureTrackerScreen
    from tui.screens.figures_chart import short_figure

    app = build_app(seeds_db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.is_ready, "the corpus")
        screen = FigureTrackerScreen(app.corpus, "troops_deployed")
        await app.push_screen(screen)
        await until(pilot, lambda: screen.table is not None, "the tracker's table")
        await settle(pilot)
        grid = screen.query_one(FigureGrid)
        assert grid.row_count > 6
        assert grid.scrollable_content_region.height >= 5, "a header and at least four rows"
        key = next(k for k, (_, r) in screen.rows_by_key.items() if " via " in r.claimant_text and len(r.claimant_text) > 22)
        grid.move_cursor(row=grid.get_row_index(key))
        await settle(pilot)
        _, row = screen.rows_by_key[key]
        lines = [line.strip() for line in screen_text(app).split("\n")]
        assert f"{short_figure(row, screen.table.unit)}  {row.claimant_text}" in lines, "the claimant, whole, on its own line"

"""Round 28b of the analyst's workflow in the TUI: keys that act where the user is, lists that agree."""

from __future__ import annotations

from tui_fixtures import running_app, settle, type_text, until

from tui.screens.export import ExportDialog
from tui.screens.search import HitList, SearchScreen
from tui.screens.selection import SelectionScreen


async def _hits_for(app, pilot, query: str) -> SearchScreen:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search screen")
    screen = app.screen
    await type_text(pilot, query)
    await until(pilot, lambda: screen.shown_search is not None and screen.shown_search[0] == query, f"hits for {query!r}")
    await pilot.press("down")
    await settle(pilot)
    assert isinstance(screen.focused, HitList)
    return screen


async def test_the_selection_keys_work_from_the_search_hits_and_leave_the_query_alone(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path) as (app, pilot):
        screen = await _hits_for(app, pilot, "troops")
        await pilot.press("space")
        await settle(pilot)
        assert len(app.selection) == 1
        await pilot.press("ctrl+e")
        await until(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog")
        assert screen.query_one("#query").value == "troops"
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is screen, "back in search")
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, SelectionScreen), "the selection list")


async def test_the_hit_list_footer_names_the_selection_keys(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tui.widgets.keybar import KeyBar

    async with running_app(tmp_path) as (app, pilot):
        screen = await _hits_for(app, pilot, "troops")
        hints = {(hint.key, hint.description) for hint in screen.query_one(KeyBar).hints}
        assert {"Export", "Copy", "Selection"} <= {description for _, description in hints}, hints


async def test_space_selects_in_the_figure_tracker_as_in_every_other_list() -> None:
    from test_compare_support import troop_corpus
    from test_compare_tui import SIZE, HostApp, _settle

    from tui.screens.figures import FigureTrackerScreen

    app = HostApp(troop_corpus(), lambda c: FigureTrackerScreen(c, subject_id="troops_deployed"))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        tracker = app.screen
        row = tracker.current_row()
        assert row is not None
        await pilot.press("space")
        await _settle(pilot)
        assert app.selection == (row[2].passage_id,)
        assert not tracker.expanded  # selecting opened no echo group


def test_the_tracker_opens_echo_groups_on_a_key_other_than_space() -> None:
    from tui.keys import class_bindings
    from tui.screens.figures import FigureTrackerScreen

    bindings = class_bindings(FigureTrackerScreen, within="tui.")
    by_action: dict[str, set[str]] = {}
    for binding in bindings:
        by_action.setdefault(binding.action, set()).add(binding.key)
    assert "space" in by_action["select_passage"]
    assert by_action["toggle_group"] and "space" not in by_action["toggle_group"]


async def test_escape_from_a_hit_opened_in_the_reader_goes_back_to_the_hits_on_that_hit(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tui.screens.main import MainScreen

    async with running_app(tmp_path) as (app, pilot):
        screen = await _hits_for(app, pilot, "troops")
        hits = screen.query_one(HitList)
        await pilot.press("down")
        await settle(pilot)
        opened = hits.highlighted_id
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "the reader")
        await settle(pilot)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen) and app.screen.focused is not None
                    and isinstance(app.screen.focused, HitList), "the hits again")
        assert app.screen.query_one(HitList).highlighted_id == opened
        await pilot.press("escape", "escape")  # leaving search, then Escape in the reader: the article list as before
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")


async def test_the_reanalyse_hint_says_where_r_works(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from store.corpus import Corpus

    monkeypatch.setattr(Corpus, "claims_are_current", lambda self: False)
    async with running_app(tmp_path) as (app, pilot):
        hints = [n.message for n in app._notifications if "older version" in n.message]
        assert hints and all("main screen" in hint for hint in hints), hints


async def test_a_database_changed_by_another_process_is_announced_once_and_f5_reloads_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    db = tmp_path / "db.json"
    db.write_text("{}", encoding="utf-8")
    from tui_fixtures import fixture_corpus

    from tui.app import build_app

    app = build_app(db, corpus=fixture_corpus(), state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await until(pilot, lambda: app._loaded_stamp is not None, "the database's stamp")

        def changed_notes() -> list[str]:
            return [n.message for n in app._notifications if "changed on disk" in n.message]

        app.check_database()
        await settle(pilot)
        assert changed_notes() == []  # nothing changed yet: nothing said
        db.write_text('{"meta": {}}', encoding="utf-8")  # what `nkru-tui ingest` in another terminal does
        os.utime(db, ns=(1, 1))
        app.check_database()
        await until(pilot, lambda: changed_notes(), "the note that the database changed")
        app.check_database()
        await settle(pilot)
        assert len(changed_notes()) == 1 and "F5" in changed_notes()[0]  # said once, not every few seconds
        reloads: list[bool] = []
        app.reload_corpus = lambda **kwargs: reloads.append(True)  # type: ignore[method-assign]
        await pilot.press("f5")
        await settle(pilot)
        assert reloads == [True]


def test_on_a_wide_screen_the_claimant_column_grows_to_its_widest_name_before_the_sentence_does() -> None:
    from tui.screens.figures_table import COLUMNS, columns_that_fit

    widths = {key: width for key, _, width in COLUMNS}
    via = "Defence Intelligence of Ukraine via Voice of America"
    fitted = columns_that_fit(widths, 200, {"claimant": len(via), "outlet": len("Business Insider")})
    assert fitted["claimant"] > widths["claimant"] and fitted["claimant"] >= 40, fitted
    assert fitted["sentence"] >= 40, fitted
    narrow = columns_that_fit(widths, 200, {"claimant": 12, "outlet": 10})
    assert narrow["claimant"] == widths["claimant"]  # short names: the sentence keeps the room


def _row(claim_id: str, date: str | None, claim_date: str | None, basis: str | None):  # type: ignore[no-untyped-def]
    from store.compare.intervals import compared_interval
    from store.compare.figure_tracker import FigureRow
    from store.models import Figure

    figure = Figure(11000, 11000, 11000, "troops", "exact", "11,000")
    return FigureRow(claim_id, "a-" + claim_id, f"a-{claim_id}-000", date, "Outlet", None, "Title", "NIS", None, "nis",
                     figure, compared_interval(figure), "NIS said 11,000 troops.", claim_date=claim_date,
                     claim_date_basis=basis)


def test_the_tracker_shows_and_spans_the_date_a_figure_was_claimed_when_its_sentence_states_one() -> None:
    from store.compare.figure_summary import summarise_rows
    from store.compare.figure_tracker import FigureGroup
    from tui.screens.figures_table import row_cells

    stated = _row("one", None, "2024-10", "stated")  # "said in October 2024", in an undated page
    later = _row("two", "2024-12-02", "2024-12-02", "published")
    rows = [stated, later]
    summary = summarise_rows(rows, [FigureGroup([r]) for r in rows], "troops")
    assert (summary.earliest, summary.latest) == ("2024-10", "2024-12-02")
    cells = row_cells(FigureGroup([stated]), stated, None, expanded=False, accent="red", unit="troops")
    assert cells[1].plain == "2024-10"


async def test_the_selection_list_moves_a_passage_up_and_down_and_exports_follow_its_order(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from store.export import render_export

    async with running_app(tmp_path) as (app, pilot):
        first, second, third = [p.id for p in app.corpus.article("art-reuters").passages[:3]]
        app.selection = (first, second, third)
        await pilot.press("S")
        await until(pilot, lambda: isinstance(app.screen, SelectionScreen), "the selection list")
        listing = app.screen.query_one("#selected")
        await pilot.press("j", "j")  # on the third
        await pilot.press("K")
        await settle(pilot)
        assert app.selection == (first, third, second)
        assert listing.highlighted_id == third  # the cursor went with it
        await pilot.press("J")
        await settle(pilot)
        assert app.selection == (first, second, third)
        await pilot.press("K", "K", "K")  # past the top: stays first
        await settle(pilot)
        assert app.selection == (third, first, second)
        exported = render_export(app.corpus, list(app.selection), "md")
        assert exported.index(app.corpus.passage(third).text[:30]) < exported.index(app.corpus.passage(first).text[:30])


async def test_at_80_columns_the_tracker_key_bar_keeps_select_echoes_and_subject() -> None:
    from test_compare_support import troop_corpus
    from test_compare_tui import HostApp, _settle

    from tui.screens.figures import FigureTrackerScreen

    app = HostApp(troop_corpus(), lambda c: FigureTrackerScreen(c, subject_id="troops_deployed"))
    async with app.run_test(size=(80, 24)) as pilot:
        await _settle(pilot)
        bar = app.screen.query_one("KeyBar")
        drawn = "".join(strip.text for strip in bar.render_lines(bar.region.reset_offset))
        assert "Select" in drawn and "Echoes" in drawn and "Subject" in drawn, drawn


def test_a_claims_pane_row_leaves_the_subjects_own_unit_to_the_subject_and_gives_the_room_to_the_claimant() -> None:
    from tui_fixtures import fixture_corpus

    from tui.claim_rows import claim_row_text

    corpus = fixture_corpus()
    claim = next(c for c in corpus.claims if c.subject == "troops_deployed" and c.figures[0].unit == "troops")
    row = claim_row_text(claim, corpus.article(claim.article_id)).plain
    assert "troops" not in row.split(claim.claimant or "")[0], row  # the figure, without the unit its subject names
    other = next(c for c in corpus.claims if c.subject == "ammunition_share")
    assert "50%" in claim_row_text(other, corpus.article(other.article_id)).plain  # a share keeps its sign

"""Pilot and snapshot tests of the comparison screen and the figure tracker.

A minimal host App stands in for the real one (selection, export, copy,
open_passage), and one test drives the real app from ``tui.app.build_app``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rich.text import Text
from textual.app import App
from textual.reactive import reactive
from textual.widgets import OptionList

sys.path.insert(0, str(Path(__file__).parent))

from test_compare_support import (  # noqa: E402
    PONOMARENKO,
    bi_pair_corpus,
    troop_corpus,
)

from store.compare import AlignmentKind  # noqa: E402
from store.corpus import Corpus  # noqa: E402
from tui.screens.compare import AlignmentList, ClaimComparisonList, CompareScreen  # noqa: E402
from tui.screens.compare_picker import FuzzyPicker  # noqa: E402
from tui.screens.figures import FigureGrid, FigureTrackerScreen  # noqa: E402
from tui.widgets.one_line_rows import OneLineRow  # noqa: E402

SIZE = (120, 40)


class HostApp(App[None]):
    """Just enough of the real app: the selection and the export/copy/open hooks."""

    selection: reactive[tuple[str, ...]] = reactive(tuple)

    def __init__(self, corpus: Corpus, make_screen) -> None:
        super().__init__()
        self.corpus = corpus
        self.make_screen = make_screen
        self.calls: list[tuple[str, object]] = []

    def on_mount(self) -> None:
        self.push_screen(self.make_screen(self.corpus))

    def toggle_selected(self, passage_id: str) -> bool:
        if passage_id in self.selection:
            self.selection = tuple(p for p in self.selection if p != passage_id)
            return False
        self.selection = (*self.selection, passage_id)
        return True

    def action_export_selection(self) -> None:
        self.calls.append(("export", self.selection))

    def action_copy_selection(self) -> None:
        self.calls.append(("copy", self.selection))

    def open_passage(self, passage_id: str) -> None:
        self.calls.append(("open", passage_id))


async def _settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()  # the tracker builds its table in a thread
    await pilot.pause()
    await pilot.pause()


def _move_to_row(screen: CompareScreen, fragment: str) -> None:
    rows = screen.query_one(AlignmentList)
    assert screen.alignment is not None
    for index, row in enumerate(screen.alignment.rows):
        if (row.left and fragment in row.left.text) or (row.right and fragment in row.right.text):
            rows.highlight_id(f"row-{index}")
            return
    raise AssertionError(f"no row with {fragment!r}")


# --- comparison ---------------------------------------------------------------------------------


async def test_open_pick_swap_and_select_in_a_comparison() -> None:
    corpus = troop_corpus()
    app = HostApp(corpus, lambda c: CompareScreen(c, left_article_id="ff"))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        picker = app.screen
        assert isinstance(picker, FuzzyPicker)
        # Prompts are Text, never markup strings.
        options = picker.query_one(OptionList)
        assert options.option_count > 0
        assert all(isinstance(options.get_option_at_index(i).prompt, (Text, OneLineRow)) for i in range(options.option_count))
        await pilot.press(*"surrender", "enter")
        await _settle(pilot)

        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.mode == "articles"
        assert (screen.left.key, screen.right.key) == ("ff", "sr")
        ponomarenko = [r for r in screen.alignment.rows if r.left and PONOMARENKO in r.left.text]
        assert ponomarenko[0].kind is AlignmentKind.SHARED and ponomarenko[0].right.id == "sr-001"

        await pilot.press("x")
        await _settle(pilot)
        assert (screen.left.key, screen.right.key) == ("sr", "ff")
        assert screen.alignment.left.id == "sr"

        _move_to_row(screen, PONOMARENKO)
        await pilot.press("l", "space")
        await _settle(pilot)
        assert screen.active_side == "right"
        assert app.selection == ("ff-001",)
        await pilot.press("h", "space")
        await _settle(pilot)
        assert app.selection == ("ff-001", "sr-001")
        await pilot.press("space")  # toggles off again
        await _settle(pilot)
        assert app.selection == ("ff-001",)

        await pilot.press("e", "y")
        assert app.calls == [("export", ("ff-001",)), ("copy", ("ff-001",))]
        await pilot.press("escape")
        await _settle(pilot)
        assert not isinstance(app.screen, CompareScreen)


async def test_claims_side_by_side_show_the_conflict_and_select_their_passages() -> None:
    app = HostApp(troop_corpus(), lambda c: CompareScreen(c, left_article_id="zl", right_id="bb"))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        casualties = next(s for s in screen.subjects if s.subject == "casualties")
        assert casualties.conflict
        troops = next(s for s in screen.subjects if s.subject == "troops_deployed")
        assert not troops.conflict  # about 12,000 vs over 11,000
        claims = screen.query_one(ClaimComparisonList)
        claims.focus()
        claims.highlight_id("subject-casualties")
        await pilot.press("l", "space")
        await _settle(pilot)
        assert app.selection == ("bb-001",)


async def test_outlet_mode_when_an_outlet_is_picked() -> None:
    app = HostApp(troop_corpus(), lambda c: CompareScreen(c, left_article_id="ff"))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        await pilot.press(*"bloomberg")
        await _settle(pilot)
        options = app.screen.query_one(OptionList)
        assert options.get_option_at_index(0).id == "outlet:Bloomberg"
        await pilot.press("enter")
        await _settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.mode == "outlets"
        assert (screen.left.key, screen.right.key) == ("Business Insider", "Bloomberg")
        assert not screen.query_one(AlignmentList).display
        assert {s.subject for s in screen.subjects} == {"troops_deployed", "casualties"}


async def test_cancelling_the_first_pick_returns() -> None:
    app = HostApp(troop_corpus(), lambda c: CompareScreen(c))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        assert isinstance(app.screen, FuzzyPicker)
        await pilot.press("escape")
        await _settle(pilot)
        assert not isinstance(app.screen, (FuzzyPicker, CompareScreen))


async def test_enter_on_a_row_opens_the_passage_on_the_active_side() -> None:
    app = HostApp(troop_corpus(), lambda c: CompareScreen(c, left_article_id="ff", right_id="sr"))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        _move_to_row(app.screen, PONOMARENKO)
        await pilot.press("l", "enter")
        await _settle(pilot)
        assert ("open", "sr-001") in app.calls


async def test_hostile_text_is_shown_literally_and_runs_nothing() -> None:
    hostile = "[@click=app.quit]Click me[/] as many as 15,000 troops, said [bold]the officials[/bold]."
    corpus = troop_corpus()
    corpus.articles["ff"].passages[0].text = hostile
    corpus.articles["ff"].title = "[@click=app.quit]Kursk [bold]losses[/bold]"
    app = HostApp(corpus, lambda c: CompareScreen(c, left_article_id="ff", right_id="sr"))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        svg = app.export_screenshot().replace("&#160;", " ")
        assert "[@click=app.quit]Click" in svg and "[bold]losses[/bold]" in svg
        # Clicking the text selects the row (opening its passage); it never runs the embedded action.
        await pilot.click(AlignmentList, offset=(10, 2))
        await _settle(pilot)
        assert app.is_running
        assert ("open", "ff-000") in app.calls


# --- figure tracker ---------------------------------------------------------------------------------


async def test_tracker_for_the_troop_subject_sorts_and_expands_echoes() -> None:
    app = HostApp(troop_corpus(), lambda c: FigureTrackerScreen(c, subject_id="troops_deployed"))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        screen = app.screen
        assert isinstance(screen, FigureTrackerScreen)
        grid = screen.query_one(FigureGrid)
        assert grid.row_count == 5  # 8 figures, echoes collapsed
        cells = [grid.get_row_at(i) for i in range(grid.row_count)]
        assert all(isinstance(cell, Text) for row in cells for cell in row)
        figures = {row[4].plain for row in cells}
        assert {"≥ 11,000", "≈ 12,000", "≤ 15,000", "100,000"} <= figures
        assert any(row[0].plain.endswith("×2") for row in cells)

        await pilot.press("v")
        await _settle(pilot)
        values = [g.representative.figure.value for g in screen.table.groups]
        assert values == sorted(values) and screen.table.sort == "value"

        # Expand the Ponomarenko 15,000 group: its second copy appears under it.
        group_index = next(
            i for i, g in enumerate(screen.table.groups) if g.count == 2 and g.representative.figure.value == 15000
        )
        grid.move_cursor(row=group_index)
        await pilot.press("x")
        await _settle(pilot)
        assert grid.row_count == 6
        assert grid.get_row_at(group_index + 1)[0].plain.strip() == "↳"
        await pilot.press("down", "enter")  # a member row opens its passage
        await _settle(pilot)
        assert ("open", "sr-001") in app.calls


async def test_a_sentence_giving_the_same_figure_twice_gets_two_rows() -> None:
    from dataclasses import replace

    from test_compare_support import _claim, fig, make_article

    article = make_article("twice", ["About 40,000 troops arrived, and by spring 40,000 more were expected."])
    claim = replace(_claim(article, 0, None, [fig(40000), fig(40000)]), subject="troops_deployed")
    app = HostApp(Corpus.from_records([article], [claim]), lambda c: FigureTrackerScreen(c, subject_id="troops_deployed"))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        screen = app.screen
        assert isinstance(screen, FigureTrackerScreen) and screen.table is not None
        assert screen.query_one(FigureGrid).row_count == 2 == screen.table.summary.figure_count


async def test_tracker_without_subject_asks_for_one() -> None:
    app = HostApp(troop_corpus(), lambda c: FigureTrackerScreen(c))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        assert isinstance(app.screen, FuzzyPicker)
        await pilot.press(*"troops", "enter")
        await _settle(pilot)
        assert isinstance(app.screen, FigureTrackerScreen) and app.screen.subject_id == "troops_deployed"


# --- the real app -------------------------------------------------------------------------------------


async def test_real_app_opens_comparison_with_c_and_tracker_with_f(tmp_path: Path) -> None:
    from tui.app import build_app

    corpus = troop_corpus()
    app = build_app(tmp_path / "db.json", corpus=corpus, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(100):
            if app.is_ready:
                break
            await pilot.pause(0.05)
        assert app.is_ready
        await pilot.press("c")
        await _settle(pilot)
        assert isinstance(app.screen, FuzzyPicker)
        await pilot.press(*"surrender", "enter")
        await _settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.mode == "articles"
        left_id = screen.left.key
        await pilot.press("x")
        await _settle(pilot)
        assert screen.right.key == left_id
        await pilot.press("space")
        await _settle(pilot)
        assert len(app.selection) == 1
        await pilot.press("escape")
        await _settle(pilot)
        await pilot.press("f")
        await _settle(pilot)
        if isinstance(app.screen, FuzzyPicker):  # no subject under the claims cursor yet
            await pilot.press(*"troops", "enter")
            await _settle(pilot)
        tracker = app.screen
        assert isinstance(tracker, FigureTrackerScreen)
        assert tracker.table is not None and tracker.table.summary.figure_count >= 5


# --- snapshots -----------------------------------------------------------------------------------------


def test_snapshot_compare_business_insider_pair(snap_compare) -> None:
    app = HostApp(bi_pair_corpus(), lambda c: CompareScreen(c, left_article_id="ff", right_id="sr"))

    async def to_ponomarenko(pilot) -> None:
        await _settle(pilot)
        _move_to_row(app.screen, PONOMARENKO)
        app.screen.query_one(AlignmentList).scroll_to_highlight(top=True)
        await _settle(pilot)

    assert snap_compare(app, terminal_size=SIZE, run_before=to_ponomarenko)


def test_snapshot_compare_claims_conflict(snap_compare) -> None:
    app = HostApp(troop_corpus(), lambda c: CompareScreen(c, left_article_id="zl", right_id="bb"))
    assert snap_compare(app, terminal_size=SIZE, run_before=_settle)


def test_snapshot_figure_tracker_troops(snap_compare) -> None:
    app = HostApp(troop_corpus(), lambda c: FigureTrackerScreen(c, subject_id="troops_deployed"))
    assert snap_compare(app, terminal_size=SIZE, run_before=_settle)


@pytest.mark.parametrize("width", [80])
async def test_both_screens_fit_80_columns(width: int) -> None:
    for make in (
        lambda c: CompareScreen(c, left_article_id="zl", right_id="bb"),
        lambda c: FigureTrackerScreen(c, subject_id="troops_deployed"),
    ):
        app = HostApp(troop_corpus(), make)
        async with app.run_test(size=(width, 24)) as pilot:
            await _settle(pilot)
            screen = app.screen
            assert isinstance(screen, (CompareScreen, FigureTrackerScreen))
            main = screen.query_one(AlignmentList if isinstance(screen, CompareScreen) else FigureGrid)
            assert main.size.width > 40 and main.size.height >= 3


async def test_hostile_claimants_outlets_and_titles_stay_literal_in_both_screens() -> None:
    from tui_fixtures import HOSTILE_CLAIMANT, HOSTILE_OUTLET, HOSTILE_TITLE, fixture_corpus

    corpus = fixture_corpus()
    for make in (
        lambda c: CompareScreen(c, left_article_id="art-hostile", right_id="art-reuters"),
        lambda c: FigureTrackerScreen(c, subject_id="troops_deployed"),
    ):
        app = HostApp(corpus, make)
        async with app.run_test(size=(160, 50)) as pilot:
            await _settle(pilot)
            screen = app.screen
            if isinstance(screen, FigureTrackerScreen):
                grid = screen.query_one(FigureGrid)
                hostile_row = next(i for i in range(grid.row_count) if "[red]" in grid.get_row_at(i)[3].plain)
                grid.move_cursor(row=hostile_row)
                await _settle(pilot)
            svg = app.export_screenshot().replace("&#160;", " ")
            assert app.is_running and isinstance(app.screen, (CompareScreen, FigureTrackerScreen))
            if isinstance(screen, CompareScreen):
                assert HOSTILE_TITLE in svg and "[@click=app.quit]Click me[/]" in svg
            else:
                assert "[@click=app.quit]Click me[/]" in svg  # the sentence under the cursor
                assert HOSTILE_CLAIMANT[:20] in svg and HOSTILE_OUTLET[:20] in svg


async def test_a_second_pick_while_one_picker_is_open_neither_stacks_nor_closes_the_screen_twice() -> None:
    """Keys typed fast ("c" then "p") used to open a second picker; cancelling both crashed the app."""
    app = HostApp(troop_corpus(), lambda c: CompareScreen(c))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        compare = next(s for s in app.screen_stack if isinstance(s, CompareScreen))
        compare.action_pick("left")  # as if "p" arrived before the first picker was up
        await _settle(pilot)
        assert sum(isinstance(s, FuzzyPicker) for s in app.screen_stack) == 1
        await pilot.press("escape")
        await _settle(pilot)
        compare.action_close()  # a second close of the same screen is a no-op
        await _settle(pilot)
        assert not any(isinstance(s, CompareScreen) for s in app.screen_stack) and app.is_running

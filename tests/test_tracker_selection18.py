"""The figure tracker selects a row's passage for export without leaving it, and its footer names Enter."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from test_compare_support import troop_corpus  # noqa: E402
from test_compare_tui import SIZE, HostApp, _settle  # noqa: E402

from tui.screens.figures import FigureGrid, FigureTrackerScreen  # noqa: E402


async def test_s_selects_and_unselects_the_rows_passage() -> None:
    app = HostApp(troop_corpus(), lambda c: FigureTrackerScreen(c, subject_id="troops_deployed"))
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot)
        screen = app.screen
        assert isinstance(screen, FigureTrackerScreen)
        first = screen.current_row()
        assert first is not None
        await pilot.press("s")
        assert app.selection == (first[2].passage_id,)
        await pilot.press("j")
        second = screen.current_row()
        assert second is not None and second[2].passage_id != first[2].passage_id
        await pilot.press("s")
        assert app.selection == (first[2].passage_id, second[2].passage_id)
        await pilot.press("s")  # again on the same row: dropped, the first stays
        assert app.selection == (first[2].passage_id,)
        assert isinstance(app.screen, FigureTrackerScreen)  # selecting never leaves the tracker


async def test_footer_names_open_and_select_while_the_table_has_focus() -> None:
    app = HostApp(troop_corpus(), lambda c: FigureTrackerScreen(c, subject_id="troops_deployed"))
    async with app.run_test(size=(160, 40)) as pilot:
        await _settle(pilot)
        assert isinstance(app.focused, FigureGrid)
        shown = {binding.description for _key, binding, enabled, _tip in app.screen.active_bindings.values() if binding.show}
        assert {"Open", "Select"} <= shown

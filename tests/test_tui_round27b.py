"""The search screen says what a name in another script was read as, as the CLI's search does."""

from __future__ import annotations

from textual.widgets import Static
from tui_fixtures import running_app, settle, type_text, until

from tui.screens.search import SearchScreen


async def _searched(app, pilot, query: str) -> SearchScreen:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search screen")
    screen = app.screen
    screen.query_one("#query").focus()
    await type_text(pilot, query)
    await until(pilot, lambda: screen.shown_search is not None and screen.shown_search[0] == query, f"results for {query!r}")
    await settle(pilot)
    return screen


async def test_a_katakana_place_name_finds_the_latin_passages_and_the_note_says_how_it_was_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path, size=(120, 30)) as (app, pilot):
        screen = await _searched(app, pilot, "クルスク")
        status = str(screen.query_one("#search-status", Static).render())
        assert screen.query_one("#hits").display, status
        assert "hit" in status and "Read クルスク as Kursk." in status, status


async def test_a_latin_query_gets_no_reading_note(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path, size=(120, 30)) as (app, pilot):
        screen = await _searched(app, pilot, "Kursk")
        status = str(screen.query_one("#search-status", Static).render())
        assert "hit" in status and "Read" not in status, status

"""Article text is never markup: brackets show literally and no click or key runs them."""

from __future__ import annotations

from textual.widgets import Input
from tui_fixtures import (
    HOSTILE_CLAIMANT,
    HOSTILE_OUTLET,
    HOSTILE_PASSAGE,
    HOSTILE_TITLE,
    running_app,
    screen_text,
    settle,
    type_text,
    until,
)

from tui.screens.echoes import EchoPicker
from tui.screens.main import MainScreen
from tui.screens.search import SearchScreen
from tui.screens.selection import SelectionScreen
from tui.widgets.articles import ArticleList
from tui.widgets.reader import Reader


def find(text: str, needle: str) -> tuple[int, int]:
    """(column, row) of the first screen row containing ``needle``."""
    for row, line in enumerate(text.split("\n")):
        if needle in line:
            return line.index(needle), row
    raise AssertionError(f"{needle!r} is not on screen:\n{text}")


async def click_every(pilot, needle: str) -> None:  # type: ignore[no-untyped-def]
    """Click the start, middle and end of the first occurrence: a live [@click] would fire there."""
    column, row = find(screen_text(pilot.app), needle)
    for offset in sorted({0, len(needle) // 2, len(needle) - 1}):
        await pilot.click(offset=(column + offset, row))
        assert pilot.app.is_running, f"clicking {needle!r} ran something"


async def test_hostile_text_shows_literally_in_every_pane(tmp_path):
    async with running_app(tmp_path, size=(200, 60)) as (app, pilot):
        text = screen_text(app)
        assert "[@click=app.quit]Kursk [bold]losses[/bold] mount" in text  # article list
        assert "[link=https://evil.example]Evil" in text  # sources: literal, cut with "…" to keep one row
        assert "[red]South Korean" in text  # claimants in sources: literal, cut with "…" to keep one row
        assert "[i]Bloomberg[/i]" in text  # credits
        assert "\x1b" not in text
        articles = app.screen.query_one(ArticleList)
        articles.focus()
        articles.highlight_id("art-hostile")
        await pilot.press("enter")
        await settle(pilot)
        text = screen_text(app)
        assert HOSTILE_TITLE in text  # the reader's title and its border
        assert "by [b]Ann[/b]" in text
        assert "[@click=app.quit]Click me[/]" in text
        assert "\\[bold] and [/] and a literal \\n." in text
        assert "\x1b" not in text and "�[31mred" in text, "terminal escapes are neutralised, not sent"


async def test_clicking_and_entering_hostile_text_runs_nothing(tmp_path):
    async with running_app(tmp_path, size=(200, 60)) as (app, pilot):
        await click_every(pilot, "[@click=app.quit]Kursk")
        await click_every(pilot, "[link=https://evil.example]Evil")
        await pilot.press("enter")
        await settle(pilot)
        articles = app.screen.query_one(ArticleList)
        articles.focus()
        articles.highlight_id("art-hostile")
        await pilot.press("enter")
        await settle(pilot)
        await click_every(pilot, "[@click=app.quit]Click me")
        reader = app.screen.query_one(Reader)
        reader.focus()
        for _ in range(reader.option_count):
            await pilot.press("enter", "j")
            if not isinstance(app.screen, MainScreen):
                await pilot.press("escape")
        assert app.is_running
        assert isinstance(app.screen, MainScreen)


async def test_hostile_text_in_claims_tree(tmp_path):
    async with running_app(tmp_path, size=(200, 60)) as (app, pilot):
        await pilot.press("3")
        claims = app.screen.query_one("#claims")
        leaf = next(n for n in claims._leaves.values() if n.data.claimant == HOSTILE_CLAIMANT)
        assert HOSTILE_CLAIMANT in str(leaf.label)
        assert HOSTILE_OUTLET in str(leaf.label)
        claims.move_cursor(leaf)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(Reader).current_passage_id == leaf.data.passage_id
        assert app.is_running


async def test_hostile_text_in_search_results(tmp_path):
    async with running_app(tmp_path, size=(160, 50)) as (app, pilot):
        await pilot.press("slash")
        await type_text(pilot, "click me")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await until(pilot, lambda: screen.shown_query == "click me", "results")
        text = screen_text(app)
        assert "[@click=app.quit]Kursk [bold]losses[/bold] mount" in text
        assert "[@click=app.quit]Click" in text
        await click_every(pilot, "[@click=app.quit]Click")
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running
        assert app.screen.query_one(Reader).current_passage_id == "art-hostile-000"
        assert HOSTILE_PASSAGE in app.screen.query_one(Reader).get_option("art-hostile-000").prompt.plain


async def test_hostile_text_in_palette_selection_and_echo_lists(tmp_path):
    async with running_app(tmp_path, size=(160, 50)) as (app, pilot):
        await pilot.press("ctrl+p")
        await type_text(pilot, "kursk losses")
        await until(pilot, lambda: "[@click=app.quit]Kursk" in screen_text(app), "palette shows the title")
        assert "[link=https://evil.example]Evil Outlet[/link]" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen.query_one(Reader)
        assert reader.article.id == "art-hostile"

        reader.focus()
        reader.highlight_id("art-hostile-000")
        await pilot.press("space")
        reader.highlight_id("art-hostile-002")  # the Ponomarenko echo
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EchoPicker)
        await pilot.press("escape")
        await pilot.press("S")
        await pilot.pause()
        assert isinstance(app.screen, SelectionScreen)
        text = screen_text(app)
        assert HOSTILE_TITLE in text and "[@click=app.quit]Click me[/]" in text
        await click_every(pilot, "[@click=app.quit]Click me")
        assert app.is_running


async def test_hostile_query_text_is_shown_literally(tmp_path):
    async with running_app(tmp_path, size=(160, 50)) as (app, pilot):
        await pilot.press("slash")
        await type_text(pilot, "[bold]kursk")
        screen = app.screen
        await until(pilot, lambda: screen.shown_query == "[bold]kursk", "results")
        assert screen.query_one("#query", Input).value == "[bold]kursk"
        await pilot.press("down")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert "[bold]kursk" in screen_text(app), "the status line quotes the query as typed"
        assert app.is_running

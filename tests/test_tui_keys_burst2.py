"""Keys typed fast outside the search box: dialogs' path and filter boxes, Escape, and keys before "/".

A terminal hands the app a burst (fast typing, tmux send-keys, a paste without bracketed paste)
all at once: ``burst`` posts every key before the first is handled, as test_tui_keys_burst does.
"""

from __future__ import annotations

from rich.text import Text
from test_tui_keys_burst import burst
from textual.widgets import Input, OptionList, Select
from tui_fixtures import running_app, settle, type_text, until

from tui.screens.add_files import AddFilesDialog
from tui.screens.compare_picker import FuzzyPicker, PickerEntry
from tui.screens.export import ExportDialog
from tui.screens.main import MainScreen
from tui.screens.search import SearchScreen
from tui.widgets.reader import Reader
from tui.widgets.sources import SourcesPane

EDITING = ("ctrl+u", *"kursx", "backspace", "k")  # typed fast: the backspace takes the x, not the k


async def open_export(pilot) -> Input:  # type: ignore[no-untyped-def]
    app = pilot.app
    app.toggle_selected(next(iter(app.corpus.passages)))
    await pilot.press("e", "tab")  # from the formats to the path
    assert isinstance(app.screen, ExportDialog)
    field = app.screen.query_one("#export-path", Input)
    assert app.focused is field
    return field


async def open_picker(pilot, names: list[str]) -> tuple[FuzzyPicker, list[str | None]]:  # type: ignore[no-untyped-def]
    chosen: list[str | None] = []
    picker = FuzzyPicker("Pick one", [PickerEntry(name, Text(name), name) for name in names])
    pilot.app.push_screen(picker, chosen.append)
    await settle(pilot)
    assert pilot.app.screen is picker
    return picker, chosen


def sources(app) -> SourcesPane:  # type: ignore[no-untyped-def]
    return next(s for s in app.screen_stack if isinstance(s, MainScreen)).query_one(SourcesPane)


def sources_cursor(app) -> int:  # type: ignore[no-untyped-def]
    highlighted = sources(app).highlighted
    assert highlighted is not None
    return highlighted


def rows_down(app, start: int, steps: int) -> int:  # type: ignore[no-untyped-def]
    """Where ``steps`` presses of j from row ``start`` of Sources land: headings are skipped."""
    enabled = [i for i, option in enumerate(sources(app).options) if not option.disabled]
    return enabled[enabled.index(start) + steps]


# --- editing keys keep their place in every box ----------------------------------------------------


async def test_editing_keys_in_a_burst_keep_their_place_in_the_export_path(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        field = await open_export(pilot)
        await burst(pilot, *EDITING)
        assert field.value == "kursk"
        await burst(pilot, "ctrl+u", *"a.md", "home", "/", "end", "x")
        assert field.value == "/a.mdx"


async def test_editing_keys_in_a_burst_keep_their_place_in_the_add_files_path(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AddFilesDialog), "the add-files dialog")
        field = app.screen.query_one(Input)
        assert app.focused is field
        await burst(pilot, *EDITING)
        assert field.value == "kursk"


async def test_editing_keys_in_a_burst_keep_their_place_in_the_picker(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        picker, _ = await open_picker(pilot, ["Kursk front", "Kursk oblast", "Pokrovsk"])
        await burst(pilot, *EDITING[1:])
        assert picker.query_one(Input).value == "kursk"


async def test_down_typed_fast_after_the_filter_moves_in_the_filtered_list(tmp_path):
    # Guards the switch to a typed-order box: enter, now acting as it arrives, chose the first
    # match while a down left to the screen's binding was still bubbling up (passes on the old code).
    names = ["Pokrovsk", "Kursk front", "Toretsk", "Kursk oblast", "Vuhledar"]
    async with running_app(tmp_path) as (app, pilot):
        picker, chosen = await open_picker(pilot, names)
        expected = [entry.key for entry in picker.matching("kursk")]
        assert len(expected) >= 2
        await burst(pilot, *"kursk", "down", "enter")
        assert chosen == [expected[1]]


async def test_up_and_down_at_typing_speed_still_move_in_the_picker(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        picker, chosen = await open_picker(pilot, ["Alpha", "Beta", "Gamma"])
        await pilot.press("down", "down", "up")
        assert picker.query_one(OptionList).highlighted == 1
        await pilot.press("enter")
        assert chosen == ["Beta"]


# --- Escape: the keys after it reach the screen underneath ----------------------------------------


async def test_keys_typed_right_after_escape_in_search_reach_the_main_screen(tmp_path):
    # Escape used to close search only once it had bubbled up; the "j j" behind it were typed
    # into the query of the closing screen ("kurskjj") and lost.
    async with running_app(tmp_path) as (app, pilot):
        before = sources_cursor(app)
        await pilot.press("slash")
        await type_text(pilot, "kursk")
        search = app.screen
        assert isinstance(search, SearchScreen)
        await burst(pilot, "escape", "j", "j")
        assert isinstance(app.screen, MainScreen)
        assert search.query_one("#query", Input).value == "kursk"
        assert sources_cursor(app) == rows_down(app, before, 2)


def terminal_keys(typed: str) -> list:
    """The key events Textual reads from these bytes arriving in one go, as from tmux send-keys."""
    from textual._xterm_parser import XTermParser

    parser = XTermParser()
    return [*parser.feed(typed), *parser.feed("")]


async def test_letters_read_with_the_escape_before_them_reach_the_main_screen(tmp_path):
    # A terminal sends Alt+j as Escape then "j": Textual read Escape and "j j" typed fast as
    # "alt+j", "j", and the box took both letters ("kurskjj"); search stayed open.
    async with running_app(tmp_path) as (app, pilot):
        before = sources_cursor(app)
        await pilot.press("slash")
        await type_text(pilot, "kursk")
        search = app.screen
        keys = terminal_keys("\x1bjj")
        assert [key.key for key in keys] == ["alt+j", "j"], "the terminal's reading this test models"
        for key in keys:
            app.post_message(key)
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert search.query_one("#query", Input).value == "kursk"
        assert sources_cursor(app) == rows_down(app, before, 2)


async def test_escape_in_an_open_filter_list_folds_it_and_stays_in_search(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        search = app.screen
        topic = search.query_one("#topic-filter", Select)
        topic.focus()
        await pilot.press("enter")
        await settle(pilot)
        assert topic.expanded
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is search and not topic.expanded
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)


async def test_keys_typed_right_after_escape_in_a_dialog_reach_the_main_screen(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        before = sources_cursor(app)
        field = await open_export(pilot)
        path = field.value
        await burst(pilot, "escape", "j", "j")
        assert isinstance(app.screen, MainScreen)
        assert field.value == path
        assert sources_cursor(app) == rows_down(app, before, 2)

        await open_picker(pilot, ["Alpha", "Beta"])
        picker_box = app.screen.query_one(Input)
        await burst(pilot, "escape", "k")
        assert isinstance(app.screen, MainScreen) and picker_box.value == ""
        assert sources_cursor(app) == rows_down(app, before, 1)


# --- keys typed before "/" --------------------------------------------------------------------------


async def test_list_keys_typed_just_before_slash_still_move_the_list(tmp_path):
    # "/" opens search as it arrives (a priority key); the "j j" before it were still on their way
    # up, were looked up in search, and were lost.
    async with running_app(tmp_path) as (app, pilot):
        before = sources_cursor(app)
        await burst(pilot, "j", "j", "slash", *"kursk")
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#query", Input).value == "kursk"
        assert sources_cursor(app) == rows_down(app, before, 2)


async def test_a_pane_key_and_moves_before_slash_act_in_that_pane(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        main = app.screen
        reader = main.query_one(Reader)
        before = reader.highlighted
        assert before is not None
        await burst(pilot, "5", "j", "slash")
        assert isinstance(app.screen, SearchScreen)
        assert main.focused is reader and reader.highlighted == before + 1
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is reader, "back in search's caller, where the keys had left focus"


async def test_a_key_typed_in_search_just_before_escape_stays_in_search(tmp_path):
    # Guards the priority Escape (passes on the old code): search now closes as Escape arrives,
    # while a tab typed before it is still on its way up; looked up on the main screen it moved
    # to the next pane.
    async with running_app(tmp_path) as (app, pilot):
        main = app.screen
        pane = main.active_pane
        await pilot.press("slash")
        await type_text(pilot, "kursk")
        await burst(pilot, "tab", "escape")
        assert app.screen is main
        assert main.active_pane == pane


def test_a_search_debounce_firing_on_a_screen_being_torn_down_does_nothing():
    # Typing then quitting at once: the debounce timer can fire after the app has removed the screen's
    # widgets; it raised NoMatches, and the app ended with that error instead of quietly.
    from tui_fixtures import fixture_corpus

    screen = SearchScreen(fixture_corpus(), [])  # never mounted: no query box to read
    screen._search_now()
    assert screen.generation == 0 and screen.shown_search is None


def test_hits_arriving_for_a_screen_being_torn_down_are_dropped():
    # A search worker posts its hits; quitting can remove the screen's widgets before they are shown.
    # Looking up the hit list then raised NoMatches and the app ended with that error (seen in CI).
    from tui_fixtures import fixture_corpus

    from tui.screens.search import SearchFilters

    screen = SearchScreen(fixture_corpus(), [])  # never mounted: no hit list to find
    screen._show_results(SearchScreen.ResultsReady(screen.generation, "kursk", [], SearchFilters()))
    assert screen.shown_search is None


async def test_hits_of_a_search_posted_before_escape_are_not_shown_after_it(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        await type_text(pilot, "kursk")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        posted = screen.generation  # the generation a search worker would stamp its hits with
        await pilot.press("escape")
        await settle(pilot)
        shown = screen.shown_search
        screen._show_results(SearchScreen.ResultsReady(posted, "late words", [], screen._wanted()[1]))
        assert screen.shown_search == shown, "hits for a closed screen were taken as shown"

"""Keys typed fast in search: nothing the user typed is lost, and each key acts where focus is by then.

A terminal hands the app a burst (fast typing, tmux send-keys, a paste without bracketed paste) all at
once: every key is queued before the first is handled.  ``burst`` models that by posting the keys
without waiting; ``pilot.press`` with several keys models quick typing, each key handled before the next.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input
from tui_fixtures import running_app, settle, type_text, until

from tui.screens.search import HitList, SearchScreen
from tui.screens.search_widgets import TYPED_ON_WITHIN


def key_event(key: str) -> events.Key:
    """The event a terminal sends for ``key`` (a name such as "down", or one character)."""
    if key == " ":
        return events.Key("space", " ")
    if len(key) == 1:
        return events.Key(key, key)
    return events.Key(key, "\r" if key == "enter" else None)


async def burst(pilot, *keys: str) -> None:  # type: ignore[no-untyped-def]
    """All ``keys`` queued at once, as a terminal delivers a fast burst, then handled."""
    for key in keys:
        pilot.app.post_message(key_event(key))
    await settle(pilot)


async def search(pilot, query: str) -> SearchScreen:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    await type_text(pilot, query)
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    await until(pilot, lambda: screen.shown_query == query, f"results for {query!r}")
    return screen


def query_box(screen: SearchScreen) -> Input:
    return screen.query_one("#query", Input)


# --- gap 1: a space between Down and the next word ------------------------------------------------


async def test_a_space_burst_in_the_results_with_letters_carries_on_the_query(tmp_path):
    # The space used to vanish: its binding was looked up after "c" had moved focus to the query.
    async with running_app(tmp_path) as (app, pilot):
        screen = await search(pilot, "kursk")
        await pilot.press("down")
        assert isinstance(app.focused, HitList)
        await burst(pilot, *" casualties")
        assert query_box(screen).value == "kursk casualties"
        assert app.focused is query_box(screen)
        assert not app.selection, "the space was the start of a word, not a selection"
        await until(pilot, lambda: screen.shown_query == "kursk casualties", "the longer query searched")


async def test_down_then_space_and_a_word_in_one_burst_keeps_the_space(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        screen = await search(pilot, "kursk")
        await burst(pilot, "down", *" casualties")
        assert query_box(screen).value == "kursk casualties"
        assert not app.selection


async def test_space_at_typing_speed_selects_and_the_letters_after_it_carry_on(tmp_path):
    # pilot.press hands each key over only once the one before is handled (20 ms+ apart): a
    # typist's pace, slower than a burst.  The space selects; nothing typed is lost.
    async with running_app(tmp_path) as (app, pilot):
        screen = await search(pilot, "kursk")
        await pilot.press("down", "space", "t", "o", "l", "l")
        assert query_box(screen).value == "kursktoll"
        await settle(pilot)
        assert len(app.selection) == 1


async def test_space_then_a_pause_selects_and_later_letters_still_carry_on_the_query(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        screen = await search(pilot, "kursk")
        await pilot.press("down", "down")
        hits = screen.query_one(HitList)
        chosen = hits.highlighted_id
        await pilot.press("space")
        await settle(pilot)
        assert app.selection == (chosen,), "a lone space selects the highlighted hit at once"
        await pilot.pause(TYPED_ON_WITHIN + 0.1)
        await pilot.press("t", "o")
        assert query_box(screen).value == "kurskto", "nothing typed is lost"
        await settle(pilot)
        assert app.selection == (chosen,), "a letter long after the space leaves the selection alone"


async def test_a_space_burst_on_a_selected_hit_leaves_it_selected(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        screen = await search(pilot, "kursk")
        await pilot.press("down", "space")
        await settle(pilot)
        chosen = screen.query_one(HitList).highlighted_id
        assert app.selection == (chosen,)
        await pilot.pause(TYPED_ON_WITHIN + 0.1)
        await burst(pilot, *" toll")
        assert query_box(screen).value == "kursk toll"
        assert app.selection == (chosen,)


async def test_space_then_arrow_in_a_burst_selects_and_moves(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        screen = await search(pilot, "north")
        await pilot.press("down")
        hits = screen.query_one(HitList)
        first = hits.highlighted_id
        await burst(pilot, " ", "down", " ")
        assert app.selection == (first, hits.highlighted_id) and hits.highlighted == 1
        assert query_box(screen).value == "north"


# --- gap 2: focus leaves the query at once on Down and Enter --------------------------------------


async def test_keys_in_a_burst_after_down_act_in_the_results(tmp_path):
    # Focus used to move a moment late: "down down space" all reached the query box.
    async with running_app(tmp_path) as (app, pilot):
        screen = await search(pilot, "north")
        await burst(pilot, "down", "down", " ")
        hits = screen.query_one(HitList)
        assert app.focused is hits
        assert hits.highlighted == 1
        await pilot.pause(TYPED_ON_WITHIN + 0.1)
        assert app.selection == (hits.highlighted_id,)
        assert query_box(screen).value == "north"


async def test_keys_in_a_burst_after_enter_act_in_the_results(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        screen = await search(pilot, "north")
        await burst(pilot, "enter", "down", "down")
        hits = screen.query_one(HitList)
        assert app.focused is hits
        assert hits.highlighted == 2
        assert query_box(screen).value == "north"


async def test_enter_typed_before_the_results_arrive_still_lands_in_them(tmp_path):
    # Typing the query and Enter in one go: the search has not even started (debounce) when
    # Enter comes; the results must take focus at once, and arrows after it move in them.
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await burst(pilot, *"north", "enter", "down")
        hits = screen.query_one(HitList)
        assert app.focused is hits
        await until(pilot, lambda: screen.shown_query == "north", "results")
        assert hits.option_count > 2
        assert hits.highlighted == 1, "the down typed after enter moved in the new results"


async def test_down_from_an_emptied_query_reaches_recent_searches_at_once(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        for query in ("kursk", "north"):  # a search is remembered once one of its hits is opened
            await search(pilot, query)
            await pilot.press("enter", "enter")
            await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        # Emptied and left in one burst, inside the debounce: the recent searches are there at once.
        await burst(pilot, "ctrl+u", "down", "down", "enter")
        assert query_box(screen).value == "kursk", "the second recent search ran again"
        assert app.focused is query_box(screen)
        await until(pilot, lambda: screen.shown_query == "kursk", "its results")


async def test_up_from_the_first_hit_in_a_burst_types_on_after_the_query(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        screen = await search(pilot, "kursk")
        await pilot.press("down")
        await burst(pilot, "up", *" toll")
        assert query_box(screen).value == "kursk toll"
        assert app.focused is query_box(screen)
        assert not app.selection


# --- found on the keyboard pass: editing keys, "/" and pane keys in a burst -------------------------


async def test_editing_keys_in_a_burst_keep_their_place_among_the_letters(tmp_path):
    # The box's own bindings (backspace, ctrl+u, arrows) were looked up after the letters behind
    # them had been typed: "kursx", backspace, "k" gave "kursx", and ctrl+u wiped what followed it.
    async with running_app(tmp_path) as (app, pilot):
        screen = await search(pilot, "north")
        await burst(pilot, "ctrl+u", *"kursx", "backspace", "k")
        assert query_box(screen).value == "kursk"
        await burst(pilot, "ctrl+u", *"nampo", "left", "left", "X", "end", "Y")
        assert query_box(screen).value == "namXpoY"


async def test_words_typed_right_after_slash_reach_the_query(tmp_path):
    # "/" opened search only once its key had bubbled up; the letters behind it found no box.
    async with running_app(tmp_path) as (app, pilot):
        await burst(pilot, "slash", *"kursk", "enter", "enter")
        assert not isinstance(app.screen, SearchScreen), "the first hit for kursk was opened"
        assert app.screen.last_query == "kursk"


async def test_keys_after_a_pane_key_in_a_burst_act_in_that_pane(tmp_path):
    # focus() waits behind the queued keys: "5 j j" moved the Sources cursor, not the reader's.
    from tui.widgets.reader import Reader
    from tui.widgets.sources import SourcesPane

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("1")
        await settle(pilot)
        sources = app.screen.query_one(SourcesPane)
        reader = app.screen.query_one(Reader)
        before_sources, before_reader = sources.highlighted, reader.highlighted
        await burst(pilot, "5", "j", "j")
        assert app.focused is reader
        assert sources.highlighted == before_sources
        assert reader.highlighted is not None and before_reader is not None and reader.highlighted > before_reader

"""A third read of the app as an analyst uses it: typing in search results, and what review found."""

from __future__ import annotations

import pytest
from textual import events
from textual.widgets import Input
from tui_fixtures import HOSTILE_OUTLET, running_app, screen_text, settle, type_text, until

from tui.screens.search import HitList, RecentList, SearchScreen


async def open_results(pilot, query: str) -> SearchScreen:  # type: ignore[no-untyped-def]
    """Search for ``query`` and move into its results, cursor on the second hit."""
    await pilot.press("slash")
    await type_text(pilot, query)
    screen = pilot.app.screen
    assert isinstance(screen, SearchScreen)
    await until(pilot, lambda: screen.shown_query == query, f"results for {query!r}")
    await pilot.press("down", "down")
    await pilot.pause()
    assert isinstance(pilot.app.focused, HitList)
    assert screen.query_one(HitList).highlighted == 1
    return screen


# --- typing in the search results ---------------------------------------------------------------


async def test_letters_bound_in_lists_carry_on_the_query_from_the_results(tmp_path):
    # j, k, g, G (list keys) and n, N (once "next hit") used to move the cursor: "kursk" lost its k's.
    async with running_app(tmp_path) as (app, pilot):
        screen = await open_results(pilot, "north")
        await type_text(pilot, "kjgGnN kursk")
        query = screen.query_one("#query", Input)
        assert query.value == "northkjgGnN kursk"
        assert app.focused is query, "typing moved the user into the query box"
        await until(pilot, lambda: screen.shown_query == "northkjgGnN kursk", "the longer query searched")


async def test_a_word_typed_in_the_results_is_added_after_the_query_not_over_it(tmp_path):
    # The query box selects its text when it gains focus; the second letter then replaced it all.
    async with running_app(tmp_path) as (app, pilot):
        screen = await open_results(pilot, "kursk")
        await type_text(pilot, "nampo")
        assert screen.query_one("#query", Input).value == "kursknampo"


async def test_keys_already_sent_when_focus_moves_reach_the_query_in_order(tmp_path):
    # A terminal delivers a fast burst (or tmux send-keys) before the first letter's focus change
    # is processed; the keys in flight used to act on the list (space selected a passage).
    async with running_app(tmp_path) as (app, pilot):
        screen = await open_results(pilot, "kurs")
        hits = screen.query_one(HitList)
        for character in "k nampo":
            hits.post_message(events.Key("space" if character == " " else character, character))
        await settle(pilot)
        assert screen.query_one("#query", Input).value == "kursk nampo"
        assert not app.selection, "the space was part of the words, not a selection"


async def test_space_still_selects_and_arrows_still_move_in_the_results(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        screen = await open_results(pilot, "korean")
        hits = screen.query_one(HitList)
        assert hits.option_count > 3
        await pilot.press("down")
        assert hits.highlighted == 2
        await pilot.press("space")
        await settle(pilot)
        assert app.selection == (hits.highlighted_id,)
        await pilot.press("end")
        assert hits.highlighted == hits.option_count - 1
        await pilot.press("home")
        assert hits.highlighted == 0
        assert screen.query_one("#query", Input).value == "korean", "no key above typed anything"


async def test_up_on_the_first_hit_goes_back_to_the_query_with_the_cursor_after_it(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        screen = await open_results(pilot, "kursk")
        await pilot.press("up", "up")
        await pilot.pause()
        query = screen.query_one("#query", Input)
        assert app.focused is query
        await type_text(pilot, " troops")
        assert query.value == "kursk troops"


async def test_letters_typed_in_the_recent_searches_start_the_query(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        await type_text(pilot, "kursk")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await until(pilot, lambda: screen.shown_query == "kursk", "results")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        await pilot.press("ctrl+u")  # empty box: the recent searches show
        await until(pilot, lambda: screen.query_one("#search-results").current == "recent", "recent searches")
        await pilot.press("down")
        await pilot.pause()
        assert isinstance(app.focused, RecentList)
        await type_text(pilot, "gk")
        assert screen.query_one("#query", Input).value == "gk"


async def test_pasting_into_the_results_adds_to_the_query(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        screen = await open_results(pilot, "kursk")
        screen.query_one(HitList).post_message(events.Paste(" north\nkorean"))
        await settle(pilot)
        assert screen.query_one("#query", Input).value == "kursk north korean"


async def test_help_and_status_describe_the_search_keys_as_they_now_are(tmp_path):
    from tui.screens.help import HelpScreen

    async with running_app(tmp_path) as (app, pilot):
        screen = await open_results(pilot, "kursk")
        status = str(screen.query_one("#search-status").render())
        assert "n/N" not in status and "↓↑ move" in status
        bar = " ".join(f"{hint.key} {hint.description}" for hint in screen.query_one("KeyBar").hints)
        assert "Next hit" not in bar and "Open" in bar and "Select" in bar
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        notes = [str(note.render()) for note in app.screen.query(".help-note")]
        assert any("Letters and digits typed here carry on the query" in note for note in notes)


# --- 80 columns: nothing that matters runs off the edge --------------------------------------------


def last_line(app) -> str:  # type: ignore[no-untyped-def]
    return screen_text(app).split("\n")[-1]


async def test_key_bar_drops_hints_that_do_not_fit_but_keeps_help_and_the_palette(tmp_path):
    from tui.widgets.keybar import KeyBar

    async with running_app(tmp_path, size=(80, 24)) as (app, pilot):
        await pilot.press("5")  # the reader offers the most keys
        await settle(pilot)
        bar = app.screen.query_one(KeyBar)
        assert sum(len(f" {h.key} {h.description} ") for h in bar.hints) > 80, "the reader's keys overflow 80 columns"
        shown = last_line(app)
        assert len(shown) <= 80
        assert shown.rstrip().endswith("? Help  ^p Commands")
        assert "Select" in shown, "the focused pane's own keys stay"
        clicked_help = bar._spans[-2]
        assert clicked_help[2].description == "Help", "clicks still land on the hint drawn there"
    async with running_app(tmp_path, size=(160, 40)) as (app, pilot):
        await pilot.press("5")
        await settle(pilot)
        assert "q Quit" in last_line(app), "with room, every hint is shown"


@pytest.mark.parametrize("opening", ["compare", "figures"])
async def test_comparison_and_tracker_key_bars_fit_80_columns(tmp_path, opening):
    from tui.screens.compare import CompareScreen
    from tui.screens.figures import FigureTrackerScreen

    async with running_app(tmp_path, size=(80, 24)) as (app, pilot):
        if opening == "figures":
            await pilot.press("3", "f")
            await until(pilot, lambda: isinstance(app.screen, FigureTrackerScreen), "the tracker")
        else:
            app.push_screen(CompareScreen(app.corpus, "art-reuters", right_id="art-hostile"))
            await until(pilot, lambda: isinstance(app.screen, CompareScreen), "the comparison")
        await settle(pilot)
        shown = last_line(app)
        assert "esc Back" in shown and shown.rstrip().endswith("^p Commands"), shown


async def test_comparison_counts_wrap_at_80_columns_instead_of_losing_the_active_side(tmp_path):
    from tui.screens.compare import CompareScreen

    async with running_app(tmp_path, size=(80, 24)) as (app, pilot):
        app.push_screen(CompareScreen(app.corpus, "art-reuters", right_id=HOSTILE_OUTLET))
        await until(pilot, lambda: isinstance(app.screen, CompareScreen), "the comparison")
        await settle(pilot)
        text = " ".join(screen_text(app).split())
        assert "space selects on the LEFT side (h/l)" in text


async def test_status_bar_keeps_the_search_position_at_80_columns(tmp_path):
    from tui.widgets.status import StatusBar

    async with running_app(tmp_path, size=(80, 24)) as (app, pilot):
        await pilot.press("5", "space")  # one passage selected: its key reminder is the long part
        await pilot.press("slash")
        await type_text(pilot, "language barrier")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await until(pilot, lambda: screen.shown_query == "language barrier", "results")
        await pilot.press("enter", "enter")
        await settle(pilot)
        status = app.screen.query_one(StatusBar)
        assert status.search_note.startswith("hit 1/")
        drawn = str(status.render())
        assert status.search_note in drawn and "1 passage selected" in drawn
        assert len(drawn) <= status.size.width
    (tmp_path / "wide").mkdir()  # a fresh state: the selection above is remembered
    async with running_app(tmp_path / "wide", size=(160, 40)) as (app, pilot):
        await pilot.press("5", "space")
        await settle(pilot)
        assert "(e export · y copy · S list)" in str(app.screen.query_one(StatusBar).render()), "with room, the reminder shows"


async def test_search_status_keeps_the_count_when_the_key_reminder_does_not_fit(tmp_path):
    async with running_app(tmp_path, size=(44, 24)) as (app, pilot):
        await pilot.press("slash")
        await type_text(pilot, "korean")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await until(pilot, lambda: screen.shown_query == "korean", "results")
        status = str(screen.query_one("#search-status").render())
        assert status.endswith("hits") and "↓↑" not in status


# --- the palette ---------------------------------------------------------------------------------


async def test_palette_open_article_as_the_help_names_it_lists_the_articles(tmp_path):
    # Typing the command's own name found nothing: "article" was matched against the titles.
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "open article")
        await until(pilot, lambda: "Open article: North Korean troops suffer" in screen_text(app), "article hits")
        await type_text(pilot, " pentagn")  # and then the title words narrow them
        await until(pilot, lambda: "Open article: North Korean troops suffer" not in screen_text(app), "narrowed hits")
        await pilot.press("enter")
        await settle(pilot)
        from tui.widgets.reader import Reader

        assert app.screen.query_one(Reader).article.id == "art-unknown"


async def test_also_in_picker_says_how_to_follow_the_passage(tmp_path):
    # Its key bar showed only "esc Back": the list's enter is a key the bar does not show.
    from tui.screens.echoes import EchoPicker
    from tui.widgets.reader import Reader

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("5", "G", "enter")  # the reader's last passage is repeated elsewhere
        await until(pilot, lambda: isinstance(app.screen, EchoPicker), "the picker")
        assert "(enter opens it there)" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen.query_one(Reader).article.id != "art-reuters"


async def test_claimant_filter_prompt_says_how_many_it_offers_within_its_width(tmp_path, monkeypatch):
    # "Any claimant (the 300 most cited of 1,234)" was cut before the total at 120 columns.
    import tui.screens.search as search_module

    monkeypatch.setattr(search_module, "CLAIMANT_CHOICES", 1)
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        await settle(pilot)
        total = len(app.corpus.claimant_summaries)
        assert total > 1
        assert f"Any claimant (top 1 of {total:,})" in screen_text(app)

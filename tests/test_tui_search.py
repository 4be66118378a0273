"""Pilot tests of search: as-you-type with typos, opening hits, n/N, filters, recent searches."""

from __future__ import annotations

import json

from textual.widgets import Input, Select
from tui_fixtures import lit_words, make_app, running_app, settle, type_text, until

from tui.screens.main import MainScreen
from tui.screens.search import HITS_PAGE, HitList, RecentList, SearchScreen
from tui.widgets.lists import MORE_ID
from tui.widgets.reader import Reader
from tui.widgets.status import StatusBar


def search_screen(app) -> SearchScreen:  # type: ignore[no-untyped-def]
    assert isinstance(app.screen, SearchScreen), app.screen
    return app.screen


async def search_for(pilot, text: str) -> SearchScreen:  # type: ignore[no-untyped-def]
    await type_text(pilot, text)
    screen = search_screen(pilot.app)
    await until(pilot, lambda: screen.shown_query == text.strip(), f"results for {text!r}")
    return screen


def hit_ids(screen: SearchScreen) -> list[str | None]:
    hits = screen.query_one(HitList)
    return [hits.get_option_at_index(i).id for i in range(hits.option_count)]


def passage_ids(screen: SearchScreen) -> list[str | None]:
    """The passages listed, without the "more" row that pages on."""
    return [option_id for option_id in hit_ids(screen) if option_id != MORE_ID]


async def test_slash_opens_search_and_typos_still_find_kursk_casualties(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        screen = await search_for(pilot, "kursk casualtis")
        assert isinstance(app.focused, Input), "typing stays in the box"
        ids = hit_ids(screen)
        assert ids, "a typo must still find passages"
        texts = [app.corpus.passage(pid).text.lower() for pid in ids]
        assert any("kursk" in t or "casualt" in t for t in texts)
        # Matched words are lit up from the hit's spans, on the passage text itself.
        lit = [w.lower() for w in lit_words(screen.query_one(HitList).get_option_at_index(0).prompt)]
        assert lit and all(w.startswith(("kursk", "casualt")) for w in lit), lit


async def test_ctrl_f_opens_search_too_and_escape_returns(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("ctrl+f")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_results_update_as_you_type_and_never_show_a_stale_query(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        screen = await search_for(pilot, "pentagon")
        assert {app.corpus.passage(p).article_id for p in hit_ids(screen)} == {"art-unknown"}
        await pilot.press(*["backspace"] * len("pentagon"))
        screen = await search_for(pilot, "interpreters")
        assert {app.corpus.passage(p).article_id for p in hit_ids(screen)} == {"art-insider"}
        # Clearing the box goes back to the recent searches.
        await pilot.press(*["backspace"] * len("interpreters"))
        await until(pilot, lambda: screen.shown_query == "", "cleared results")


async def test_stale_results_are_dropped(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        screen = await search_for(pilot, "pentagon")
        before = hit_ids(screen)
        screen.post_message(SearchScreen.ResultsReady(screen.generation - 1, "old query", []))
        await pilot.pause()
        assert screen.shown_query == "pentagon" and hit_ids(screen) == before


async def test_accents_do_not_matter(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        screen = await search_for(pilot, "Sungri")
        assert "art-unknown-001" in hit_ids(screen)


async def test_enter_opens_the_hit_and_n_N_walk_the_hits_in_the_reader(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        screen = await search_for(pilot, "langauge barrier")
        ids = hit_ids(screen)
        assert len(ids) >= 3
        await pilot.press("down")
        await pilot.pause()
        assert isinstance(app.focused, HitList)
        await pilot.press("down")
        assert app.focused.highlighted == 1, "down moves to the next hit in the list (letters type on)"
        await pilot.press("up", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        reader = app.screen.query_one(Reader)
        assert app.focused is reader
        assert reader.current_passage_id == ids[0]
        assert lit_words(reader.get_option(ids[0]).prompt), "the matched words stay lit in the reader"
        await pilot.press("n")
        assert reader.current_passage_id == ids[1]
        assert "hit 2/" in app.screen.query_one(StatusBar).search_note
        await pilot.press("N", "N")
        assert reader.current_passage_id == ids[-1], "N wraps around"


async def test_filters_combine_with_the_text(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        screen = await search_for(pilot, "north korean")
        everything = set(passage_ids(screen))
        assert len({app.corpus.passage(p).article_id for p in everything}) > 1
        screen.query_one("#outlet-filter", Select).value = "Reuters"
        await until(pilot, lambda: set(passage_ids(screen)) < everything, "outlet filter")
        assert {app.corpus.passage(p).article_id for p in passage_ids(screen)} == {"art-reuters"}
        screen.query_one("#topic-filter", Select).value = "casualties"
        await until(
            pilot,
            lambda: all(any(t.topic == "casualties" for t in app.corpus.passage(p).topics) for p in passage_ids(screen)),
            "topic filter",
        )
        assert passage_ids(screen)
        await pilot.press("ctrl+l")
        await until(pilot, lambda: set(passage_ids(screen)) == everything, "filters cleared")
        screen.query_one("#claimant-filter", Select).value = "the Pentagon"
        await until(pilot, lambda: {app.corpus.passage(p).article_id for p in passage_ids(screen)} == {"art-unknown"}, "claimant filter")


async def test_recent_searches_are_remembered_and_rerun(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        await search_for(pilot, "pentagon")
        await pilot.press("down", "enter")
        await settle(pilot)
        await pilot.press("q")
    saved = json.loads((tmp_path / "state.json").read_text())
    assert saved["recent_searches"][0] == "pentagon"

    again = make_app(tmp_path)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        screen = search_screen(again)
        field = screen.query_one("#query", Input)
        assert field.value == "pentagon", "the last query is offered again"
        await pilot.press("backspace")  # the old query opens selected: one key clears it
        assert field.value == ""
        await until(pilot, lambda: screen.shown_query == "", "cleared")
        recent = screen.query_one(RecentList)
        assert recent.option_count == 1 and "pentagon" in str(recent.get_option_at_index(0).prompt)
        recent.focus()
        await pilot.press("enter")
        await until(pilot, lambda: screen.shown_query == "pentagon", "rerun")


async def test_a_failing_search_is_a_notification_not_a_crash(tmp_path, monkeypatch):
    app = make_app(tmp_path)

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("index exploded")

    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        monkeypatch.setattr(app.corpus, "search", broken)
        await pilot.press("slash")
        await type_text(pilot, "kursk")
        await until(pilot, lambda: any("index exploded" in n.message for n in app._notifications), "notice")
        assert app.is_running and isinstance(app.screen, SearchScreen)


async def test_moving_past_the_last_hit_shown_brings_in_the_next_page(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        screen = await search_for(pilot, "korean troops")
        hits = screen.query_one(HitList)
        all_ids = [hit.passage_id for hit in hits.hits]
        assert len(all_ids) > HITS_PAGE, "the query must find more hits than one page"
        assert hit_ids(screen) == [*all_ids[:HITS_PAGE], MORE_ID]
        await pilot.press("down")
        await pilot.press(*["down"] * HITS_PAGE)  # from the first hit onto the "more" row
        await until(pilot, lambda: hits.highlighted_id not in (None, MORE_ID), "the next page")
        shown = [pid for pid in hit_ids(screen) if pid != MORE_ID]
        assert shown == all_ids[: 2 * HITS_PAGE], "nothing skipped, nothing repeated"
        assert hits.highlighted_id == all_ids[HITS_PAGE], "the cursor lands on the first new hit"


async def test_search_opened_again_is_the_same_screen_started_over(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        first = await search_for(pilot, "korean troops")
        outlet = first.query_one("#outlet-filter", Select)
        chosen = first.query_one(HitList).hits[0].outlet
        outlet.value = chosen
        await settle(pilot)
        first.query_one(HitList).focus()
        await pilot.press("enter")  # open the first hit: the search is remembered
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        await pilot.press("slash")
        await settle(pilot)
        again = search_screen(app)
        assert again is first, "the screen is kept, not built again"
        assert again.query_one("#query", Input).value == "korean troops", "the last query comes back"
        assert outlet.value == chosen, "the last search's filters come back with it (ctrl+l clears them)"
        assert isinstance(app.focused, Input)
        await until(pilot, lambda: again.shown_query == "korean troops", "the last query's results")
        recent = again.query_one(RecentList)
        assert "korean troops" in str(recent.get_option_at_index(0).prompt)
        await type_text(pilot, "soldiers")
        await until(pilot, lambda: again.shown_query == "soldiers", "the last query is selected: typing replaces it")

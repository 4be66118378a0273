"""Round 26b of the TUI: the search screen says what the CLI says of a query of common words only and of a
typo inside quotes; search filters outlive a restart (a gone outlet or claimant is dropped with a note); the
reanalyse dialog stops offering Enter once it is done."""

from __future__ import annotations

import json

from textual.widgets import Static
from tui_fixtures import running_app, type_text, until

from store.state import UserState, load_user_state, save_user_state
from tui.screens.reanalyse import ReanalyseDialog
from tui.screens.search import HitList, SearchScreen


async def _search_note(tmp_path, typed: str) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search")
        await type_text(pilot, typed)
        search = app.screen
        status = search.query_one("#search-status", Static)
        await until(pilot, lambda: search.shown_query == typed or "matches" in str(status.render())
                    or "common" in str(status.render()), "the search to answer")
        await until(pilot, lambda: str(status.render()).strip() not in ("", "Type to search."), "a note")
        return str(status.render()), search.query_one(HitList).option_count


async def test_a_query_of_common_words_only_is_refused_as_the_cli_does(tmp_path) -> None:  # type: ignore[no-untyped-def]
    note, hits = await _search_note(tmp_path, "what of the and")
    assert "common words" in note, note
    assert hits == 0  # not searched: no list of nearly every passage in noise order


async def test_a_typo_inside_quotes_gets_a_did_you_mean(tmp_path) -> None:  # type: ignore[no-untyped-def]
    note, _ = await _search_note(tmp_path, '"kursk regoin"')
    assert 'did you mean "kursk region"' in note, note


async def test_search_filters_are_kept_across_restarts_and_a_gone_one_dropped_with_a_note(tmp_path) -> None:  # type: ignore[no-untyped-def]
    state_path = tmp_path / "state.json"
    save_user_state(UserState(last_query="troops", last_filters={"outlet": "Reuters", "claimant": "Nobody Now"}), state_path)
    assert load_user_state(state_path).last_filters == {"outlet": "Reuters", "claimant": "Nobody Now"}
    async with running_app(tmp_path, state_path=state_path) as (app, pilot):
        await until(pilot, lambda: app.last_search_filters != (None, None, None), "the filters to come back")
        assert app.last_search_filters == (None, "Reuters", None)
        assert any("Nobody Now" in n.message for n in app._notifications)
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search")
        assert app.screen.query_one("#outlet-filter").value == "Reuters"
    # a hand-edited file with odd values keeps only text filters of the known kinds
    state_path.write_text(json.dumps({"last_filters": {"outlet": 3, "topic": "", "colour": "red", "claimant": "Kim"}}))
    assert load_user_state(state_path).last_filters == {"claimant": "Kim"}


def test_the_reanalyse_dialog_offers_enter_only_before_it_has_run() -> None:
    dialog = ReanalyseDialog(3, current=False)
    assert dialog.check_action("start", ()) is True
    dialog.changed = True  # the claims were redone
    assert not dialog.check_action("start", ())
    assert dialog.check_action("close", ())

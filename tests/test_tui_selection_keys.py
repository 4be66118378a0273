"""On the selection screen, Export and Copy are greyed out in the footer while nothing is selected, and
come back as soon as a passage is; elsewhere the hidden e key still says why nothing happened."""

from __future__ import annotations

from tui_fixtures import running_app, settle, until

from tui.screens.selection import SelectionScreen


def _enabled(app, key: str) -> bool:
    return app.screen.active_bindings[key].enabled


async def test_export_and_copy_dim_on_an_empty_selection_screen_and_return_with_a_passage(tmp_path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("S")
        await until(pilot, lambda: isinstance(app.screen, SelectionScreen), "the selection list")
        await settle(pilot)
        assert not _enabled(app, "e") and not _enabled(app, "y")
        passage = next(iter(app.corpus.articles.values())).passages[0].id
        app.selection = (passage,)
        await settle(pilot)
        assert _enabled(app, "e") and _enabled(app, "y")


async def test_the_hidden_export_key_elsewhere_still_says_nothing_is_selected(tmp_path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("e")
        await settle(pilot)
        assert any("Nothing selected yet" in str(n.message) for n in app._notifications), list(app._notifications)

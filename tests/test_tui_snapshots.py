"""SVG snapshots of the main screens (pytest-textual-snapshot); update with --snapshot-update."""

from __future__ import annotations

from pathlib import Path

from tui_fixtures import make_app, no_blink, settle, type_text, until

from tui.screens.search import SearchScreen

# Shown in the export dialog: a fixed folder keeps the snapshot stable (nothing is written there).
EXPORT_DIR = Path("/home/analyst/Documents")


def app_for(tmp_path):  # type: ignore[no-untyped-def]
    return make_app(tmp_path, export_dir=EXPORT_DIR)


async def ready(pilot) -> None:  # type: ignore[no-untyped-def]
    await settle(pilot)
    no_blink(pilot.app)


def test_snapshot_main_view(snap_compare, tmp_path):
    assert snap_compare(app_for(tmp_path), terminal_size=(120, 40), run_before=ready)


def test_snapshot_main_view_narrow(snap_compare, tmp_path):
    assert snap_compare(app_for(tmp_path), terminal_size=(80, 24), run_before=ready)


def test_snapshot_main_view_wide(snap_compare, tmp_path):
    assert snap_compare(app_for(tmp_path), terminal_size=(200, 60), run_before=ready)


def test_snapshot_search(snap_compare, tmp_path):
    async def search(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("slash")
        await type_text(pilot, "kursk casualtis")
        screen = pilot.app.screen
        assert isinstance(screen, SearchScreen)
        await until(pilot, lambda: screen.shown_query == "kursk casualtis", "results")
        no_blink(pilot.app)

    assert snap_compare(app_for(tmp_path), terminal_size=(120, 40), run_before=search)


def test_snapshot_claims_pane(snap_compare, tmp_path):
    async def claims(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("3", "j", "j")

    assert snap_compare(app_for(tmp_path), terminal_size=(120, 40), run_before=claims)


def test_snapshot_reader_with_selection(snap_compare, tmp_path):
    async def reader(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("5", "j", "j", "j", "j", "space", "j", "j", "space")

    assert snap_compare(app_for(tmp_path), terminal_size=(120, 40), run_before=reader)


def test_snapshot_export_dialog(snap_compare, tmp_path):
    async def export(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("5", "j", "j", "j", "j", "space", "e")
        await pilot.pause()
        no_blink(pilot.app)

    assert snap_compare(app_for(tmp_path), terminal_size=(120, 40), run_before=export)


def test_snapshot_help(snap_compare, tmp_path):
    async def help_screen(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("question_mark")

    assert snap_compare(app_for(tmp_path), terminal_size=(120, 40), run_before=help_screen)


def test_snapshot_selection_list(snap_compare, tmp_path):
    async def selection(pilot) -> None:  # type: ignore[no-untyped-def]
        await ready(pilot)
        await pilot.press("5", "j", "j", "j", "j", "space", "j", "j", "space", "S")

    assert snap_compare(app_for(tmp_path), terminal_size=(120, 40), run_before=selection)

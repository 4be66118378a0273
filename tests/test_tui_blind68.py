"""A demanding analyst's blind walk on foreign and odd articles (helper 68): what it found, pinned down.

- The remove-source dialog (D) could not be stopped once Remove was pressed: Escape only said
  "still removing".  It now stops the removal as Escape stops an add: at the removal's next step
  while nothing is written, saying "nothing was changed" only once the database file is seen to be
  the same; the preview stays in view and Remove can be pressed again.
- The figure tracker cropped its Figure and Interval columns without a mark: the Pentagon's
  "11,000–12,000" troops read "11,000–12,00", and shells "100,000–1.5 million" read "100,000–1.5".
- The comparison's side heading was cropped by its height: an article whose title wrapped to four
  lines lost its outlet and date, so the analyst could not tell which outlet said what.
"""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Button, DataTable, Static
from tui_fixtures import screen_text, settle, until

from store.ingest import ingest_paths
from store.storage import acquire_writer_lock
from tui.app import build_app
from tui.screens.compare import CompareScreen
from tui.screens.figures import FigureTrackerScreen
from tui.screens.main import MainScreen
from tui.screens.remove_source import RemoveSourceDialog

RANGES = """\
Pentagon puts North Korean deployment at up to 12,000

Kyiv Ledger
4 February 2025

The Pentagon said between 11,000 and 12,000 North Korean troops had been deployed to Russia.

Ukraine's intelligence said between 100,000 and 1,500,000 artillery shells had been sent by Pyongyang.
"""
OTHER = """\
Seoul says more troops went north

Han River Daily
5 February 2025

South Korea's National Intelligence Service said about 3,000 more North Korean soldiers had been sent to Russia.
"""


LONG_TITLE = """\
North Korean troops sent to the Kursk region of Russia number more than anyone in Seoul, Kyiv, Washington or Brussels had expected, intelligence officials and independent analysts now say

Kyiv Ledger
6 February 2025

South Korea's National Intelligence Service said about 11,000 North Korean soldiers had been sent to Russia.
"""


def _database(tmp_path: Path) -> Path:
    sources = tmp_path / "in"
    sources.mkdir()
    (sources / "ranges.txt").write_text(RANGES, encoding="utf-8")
    (sources / "other.txt").write_text(OTHER, encoding="utf-8")
    (sources / "long.txt").write_text(LONG_TITLE, encoding="utf-8")
    db = tmp_path / "db" / "articles.json"
    ingest_paths(sorted(sources.iterdir()), db)
    return db


def _stamp(path: Path) -> tuple[int, int, int]:
    stat = os.stat(path)
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


async def test_escape_stops_a_removal_that_has_not_written_and_says_nothing_changed(tmp_path: Path) -> None:
    db = _database(tmp_path)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_ready, "first screen", attempts=500)
        before_articles = len(app.corpus.articles)
        article = next(a for a in app.corpus.articles.values() if a.source_file == "ranges.txt")
        app.open_article(article.id)
        await settle(pilot)
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, RemoveSourceDialog) and app.screen.previewed, "the preview")
        dialog = app.screen
        before = _stamp(db)
        # Another writer holds the database: the removal waits for it, so Escape surely comes before it writes.
        lock = acquire_writer_lock(db)
        try:
            dialog.query_one("#remove", Button).press()
            for _ in range(5):
                await pilot.pause(0.02)
            assert dialog.removing
            await pilot.press("escape")
            await pilot.pause(0.05)
            assert app.screen is dialog, "Escape while removing stops the removal, it does not close the dialog yet"
        finally:
            lock.release()
        await until(pilot, lambda: not dialog.removing, "the removal to stop", attempts=500)
        question = str(dialog.query_one("#remove-question", Static).render())
        assert "nothing was changed" in question
        assert "ranges.txt" in question, "the preview stays in view: Remove can be pressed again"
        assert _stamp(db) == before
        assert not dialog.query_one("#remove", Button).disabled
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, MainScreen), "the main screen")
        assert len(app.corpus.articles) == before_articles
        assert not any("Removed" in str(n.message) for n in app._notifications)


async def test_figure_tracker_never_crops_a_figure_into_another_number(tmp_path: Path) -> None:
    db = _database(tmp_path)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_ready, "first screen", attempts=500)
        for subject, figure, interval in (
            ("troops_deployed", "11,000–12,000", "11,000 – 12,000"),
            ("munitions_supplied", "0.1–1.5 million", "0.1 – 1.5 million"),  # both ends in one style
        ):
            screen = FigureTrackerScreen(app.corpus, subject_id=subject)
            app.push_screen(screen)
            await until(pilot, lambda screen=screen: screen.table is not None, "the table")
            await settle(pilot)
            grid = screen.query_one(DataTable)
            assert any(str(grid.get_row(key)[4]).startswith(figure) for key in grid.rows), [str(grid.get_row(k)[4]) for k in grid.rows]
            shown = screen_text(app)
            assert figure in shown and interval in shown, shown
            app.pop_screen()
            await settle(pilot)


async def test_a_long_title_in_the_comparison_heading_leaves_its_outlet_and_date_in_view(tmp_path: Path) -> None:
    db = _database(tmp_path)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await until(pilot, lambda: app.is_ready, "first screen", attempts=500)
        by_file = {a.source_file: a for a in app.corpus.articles.values()}
        long, other = by_file["long.txt"], by_file["other.txt"]
        app.push_screen(CompareScreen(app.corpus, long.id, right_id=other.id))
        await until(pilot, lambda: isinstance(app.screen, CompareScreen), "the comparison")
        await settle(pilot)
        heading = screen_text(app).splitlines()[:4]
        left = "\n".join(line[:39] for line in heading)
        assert "2025-02-06" in left, heading  # the outlet and date line is the last, and it is in view
        assert "Kyiv Ledger" in left, heading
        assert "…" in left, "the title is clipped where it must be, and says so"
        assert "North Korean troops sent" in left
        await pilot.press("x")  # the long title moves to the right, drawn in the other style
        await settle(pilot)
        right = "\n".join(line[40:] for line in screen_text(app).splitlines()[:4])
        assert "2025-02-06" in right and "…" in right, right
        await pilot.resize_terminal(200, 50)
        await settle(pilot)
        assert "2025-02-06" in screen_text(app)


def test_a_clipped_heading_draws_at_every_width_and_keeps_its_last_line() -> None:
    from rich.console import Console
    from rich.text import Text

    from tui.screens.compare_rows import HEADING_LINES, ClippedHeading

    text = Text(" LEFT ", style="bold reverse")
    text.append(" By [red]Jane[/red] Doe-Parkinson-Wolfeschlegelsteinhausenbergerdorff of the Extremely Long "
                "Outlet Name International Broadcasting Corporation Worldwide Service", style="bold")
    title_end = len(text)
    text.append("\nUnknown outlet · 2025-03-12", style="dim")
    for width in range(4, 121):
        console = Console(width=width, record=True, color_system=None)
        console.print(ClippedHeading(text, title_end))
        lines = console.export_text().rstrip("\n").split("\n")
        if width >= len("Unknown outlet · 2025-03-12"):
            assert lines[-1].rstrip() == "Unknown outlet · 2025-03-12", (width, lines)
            assert len(lines) <= HEADING_LINES, (width, lines)
            assert lines[-2].rstrip().endswith(("…", "Service")), (width, lines)

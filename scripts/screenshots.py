"""Regenerate the SVG screenshots in screenshots/ by driving the app with Pilot.

    python scripts/screenshots.py [--out screenshots] [--db PATH] [--size 120x40]

Without --db the bundled seeds are built into a temporary database, so the
pictures always show the real articles.  Saved state and exports go to a
temporary folder: your own place and selection are never touched.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textual.pilot import Pilot
from textual.widgets import Input

from store.corpus import Corpus
from tui.app import NkruApp, build_app

Scene = Callable[[Pilot, NkruApp], Awaitable[None]]


async def settle(pilot: Pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def until(pilot: Pilot, predicate: Callable[[], bool], attempts: int = 250) -> None:
    for _ in range(attempts):
        if predicate():
            break
        await pilot.pause(0.02)
    await settle(pilot)


def steady_cursor(app: NkruApp) -> None:
    for screen in app.screen_stack:
        for field in screen.query(Input):
            field.cursor_blink = False


async def main_view(pilot: Pilot, app: NkruApp) -> None:
    pass


async def search(pilot: Pilot, app: NkruApp) -> None:
    await pilot.press("slash", *"kursk", "space", *"casualtis")
    await until(pilot, lambda: getattr(app.screen, "shown_query", "") == "kursk casualtis")


async def claims_pane(pilot: Pilot, app: NkruApp) -> None:
    await pilot.press("3", "j", "j", "j")


async def reader_with_selection(pilot: Pilot, app: NkruApp) -> None:
    await pilot.press("4", "j", "enter", "j", "j", "j", "space", "j", "space", "j")


async def export_dialog(pilot: Pilot, app: NkruApp) -> None:
    await reader_with_selection(pilot, app)
    await pilot.press("e")


async def help_screen(pilot: Pilot, app: NkruApp) -> None:
    await pilot.press("question_mark")


def most_shared_pair(corpus: Corpus) -> tuple[str, str] | None:
    """The two articles sharing the most repeated passages: the comparison worth showing."""
    pairs: Counter[tuple[str, str]] = Counter()
    for passage in corpus.passages.values():
        for echo in corpus.echoes_of(passage.id):
            if echo.article_id != passage.article_id:
                first, second = sorted((passage.article_id, echo.article_id))
                pairs[(first, second)] += 1
    return pairs.most_common(1)[0][0] if pairs else None


async def compare(pilot: Pilot, app: NkruApp) -> None:
    from tui.screens.compare import CompareScreen

    assert app.corpus is not None
    pair = most_shared_pair(app.corpus) or tuple(list(app.corpus.articles)[:2])
    await app.push_screen(CompareScreen(app.corpus, pair[0], right_id=pair[1]))


async def figure_tracker(pilot: Pilot, app: NkruApp) -> None:
    from tui.screens.figures import FigureTrackerScreen

    assert app.corpus is not None
    subjects = app.corpus.subject_summaries
    await app.push_screen(FigureTrackerScreen(app.corpus, subject_id=subjects[0].id if subjects else None))


async def audit_trail(pilot: Pilot, app: NkruApp) -> None:
    from textual.widgets import OptionList

    await pilot.press("r")
    await until(pilot, lambda: bool(app.screen.query(OptionList)) and app.screen.query_one(OptionList).option_count > 0)


SCENES: dict[str, Scene] = {
    "main-view": main_view,
    "search": search,
    "claims-pane": claims_pane,
    "reader-selection": reader_with_selection,
    "export-dialog": export_dialog,
    "help": help_screen,
    "compare": compare,
    "figure-tracker": figure_tracker,
    "audit-trail": audit_trail,
}


async def shoot(name: str, scene: Scene, db: Path, out: Path, size: tuple[int, int], work: Path) -> bool:
    state = work / name
    state.mkdir(exist_ok=True)
    # A fixed export folder keeps the dialog's picture the same on every machine.
    app = build_app(db, state_path=state / "state.json", export_dir=Path("~/Documents"))
    async with app.run_test(size=size) as pilot:
        await until(pilot, lambda: app.is_ready)
        try:
            await scene(pilot, app)
        except ImportError as error:
            print(f"skipped {name}: {error}")
            return False
        await settle(pilot)
        steady_cursor(app)
        await pilot.pause()
        app.save_screenshot(filename=f"{name}.svg", path=str(out))
    print(f"wrote {out / (name + '.svg')}")
    return True


async def shoot_all(db: Path | None, out: Path, size: tuple[int, int], only: list[str]) -> int:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if db is None:
            from store.first_run import ensure_database

            db = work / "seeds.json"
            ensure_database(db)
        written = 0
        for name, scene in SCENES.items():
            if not only or name in only:
                written += await shoot(name, scene, db, out, size, work)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "screenshots", help="folder for the SVGs")
    parser.add_argument("--db", type=Path, help="database to show (default: the bundled seeds, built in a temp dir)")
    parser.add_argument("--size", default="120x40", help="terminal size, COLSxROWS")
    parser.add_argument("only", nargs="*", help=f"scenes to shoot (default all): {', '.join(SCENES)}")
    args = parser.parse_args(argv)
    columns, rows = (int(n) for n in args.size.lower().split("x"))
    written = asyncio.run(shoot_all(args.db, args.out, (columns, rows), args.only))
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main())

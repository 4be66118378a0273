"""Long work shows how far it has got and can be stopped; keys typed after one that opens a screen go there.

* Adding files: Escape while the child process works stops it, and the database with its snapshot
  and search index is left as it was (or, once the child writes, the add finishes and says so).
* The figure tracker: its table is built in a worker that reports each step to a progress bar and
  stops when the screen is left; its claimant matching is fast on thousands of names ending alike.
* "/" typed right after a key that opens a screen acts on that screen, not on the main one.
"""

from __future__ import annotations

import hashlib
import random
import threading
import time
from pathlib import Path

import pytest
from test_tui_keys_burst import key_event
from textual import events
from textual.widgets import Input, ProgressBar, Static
from tui_fixtures import WORK_TIMEOUT_S, running_app, settle, until_within

from store.compare.claimants import (
    _NameClusters,
    _shorter_within_longer,
    normalise_claimant,
)
from store.ingest import ingest_paths
from store.paths import seed_files
from store.read_cache import read_cache_path, snapshot_is_current
from store.repository import Repository
from store.search import index_path_for
from store.search.corpus_index import load_index_for
from tui.app import build_app
from tui.screens.add_files import AddFilesDialog
from tui.screens.figures import FigureTrackerScreen
from tui.screens.main import MainScreen
from tui.screens.search import SearchScreen

# --- helpers ----------------------------------------------------------------------------------------


async def while_working(pilot, predicate, what: str, seconds: float = WORK_TIMEOUT_S) -> None:  # type: ignore[no-untyped-def]
    """Poll until ``predicate()`` holds, without waiting for workers (``until`` waits for them to finish).

    Bounded by time, not by a count of polls, and generously: a busy machine is slow, not broken."""
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {seconds:.0f} s waiting for {what}")
        await pilot.pause(0.02)


def _db_with_two_seeds(tmp_path: Path) -> Path:
    db = tmp_path / "db" / "articles.json"
    assert not ingest_paths(seed_files()[:2], db).rejected
    return db


def _many_new_files(tmp_path: Path, count: int) -> Path:
    """``count`` articles the database does not hold: a seed with a line of its own each, so each is new bytes."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    text = seed_files()[0].read_text(encoding="utf-8")
    for number in range(count):
        (folder / f"copy_{number:03d}.txt").write_text(f"{text}\nCopy number {number} of the report.\n", encoding="utf-8")
    return folder


def _database_files(db: Path) -> dict[str, str]:
    """The database and what is derived from it, by content."""
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in (db, read_cache_path(db), index_path_for(db))
    }


def _derived_files_agree(db: Path) -> bool:
    with Repository.open(db, readonly=True) as repo:
        generation = repo.generation
    return snapshot_is_current(db) and load_index_for(db, generation) is not None


# --- 1. adding files can be stopped -------------------------------------------------------------------


async def test_escape_during_an_add_stops_it_and_nothing_changes(tmp_path: Path) -> None:
    db = _db_with_two_seeds(tmp_path)
    folder = _many_new_files(tmp_path, 120)
    before = _database_files(db)
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_within(pilot, lambda: app.is_ready, "first screen")
        articles = len(app.corpus.articles)
        await pilot.press("a")
        await until_within(pilot, lambda: isinstance(app.screen, AddFilesDialog), "the add-files dialog")
        dialog = app.screen
        dialog.query_one(Input).value = str(folder)
        await pilot.press("enter")
        summary = dialog.query_one("#add-summary", Static)
        await while_working(pilot, lambda: "Reading and analysing" in str(summary.render()), "the child's first progress")
        await pilot.press("escape")
        await while_working(pilot, lambda: not dialog.running, "the child to stop")
        assert str(summary.render()) == "Add cancelled: nothing was changed."
        assert _database_files(db) == before
        assert app.screen is dialog, "the dialog stays, to say so and take another path"
        field = dialog.query_one(Input)
        assert not field.disabled and app.focused is field
        await pilot.press("escape")
        await until_within(pilot, lambda: isinstance(app.screen, MainScreen) and app.is_ready, "back in the main screen")
        assert len(app.corpus.articles) == articles


@pytest.mark.parametrize("step", ["Reading and analysing files", "Reading the database", "Linking repeated passages"])
def test_an_add_stopped_before_it_writes_changes_no_file(tmp_path: Path, step: str) -> None:
    from store.ingest_runner import ChildJob, JobCancelled, ingest_in_child

    db = _db_with_two_seeds(tmp_path)
    folder = _many_new_files(tmp_path, 40)
    before = _database_files(db)
    job = ChildJob()

    def progress(message: str, done: int, total: int) -> None:
        if message.startswith(step):
            job.cancel()

    with pytest.raises(JobCancelled) as stopped:
        ingest_in_child([folder], db, progress=progress, job=job)
    assert not stopped.value.database_changed
    assert str(stopped.value) == "ingest cancelled: nothing was changed"
    assert _database_files(db) == before
    assert not [p.name for p in db.parent.iterdir() if p.name.endswith(".tmp")]
    assert ingest_paths(sorted(folder.iterdir()), db).articles_added == 40, "still writable: the lock went with the child"


def test_an_add_asked_to_stop_while_writing_finishes_whole(tmp_path: Path) -> None:
    from store.ingest_runner import COMMIT_STEP, ChildJob, ingest_in_child

    db = _db_with_two_seeds(tmp_path)
    folder = _many_new_files(tmp_path, 3)
    job = ChildJob()

    def progress(message: str, done: int, total: int) -> None:
        if message == COMMIT_STEP:
            job.cancel()

    report = ingest_in_child([folder], db, progress=progress, job=job)
    assert job.cancel_requested and report.articles_added == 3
    assert _derived_files_agree(db), "database, snapshot and search index are of one generation"


def test_the_step_the_runner_trusts_comes_before_the_database_is_touched(tmp_path: Path) -> None:
    # The child leaves at once on a stop until it reports COMMIT_STEP: that is safe only if no file a
    # reader trusts has changed by then.
    from store.ingest_runner import COMMIT_STEP

    db = _db_with_two_seeds(tmp_path)
    folder = _many_new_files(tmp_path, 2)
    before = _database_files(db)
    unchanged_at: dict[str, bool] = {}

    def progress(message: str, done: int, total: int) -> None:
        unchanged_at.setdefault(message, _database_files(db) == before)

    ingest_paths(sorted(folder.iterdir()), db, progress=progress)
    steps = list(unchanged_at)
    assert COMMIT_STEP in steps
    assert all(unchanged_at[step] for step in steps[: steps.index(COMMIT_STEP) + 1])
    assert _database_files(db) != before


# --- 2. the figure tracker: progress, a worker that stops, fast claimant matching --------------------------


async def test_the_figure_table_reports_its_steps_and_stops_when_the_screen_is_left(tmp_path: Path, monkeypatch) -> None:
    import tui.screens.figures as figures_screen

    real = figures_screen.figure_table
    go_on = threading.Event()
    steps: list[str] = []
    raised: list[BaseException] = []

    def held_table(corpus, subject_id, *, sort="date", progress=None):  # type: ignore[no-untyped-def]
        # The real table, built after the screen has been looked at in the middle of the work.
        progress("Matching claimant names", 1, 4)
        go_on.wait(WORK_TIMEOUT_S)  # set by the test once it has seen the screen: long only if the test failed
        try:
            return real(corpus, subject_id, sort=sort, progress=lambda *step: (progress(*step), steps.append(step[0])))
        except BaseException as error:
            raised.append(error)
            raise

    monkeypatch.setattr(figures_screen, "figure_table", held_table)
    monkeypatch.setattr(figures_screen, "_PROGRESS_EVERY_S", 0.0, raising=False)  # every report drawn
    monkeypatch.setattr(figures_screen, "_PROGRESS_AFTER_S", 0.0, raising=False)
    async with running_app(tmp_path) as (app, pilot):
        screen = FigureTrackerScreen(app.corpus, "troops_deployed")
        await app.push_screen(screen)
        bar = screen.query_one("#figures-progress", ProgressBar)
        heading = screen.query_one("#figures-heading", Static)
        await while_working(pilot, lambda: "Matching claimant names" in str(heading.render()), "the first step shown")
        assert bar.display and bar.total == 4 and bar.progress == 1
        await pilot.press("escape")  # the UI answers while the table is being built
        await while_working(pilot, lambda: isinstance(app.screen, MainScreen), "back in the main screen")
        go_on.set()
        await settle(pilot)
        assert steps == [], "the worker stopped at its first report once the screen was left"
        assert raised and type(raised[0]).__name__ == "_TableAbandoned"

        go_on.clear()
        screen = FigureTrackerScreen(app.corpus, "troops_deployed")
        await app.push_screen(screen)
        go_on.set()
        await until_within(pilot, lambda: screen.table is not None, "the table")
        assert not screen.query_one("#figures-progress", ProgressBar).display
        assert steps[0] == "Reading the claims" and "Grouping repeated figures" in steps


def _crowd_names(count: int, seed: int) -> list[str]:
    """Names as a pasted file of chatter gives them: words of a small vocabulary, many ending alike."""
    rng = random.Random(seed)
    words = ["troops", "Korea", "North", "Ukraine", "soldiers", "Kursk", "Russia", "missiles", "officials",
             "intelligence", "shells", "Kurske", "Rusia", "us", "uk", "defence", "Zelenskyy", "Zelensky"]
    return [" ".join(rng.choices(words, k=rng.randint(1, 7))) for _ in range(count)]


def test_names_matched_as_bit_sets_join_the_groups_the_word_by_word_rule_joins() -> None:
    # The reference: every pair of names ending alike checked word by word, as the tracker did.
    from store.compare.claimants import _BlockNames

    names = sorted({normalise_claimant(n) for n in _crowd_names(700, seed=5)} - {""})
    words = [name.split() for name in names]
    reference = _NameClusters.__new__(_NameClusters)
    reference.parent = list(range(len(names)))
    everyone = list(range(len(names)))
    for i in everyone:
        for j in everyone[i + 1 :]:
            if words[i][-1] == words[j][-1] and _shorter_within_longer(words[i], words[j]):
                reference.union(i, j)
    fast = _NameClusters.__new__(_NameClusters)
    fast.parent = list(range(len(names)))
    by_last: dict[str, list[int]] = {}
    for i in everyone:
        by_last.setdefault(words[i][-1], []).append(i)
    block = _BlockNames(words, everyone)
    for holders in by_last.values():
        if len(holders) > 1:
            for i, j in block.joined_groups(holders, None):
                fast.union(i, j)
    groups = lambda sets: sorted(sorted(i for i in everyone if sets.find(i) == root) for root in set(map(sets.find, everyone)))  # noqa: E731
    assert groups(fast) == groups(reference)
    assert len(groups(reference)) < len(names), "some names were joined: the check means something"


# --- 3. "/" after a key that opens a screen -----------------------------------------------------------


async def test_a_slash_typed_right_after_the_add_key_starts_the_path_not_a_search(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        for key in [key_event("a"), events.Key("slash", "/"), *map(key_event, "tmp")]:
            app.post_message(key)  # one burst, as a terminal hands over fast typing
        await settle(pilot)
        assert isinstance(app.screen, AddFilesDialog)
        assert app.screen.query_one(Input).value == "/tmp"
        assert not any(isinstance(screen, SearchScreen) for screen in app.screen_stack)
        await pilot.press("escape")
        await settle(pilot)
        for key in [events.Key("slash", "/"), *map(key_event, "kursk")]:
            app.post_message(key)  # alone, "/" still opens search, with the words typed after it in the box
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#query", Input).value == "kursk"


async def test_a_slash_typed_right_after_the_figures_key_does_not_open_search_under_it(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        for key in [key_event("f"), events.Key("slash", "/")]:
            app.post_message(key)
        await settle(pilot)
        await until_within(pilot, lambda: isinstance(app.screen, FigureTrackerScreen), "the figure tracker")
        assert [type(screen) for screen in app.screen_stack][1:] == [MainScreen, FigureTrackerScreen]

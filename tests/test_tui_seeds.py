"""The app on a database built from the bundled seeds: first run, search, claims, export."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual.widgets import ProgressBar
from tui_fixtures import WORK_TIMEOUT_S, settle, type_text, until_within

from store.first_run import ensure_database
from tui.app import build_app
from tui.screens.main import MainScreen
from tui.screens.search import HitList, SearchScreen
from tui.widgets.claims import ClaimsPane
from tui.widgets.reader import Reader


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("seeds") / "articles.json"
    ensure_database(db)
    return db


def seeds_app(db: Path, tmp_path: Path):  # type: ignore[no-untyped-def]
    return build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)


async def wait_ready(pilot) -> None:  # type: ignore[no-untyped-def]
    await until_within(pilot, lambda: pilot.app.is_ready, "first screen")


async def test_first_run_builds_the_database_with_progress(tmp_path):
    db = tmp_path / "fresh" / "articles.json"
    db.parent.mkdir()  # a path in a missing folder is refused (tests/test_first_run_paths28.py)
    app = seeds_app(db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        assert db.exists()
        assert app.screen.query(ProgressBar), "building from the seeds showed a progress bar"
        assert len(app.corpus.articles) == 20


async def test_panes_show_the_seed_corpus(seeds_db, tmp_path):
    # How fast the first screen comes is the bench's to judge (``python -m tui.ready_probe``), not a unit test's.
    app = seeds_app(seeds_db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        claims = app.screen.query_one(ClaimsPane)
        troops = next(node for node in claims.root.children if node.data == "troops_deployed")
        figures = " ".join(str(leaf.label) for leaf in troops.children)
        for figure in ("11,000", "12,000", "15,000"):
            assert figure in figures, f"{figure} missing from the troop claims"


@pytest.mark.parametrize(
    ("query", "expected"),
    [("kursk casualtis", "kursk"), ("langauge barrier", "language barrier"), ("Sungri", "sŭngri")],
)
async def test_typo_and_accent_tolerant_search_on_the_seeds(seeds_db, tmp_path, query, expected):
    app = seeds_app(seeds_db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("slash")
        await type_text(pilot, query)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await until_within(pilot, lambda: screen.shown_query == query, f"results for {query!r}")
        hits = screen.query_one(HitList)
        assert hits.option_count, f"no hits for {query!r}"
        top = [app.corpus.passage(hits.get_option_at_index(i).id).text.lower() for i in range(min(5, hits.option_count))]
        assert any(expected in text for text in top), (query, top)
        await pilot.press("down")
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one(Reader).current_passage_id == hits.hits[0].passage_id


async def test_export_from_the_seeds_carries_citations(seeds_db, tmp_path):
    app = seeds_app(seeds_db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        await pilot.press("5", "j", "j", "space", "j", "space", "j", "space")
        assert len(app.selection) == 3
        await pilot.press("e", "tab", "enter")
        await until_within(pilot, lambda: (tmp_path / "nkru-selection.md").exists(), "export")
        text = (tmp_path / "nkru-selection.md").read_text()
        for pid in app.selection:
            article = app.corpus.article_of(pid)
            assert f"`{pid}`" in text and article.source_file in text and article.title in text


async def test_ready_probe_reports_the_first_screen_then_opening_and_typing_apart(seeds_db):
    from tui import ready_probe
    from tui.ready_probe import KEY_INTERVAL_S, TICK_S, WORD_PAUSE_S, measure

    typed = "kursk casualtis"
    # The probe's timeout only ends a hung run: generous, so that a busy machine is not taken for a hung app.
    result = await measure(seeds_db, timeout=WORK_TIMEOUT_S, size=(120, 40), type_text=typed)
    assert result["ready"] is True
    # Seconds from the probe's import (its stand-in for process start) to the first screen: positive, and
    # no more than has passed since then. Not held to a wall-clock limit here (the bench judges speed).
    assert 0 < result["seconds_in_process"] <= time.time() - ready_probe.PROCESS_STARTED_WALL
    assert result["ready_wall"] - result["seconds_in_process"] == pytest.approx(
        ready_probe.PROCESS_STARTED_WALL, rel=0, abs=1e-3
    )
    assert result["typing_keys"] == len(typed)
    # Keys go out on a 12-a-second beat with a pause after the one word break, whatever the app is doing:
    # never faster than the beat, and never behind it by more than the event loop's longest stall. The
    # sender keeps to an absolute schedule on that loop, so a stall delays the keys due during it, which
    # then go out at once: the lateness does not add up. Checked against the stall the probe itself
    # measured, not a fixed rate: on a busy machine the stalls grow, and the beat is no less right.
    beat_s = len(typed) * KEY_INTERVAL_S + typed.count(" ") * WORD_PAUSE_S
    assert result["typing_keys_per_s"] <= 12.5
    shortest_typing_s = len(typed) / (result["typing_keys_per_s"] + 0.05)  # the rate is rounded to 0.1
    longest_stall_s = result["typing_max_gap_ms"] / 1000
    assert shortest_typing_s <= beat_s + longest_stall_s + 2 * TICK_S + 0.05, (beat_s, result)
    # Each is the longest gap between 5 ms ticks of the event loop, so never below one tick.
    assert result["search_open_max_gap_ms"] >= 5
    assert result["typing_max_gap_ms"] >= 5
    # Stalls are counted, not limited, here: how many there are is wall-clock time on a shared machine (a
    # starved test process stalls on most keys: 12 of 15 seen at nice 12 beside four busy loops), and the
    # bench judges stalls. What the probe must get right is the count itself: it agrees with the longest gap.
    stalls, longest_ms = result["typing_gaps_over_100ms"], result["typing_max_gap_ms"]  # the longest is rounded
    assert stalls == 0 or longest_ms >= 100, result
    assert stalls > 0 or longest_ms <= 100, result


async def test_a_long_topic_listing_builds_a_page_and_brings_the_next_as_the_cursor_arrives(seeds_db, tmp_path):
    from tui.widgets.articles import TOPIC_PAGE, TopicPassageList
    from tui.widgets.lists import MORE_ID
    from tui.widgets.topics import TopicsPane

    app = seeds_app(seeds_db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        topics = app.screen.query_one(TopicsPane)
        topics.focus()
        topics.highlight_id("troops")  # the seeds' longest topic: 94 passages
        await pilot.press("enter")
        listing = app.screen.query_one(TopicPassageList)
        assert listing.option_count == TOPIC_PAGE + 1  # a page, then the "more" row
        assert listing.get_option_at_index(TOPIC_PAGE).id == MORE_ID
        listing.highlighted = TOPIC_PAGE - 1
        await pilot.press("down")  # onto the "more" row: no enter needed
        await until_within(pilot, lambda: listing.option_count > TOPIC_PAGE + 1, "the next page")
        assert listing.highlighted == TOPIC_PAGE and listing.highlighted_id != MORE_ID

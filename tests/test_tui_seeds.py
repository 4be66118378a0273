"""The app on a database built from the bundled seeds: first run, search, claims, export."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from textual.widgets import ProgressBar
from tui_fixtures import settle, type_text, until

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


async def wait_ready(pilot) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    await until(pilot, lambda: pilot.app.is_ready, "first screen", attempts=500)
    return time.perf_counter() - started


async def test_first_run_builds_the_database_with_progress(tmp_path):
    db = tmp_path / "fresh" / "articles.json"
    app = seeds_app(db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_ready(pilot)
        assert db.exists()
        assert app.screen.query(ProgressBar), "building from the seeds showed a progress bar"
        assert len(app.corpus.articles) == 20


async def test_panes_show_the_seed_corpus_quickly(seeds_db, tmp_path):
    app = seeds_app(seeds_db, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        seconds = await wait_ready(pilot)
        assert seconds < 5.0, f"first screen took {seconds:.2f} s"  # a loose guard; the bench measures exactly
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
        await until(pilot, lambda: screen.shown_query == query, f"results for {query!r}")
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
        await until(pilot, lambda: (tmp_path / "nkru-selection.md").exists(), "export")
        text = (tmp_path / "nkru-selection.md").read_text()
        for pid in app.selection:
            article = app.corpus.article_of(pid)
            assert f"`{pid}`" in text and article.source_file in text and article.title in text


async def test_ready_probe_reports_the_first_screen_then_opening_and_typing_apart(seeds_db):
    from tui.ready_probe import measure

    typed = "kursk casualtis"
    result = await measure(seeds_db, timeout=60, size=(120, 40), type_text=typed)
    assert result["ready"] is True
    assert 0 < result["seconds_in_process"] < 60
    assert result["typing_keys"] == len(typed)
    # Keys go out on a 12-a-second beat with a pause after the one word break, whatever the app is doing.
    assert 6 <= result["typing_keys_per_s"] <= 12.5
    # Each is the longest gap between 5 ms ticks of the event loop, so never below one tick.
    assert result["search_open_max_gap_ms"] >= 5
    assert result["typing_max_gap_ms"] >= 5
    # Stalls are counted, not forbidden, here (the machine running tests is shared; the bench judges stalls),
    # but a probe that stalled on every key is broken.
    assert 0 <= result["typing_gaps_over_100ms"] < len(typed)


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
        await until(pilot, lambda: listing.option_count > TOPIC_PAGE + 1, "the next page")
        assert listing.highlighted == TOPIC_PAGE and listing.highlighted_id != MORE_ID

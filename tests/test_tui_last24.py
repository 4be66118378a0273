"""Last round of session 24: empty results and empty picker lists say why, not just "nothing".

A search whose filters leave out every passage its words find names the filter (as the CLI does),
and the comparison's picker, asked for the side already chosen, says it is chosen rather than that
nothing matches.
"""

from __future__ import annotations

from textual.widgets import Select, Static
from tui_fixtures import pick_in_picker, running_app, screen_text, settle, type_text, until

from tui.screens.compare import CompareScreen
from tui.screens.compare_picker import FuzzyPicker
from tui.screens.search import SearchScreen


def _status(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#search-status", Static).render())


async def _filtered_search(app, pilot, query: str, **boxes: str) -> str:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search screen")
    screen = app.screen
    await type_text(pilot, query)
    await until(pilot, lambda: screen.shown_query == query, f"results for {query!r}")
    assert screen.shown_search is not None and screen.shown_search[0] == query
    for box, value in boxes.items():
        screen.query_one(f"#{box}-filter", Select).value = value
    want = boxes.get("outlet"), boxes.get("topic")
    await until(
        pilot,
        lambda: screen.shown_search is not None
        and (screen.shown_search[1].outlet, screen.shown_search[1].topic) == want,
        "the filtered search",
    )
    return _status(app)


async def test_an_outlet_filter_that_leaves_out_every_hit_is_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path, size=(160, 40)) as (app, pilot):
        # Only Business Insider writes of interpreters; Reuters never does.
        assert app.corpus.search("interpreters scarce", limit=1)
        assert not app.corpus.search("interpreters scarce", limit=1, outlet="Reuters")
        note = await _filtered_search(app, pilot, "interpreters scarce", outlet="Reuters")
        assert "from outlet 'Reuters'" in note, note
        assert "has these words; others do" in note and "ctrl+l" in note, note
        # Words that match nothing even unfiltered: no filter is to blame, and none is named.
        screen = app.screen
        screen.query_one("#query").value = "zqxjvw"
        await until(pilot, lambda: screen.shown_query == "zqxjvw", "results for 'zqxjvw'")
        note = _status(app)
        assert "No passage matches" in note and "drop a filter" in note and "Reuters" not in note, note


async def test_a_topic_filter_that_leaves_out_every_hit_is_named_not_the_outlet(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path, size=(160, 40)) as (app, pilot):
        query = "interpreters scarce"
        assert app.corpus.search(query, limit=1, outlet="Business Insider")
        assert not app.corpus.search(query, limit=1, topic="artillery")
        note = await _filtered_search(app, pilot, query, outlet="Business Insider", topic="artillery")
        # Named as the drop-down lists it: by its label, not the topic's id.
        assert "on topic 'Artillery and shells'" in note and "Business Insider" not in note, note


async def test_the_picker_says_the_outlet_typed_is_already_the_other_side(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path, size=(160, 40)) as (app, pilot):
        app.push_screen(CompareScreen(app.corpus))  # nothing chosen yet: the left side's picker first
        await pick_in_picker(app, pilot, "reuters")
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the right side's picker")
        picker = app.screen
        await type_text(pilot, "reuters")
        await until(pilot, lambda: picker._listed_for == "reuters", "the list for 'reuters'")
        await settle(pilot)
        text = screen_text(app)
        assert "Reuters is already the left side" in text, text
        assert "Nothing matches" not in text, text


async def test_the_picker_says_the_article_typed_is_already_the_other_side(tmp_path) -> None:  # type: ignore[no-untyped-def]
    async with running_app(tmp_path, size=(160, 40)) as (app, pilot):
        app.push_screen(CompareScreen(app.corpus, left_article_id="art-insider"))
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the right side's picker")
        picker = app.screen
        # The Business Insider article is the left side: neither it nor its outlet is offered.
        await type_text(pilot, "business insider")
        await until(pilot, lambda: picker._listed_for == "business insider", "the list")
        await settle(pilot)
        text = screen_text(app)
        assert "Business Insider is already the left side" in text, text
        picker.query_one("#picker-query").value = "language barrier hurting"
        await until(pilot, lambda: picker._listed_for == "language barrier hurting", "the list for the title")
        await settle(pilot)
        text = screen_text(app)
        assert "is already the left side." in text and "language barrier" in text, text
        await pilot.press("escape")
        await until(pilot, lambda: not isinstance(app.screen, FuzzyPicker), "the picker closed")

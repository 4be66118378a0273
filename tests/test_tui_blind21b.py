"""A demanding analyst's second walk (helper 124, session 21): what it found, pinned down.

- Below about 70 columns the figure tracker's Figure column went off the right edge: the date,
  outlet and claimant columns kept their widths.  They give way now; the figure stays on screen.
- Search's claimant filter offered only the 300 most cited claimants (of 757 in the seeds): the rest
  could not be filtered by.  Its first choice now opens a type-to-filter picker of every claimant.
- The palette's "Keys" opened Textual's own key panel beside our help (?): two helps, differing.
- A query of only -"phrase" said "type a word", as if nothing had been typed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import Select
from tui_fixtures import fixture_records, running_app, screen_text, settle, type_text, until

from store.corpus import Corpus
from store.models import Article, Claim, Figure, Passage
from tui.screens.compare_picker import FuzzyPicker
from tui.screens.figures import FigureTrackerScreen
from tui.screens.help import HelpScreen
from tui.screens.search import CLAIMANT_CHOICES, SearchScreen, no_hits_note
from tui.screens.figures_chart import short_figure


def _troop_figures(count: int, *, ranges: bool = False) -> Corpus:
    """``count`` articles, each with one claim of a different number of troops (a range when ``ranges``)."""
    articles, claims = [], []
    for number in range(count):
        low = 1000 * (number + 11)
        high = low + 1500 if ranges else low
        said = f"between {low:,} and {high:,}" if ranges else f"{low:,}"
        text = f"Officials at the ministry said {said} North Korean troops had been sent to Russia."
        article = Article(id=f"t{number:03d}", source_file=f"t{number}.txt", source_sha256=f"{number:064x}", ordinal=0,
                          title=f"Deployment report {number}", outlet=f"Long Outlet Name Wire {number % 3}",
                          published=f"2025-01-{1 + number:02d}")
        passage = Passage(id=f"{article.id}-000", article_id=article.id, kind="body", text=text, order=0, paragraph=1)
        article.passages = [passage]
        surface = f"{said} North Korean troops"
        kind = "range" if ranges else "exact"
        figure = Figure(low, low, high, "troops", kind, surface, text.index(surface), text.index(surface) + len(surface))
        claims.append(Claim(id=f"{passage.id}@0", article_id=article.id, passage_id=passage.id, text=text, start=0,
                            end=len(text), claimant=f"Defence ministry official number {number}",
                            subject="troops_deployed", figures=[figure]))
        articles.append(article)
    return Corpus.from_records(articles, claims)


async def _open_tracker(app, pilot) -> FigureTrackerScreen:  # type: ignore[no-untyped-def]
    app.push_screen(FigureTrackerScreen(app.corpus, "troops_deployed"))
    await until(pilot, lambda: isinstance(app.screen, FigureTrackerScreen) and app.screen.table is not None, "tracker")
    await settle(pilot)
    return app.screen


# --- the figure tracker's Figure column on a narrow terminal ------------------------------------


@pytest.mark.parametrize("width", [60, 64, 68])
@pytest.mark.parametrize("ranges", [False, True])
async def test_the_tracker_keeps_each_rows_figure_on_a_narrow_screen(tmp_path: Path, width: int, ranges: bool) -> None:
    async with running_app(tmp_path, size=(width, 24), corpus=_troop_figures(6, ranges=ranges)) as (app, pilot):
        tracker = await _open_tracker(app, pilot)
        table = tracker.query_one("#figures-table").region
        lines = screen_text(app).splitlines()[table.y : table.bottom]  # the table's rows, not the detail line or chart
        assert any("Figure" in line[:width] for line in lines), "the Figure heading is off the screen"
        unit = tracker.table.unit
        for _, _, row, _ in tracker.visible_rows()[:3]:
            figure = short_figure(row, unit)
            assert any(figure in line[:width] for line in lines), f"{figure!r} is not in the {width}-column table"


# --- search: every claimant reachable from the claimant filter -----------------------------------


def _many_claimants() -> Corpus:
    """The fixture corpus and more claimants (two claims each) than the drop-down lists: Kyrylo
    Budanov, with one claim, ranks below all of them."""
    articles, claims = fixture_records()
    insider = next(a for a in articles if a.id == "art-insider")
    passage = insider.passages[2]
    for number in range(CLAIMANT_CHOICES + 50):
        for repeat in range(2):
            claims.append(Claim(id=f"{passage.id}@many{number}-{repeat}", article_id=insider.id, passage_id=passage.id,
                                text=passage.text, start=0, end=len(passage.text), claimant=f"Officer {number:03d}",
                                subject="casualties", figures=[Figure(4000, 3500, 4500, "casualties", "approx", "about 4,000")]))
    return Corpus.from_records(articles, claims)


async def _find_a_claimant(app, pilot, typed: str) -> SearchScreen:  # type: ignore[no-untyped-def]
    await pilot.press("slash")
    await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search")
    search = app.screen
    search.query_one("#claimant-filter", Select).focus()
    await pilot.press("enter", "down", "enter")  # open the drop-down, take its first choice
    await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "a picker of every claimant")
    await type_text(pilot, typed)
    await pilot.press("enter")
    await until(pilot, lambda: app.screen is search, "back in search")
    await settle(pilot)
    return search


async def test_search_filters_by_a_claimant_past_the_drop_downs_list(tmp_path: Path) -> None:
    corpus = _many_claimants()
    names = [c.name for c in corpus.claimant_summaries]
    assert names.index("Kyrylo Budanov") >= CLAIMANT_CHOICES, "the premise: the drop-down does not list him"
    async with running_app(tmp_path, corpus=corpus) as (app, pilot):
        search = await _find_a_claimant(app, pilot, "budanof")  # misspelt, as typed in a hurry
        select = search.query_one("#claimant-filter", Select)
        assert select.value == "Kyrylo Budanov"
        assert app.focused is select, "back on the filter the user came from"
        search.query_one("#query").focus()
        await type_text(pilot, "artillery")
        await until(pilot, lambda: search.shown_query == "artillery", "results")
        passages = {hit.passage_id for hit in search.query_one("#hits").hits}
        assert passages and {app.corpus.passage(p).article_id for p in passages} == {"art-hostile"}


async def test_a_claimant_found_in_the_picker_comes_back_when_search_is_reopened(tmp_path: Path) -> None:
    async with running_app(tmp_path, corpus=_many_claimants()) as (app, pilot):
        search = await _find_a_claimant(app, pilot, "kyrylo")
        search.query_one("#query").focus()
        await type_text(pilot, "shells")
        await until(pilot, lambda: search.shown_query == "shells", "results")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "search again")
        await settle(pilot)
        assert app.screen.query_one("#claimant-filter", Select).value == "Kyrylo Budanov"


async def test_cancelling_the_claimant_picker_keeps_the_filter_chosen_before(tmp_path: Path) -> None:
    async with running_app(tmp_path, corpus=_many_claimants()) as (app, pilot):
        search = await _find_a_claimant(app, pilot, "kyrylo")
        select = search.query_one("#claimant-filter", Select)
        from tui.screens.search_filters import FIND_CLAIMANT  # not in the reference code: imported here

        select.value = FIND_CLAIMANT  # "find any claimant" chosen, as a click takes it
        await until(pilot, lambda: isinstance(app.screen, FuzzyPicker), "the picker")
        await pilot.press("escape")
        await until(pilot, lambda: app.screen is search, "back in search")
        assert select.value == "Kyrylo Budanov"


# --- one help ------------------------------------------------------------------------------------


async def test_the_palettes_keys_command_opens_our_help(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette), "the palette")
        await type_text(pilot, "keys")
        await until(pilot, lambda: "Keys" in screen_text(app), "Keys offered")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "our help")
        assert not app.screen.query("HelpPanel") and not app.query("HelpPanel"), "Textual's key panel opened too"


# --- search: a query that only leaves passages out ------------------------------------------------


@pytest.mark.parametrize("query", ['-"eleven thousand troops"', '-"Kursk region"', '-"Kursk region" -shells'])
def test_a_query_of_only_excluded_phrases_says_so(query: str) -> None:
    note = no_hits_note(query)
    assert "leaves passages out" in note and "-\"phrase\"" in note, note

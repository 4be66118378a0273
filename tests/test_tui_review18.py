"""Review 18 (helper 91): an analyst's walk through the TUI.

- A claimant far down a large corpus's list (past the Sources pane's first page and the search
  screen's 300 choices) is found by typing a misspelt name in the palette, and narrows the articles.
- Escape in a narrowed article list brings every article back, and the footer says so.
- Removing a source keeps the outlet the article list was narrowed to (it fell back to every article).
- Search opened again brings back the last search's filters with its words: the same query showed
  other hits than the ones n and N step through.
"""

from __future__ import annotations

from tui_fixtures import (
    fixture_records,
    running_app,
    screen_text,
    settle,
    type_text,
    until,
)

from store.corpus import Corpus
from store.models import Claim, Figure
from tui.screens.main import MainScreen
from tui.screens.search import CLAIMANT_CHOICES
from tui.widgets.articles import ArticleList, ArticlesPane
from tui.widgets.keybar import KeyBar
from tui.widgets.lists import PAGE_SIZE
from tui.widgets.sources import SourcesPane

FREQUENT_CLAIMANTS = CLAIMANT_CHOICES + 100


def corpus_with_many_claimants() -> Corpus:
    """The fixture corpus plus hundreds of claimants of two claims each: Kyrylo Budanov, with one
    claim, ranks below all of them."""
    articles, claims = fixture_records()
    insider = next(a for a in articles if a.id == "art-insider")
    passage = insider.passages[2]
    for number in range(FREQUENT_CLAIMANTS):
        for repeat in range(2):
            claims.append(
                Claim(
                    id=f"{passage.id}@filler{number}-{repeat}",
                    article_id=insider.id,
                    passage_id=passage.id,
                    text=passage.text,
                    start=0,
                    end=len(passage.text),
                    claimant=f"Officer {number:03d}",
                    subject="casualties",
                    figures=[Figure(4000, 3500, 4500, "casualties", "approx", "about 4,000")],
                )
            )
    return Corpus.from_records(articles, claims)


def articles_listed(app) -> list[str]:  # type: ignore[no-untyped-def]
    articles = app.screen.query_one(ArticleList)
    return [option.id for option in articles.options if option.id and not option.disabled]


def footer(app) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(hint.key, hint.description) for hint in app.screen.query_one(KeyBar).hints}


async def test_palette_finds_a_rare_claimant_by_a_misspelt_name_and_narrows_the_articles(tmp_path):
    corpus = corpus_with_many_claimants()
    names = [c.name for c in corpus.claimant_summaries]
    # The premise: neither the search filter nor the Sources pane's first page offers this claimant.
    assert names.index("Kyrylo Budanov") >= max(CLAIMANT_CHOICES, PAGE_SIZE)
    async with running_app(tmp_path, corpus=corpus) as (app, pilot):
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "budanof")
        await until(pilot, lambda: "Claimant: Kyrylo Budanov" in screen_text(app), "the claimant offered")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert articles_listed(app) == ["art-hostile"]
        assert "claimant: Kyrylo Budanov" in str(app.screen.query_one(ArticlesPane).border_title)
        assert app.focused is app.screen.query_one(ArticleList), "the narrowed list is where the user lands"


async def test_palette_outlet_prefix_offers_outlets_only(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "outlet: busines insidr")
        await until(pilot, lambda: "Outlet: Business Insider" in screen_text(app), "the outlet offered")
        assert "Claimant:" not in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert articles_listed(app) == ["art-insider"]


async def test_palette_names_are_never_markup(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("ctrl+p")
        await pilot.pause()
        await type_text(pilot, "claimant south korean officials")
        await until(pilot, lambda: "Claimant: [red]South Korean officials[/red]" in screen_text(app), "literal name")
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running
        assert articles_listed(app) == ["art-hostile"]


async def test_escape_in_a_narrowed_article_list_shows_every_article_again(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        every = articles_listed(app)
        assert len(every) == 4
        await pilot.press("1")
        sources = app.screen.query_one(SourcesPane)
        sources.highlighted = next(i for i, o in enumerate(sources.options) if "Reuters" in str(o.prompt))
        await pilot.press("enter")
        await settle(pilot)
        assert articles_listed(app) == ["art-reuters"]
        assert app.focused is app.screen.query_one(ArticleList)
        assert ("esc", "All articles") in footer(app), "the way back is in the footer"

        await pilot.press("escape")
        await settle(pilot)
        assert sorted(articles_listed(app)) == sorted(every)
        assert "all articles" in str(app.screen.query_one(ArticlesPane).border_title)
        assert sources.highlighted == 0, "the Sources pane shows the filter gone too"
        assert app.focused is app.screen.query_one(ArticleList)
        assert ("esc", "All articles") not in footer(app), "no hint for a filter that is not on"


LEDGER_ARTICLE = """\
{title}

Harbour Ledger — March {day}, 2025
By Mina Park

North Korea has shipped another {figure} artillery shells to Russia since January, South Korea's military said on Monday.

The Joint Chiefs of Staff said the shipments had grown since the autumn.
"""


async def test_removing_a_source_keeps_the_outlet_the_list_was_narrowed_to(tmp_path):
    from pathlib import Path

    from store.ingest import ingest_paths
    from store.paths import seed_files
    from tui.app import build_app
    from tui.screens.remove_source import RemoveSourceDialog
    from tui.widgets.reader import Reader

    files = []
    for day, (title, figure) in enumerate([("Pyongyang sends more shells", "3 million"), ("Shell shipments grow", "2 million")], 3):
        path = Path(tmp_path) / f"ledger_{day}.txt"
        path.write_text(LEDGER_ARTICLE.format(title=title, day=day, figure=figure), encoding="utf-8")
        files.append(path)
    db = Path(tmp_path) / "db" / "articles.json"
    assert not ingest_paths([seed_files()[0], *files], db).rejected
    app = build_app(db, state_path=Path(tmp_path) / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_ready, "first screen", attempts=500)
        ledger = [a for a in app.corpus.articles.values() if a.source_file.startswith("ledger_")]
        outlet = ledger[0].outlet
        assert outlet and all(a.outlet == outlet for a in ledger) and len(ledger) == 2
        await pilot.press("1")
        sources = app.screen.query_one(SourcesPane)
        sources.highlighted = next(i for i, o in enumerate(sources.options) if str(o.prompt).startswith(outlet))
        await pilot.press("enter")
        await settle(pilot)
        assert sorted(articles_listed(app)) == sorted(a.id for a in ledger)
        gone, kept = ledger
        app.open_article(gone.id)
        await settle(pilot)
        assert app.screen.query_one(Reader).article.id == gone.id

        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, RemoveSourceDialog) and app.screen.previewed, "the preview")
        await pilot.click("#remove")
        await until(pilot, lambda: isinstance(app.screen, MainScreen) and app.is_ready, "the reload", attempts=500)
        assert gone.id not in app.corpus.articles
        assert articles_listed(app) == [kept.id], "the list is still narrowed to the outlet"
        assert f"outlet: {outlet}" in str(app.screen.query_one(ArticlesPane).border_title)

        # Removing the outlet's last file: nothing of it is left, so every article is shown again.
        app.open_article(kept.id)
        await settle(pilot)
        await pilot.press("D")
        await until(pilot, lambda: isinstance(app.screen, RemoveSourceDialog) and app.screen.previewed, "the preview")
        await pilot.click("#remove")
        await until(pilot, lambda: isinstance(app.screen, MainScreen) and app.is_ready, "the reload", attempts=500)
        assert sorted(articles_listed(app)) == sorted(app.corpus.articles)
        assert "all articles" in str(app.screen.query_one(ArticlesPane).border_title)


async def test_search_opened_again_keeps_the_filters_n_and_n_step_through(tmp_path):
    from textual.widgets import Select

    from tui.screens.search import HitList, SearchScreen
    from tui.widgets.status import StatusBar

    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("slash")
        await type_text(pilot, "korean")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        await until(pilot, lambda: screen.shown_query == "korean", "the hits")
        every = {hit.passage_id for hit in screen.query_one(HitList).hits}
        screen.query_one("#outlet-filter", Select).value = "Reuters"
        await until(pilot, lambda: screen.shown_search is not None and screen.shown_search[1].outlet == "Reuters", "filtered")
        narrowed = [hit.passage_id for hit in screen.query_one(HitList).hits]
        assert narrowed and set(narrowed) < every
        screen.query_one(HitList).focus()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        note = str(app.screen.query_one(StatusBar).search_note)
        assert f"/{len(narrowed)} " in note and "in Reuters" in note, "the status says the hits are filtered"

        await pilot.press("slash")
        await settle(pilot)
        again = app.screen
        assert isinstance(again, SearchScreen)
        assert again.query_one("#outlet-filter", Select).value == "Reuters"
        await until(pilot, lambda: again.shown_query == "korean", "the last query's hits")
        assert [hit.passage_id for hit in again.query_one(HitList).hits] == narrowed, "the hits n and N step through"

        await pilot.press("ctrl+l")  # the footer's way to drop them
        await until(pilot, lambda: again.shown_search is not None and again.shown_search[1].outlet is None, "cleared")
        assert {hit.passage_id for hit in again.query_one(HitList).hits} == every


def test_name_lookup_prefers_the_name_typed_and_ignores_names_inside_the_query():
    from dataclasses import replace

    from store.name_lookup import NameLookup

    articles, claims = fixture_records()
    base = claims[0]  # "Volodymyr Zelensky" on the fixture
    for number, name in enumerate(["Zelenskyy", "Volodymyr Zelenskyy", "ele", "Ukraine", "US"]):
        claims.append(replace(base, id=f"{base.id}-n{number}", claimant=name))
    lookup = NameLookup(Corpus.from_records(articles, claims))
    found = [source.name for source, _ in lookup.like("zelensky", limit=10)]
    assert set(found[:3]) == {"Volodymyr Zelensky", "Zelenskyy", "Volodymyr Zelenskyy"}
    assert "ele" not in found, "a name inside the query is not what was typed"
    assert lookup.like("us", limit=3)[0][0].name == "US", "the very name typed comes first"
    assert [s.name for s, _ in lookup.like("reuters", limit=5, kind="outlet")] == ["Reuters"]
    assert [s.name for s, _ in lookup.like("reuters", limit=5, kind="claimant")] == []

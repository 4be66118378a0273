"""The "Also in…" picker builds only the rows it shows: a syndicated passage repeats in hundreds of articles."""

from __future__ import annotations

from typing import Any

from tui_fixtures import PONOMARENKO, fixture_records, running_app, settle

from store.corpus import Corpus
from store.models import Article, Passage
from tui.screens.echoes import ECHO_PAGE, EchoPicker
from tui.widgets.lists import MORE_ID, NavList

GROUP = "echo-ponomarenko"  # the fixture's group for the repeated Ponomarenko passage
EXTRA = 2 * ECHO_PAGE + 5  # more articles repeating it than two pages show


class PassageCountingArticle:
    """Stands in for an article and notes every read of its passages (each a decode at ten thousand articles)."""

    def __init__(self, article: Article, reads: list[str]) -> None:
        self._article, self._reads = article, reads

    def __getattr__(self, name: str) -> Any:
        if name == "passages":
            self._reads.append(self._article.id)
        return getattr(self._article, name)


def syndicated_corpus() -> Corpus:
    """The fixture plus EXTRA articles that repeat the passage as their third paragraph (once twice)."""
    articles, claims = fixture_records()
    for number in range(EXTRA):
        article_id = f"art-wire-{number:02d}"
        texts = ["An unrelated opening.", "More context.", PONOMARENKO] + ([PONOMARENKO] if number == 0 else [])
        article = Article(id=article_id, source_file=f"wire{number}.txt", source_sha256=f"{number:064d}", ordinal=0,
                          title=f"Wire copy {number:02d}", outlet="Wire Desk", published=f"2024-11-{number % 28 + 1:02d}")
        article.passages = [
            Passage(id=f"{article_id}-{at:03d}", article_id=article_id, kind="body", order=at, paragraph=at + 1,
                    text=text, echo_group=GROUP if text == PONOMARENKO else None)
            for at, text in enumerate(texts)
        ]
        articles.append(article)
    return Corpus.from_records(articles, claims)


def repeated_in(corpus: Corpus, article_id: str) -> str:
    return next(p.id for p in corpus.article(article_id).passages if p.echo_group == GROUP)


def count_passage_reads(corpus: Corpus) -> list[str]:
    reads: list[str] = []
    corpus.articles = {aid: PassageCountingArticle(a, reads) for aid, a in corpus.articles.items()}  # type: ignore[misc]
    return reads


async def test_picker_reads_only_the_articles_of_the_rows_it_shows(tmp_path, monkeypatch):
    def loads_every_echo(self, passage_id):  # type: ignore[no-untyped-def]
        raise AssertionError("the picker loaded every echoing passage")

    monkeypatch.setattr(Corpus, "echoes_of", loads_every_echo)
    corpus = syndicated_corpus()
    own = repeated_in(corpus, "art-reuters")
    others = corpus.echo_articles(own)
    assert len(others) == EXTRA + 2  # the fixture's two other articles and the wire copies
    async with running_app(tmp_path, corpus=corpus) as (app, pilot):
        reads = count_passage_reads(corpus)
        app.push_screen(EchoPicker(corpus, own))
        await settle(pilot)
        listing = app.screen.query_one(NavList)
        assert [o.id for o in listing.options][-1] == MORE_ID
        assert set(reads) == set(others[:ECHO_PAGE]), "a row not shown had its article read"
        # Moving onto the "more" row brings in the next page, the cursor on its first row.
        listing.highlighted = ECHO_PAGE
        await settle(pilot)
        assert set(reads) == set(others[: 2 * ECHO_PAGE])
        assert listing.highlighted == ECHO_PAGE
        assert listing.highlighted_id == repeated_in(corpus, others[ECHO_PAGE])


async def test_picker_lists_each_other_article_once_and_opens_the_passage_there(tmp_path):
    corpus = syndicated_corpus()
    own = repeated_in(corpus, "art-wire-03")
    async with running_app(tmp_path, corpus=corpus) as (app, pilot):
        chosen: list[str | None] = []
        app.push_screen(EchoPicker(corpus, own), chosen.append)
        await settle(pilot)
        listing = app.screen.query_one(NavList)
        listing.show_all()
        ids = [o.id for o in listing.options]
        assert MORE_ID not in ids
        articles = [corpus.passage(pid).article_id for pid in ids]
        assert len(articles) == len(set(articles)) == EXTRA + 2  # art-wire-00 repeats it twice: one row
        assert "art-wire-03" not in articles, "the article being read is not an elsewhere"
        wire_row = ids[articles.index("art-wire-07")]
        assert wire_row == "art-wire-07-002", "the row opens the repeated passage, not the article's top"
        prompt = str(listing.get_option(wire_row).prompt)
        assert "Wire copy 07" in prompt and "Wire Desk · 2024-11-08 · ¶3" in prompt
        listing.highlighted = ids.index(wire_row)
        await pilot.press("enter")
        await settle(pilot)
        assert chosen == ["art-wire-07-002"]
        assert not isinstance(app.screen, EchoPicker)


async def test_going_to_the_bottom_pages_on_and_keeps_the_picker_open(tmp_path):
    corpus = syndicated_corpus()
    async with running_app(tmp_path, corpus=corpus) as (app, pilot):
        app.push_screen(EchoPicker(corpus, repeated_in(corpus, "art-reuters")))
        await settle(pilot)
        picker = app.screen
        listing = picker.query_one(NavList)
        before = listing.option_count
        await pilot.press("G")  # the last row shown: the "more" row, which pages on by itself
        await settle(pilot)
        assert app.screen is picker
        assert listing.option_count > before


# --- the selection screen -----------------------------------------------------------------


async def test_selection_screen_builds_a_page_of_rows_and_keeps_the_cursor_place(tmp_path, monkeypatch):
    import tui.screens.selection as selection_module
    from tui.screens.selection import SelectedList, SelectionScreen

    monkeypatch.setattr(selection_module, "SELECTION_PAGE", 3)
    corpus = syndicated_corpus()
    chosen = [repeated_in(corpus, f"art-wire-{number:02d}") for number in range(8)]
    async with running_app(tmp_path, corpus=corpus) as (app, pilot):
        for passage_id in chosen:
            app.toggle_selected(passage_id)
        reads = count_passage_reads(corpus)
        await pilot.press("S")
        await settle(pilot)
        assert isinstance(app.screen, SelectionScreen)
        listing = app.screen.query_one(SelectedList)
        assert [o.id for o in listing.options] == [*chosen[:3], MORE_ID]
        assert set(reads) <= {f"art-wire-{number:02d}" for number in range(3)}, "an unshown row was read"
        assert "8 selected passages" in str(app.screen.query_one("#selection-title").render())
        await pilot.press("j", "j", "j")  # onto the "more" row: the next page comes in
        await settle(pilot)
        assert listing.highlighted_id == chosen[3]
        await pilot.press("x")  # removes it; the cursor stays in place, on the passage after it
        await settle(pilot)
        assert app.selection == tuple(chosen[:3] + chosen[4:])
        assert listing.highlighted_id == chosen[4]
        assert MORE_ID not in app.selection

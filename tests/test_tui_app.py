"""Pilot tests of the main screen: loading, panes, navigation, reader, help, palette, quitting, state."""

from __future__ import annotations

import json

from textual.widgets import Tree
from tui_fixtures import PONOMARENKO, fixture_corpus, lit_words, make_app, running_app, screen_text, settle, until

from tui.app import NkruApp, build_app
from tui.screens.echoes import EchoPicker
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.widgets.articles import ArticleList, ArticlesPane, TopicPassageList
from tui.widgets.claims import ClaimsPane
from tui.widgets.reader import Reader
from tui.widgets.sources import SourcesPane
from tui.widgets.topics import TopicsPane


def main_screen(app: NkruApp) -> MainScreen:
    assert isinstance(app.screen, MainScreen)
    return app.screen


async def test_panes_fill_from_the_corpus(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        assert app.is_ready
        sources = app.screen.query_one(SourcesPane)
        prompts = [str(sources.get_option_at_index(i).prompt) for i in range(sources.option_count)]
        assert any(p.startswith("Reuters") for p in prompts)
        assert any(p.startswith("Unknown outlet") for p in prompts)
        assert any(p.startswith("Volodymyr Zelensky") for p in prompts), "claimants are listed too"
        assert app.screen.query_one(TopicsPane).option_count == 4
        claims = app.screen.query_one(ClaimsPane)
        subjects = [str(node.label) for node in claims.root.children]
        troops = next(s.label for s in app.corpus.subject_summaries if s.id == "troops_deployed")
        assert subjects[0].startswith(troops), "the subject with most claims comes first"
        troop_rows = [str(leaf.label) for leaf in claims.root.children[0].children]
        assert any("≤ 15,000  " in row for row in troop_rows), troop_rows  # the subject names the unit (troops)
        assert any("≈ 11,000  " in row for row in troop_rows), troop_rows
        assert app.screen.query_one(ArticleList).option_count == 4
        # A first run shows the newest article in the reader, and starts in Sources.
        assert app.screen.query_one(Reader).article.id == "art-reuters"
        assert app.focused is sources
        text = screen_text(app)
        for title in ("1 Sources", "2 Topics", "3 Claims", "4 Articles", "5 Reader"):
            assert title in text


async def test_tab_and_numbers_move_between_panes(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        screen = main_screen(app)
        order = []
        for _ in range(5):
            await pilot.press("tab")
            order.append(screen.active_pane)
        assert order == ["topics", "claims", "articles", "reader", "sources"]
        await pilot.press("shift+tab")
        assert screen.active_pane == "reader" and isinstance(app.focused, Reader)
        await pilot.press("3")
        assert isinstance(app.focused, ClaimsPane)
        await pilot.press("4")
        assert isinstance(app.focused, ArticleList)


async def test_narrow_terminal_shows_one_pane_at_a_time(tmp_path):
    async with running_app(tmp_path, size=(80, 24)) as (app, pilot):
        screen = main_screen(app)
        assert screen.has_class("-narrow")
        assert screen.query_one(SourcesPane).display and not screen.query_one(Reader).display
        await pilot.press("5")
        await pilot.pause()
        assert screen.query_one(Reader).display and not screen.query_one(SourcesPane).display
        assert screen.query_one(Reader).region.width > 70, "the one pane uses the whole width"


async def test_wide_terminal_shows_every_pane_side_by_side(tmp_path):
    async with running_app(tmp_path, size=(200, 60)) as (app, pilot):
        screen = main_screen(app)
        assert screen.has_class("-wide")
        articles, reader = screen.query_one(ArticlesPane), screen.query_one(Reader)
        assert articles.region.right <= reader.region.x, "articles sit beside the reader"
        assert reader.region.height > 50
        assert all(screen.query_one(f"#{p}").display for p in ("sources", "topics", "claims"))


async def test_outlet_filter_and_escape(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        sources = app.screen.query_one(SourcesPane)
        sources.focus()
        sources.highlight_id(next(k for k, f in sources._filters.items() if f.outlet == "Reuters"))
        await pilot.press("enter")
        await pilot.pause()
        articles = app.screen.query_one(ArticleList)
        assert [articles.get_option_at_index(i).id for i in range(articles.option_count)] == ["art-reuters"]
        assert isinstance(app.focused, ArticleList)
        assert "outlet: Reuters" in str(app.screen.query_one(ArticlesPane).border_title)
        await pilot.press("1", "escape")
        assert articles.option_count == 4


async def test_claimant_filter(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        sources = app.screen.query_one(SourcesPane)
        sources.focus()
        prompts = {str(sources.get_option_at_index(i).prompt): i for i in range(sources.option_count)}
        sources.highlighted = next(i for prompt, i in prompts.items() if prompt.startswith("the Pentagon  "))
        await pilot.press("enter")
        articles = app.screen.query_one(ArticleList)
        assert [articles.get_option_at_index(i).id for i in range(articles.option_count)] == ["art-unknown"]


async def test_topic_lists_passages_with_evidence_highlighted(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        topics = app.screen.query_one(TopicsPane)
        topics.focus()
        topics.highlight_id("language")
        await pilot.press("enter")
        listing = app.screen.query_one(TopicPassageList)
        assert app.focused is listing
        assert listing.option_count == 5
        lit = [w.lower() for w in lit_words(listing.get_option_at_index(0).prompt)]
        assert "language barrier" in lit or "language" in lit, lit
        await pilot.press("enter")
        reader = app.screen.query_one(Reader)
        assert app.focused is reader
        assert reader.current_passage_id == listing.get_option_at_index(0).id
        await pilot.press("4", "escape")
        assert app.screen.query_one(ArticlesPane).showing_topic is None


async def test_claim_opens_its_passage_highlighted(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        claims = app.screen.query_one(ClaimsPane)
        claims.focus()
        leaf = next(n for n in claims._leaves.values() if n.data.claimant == "the Pentagon")
        claims.move_cursor(leaf)
        await pilot.press("enter")
        reader = app.screen.query_one(Reader)
        assert app.focused is reader
        assert reader.article.id == "art-unknown"
        assert reader.current_passage_id == "art-unknown-000"
        lit = lit_words(reader.get_option(reader.current_passage_id).prompt)
        assert any("11,000" in text for text in lit), lit
        assert main_screen(app).query_one(ClaimsPane).current_subject == "troops_deployed"


async def test_reader_moves_jumps_and_follows_echoes(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("5")
        reader = app.screen.query_one(Reader)
        first = reader.current_passage_id
        await pilot.press("j", "j")
        assert reader.current_passage_id != first
        await pilot.press("g")
        assert reader.current_passage_id == first
        await pilot.press("G")
        last = reader.current_passage_id
        assert reader.corpus.passage(last).text == PONOMARENKO
        assert "also in 2 other articles" in str(reader.get_option(last).prompt)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EchoPicker)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert reader.article.id != "art-reuters"
        assert reader.corpus.passage(reader.current_passage_id).text == PONOMARENKO
        await pilot.press("escape")
        assert isinstance(app.focused, ArticleList), "escape leaves the reader for the list"
        await pilot.press("5", "]")
        assert reader.article.id == app.screen.query_one(ArticleList).highlighted_id


async def test_help_lists_every_binding_grouped(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(s.render()) for s in app.screen.query(".help-group, .help-lines"))
        for group in ("Everywhere", "Main screen", "Reader", "Claims pane", "Search results", "Export dialog"):
            assert group in text
        # Generated from the classes: every described binding of the Reader appears.
        for binding in Reader.BINDINGS:
            assert binding.description in text
        for expected in ("Quit", "Search", "Next pane", "Select", "Also in…", "Export", "Copy", "Compare", "Figures"):
            assert expected in text
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("q")
        assert isinstance(app.screen, MainScreen), "q closes help rather than quitting"
        assert app.is_running


async def test_palette_opens_article_by_fuzzy_title(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("ctrl+p")
        await pilot.pause()
        for ch in "pentagn soldiers":
            await pilot.press("space" if ch == " " else ch)
        await until(pilot, lambda: "Open article" in screen_text(app), "palette hits")
        await pilot.press("enter")
        await settle(pilot)
        assert main_screen(app).query_one(Reader).article.id == "art-unknown"


async def test_palette_runs_actions_by_name(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("ctrl+p")
        await pilot.pause()
        for ch in "help":
            await pilot.press(ch)
        await until(pilot, lambda: "Help" in screen_text(app), "palette hits")
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "help screen")


async def test_missing_compare_or_figures_screen_is_a_notice_not_a_crash(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def refuse(name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name in {"tui.screens.compare", "tui.screens.figures"}:
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", refuse)
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("c")
        await pilot.press("f")
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any("Comparison is not available" in m for m in messages)
        assert any("figure tracker is not available" in m for m in messages)
        assert app.is_running


async def test_q_quits_and_remembers_the_place(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("4", "j", "enter", "j", "j")
        reader = app.screen.query_one(Reader)
        article_id, passage_id = reader.article.id, reader.current_passage_id
        await pilot.press("space")
        await pilot.press("q")
        await pilot.pause()
    assert not app.is_running
    saved = json.loads((tmp_path / "state.json").read_text())
    assert saved["last_article_id"] == article_id
    assert saved["last_passage_id"] == passage_id
    assert saved["selection"] == [passage_id]

    again = make_app(tmp_path)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = again.screen.query_one(Reader)
        assert reader.article.id == article_id
        assert reader.current_passage_id == passage_id
        assert again.focused is reader, "opening shows where the user was"
        assert again.selection == (passage_id,)


async def test_saved_selection_of_vanished_passages_is_reported(tmp_path):
    (tmp_path / "state.json").write_text(json.dumps({"selection": ["art-reuters-004", "gone-001"]}))
    async with running_app(tmp_path) as (app, pilot):
        assert app.selection == ("art-reuters-004",)
        assert any("no longer in this database" in n.message for n in app._notifications)


async def test_a_broken_database_shows_an_error_and_keeps_running(tmp_path):
    db = tmp_path / "broken.json"
    db.write_text("{ this is not json")
    app = build_app(db, state_path=tmp_path / "state.json")
    async with app.run_test(size=(120, 40)) as pilot:
        # The loader fails on purpose (and says what it is reading first): wait for the failure, not for it.
        await until(pilot, lambda: "Could not open the article database" in screen_text(app), "the failure panel")
        assert app.is_running and not app.is_ready
        assert "corrupt" in screen_text(app)
        assert any(n.severity == "error" for n in app._notifications)
        await pilot.press("slash", "e", "y", "S", "c")  # nothing to act on: no crash
        assert app.is_running
        await pilot.press("q")
    assert not app.is_running


async def test_tree_labels_are_text_not_markup(tmp_path):
    async with running_app(tmp_path) as (app, pilot):
        claims = app.screen.query_one(ClaimsPane)
        assert all(not isinstance(node.label, str) for node in claims._leaves.values())
        assert isinstance(claims, Tree)


async def test_claims_made_by_older_analysers_are_flagged_on_opening(tmp_path):
    from store.analysis.fingerprint import META_KEY, analysis_fingerprint

    for fingerprint, flagged in (("older-release", True), (analysis_fingerprint(), False)):
        corpus = fixture_corpus()
        corpus.db_path, corpus.meta = tmp_path / "db.json", {META_KEY: fingerprint}
        async with running_app(tmp_path, corpus=corpus) as (app, pilot):
            assert any("nkru-tui reanalyse" in n.message for n in app._notifications) is flagged

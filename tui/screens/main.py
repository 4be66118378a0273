"""The main screen: Sources, Topics, Claims, Articles and the Reader, wired together."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, ClassVar, cast

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer

from store.gc_pause import freeze_heap_once
from store.models import SearchHit
from tui.formatting import counted, safe_text
from tui.messages import OpenPassage
from tui.screens.main_panes import PANES, SwitchesPanes
from tui.screens.main_tools import LaunchesTools
from tui.widgets.articles import ArticleList, ArticlesPane, TopicPassageList
from tui.widgets.claims import ClaimDetail, ClaimsPane
from tui.widgets.keybar import KeyBar
from tui.widgets.lists import MORE_ID
from tui.widgets.loading import LoadingPanel, LoadRequest
from tui.widgets.reader import Reader
from tui.widgets.sources import ArticleFilter, SourcesPane
from tui.widgets.status import StatusBar
from tui.widgets.typed_order import LateKeysActHere
from tui.widgets.topics import TopicsPane

if TYPE_CHECKING:
    from store.corpus import Corpus
    from tui.app import NkruApp

#: How long the first frame waits for the corpus.  Opening a built database takes a fraction of
#: this, so the first frame drawn is the filled one (no flash of empty panes, no wasted render);
#: a slow open (a first-run build) shows the loading panel once this has passed.
FIRST_FRAME_WAIT_S = 0.3


class MainScreen(LateKeysActHere, SwitchesPanes, LaunchesTools, Screen[None]):
    HELP_GROUP: ClassVar[str] = "Main screen"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "next_pane", "Next pane", show=False, tooltip="Move to the next pane"),
        Binding("shift+tab", "previous_pane", "Previous pane", show=False),
        # Priority: search opens as "/" arrives, so the words typed hard on its heels reach the box.
        Binding("slash,ctrl+f", "search", "Search", key_display="/", id="search", priority=True, tooltip="Typo-tolerant search"),
        Binding("n", "next_hit", "Next hit", show=False, tooltip="Open the next search hit"),
        Binding("N", "previous_hit", "Previous hit", show=False, tooltip="Open the previous search hit"),
        Binding("c", "compare", "Compare", id="compare", show=False, tooltip="Compare this article with another"),
        Binding("f", "figures", "Figures", id="figures", show=False, tooltip="Figure tracker for the claim subject"),
        Binding("r", "audit", "Audit trail", id="audit", show=False, tooltip="What normalising removed or repaired in this article"),
        Binding("D", "remove_source", "Remove source", id="remove_source", show=False,
                tooltip="Take the reader's article's source file (and its other articles) out of the database"),
        Binding("a", "add_files", "Add files", id="add_files", show=False, tooltip="Ingest a file or a folder of articles"),
        Binding("R", "reanalyse", "Reanalyse claims", id="reanalyse", show=False,
                tooltip="Redo every claim with the analysers installed now (after an upgrade)"),
        *(
            Binding(str(number), f"focus_pane('{pane}')", f"Go to {pane}", show=False)
            for number, pane in enumerate(PANES, start=1)
        ),
    ]

    def __init__(self, *, known_articles: frozenset[str] | None = None, article_filter: ArticleFilter | None = None,
                 show_article: str | None = None) -> None:
        super().__init__()
        self.known_articles = known_articles  # after adding files: the ids there were before
        self.show_article = show_article  # after a removal: the neighbour of the article gone
        self.populated = False
        self.kept_filter = article_filter  # the narrowing the screen before this one had (see _loaded)
        self.article_filter = ArticleFilter()
        self.hits: list[SearchHit] = []
        self.hit_index = -1
        self.last_query = ""
        self.index_seconds: float | None = None
        self.first_paint = threading.Event()  # the loader warms the search index after it
        self._save_timer: Timer | None = None
        self._frames_held = True  # see _compositor_refresh
        self._resumed = False  # see _first_resume

    @property
    def nkru(self) -> NkruApp:
        return cast("NkruApp", self.app)

    @property
    def corpus(self) -> Corpus:
        assert self.nkru.corpus is not None
        return self.nkru.corpus

    def compose(self) -> ComposeResult:
        if self._width_class(self.app.size.width) == "-narrow":
            yield self._pane_tabs(None)  # the first tab is active until watch_active_pane says otherwise
        with Horizontal(id="workspace"):
            with Vertical(id="nav", classes="column"):
                yield SourcesPane(id="sources")
                yield TopicsPane(id="topics")
                yield ClaimsPane(id="claims")
                yield ClaimDetail(id="claim-detail")
            with Horizontal(id="content", classes="column"):
                yield ArticlesPane(id="articles")
                yield Reader(id="reader")
        yield LoadingPanel(id="loading")
        yield StatusBar(id="status")
        yield KeyBar()

    @on(events.ScreenResume)
    def _first_resume(self, event: events.ScreenResume) -> None:
        # Textual restyles every node of a screen when it is resumed.  The first resume comes
        # right after mounting, which styled every node already, and every class change since
        # (the width class, the active pane) restyled what it touched: a second pass would only
        # repeat it.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_mount(self) -> None:
        self.set_timer(FIRST_FRAME_WAIT_S, self._release_frames)
        self.query_one(StatusBar).corpus_note = "opening the database…"
        app = self.nkru
        request = LoadRequest(app.db_path, app.topics_path, app.state_path, app.preloaded)
        self.query_one(LoadingPanel).load(request, app.index_ready, self.first_paint)
        self.watch(app, "selection", self._selection_changed, init=False)

    # --- loading --------------------------------------------------------------------

    @on(LoadingPanel.Loaded)
    def _loaded(self, event: LoadingPanel.Loaded) -> None:
        missing = self.nkru.adopt(event.corpus, event.state)
        corpus, selected = event.corpus, self._selected()
        self.query_one(SourcesPane).show_sources(
            corpus.outlet_summaries, corpus.claimant_summaries, len(corpus.articles)
        )
        self.query_one(TopicsPane).show_topics(corpus.topic_summaries)
        self.query_one(ClaimsPane).show_claims(corpus, selected)
        self.query_one(Reader).corpus = corpus
        # A source removed or claims redone: the outlet or claimant the user was reading stays
        # chosen, unless nothing of it is left (an empty list would look like a broken pane).
        kept = self.kept_filter or ArticleFilter()
        if kept != ArticleFilter() and not corpus.list_articles(outlet=kept.outlet, claimant=kept.claimant):
            kept = ArticleFilter()
        self._show_filter(kept)
        self.query_one(LoadingPanel).display = False
        self.query_one(StatusBar).selected = len(self.nkru.selection)
        self._note_corpus("indexing for search…")
        if missing:
            self.notify(
                f"{counted(len(missing), 'saved selected passage')} {'is' if len(missing) == 1 else 'are'} no longer "
                f"in this database and {'was' if len(missing) == 1 else 'were'} left out.",
                severity="warning",
                markup=False,
            )
        if corpus.articles and not corpus.claims_are_current():  # no articles: nothing to redo
            self.notify(
                "Some claims were made by an older version of the analysers. Press R on the main screen "
                "(or run `nkru-tui reanalyse`) to redo them from the stored text.",
                severity="warning",
                timeout=10,
                markup=False,
            )
        self._restore_place()
        self.populated = True
        self.refresh_bindings()  # search, compare and figures become available
        self.call_after_refresh(self._first_frame_drawn)
        self._release_frames()

    def _first_frame_drawn(self) -> None:
        # Filled panes usually bring scrollbars, which Textual lays out in one more pass just
        # after the first frame.  The search index warm-up (a thread that holds the GIL for a
        # while) waits for that frame too, so it does not slow the first screen's last touch.
        self.call_after_refresh(self.first_paint.set)

    def _compositor_refresh(self) -> None:
        # Textual lays the screen out and draws it as soon as it is shown.  Until the corpus is
        # in (or FIRST_FRAME_WAIT_S has passed) the layout still happens, so the panes know their
        # sizes when they are filled, but the drawing is skipped: it would be of empty panes
        # and thrown away a moment later.
        if not self._frames_held:
            super()._compositor_refresh()

    def _release_frames(self) -> None:
        """The corpus, a failure, build progress or the timer: whichever comes first lets frames through."""
        if self._frames_held:
            self._frames_held = False
            self.refresh(layout=True)  # laid out again with the panes' content, then drawn whole

    @on(LoadingPanel.Progress)
    def _building(self) -> None:
        self._release_frames()  # a first-run build: show its progress at once

    def _restore_place(self) -> None:
        if self.known_articles is not None and self._show_new_articles(self.known_articles):
            return
        state = self.nkru.user_state
        self.last_query = state.last_query
        self.restore_search_filters()
        if self.show_article is not None and self.show_article in self.corpus.articles:
            # The article read was removed: its neighbour, under the list's cursor, to go on from.
            self.open_article(self.show_article, focus=False)
            self.focus_pane("articles")
            return
        article_id, passage_id = state.last_article_id, state.last_passage_id
        if article_id and article_id in self.corpus.articles:
            if passage_id not in self.corpus.passages:
                passage_id = None
            self.open_article(article_id, passage_id)
            self.notify("Back where you left off.", timeout=2, markup=False)
        else:
            # A first run: show the newest article, but start the user in Sources.
            if (first := self.query_one(ArticleList).highlighted_id) is not None:
                self.open_article(first, focus=False)
            else:
                self.query_one(Reader).show_nothing("Nothing to read yet: the database holds no articles.")
            self.focus_pane("sources")

    def _show_new_articles(self, known: frozenset[str]) -> bool:
        # Whoever just added files wants to read them, not to be taken back to where they were.
        new = [article for article in self.corpus.list_articles() if article.id not in known]
        if not new:
            return False
        self.open_article(new[0].id)
        count = len(new)
        self.notify(
            f"{count} new article{'s' if count != 1 else ''}" + (": showing the newest." if count > 1 else "."),
            timeout=4,
            markup=False,
        )
        return True

    @on(LoadingPanel.Failed)
    def _failed(self, event: LoadingPanel.Failed) -> None:
        self._release_frames()
        self.query_one(LoadingPanel).show_failure(event.reason)
        self.query_one(StatusBar).corpus_note = "no database"

    @on(LoadingPanel.IndexProgress)
    def _index_progress(self, event: LoadingPanel.IndexProgress) -> None:
        self._note_corpus(f"building the search index… {100 * event.done // max(event.total, 1)}%")

    @on(LoadingPanel.IndexReady)
    def _index_ready(self, event: LoadingPanel.IndexReady) -> None:
        if event.error:
            self.notify(safe_text(event.error), severity="warning", markup=False)
        self.index_seconds = event.seconds
        self._note_corpus("search ready")
        # The corpus, the index and the panes now live as long as the app. Left to the cyclic
        # collector, its full passes walk all of them again and again, holding the GIL for
        # 50-80 ms each at ten thousand articles: frames stall while typing. Frozen, they are
        # skipped; what is made from here on is collected as usual.
        freeze_heap_once("search index ready")

    def _note_corpus(self, extra: str) -> None:
        corpus = self.corpus
        counts = [(len(corpus.articles), "article"), (corpus.passage_count, "passage"), (corpus.claim_count, "claim")]
        self.query_one(StatusBar).corpus_note = " · ".join(
            [*(f"{count:,} {noun}{'' if count == 1 else 's'}" for count, noun in counts), extra]
        )

    # --- panes talking --------------------------------------------------------------

    @on(SourcesPane.FilterChosen)
    def _filter_chosen(self, event: SourcesPane.FilterChosen) -> None:
        self.show_filter(event.article_filter)

    @on(ArticleList.FilterDropped)
    def _filter_dropped(self) -> None:
        self.query_one(SourcesPane).highlighted = 0  # "All articles", as Escape in the Sources pane leaves it
        self.show_filter(ArticleFilter())

    def show_filter(self, article_filter: ArticleFilter) -> None:
        """The article list narrowed to ``article_filter`` (from the Sources pane or the palette), in focus."""
        self._show_filter(article_filter)
        self.focus_pane("articles")

    def _show_filter(self, article_filter: ArticleFilter) -> None:
        self.article_filter = article_filter
        articles = self.corpus.list_articles(outlet=article_filter.outlet, claimant=article_filter.claimant)
        self.query_one(ArticlesPane).show_articles(articles, article_filter.label, filtered=article_filter != ArticleFilter())

    @on(TopicsPane.TopicChosen)
    def _topic_chosen(self, event: TopicsPane.TopicChosen) -> None:
        self.query_one(ArticlesPane).show_topic(self.corpus, event.topic_id, event.label, self._selected())
        self.focus_pane("articles")

    @on(TopicPassageList.Closed)
    def _topic_closed(self) -> None:
        self._show_filter(self.article_filter)
        self.focus_pane("articles")

    @on(ClaimsPane.ClaimHighlighted)
    def _claim_highlighted(self) -> None:
        self.show_claim_detail()

    @on(ArticleList.ArticleChosen)
    def _article_chosen(self, event: ArticleList.ArticleChosen) -> None:
        reader = self.query_one(Reader)
        if not event.focus_reader and reader.article is not None and reader.article.id == event.article_id:
            # A preview of the article shown already: the list's cursor was moved to it by whoever
            # opened a passage (the figure tracker, search, a claim), and the reader is at that
            # passage. Showing the article again would put the reader back at its top.
            return
        self.open_article(event.article_id, focus=event.focus_reader)

    @on(OpenPassage)
    def _open_passage(self, event: OpenPassage) -> None:
        self.open_passage(event.passage_id, event.spans, focus=event.focus_reader)

    @on(Reader.PassageHighlighted)
    def _passage_moved(self, event: Reader.PassageHighlighted) -> None:
        self.show_claim_detail()
        state = self.nkru.user_state
        state.last_article_id, state.last_passage_id = event.article_id, event.passage_id
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(1.0, self.nkru.save_state)

    @on(Reader.FollowEcho)
    def _follow_echo(self, event: Reader.FollowEcho) -> None:
        from tui.screens.echoes import EchoPicker

        def chosen(passage_id: str | None) -> None:
            if passage_id:
                self.open_passage(passage_id)

        self.app.push_screen(EchoPicker(self.corpus, event.passage_id), chosen)

    @on(Reader.Back)
    def _reader_back(self) -> None:
        self.back_from_reader()

    @on(Reader.Step)
    def _reader_step(self, event: Reader.Step) -> None:
        if self.query_one(ArticlesPane).showing_topic is not None:
            self._topic_step(event.direction)
            return
        articles = self.query_one(ArticleList)
        if articles.option_count:
            articles.highlighted = ((articles.highlighted or 0) + event.direction) % articles.option_count
            if articles.highlighted_id == MORE_ID:
                if event.direction > 0:
                    articles.show_next_page()  # the next page's first article takes the row's place
                else:
                    articles.highlighted = (articles.highlighted or 0) - 1  # wrapped from the top
            if (article_id := articles.highlighted_id) is not None:
                self.open_article(article_id)

    def _topic_step(self, direction: int) -> None:
        # The list beside the reader is a topic's passages: [ and ] go to that topic's next
        # article, not to the next of all the articles hidden behind it.
        reader = self.query_one(Reader)
        current = reader.article.id if reader.article is not None else ""
        found = self.query_one(TopicPassageList).step_to_other_article(current, direction)
        if found is None:
            self.notify(f"No {'later' if direction > 0 else 'earlier'} article on this topic.", markup=False)
            return
        passage_id, spans = found
        self.open_passage(passage_id, spans)

    # --- opening things -------------------------------------------------------------

    def open_article(self, article_id: str, passage_id: str | None = None, *, focus: bool = True) -> None:
        self.query_one(ArticleList).highlight_id(article_id)
        self.query_one(Reader).show_article(
            self.corpus.article(article_id), selected=self._selected(), passage_id=passage_id
        )
        if focus:
            self.focus_pane("reader")

    def open_passage(self, passage_id: str, spans: tuple[tuple[int, int], ...] = (), *, focus: bool = True) -> None:
        if passage_id not in self.corpus.passages:
            self.notify("That passage is not in this database.", severity="warning", markup=False)
            return
        article = self.corpus.article_of(passage_id)
        self.query_one(ArticleList).highlight_id(article.id)
        self.query_one(Reader).show_article(article, selected=self._selected(), passage_id=passage_id, spans=spans)
        if focus:
            self.focus_pane("reader")

    # --- selection ------------------------------------------------------------------

    def _selected(self) -> frozenset[str]:
        return frozenset(self.nkru.selection)

    def _selection_changed(self, old: tuple[str, ...], new: tuple[str, ...]) -> None:
        if not self.populated:
            return
        selected, changed = frozenset(new), set(old) ^ set(new)
        self.query_one(StatusBar).selected = len(new)
        self.query_one(Reader).mark_selected(selected, changed)
        self.query_one(ClaimsPane).mark_selected(selected, changed)
        self.query_one(ArticlesPane).mark_selected(selected, changed)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Until the corpus is in, actions that need it are shown greyed out.
        if action in {"search", "compare", "figures", "next_hit", "previous_hit", "add_files", "audit", "remove_source", "reanalyse"} and not self.populated:
            return None
        return True

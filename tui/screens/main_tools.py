"""The main screen's way out to its tools: search (and stepping through its hits), comparison, figures, the audit trail, adding and removing source files.

A mixin of :class:`tui.screens.main.MainScreen`, kept apart because the screens it opens are
imported only when first used: none of them is part of the first frame.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual.screen import Screen

from store.state import SEARCH_FILTER_KINDS, filters_still_known
from tui.formatting import one_line, safe_text
from tui.widgets.articles import ArticleList
from tui.widgets.claims import ClaimsPane
from tui.widgets.lists import MORE_ID
from tui.widgets.reader import Reader
from tui.widgets.status import StatusBar

if TYPE_CHECKING:
    from store.corpus import Corpus
    from store.models import Article, SearchHit
    from tui.app import NkruApp
    from tui.screens.search import SearchFilters, SearchOutcome
    from tui.widgets.sources import ArticleFilter


class LaunchesTools:
    """Actions that leave the main screen for another one, and the search hits they bring back."""

    #: The words and filters search was left with by Escape: "/" reopens on them (see _search_done).
    search_draft: tuple[str, SearchFilters] | None = None
    #: (article, passage) of the search hit last opened: Escape in the reader at that article goes back to the hits.
    hit_opened: tuple[str, str] | None = None

    if TYPE_CHECKING:  # provided by MainScreen
        populated: bool
        article_filter: ArticleFilter
        last_query: str
        hits: list[SearchHit]
        hit_index: int

        @property
        def nkru(self) -> NkruApp: ...
        @property
        def corpus(self) -> Corpus: ...
        def open_passage(self, passage_id: str, spans: tuple[tuple[int, int], ...] = (), *, focus: bool = True) -> None: ...
        def query_one(self, selector: Any, expect_type: Any = None) -> Any: ...
        def notify(self, message: str, **kwargs: Any) -> None: ...
        def focus_pane(self, pane: str) -> None: ...

    def action_search(self) -> None:
        if not self.populated:
            return
        from tui.screens.search import (  # on first use: it is not part of the first screen
            SearchFilters,
            SearchScreen,
        )

        query, filters = self.search_draft or (self.last_query, SearchFilters(*self.nkru.last_search_filters))
        recent = self.nkru.user_state.recent_searches
        self.nkru.push_screen(
            SearchScreen.reopened(self.nkru, self.corpus, recent, query=query, filters=filters), self._search_done
        )

    def restore_search_filters(self) -> None:
        """The last run's search filters, for the next "/" and n/N; one whose outlet, claimant or topic has
        since left the database is dropped with a note, never an error."""
        corpus = self.corpus
        known = {"topic": {t.id for t in corpus.topic_summaries}, "outlet": {o.name for o in corpus.outlet_summaries},
                 "claimant": {c.name for c in corpus.claimant_summaries}}
        kept, dropped = filters_still_known(self.nkru.user_state.last_filters, known)
        self.nkru.last_search_filters = tuple(kept.get(kind) for kind in SEARCH_FILTER_KINDS)  # type: ignore[assignment]
        if dropped:
            self.nkru.user_state.last_filters = kept
            self.notify(safe_text(f"Search filter dropped, no longer in the database: {', '.join(dropped)}"), markup=False)

    def _search_done(self, outcome: SearchOutcome | None) -> None:
        self.search_draft = None
        if outcome is None:
            return
        if outcome.closed:
            # Escape: the words come back with the next "/", and among the recent searches; the hits
            # n and N step through stay those of the last search a hit was opened from.
            self.search_draft = (outcome.query, outcome.filters)
            self.nkru.user_state.remember_search(outcome.query)
            self.nkru.save_state()
            return
        self.last_query = outcome.query
        self.nkru.user_state.last_query = outcome.query
        self.nkru.user_state.remember_search(outcome.query)
        self.nkru.save_state()
        self.hits, self.hit_index = outcome.hits, outcome.index
        filters = outcome.filters
        self.nkru.last_search_filters = (filters.topic, filters.outlet, filters.claimant)
        self.nkru.user_state.last_filters = {kind: value for kind, value in zip(SEARCH_FILTER_KINDS, self.nkru.last_search_filters) if value}
        self.nkru.save_state()
        if 0 <= self.hit_index < len(self.hits):
            self._open_hit()

    def _open_hit(self) -> None:
        hit = self.hits[self.hit_index]
        self.open_passage(hit.passage_id, tuple(hit.spans))
        self.hit_opened = (self.corpus.article_of(hit.passage_id).id, hit.passage_id)
        # The query may be pasted text (or read back from the state file): one line, no escapes.
        self.query_one(StatusBar).search_note = (
            f"hit {self.hit_index + 1}/{len(self.hits)} for “{one_line(self.last_query)}”{self._filters_note()} (n/N)"
        )

    def _filters_note(self) -> str:
        """Where the hits n and N step through were narrowed to (" in Reuters, on Casualties"), or ""."""
        topic, outlet, claimant = self.nkru.last_search_filters
        labels = {t.id: t.label for t in self.corpus.topic_summaries}
        parts = [f"in {outlet}" if outlet else "", f"on {labels.get(topic, topic)}" if topic else "", f"by {claimant}" if claimant else ""]
        shown = ", ".join(part for part in parts if part)
        return f" {one_line(shown)}" if shown else ""

    def action_next_hit(self) -> None:
        self._step_hit(1)

    def action_previous_hit(self) -> None:
        self._step_hit(-1)

    def _step_hit(self, step: int) -> None:
        if not self.hits and not self._search_again(step):
            return
        self.hit_index = (self.hit_index + step) % len(self.hits)
        self._open_hit()

    def _search_again(self, step: int) -> bool:
        """The hits are gone but the search is not: run it again on what the database holds now.

        Adding files, removing a source or redoing the claims reloads the corpus (and a restart
        reads the last query back), which drops the hits; "no search hits yet" would be false, and
        the old hits could name passages no longer there.  The search costs a few ms.  Stepping
        goes on from the passage in the reader when it is a hit, else from the first (or last).
        """
        from tui.screens.search import RESULT_LIMIT

        query = self.last_query.strip()
        if not query:
            self.notify("No search hits yet: press / to search.", markup=False)
            return False
        if not self.nkru.index_ready.is_set():
            self.notify("The search index is still being prepared: try again in a moment.", markup=False)
            return False
        topic, outlet, claimant = self.nkru.last_search_filters
        hits = self.corpus.search(query, limit=RESULT_LIMIT, topic=topic, outlet=outlet, claimant=claimant)
        if not hits:
            self.notify(f"Nothing matches “{one_line(query)}” any more: press / to search.", markup=False)
            return False
        current = self.query_one(Reader).current_passage_id
        self.hits = hits
        self.hit_index = next((i for i, hit in enumerate(hits) if hit.passage_id == current), -1 if step > 0 else 0)
        return True

    def back_from_reader(self) -> None:
        """Escape in the reader: back to the comparison its passage was followed from, or to the search
        hits it was opened from (while the reader still shows that hit's article), else to the list."""
        from tui.screens.passage_jump import back_to_kept_comparison

        article = self.query_one(Reader).article
        article_id = article.id if article is not None else None
        if back_to_kept_comparison(self.nkru, article_id):
            return
        hit_opened, self.hit_opened = self.hit_opened, None  # once: a second Escape goes on to the list
        if hit_opened is not None and 0 <= self.hit_index < len(self.hits) and article_id is not None \
                and hit_opened == (article_id, self.hits[self.hit_index].passage_id):
            self._back_to_hits(self.hits[self.hit_index].passage_id)
            return
        self.focus_pane("articles")

    def _back_to_hits(self, passage_id: str) -> None:
        from tui.screens.search import SearchFilters, SearchScreen

        filters = SearchFilters(*self.nkru.last_search_filters)
        recent = self.nkru.user_state.recent_searches
        screen = SearchScreen.reopened(self.nkru, self.corpus, recent, query=self.last_query, filters=filters,
                                       return_to=passage_id)
        self.nkru.push_screen(screen, self._search_done)

    def action_compare(self) -> None:
        try:
            from tui.screens.compare import CompareScreen
            from tui.screens.passage_jump import drop_kept_comparison
        except ImportError:
            self.notify("Comparison is not available in this build.", severity="warning", markup=False)
            return
        drop_kept_comparison(self.nkru)  # a new comparison: the one kept for Escape is not coming back
        article = self._article_in_view()
        left = article.id if article is not None else None
        self._push_guarded(lambda: CompareScreen(self.corpus, left_article_id=left), "comparison")

    def _article_in_view(self) -> Article | None:
        """The reader's article, or the one it is about to show.

        With the article list focused the reader previews the article under its cursor, but by
        message, after the keys already typed: in "j j c" typed fast, "c" compared the article the
        cursor had left.  The list's cursor is where the user is.
        """
        articles = self.query_one(ArticleList)
        pending = articles.highlighted_id
        if articles.has_focus and pending is not None and pending != MORE_ID and pending in self.corpus.articles:
            return self.corpus.article(pending)
        return self.query_one(Reader).article

    def action_figures(self) -> None:
        try:
            from tui.screens.figures import FigureTrackerScreen
            from tui.screens.passage_jump import drop_kept_comparison
        except ImportError:
            self.notify("The figure tracker is not available in this build.", severity="warning", markup=False)
            return
        drop_kept_comparison(self.nkru)  # a new tracker: the one kept for Escape is not coming back
        claims = self.query_one(ClaimsPane)
        subject, claim = claims.current_subject, claims.current_claim
        # From the reader (back from a passage opened in the tracker) or from a claim, f lands on
        # that passage's row, of its own subject: it opened on the first row, the place lost.
        reader = self.query_one(Reader)
        passage = reader.current_passage_id if self.focused is reader else claim.passage_id if claim else None
        if self.focused is reader and passage is not None:
            subjects = [c.subject for c in self.corpus.claims_in_passage(passage) if c.figures]
            subject = subject if subject in subjects or not subjects else subjects[0]
        self._push_guarded(lambda: FigureTrackerScreen(self.corpus, subject_id=subject, passage_id=passage), "figure tracker")

    def action_audit(self) -> None:
        if not self.populated:
            return
        if (article := self._article_in_view()) is None:
            self._say_no_article("show the audit trail of")
            return
        from tui.screens.audit import AuditScreen

        self.nkru.push_screen(AuditScreen(self.corpus, article))

    def action_add_files(self) -> None:
        if not self.populated:
            return
        from tui.screens.add_files import AddFilesDialog

        known = frozenset(self.corpus.articles)

        def added(changed: bool | None) -> None:
            if changed:
                self.nkru.reload_corpus(known_articles=known)  # and the reader shows what came in

        self.nkru.push_screen(AddFilesDialog(), added)

    def action_reanalyse(self) -> None:
        if not self.populated:
            return
        if not self.corpus.articles:
            self._say_no_article("reanalyse")
            return
        from tui.screens.reanalyse import ReanalyseDialog

        dialog = ReanalyseDialog(len(self.corpus.articles), self.corpus.claims_are_current())
        self.nkru.push_screen(dialog, self._database_changed)

    def action_remove_source(self) -> None:
        if not self.populated:
            return
        if (article := self._article_in_view()) is None:
            self._say_no_article("remove the source of")
            return
        from tui.screens.remove_source import RemoveSourceDialog

        titles = [a.title for a in self.corpus.articles.values() if a.source_sha256 == article.source_sha256]
        neighbour = self._neighbour_outside_source(article)

        def removed(changed: bool | None) -> None:
            if changed:
                self.nkru.reload_corpus(article_filter=self.article_filter, show_article=neighbour)

        self.nkru.push_screen(RemoveSourceDialog(self.nkru.db_path, article, titles, self.corpus), removed)

    def _neighbour_outside_source(self, article: Article) -> str | None:
        """The article to show once ``article``'s source file is gone: the next one in the list
        that another file holds, else the nearest before it (in every article's list, when the
        outlet's or claimant's empties).  Without it the list went back to its top and focus to
        the Sources pane: the analyst pruning a list lost their place."""
        narrowed = self.corpus.list_articles(outlet=self.article_filter.outlet, claimant=self.article_filter.claimant)
        for listed in (narrowed, self.corpus.list_articles()):
            at = next((i for i, a in enumerate(listed) if a.id == article.id), 0)
            for candidate in (*listed[at + 1 :], *reversed(listed[:at])):
                if candidate.source_sha256 != article.source_sha256:
                    return candidate.id
        return None

    def _say_no_article(self, doing: str) -> None:
        """A key that needs an article must not do nothing in silence: say why, and what to press."""
        if not self.corpus.articles:
            self.notify(f"No article to {doing}: the database holds none yet. Press a to add files.", markup=False)
        else:
            self.notify(f"No article to {doing}: open one first (4 goes to the article list).", markup=False)

    def _database_changed(self, changed: bool | None) -> None:
        if changed:
            self.nkru.reload_corpus(article_filter=self.article_filter)

    def _push_guarded(self, make: Callable[[], Screen[Any]], what: str) -> None:
        """A screen built elsewhere may fail on odd data; say so rather than crash."""
        try:
            screen = make()
        except Exception as error:  # noqa: BLE001 - any failure becomes a notice
            self.notify(safe_text(f"Could not open the {what}: {error}"), severity="error", markup=False)
            return
        self.nkru.push_screen(screen)

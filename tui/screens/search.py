"""Search: results as you type, typo tolerant, filtered by topic, outlet and claimant."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, cast

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import ContentSwitcher, Input, Select, Static
from textual.worker import get_current_worker

from store.corpus import Corpus
from store.models import SearchHit
from tui.formatting import DIM
from tui.widgets.filter_select import FilterSelect
from tui.widgets.keybar import KeyBar
from tui.screens.search_filters import (
    FIND_CLAIMANT,
    FindsClaimants,
    SearchFilters,
    SearchOutcome,
    claimant_choices,
    claimant_prompt,
    explain_filters,
    extra_claimant,
    no_hits_note,
    outlet_choices,
    refused_as_common,
    results_note,
    topic_choices,
)
from tui.screens.search_keys import SearchKeys
from tui.screens.search_reopening import KeptSearchScreen
from tui.screens.search_widgets import HITS_PAGE, HitList, QueryInput, RecentList
from tui.widgets.lists import NavList
from tui.widgets.typed_order import LateKeysActHere
from tui.workers import ReportsWorkerErrors

if TYPE_CHECKING:
    from tui.app import NkruApp

# The lists live in search_widgets; the filters, the outcome and the note on no hits in search_filters.
__all__ = ["HITS_PAGE", "HitList", "RecentList", "SearchFilters", "SearchOutcome", "SearchScreen", "no_hits_note"]

#: Long enough that steady typing (8-12 keys a second) searches and redraws once, when the
#: typist pauses; redrawing the hit list after every key is what made frames stall at 10k.
DEBOUNCE_SECONDS = 0.15
RESULT_LIMIT = 60  # a screenful is ~8; more only costs layout time while typing
STATUS_MAX_LINES = 3  # the status line's max-height (app.tcss)


#: Claimants the drop-down lists, the most cited; its first choice finds any other (search_filters).
CLAIMANT_CHOICES = 300
class SearchScreen(SearchKeys, KeptSearchScreen, FindsClaimants, LateKeysActHere, ReportsWorkerErrors, Screen[SearchOutcome | None]):
    HELP_GROUP: ClassVar[str] = "Search"
    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: search closes as Escape arrives, so the keys typed hard on its heels reach the
        # main screen instead of the query box that is going away.
        Binding("escape", "close", "Back", priority=True, tooltip="Return to the reader"),
        # Listed for help and the palette; in the query box, down and enter run it from the box's
        # own bindings (QueryInput), in order with the letters typed before them.
        Binding("down", "to_results", "Results", show=False, tooltip="Move into the results"),
        Binding("ctrl+l", "clear_filters", "Clear filters", tooltip="Drop the topic, outlet and claimant filters"),
        Binding("slash", "edit_query", "Edit query", key_display="/", tooltip="Back to the search words"),
        # Letters typed in the results carry on the query (SearchResultList); "q" in a filter is
        # not "quit" either, under a typist's fingers. Escape leaves search, ctrl+q still quits.
        Binding("q", "type_on('q')", show=False),
    ]

    @dataclass
    class ResultsReady(Message):
        generation: int
        query: str
        hits: list[SearchHit] = field(default_factory=list)
        filters: SearchFilters = field(default_factory=SearchFilters)
        filter_note: str | None = None  # which filter left every passage out (explain_filters)
        explained: bool = False  # filter_note was looked for (off the UI thread): no need to again

    @dataclass
    class FiltersExplained(Message):
        generation: int
        note: str

    def __init__(
        self, corpus: Corpus, recent: list[str], *, query: str = "", filters: SearchFilters | None = None
    ) -> None:
        super().__init__()
        self.corpus = corpus
        self.recent = list(recent)
        self.initial_query = query
        self.initial_filters = filters or SearchFilters()
        self.generation = 0
        self.shown_query = ""
        self.shown_search: tuple[str, SearchFilters] | None = None  # what the hits on screen answer
        self._debounce: Timer | None = None
        self.return_to: str | None = None  # see reopened

    def compose(self) -> ComposeResult:
        corpus = self.corpus
        with Vertical(id="search-box") as box:
            box.border_title = "/ Search"
            yield QueryInput(
                compact=True,
                value=self.initial_query,
                placeholder='Search passages (typos are fine) · "exact words" · -word leaves out',
                id="query",
            )
            with Horizontal(id="filters"):
                yield FilterSelect(
                    topic_choices(corpus),
                    prompt="Any topic",
                    compact=True,
                    id="topic-filter",
                )
                yield FilterSelect(
                    outlet_choices(corpus),
                    prompt="Any outlet",
                    compact=True,
                    id="outlet-filter",
                )
                claimants = corpus.claimant_summaries
                yield FilterSelect(
                    claimant_choices(claimants, CLAIMANT_CHOICES),
                    prompt=self._claimant_prompt(self.app.size.width),
                    compact=True,
                    id="claimant-filter",
                )
        yield Static(id="search-status")
        with ContentSwitcher(initial="recent", id="search-results"):
            yield RecentList(id="recent")
            yield HitList(id="hits")
        yield KeyBar()

    def _claimant_prompt(self, width: int) -> str:
        return claimant_prompt(len(self.corpus.claimant_summaries), CLAIMANT_CHOICES, width)

    def on_resize(self, event: events.Resize) -> None:
        # Opened at 120 columns and narrowed to 80, the drop-down still read "Any claimant (top 300".
        self.query_one("#claimant-filter", Select).prompt = self._claimant_prompt(event.size.width)

    def _choose_filters(self, filters: SearchFilters) -> None:
        """Set the filter boxes to ``filters``; a value a box no longer offers (a removed outlet) is left out."""
        claimants = self.corpus.claimant_summaries
        extra = extra_claimant(claimants, CLAIMANT_CHOICES, filters.claimant)
        offered = {
            "#topic-filter": (filters.topic, {t.id for t in self.corpus.topic_summaries}),
            "#outlet-filter": (filters.outlet, {o.name for o in self.corpus.outlet_summaries}),
            "#claimant-filter": (filters.claimant, {c.name for c in claimants[:CLAIMANT_CHOICES]} | {extra}),
        }
        with self.prevent(Select.Changed):
            if extra != self._claimant_extra:  # listed besides the most cited, or no longer
                self._claimant_extra = extra
                self.query_one("#claimant-filter", Select).set_options(claimant_choices(claimants, CLAIMANT_CHOICES, extra))
            for selector, (value, values) in offered.items():
                select = self.query_one(selector, Select)
                select.clear()
                if value is not None and value in values:
                    select.value = value

    def on_mount(self) -> None:
        self.watch(self.app, "selection", self._selection_changed, init=False)
        self._choose_filters(self.initial_filters)
        self._begin()

    # --- running the search -----------------------------------------------------------

    @on(Input.Changed, "#query")
    def _query_changed(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(DEBOUNCE_SECONDS, self._search_now)

    @on(Select.Changed)
    def _filter_changed(self, event: Select.Changed) -> None:
        if event.value == FIND_CLAIMANT:
            self._find_claimant(event.select)
        else:
            self._search_now()

    def _filters(self) -> SearchFilters:
        def value(selector: str) -> str | None:
            chosen = self.query_one(selector, Select).value
            return None if chosen == Select.NULL else cast(str, chosen)

        return SearchFilters(value("#topic-filter"), value("#outlet-filter"), self.claimant_filtered(value("#claimant-filter")))

    def _wanted(self) -> tuple[str, SearchFilters]:
        return self.query_one("#query", Input).value.strip(), self._filters()

    def _search_now(self) -> None:
        try:
            query, filters = self._wanted()
        except NoMatches:
            return  # a debounce firing while the app tears the screen down (it quit mid-typing): nothing to search
        if self._debounce is not None:
            self._debounce.stop()
        self.generation += 1  # whatever is still on its way answers an older query
        if query and (query, filters) == self.shown_search:
            # Shown already (run at once by enter, then its debounce or the recent pick came): a
            # second run would only reset the cursor the user may have moved since.
            self.workers.cancel_group(self, "search")
            return
        if not query:
            self.workers.cancel_group(self, "search")
            self.shown_query = ""
            self.shown_search = None
            self.query_one(ContentSwitcher).current = "recent"
            self._status(Content.styled("Type to search.", DIM))
            return
        if not cast("NkruApp", self.app).index_ready.is_set():
            self._status(Content.styled("preparing the search index…", DIM))
        self._search(self.generation, query, filters)

    def _search_here(self) -> None:
        """Search on this thread, for a user who asked for the results (enter, down) before they came.

        A search costs a few ms (8 ms at p95 on 10k articles), no worse than drawing its hits; a
        key typed after enter must find those hits in place.  Not while the index warms up.
        """
        query, filters = self._wanted()
        if not query or not cast("NkruApp", self.app).index_ready.is_set():
            return
        if (query, filters) != self.shown_search:
            if self._debounce is not None:
                self._debounce.stop()
            self.workers.cancel_group(self, "search")
            self.generation += 1
            hits = [] if refused_as_common(query, filters) else self.corpus.search(
                query, limit=RESULT_LIMIT, topic=filters.topic, outlet=filters.outlet, claimant=filters.claimant
            )
            self._show_results(self.ResultsReady(self.generation, query, hits, filters))

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search(self, generation: int, query: str, filters: SearchFilters) -> None:
        worker = get_current_worker()
        app = cast("NkruApp", self.app)
        while not app.index_ready.wait(0.05):  # the index is still warming up
            if worker.is_cancelled:
                return
        hits = [] if refused_as_common(query, filters) else self.corpus.search(
            query, limit=RESULT_LIMIT, topic=filters.topic, outlet=filters.outlet, claimant=filters.claimant
        )
        for hit in hits:  # read the hits' articles here, off the UI thread, which then finds them in memory
            if worker.is_cancelled:
                return
            self.corpus.passages.get(hit.passage_id)
        note = explain_filters(self.corpus, query, hits, filters) if not worker.is_cancelled else None
        if not worker.is_cancelled:
            self.post_message(self.ResultsReady(generation, query, hits, filters, note, explained=True))

    @work(thread=True, exclusive=True, group="explain", exit_on_error=False)
    def _explain_filters(self, generation: int, query: str, filters: SearchFilters) -> None:
        """For hits found on the UI thread (``_search_here``): why the filters left none, searched here."""
        note = explain_filters(self.corpus, query, [], filters)
        if note and not get_current_worker().is_cancelled:
            self.post_message(self.FiltersExplained(generation, note))

    @on(FiltersExplained)
    def _show_explained(self, event: FiltersExplained) -> None:
        if event.generation == self.generation and self.is_mounted:
            self._status(Content.styled(event.note, DIM))

    @on(ResultsReady)
    def _show_results(self, event: ResultsReady) -> None:
        if event.generation != self.generation:
            return  # a newer query is on its way, or the screen was closed; never flash stale results
        try:
            self._draw_results(event)
        except NoMatches:
            pass  # the app is quitting: it removed the screen's widgets before the hits came

    def _draw_results(self, event: ResultsReady) -> None:
        hits = self.query_one(HitList)
        self.shown_query = event.query
        self.shown_search = (event.query, event.filters)
        hits.show_hits(self.corpus, event.hits, frozenset(cast("NkruApp", self.app).selection), query=event.query)
        self.query_one(ContentSwitcher).current = "hits"
        if (back_at := self.return_to) is not None and event.query == self.initial_query:
            self.return_to = None  # back from the reader: the cursor where it was, in the hits, not the query box
            if hits.highlight_id(back_at):
                self.set_focus(hits)
        note = results_note(self.corpus, event.query, event.hits, event.filters, RESULT_LIMIT, filter_note=event.filter_note)
        if not event.hits and not event.explained and event.filters != SearchFilters():
            self._explain_filters(event.generation, event.query, event.filters)
        keys = " · ↓↑ move · enter opens · space selects" if event.hits else ""
        status = self.query_one("#search-status", Static)
        if len(note) + len(keys) > status.content_size.width:
            keys = ""  # at 80 columns the count matters more; the key bar shows the keys in the list
        self._status(Content.assemble((note, DIM), (keys, DIM)))

    def _status(self, content: Content) -> None:
        # Mostly one line, and then no need to lay the whole screen out again for it; a note too long
        # for the width wraps to a second (at 80 columns a filter's note lost "(ctrl+l drops the filters)").
        status = self.query_one("#search-status", Static)
        width = status.content_size.width
        lines = min(len(content.wrap(width)), STATUS_MAX_LINES) if width > 0 else 0
        status.update(content, layout=lines != status.size.height)

    # --- choosing -----------------------------------------------------------------------

    @on(NavList.OptionSelected, "#hits")
    def _hit_chosen(self, event: NavList.OptionSelected) -> None:
        event.stop()
        hits = self.query_one(HitList).hits
        index = next((i for i, h in enumerate(hits) if h.passage_id == event.option_id), 0)
        filters = self.shown_search[1] if self.shown_search is not None else SearchFilters()
        self.dismiss(SearchOutcome(self.shown_query, hits, index, filters))

    @on(NavList.OptionSelected, "#recent")
    def _recent_chosen(self, event: NavList.OptionSelected) -> None:
        event.stop()
        self._search_now()  # the list has put the search in the box already (RecentList.action_select)

    def _selection_changed(self, selection: tuple[str, ...]) -> None:
        hits = self.query_one(HitList)
        if hits.hits and self.is_current:  # a kept screen out of sight is reset before it is shown again
            hits.show_hits(self.corpus, hits.hits, frozenset(selection), query=self.shown_query, keep_cursor=True)

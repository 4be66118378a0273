"""The search screen kept between searches: made once, reset for each "/" (and back from a hit opened).

A mixin of ``SearchScreen``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.app import App
from textual.content import Content
from textual.widgets import ContentSwitcher, Input, Select

from store.corpus import Corpus
from tui.formatting import DIM
from tui.screens.search_filters import SearchFilters
from tui.screens.search_widgets import HitList, RecentList

if TYPE_CHECKING:
    from tui.screens.search import SearchScreen

SCREEN_NAME = "search"


class KeptSearchScreen:
    """How the search screen is reopened, reset, and begun."""

    @classmethod
    def reopened(
        cls: type[SearchScreen], app: App[Any], corpus: Corpus, recent: list[str], *, query: str = "", filters: SearchFilters | None = None,
        return_to: str | None = None,
    ) -> SearchScreen:
        """The app's search screen for ``corpus``, made on first use and kept installed after.

        Building the screen costs 100-200 ms of UI-thread CPU at 10k articles (widgets, styles,
        layout): a visible stall after "/".  A kept screen only needs resetting: about 30 ms.
        ``return_to``: the passage of a hit opened from here, to come back to in the hits (Escape in the reader).
        """
        if app.is_screen_installed(SCREEN_NAME):
            kept = app.get_screen(SCREEN_NAME)
            if isinstance(kept, cls) and kept.corpus is corpus and kept.is_mounted:
                kept.return_to = return_to
                kept.start_over(recent, query, filters or SearchFilters())
                return kept
            app.uninstall_screen(SCREEN_NAME)
        screen = cls(corpus, recent, query=query, filters=filters)
        screen.return_to = return_to
        app.install_screen(screen, SCREEN_NAME)
        return screen


    def start_over(self: SearchScreen, recent: list[str], query: str, filters: SearchFilters) -> None:
        """Reset a kept screen to what a new one would show: these recent searches, this query, these filters."""
        self.workers.cancel_group(self, "search")
        if self._debounce is not None:
            self._debounce.stop()
        self.recent, self.initial_query = list(recent), query
        self.generation += 1
        self.shown_query = ""
        self.shown_search = None
        hits = self.query_one(HitList)
        hits.hits = []
        hits.clear_options()
        with self.prevent(Select.Changed, Input.Changed):
            self.query_one("#query", Input).value = query
        # The last search's filters come back with its words: without them the same query showed
        # other hits than the ones n and N step through.  ctrl+l clears them.
        self._choose_filters(filters)
        self.query_one("#claimant-filter", Select).prompt = self._claimant_prompt(self.app.size.width)  # resized away
        self.query_one(ContentSwitcher).current = "recent"
        self._begin()

    def _begin(self: SearchScreen) -> None:
        self.query_one("#recent", RecentList).show_queries(self.recent)
        box = self.query_one("#query", Input)
        self.set_focus(box)  # now: the words typed after "/" are on their way
        if box.value:
            # Offered selected, so one key replaces it: a kept screen left from its box gets no
            # new focus event to select it (Input's select_on_focus), and typing went on the end.
            box.select_all()
        if self.initial_query:
            self._search_now()
        else:
            self._status(Content.styled("Type to search. Recent searches below." if self.recent else "Type to search.", DIM))

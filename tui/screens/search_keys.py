"""The search screen's keys: typing that reaches the screen, leaving, moving into the results, the filters.

A mixin of ``SearchScreen`` (its bindings stay there, where help reads them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.widgets import ContentSwitcher, Input, Select

from tui.screens.search_filters import SearchOutcome
from tui.screens.search_widgets import HitList, QueryInput, RecentList
from tui.widgets.lists import NavList
from tui.widgets.typed_order import handed_on

if TYPE_CHECKING:
    from tui.screens.search import SearchScreen


class SearchKeys:
    """What the search screen's keys do."""

    def on_key(self: SearchScreen, event: events.Key) -> None:
        # A character reaching the screen itself was typed before the box had focus: after "/"
        # opened search, while the screen was still being built, or queued in a list before a
        # key moved focus to the box.  Nothing else takes characters here: they are the query's.
        query = self.query_one("#query", QueryInput)
        if self.is_current and self.focused is query and event.is_printable:
            event.stop()
            query.post_message(handed_on(event))

    def action_close(self: SearchScreen) -> None:
        self.workers.cancel_group(self, "search")
        self.generation += 1  # a search already done posts its hits anyway: they are for a screen now closed
        # Handed back, not dropped: a query typed with care (and its filters) was lost to a
        # glance at the reader, "/" then opening on the one before it.
        query, filters = self._wanted()
        self.dismiss(SearchOutcome(query, [], -1, filters, closed=True) if query else None)

    def action_to_results(self: SearchScreen) -> None:
        """Enter or down in the query: into the hits for it, or the recent searches if it is empty.

        Focus moves here and now (set_focus, not focus(), which waits its turn behind the keys
        already queued), so those keys act in the results.
        """
        if self._wanted()[0]:
            self._search_here()  # hits for every word typed, unless the index is still warming up
            self.query_one(ContentSwitcher).current = "hits"
            target: NavList = self.query_one(HitList)
        else:
            self._search_now()  # an emptied box shows the recent searches, even inside its debounce
            target = self.query_one(RecentList)
        self.set_focus(target)

    def action_edit_query(self: SearchScreen) -> None:
        self.query_one("#query", QueryInput).focus_to_type_on()

    def check_action(self: SearchScreen, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close":
            return not any(select.expanded for select in self.query(Select))  # there Escape folds the list
        if action == "edit_query":
            return not isinstance(self.focused, Input)  # there "/" is a character of the query
        if action == "to_results":
            return isinstance(self.focused, QueryInput)  # elsewhere enter and down are the widget's own
        return True

    def action_type_on(self: SearchScreen, character: str) -> None:
        self.query_one("#query", QueryInput).type_on(character)

    def action_clear_filters(self: SearchScreen) -> None:
        for select in self.query(Select):
            select.clear()

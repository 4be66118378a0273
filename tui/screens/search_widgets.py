"""The search screen's own widgets: the query box and the two lists under it.

In the lists the user is still typing: letters carry on the query (the lists send them
there), so these lists move by the keys that never spell a word.
"""

from __future__ import annotations

import re
from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input
from textual.widgets.option_list import Option

from store.corpus import Corpus
from store.models import SearchHit
from tui.formatting import hit_entry
from tui.messages import ToggleSelection
from tui.widgets.lists import MORE_ID, NavList


class QueryInput(Input):
    """The query box; text typed on from the results lands after the words, not over them."""

    _keep_text_on_focus = False  # set for the one focus that follows focus_to_type_on

    def focus_to_type_on(self) -> None:
        """Focus with the cursor after the words.

        Input selects its whole text when it gains focus, which is right on opening search
        (typing replaces the last query) but here would let the next key wipe the query.
        Focus moves at once, not after the keys already queued: those are the typist's too.
        """
        self.cursor_position = len(self.value)
        if self.screen.focused is not self:
            self._keep_text_on_focus = True
            self.screen.set_focus(self)

    def type_on(self, text: str) -> None:
        self.focus_to_type_on()
        self.insert_text_at_cursor(text)

    def _on_focus(self, event: events.Focus) -> None:
        # Runs before Input's own focus handler (subclass first), which reads select_on_focus.
        if self._keep_text_on_focus:
            self._keep_text_on_focus = False
            self.select_on_focus = False
            self.call_next(setattr, self, "select_on_focus", True)


#: Hits drawn at once: a screenful and a half.  Each is several wrapped lines that the list
#: measures as it is filled; the rest wait behind a "more" row, which fills in as the cursor
#: reaches it.
HITS_PAGE = 12


class SearchResultList(NavList):
    """A list under the query box, where the user is still typing: letters carry on the query.

    Every letter and digit goes to the query, even one a list key is bound to (the list-wide
    j/k/g/G would eat the letters of "kursk" or "nampo"), and so does any other character no
    key takes; space (select), "/" (edit the query) and "?" (help) keep their meaning.  So the
    list moves by the keys that never spell a word: arrows, page keys, home/end.  Up on the
    first row goes back to the query, where down came from.
    """

    HELP_NOTE: ClassVar[str] = (
        "Letters and digits typed here carry on the query; arrows, page up/down and home/end move, "
        "up on the first row goes back to the query."
    )

    def _on_key(self, event: events.Key) -> None:
        # Runs before the list's own key handling and before any binding is looked up.
        query = self.screen.query_one(QueryInput)
        if self.screen.focused is query:
            # Sent by the terminal before the first letter moved focus (a fast burst): pass it on.
            event.stop()
            event.prevent_default()
            query.post_message(events.Key(event.key, event.character))
        elif (
            event.is_printable
            and event.character
            and (event.character.isalnum() or event.key not in self.screen.active_bindings)
        ):
            event.stop()
            event.prevent_default()
            query.type_on(event.character)

    def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        self.screen.query_one(QueryInput).type_on(re.sub(r"\s+", " ", event.text))  # one line: the box has one

    class LeftAtTop(Message):
        """Up on the first row: the user is heading back to the query."""

    def action_cursor_up(self) -> None:
        first = next((i for i, option in enumerate(self.options) if not option.disabled), None)
        if self.highlighted is None or self.highlighted == first:
            self.post_message(self.LeftAtTop())
            return
        super().action_cursor_up()


class HitList(SearchResultList):
    HELP_GROUP = "Search results"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open", tooltip="Open the passage in the reader"),
        Binding("space", "toggle_selected", "Select", tooltip="Add the passage to the export selection"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list[SearchHit] = []

    def show_hits(
        self, corpus: Corpus, hits: list[SearchHit], selected: frozenset[str], *, keep_cursor: bool = False
    ) -> None:
        """New results start at the best hit; a redraw of the same hits keeps the cursor."""
        keep = self.highlighted_id if keep_cursor else None
        self.hits = hits
        self.set_paged_options(
            [hit for hit in hits if hit.passage_id in corpus.passages],
            lambda hit: Option(
                hit_entry(hit, corpus.passage(hit.passage_id), selected=hit.passage_id in selected), id=hit.passage_id
            ),
            key=lambda hit: hit.passage_id,
            page_size=HITS_PAGE,
        )
        if not keep or not self.highlight_id(keep):
            self.highlighted = 0 if hits else None

    def watch_highlighted(self, highlighted: int | None) -> None:
        super().watch_highlighted(highlighted)
        if self.highlighted_id == MORE_ID:
            # Moving down past the last hit shown brings in the next page, cursor on its first hit.
            self.call_after_refresh(self._show_next_page_at, highlighted)

    def _show_next_page_at(self, index: int | None) -> None:
        if index is not None and self.highlighted == index and self.highlighted_id == MORE_ID:
            self.show_next_page()
            self.highlighted = index

    def action_toggle_selected(self) -> None:
        if (pid := self.highlighted_id) and pid != MORE_ID:
            self.post_message(ToggleSelection(pid))


class RecentList(SearchResultList):
    HELP_GROUP = "Recent searches"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Search again", tooltip="Run this search again"),
    ]

"""The search screen's own widgets: the query box and the two lists under it.

In the lists the user is still typing: letters carry on the query (the lists send them
there), so these lists move by the keys that never spell a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, cast

from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets.option_list import Option

from store.corpus import Corpus
from store.models import SearchHit
from tui.formatting import DIM, hit_entry, one_line
from tui.messages import ToggleSelection
from store.search.title_marks import lit_terms
from tui.widgets.lists import MORE_ID, NavList
from tui.widgets.typed_order import OwnKeysInTypedOrder, TypedOrderInput, handed_on, take


class QueryInput(TypedOrderInput):
    """The query box; text typed on from the results lands after the words, not over them.

    Down and enter leave it for the results (the screen's to_results) as they arrive, in order
    with the letters before them, so the query is whole when they act; keys queued behind them
    go on to the results.
    """

    BINDINGS: ClassVar[list[BindingType]] = [Binding("down,enter", "screen.to_results", show=False)]

    _keep_text_on_focus = False  # set for the one focus that follows focus_to_type_on

    async def _on_key(self, event: events.Key) -> None:
        focused = self.screen.focused
        if focused is not None and focused is not self:
            # Typed right after the key that moved focus on, and queued here before it did.
            take(event)
            focused.post_message(handed_on(event))

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


#: A space in the hits followed this soon by a typed character was the gap between two words of
#: the query, not "select".  A terminal hands a burst over in one read (fast typing, a paste
#: without bracketed paste, tmux send-keys), its keys stamped within a millisecond or two of each
#: other; no one selects on purpose and types on within this, which is shorter than a reaction.
#: Such a space goes to the query with the letters and its selection is undone; a space typed at
#: human speed selects, and the letters after it carry on the query alone (as they always do).
TYPED_ON_WITHIN = 0.03


class SearchResultList(OwnKeysInTypedOrder, NavList):
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

    async def _on_key(self, event: events.Key) -> None:
        # Runs before the list's own bindings (OwnKeysInTypedOrder), which act next, in typed order:
        # looked up late, "down down space" selected in the wrong place, or a space found no list.
        self._key_arrived(event)
        query = self.screen.query_one(QueryInput)
        if self.screen.focused is query:
            # Sent by the terminal before a key moved focus to the query (a fast burst): pass it on.
            take(event)
            query.post_message(handed_on(event))
        elif self._is_typed(event):
            take(event)
            self._type_on(event, cast(str, event.character))

    def _key_arrived(self, event: events.Key) -> None:
        """Called first for every key the list receives."""

    def _is_typed(self, event: events.Key) -> bool:
        """Is this key a character of the query rather than a key of the list?"""
        return bool(
            event.is_printable
            and event.character
            and (event.character.isalnum() or event.key not in self.screen.active_bindings)
        )

    def _type_on(self, event: events.Key, text: str) -> None:
        self.screen.query_one(QueryInput).type_on(text)

    def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        self.screen.query_one(QueryInput).type_on(re.sub(r"\s+", " ", event.text))  # one line: the box has one

    def action_cursor_up(self) -> None:
        first = next((i for i, option in enumerate(self.options) if not option.disabled), None)
        if self.highlighted is None or self.highlighted == first:
            # Back to the query at once, so the keys typed after this one land there.
            self.screen.query_one(QueryInput).focus_to_type_on()
            return
        super().action_cursor_up()


@dataclass(frozen=True, slots=True)
class _Selecting:
    """A space that just selected (or unselected) a hit, in case letters follow it at once."""

    at: float  # the key's time, stamped when the terminal's bytes were read
    passage_id: str


class HitList(SearchResultList):
    HELP_GROUP = "Search results"
    HELP_NOTE: ClassVar[str] = (
        "Letters typed here carry on the query, so the selection's e, y and S are ctrl+e, ctrl+c and ctrl+s "
        "here; arrows, page up/down and home/end move, up on the first row goes back to the query."
    )
    PAGE_ON_ARRIVAL = True  # moving down past the last hit shown brings in the next page, cursor on its first hit
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open", tooltip="Open the passage in the reader"),
        Binding("space", "toggle_selected", "Select", tooltip="Add the passage to the export selection"),
        # e, y and S everywhere else; here letters are the query's (a user who selected three hits and
        # pressed e got "woundede" searched), so the selection's keys take ctrl here.
        Binding("ctrl+e", "app.export_selection", "Export", tooltip="Write the selected passages to a file"),
        Binding("ctrl+c", "copy_selection", "Copy", tooltip="Copy the selection as Markdown"),
        Binding("ctrl+s", "app.show_selection", "Selection", tooltip="List and prune the selection"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list[SearchHit] = []
        self._selecting: _Selecting | None = None  # set by a space that selected, for the next key
        self._space_just_before: _Selecting | None = None  # ... which reads it here

    def _key_arrived(self, event: events.Key) -> None:
        # A space reads as a word gap only to the very next key.
        self._space_just_before, self._selecting = self._selecting, None

    def _is_typed(self, event: events.Key) -> bool:
        # With no hit under the cursor there is nothing to select: the space is the query's.
        return super()._is_typed(event) or (event.key == "space" and self._passage_under_cursor() is None)

    def _type_on(self, event: events.Key, text: str) -> None:
        space = self._space_just_before
        if space is not None and event.time - space.at <= TYPED_ON_WITHIN:
            self.post_message(ToggleSelection(space.passage_id))  # it was a word gap: undo its selection
            text = " " + text
        super()._type_on(event, text)

    async def run_own_key(self, event: events.Key, action: str) -> None:
        passage_id = self._passage_under_cursor()
        await super().run_own_key(event, action)
        if action == "toggle_selected" and passage_id is not None:
            self._selecting = _Selecting(event.time, passage_id)

    def _passage_under_cursor(self) -> str | None:
        pid = self.highlighted_id
        return pid if pid is not None and pid != MORE_ID else None

    def show_hits(
        self, corpus: Corpus, hits: list[SearchHit], selected: frozenset[str], *, query: str = "", keep_cursor: bool = False
    ) -> None:
        """New results start at the best hit; a redraw of the same hits keeps the cursor.

        ``query``: the search that found them, whose words are lit in their headlines.
        """
        keep = self.highlighted_id if keep_cursor else None
        self.hits = hits
        matched = lit_terms(hits)  # what the index matched, typos included: headlines light it too
        self.set_paged_options(
            [hit for hit in hits if hit.passage_id in corpus.passages],
            lambda hit: Option(
                hit_entry(hit, corpus.passage(hit.passage_id), selected=hit.passage_id in selected, query=query, matched=matched),
                id=hit.passage_id,
            ),
            key=lambda hit: hit.passage_id,
            page_size=HITS_PAGE,
        )
        if not keep or not self.highlight_id(keep):
            self.highlighted = 0 if hits else None

    def action_toggle_selected(self) -> None:
        if pid := self._passage_under_cursor():
            self.post_message(ToggleSelection(pid))

    def action_copy_selection(self) -> None:
        # ctrl+c also copies text selected with the mouse: that, when there is some, is what was meant.
        if self.screen.get_selected_text():
            self.screen.action_copy_text()
        else:
            self.app.run_action("copy_selection")


class RecentList(SearchResultList):
    HELP_GROUP = "Recent searches"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Search again", tooltip="Run this search again"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.queries: list[str] = []

    def show_queries(self, queries: list[str]) -> None:
        self.queries = list(queries)
        self.set_options(Option(Content.assemble(("↻ ", DIM), one_line(q)), id=f"recent-{i}") for i, q in enumerate(queries))
        self.highlighted = 0 if queries else None

    def action_select(self) -> None:
        # The query box takes the search now, not when the screen reads the message: keys typed
        # right after enter (down into its results, more words) then find it there.
        if self.highlighted is not None:
            query = self.screen.query_one(QueryInput)
            query.value = self.queries[self.highlighted]
            query.focus_to_type_on()
        super().action_select()

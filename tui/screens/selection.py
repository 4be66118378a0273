"""The selection list (S): review, prune, open, export or copy the selected passages."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static
from textual.widgets.option_list import Option

from store.corpus import Corpus
from store.ids import split_passage_id
from tui.formatting import DIM, counted, outlet_label, passage_context, passage_entry, plain
from tui.messages import ToggleSelection
from tui.widgets.keybar import KeyBar
from tui.widgets.lists import MORE_ID, NavList

if TYPE_CHECKING:
    from tui.app import NkruApp


#: Rows built at a time: each shows a whole passage, so a screen holds a dozen at most, and each
#: reads its article's passages (a millisecond or two apiece at ten thousand articles).
SELECTION_PAGE = 25


class SelectedList(NavList):
    HELP_GROUP = "Selection list"
    PAGE_ON_ARRIVAL = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("x,delete,space", "remove", "Remove", tooltip="Take the passage out of the selection"),
        Binding("enter", "select", "Open", tooltip="Open the passage in the reader"),
        # Exports follow the selection's order: the quotes of a briefing go in the order it argues.
        Binding("K,shift+up", "move(-1)", "Move up", key_display="K", tooltip="Move the passage up: exports follow this order"),
        Binding("J,shift+down", "move(1)", "Move down", key_display="J", tooltip="Move the passage down"),
    ]

    def action_remove(self) -> None:
        if (pid := self.highlighted_id) and pid != MORE_ID:
            self.post_message(ToggleSelection(pid))

    def action_move(self, step: int) -> None:
        app = cast("NkruApp", self.app)
        pid, at = self.highlighted_id, self.highlighted
        if not pid or pid == MORE_ID or at is None or pid not in app.selection:
            return
        order = list(app.selection)
        here = order.index(pid)
        there = here + step
        if not 0 <= there < len(order):
            return
        order[here], order[there] = order[there], order[here]
        if 0 <= at + step < self.option_count and self.get_option_at_index(at + step).id != MORE_ID:
            self.highlighted = at + step  # the cursor goes with the passage (the list is redrawn keeping it)
        app.selection = tuple(order)  # a change like any other: u undoes it


class SelectionScreen(Screen[None]):
    HELP_GROUP: ClassVar[str] = "Selection screen"
    GREYS_OUT_EMPTY_SELECTION: ClassVar[bool] = True  # Export and Copy (see ``NkruApp.check_action``)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,S", "app.pop_screen", "Back", tooltip="Return to where you were"),
        # The app's own e and y are hidden in the footer elsewhere; here they are what the list is for.
        Binding("e", "app.export_selection", "Export", tooltip="Write the selected passages to a file"),
        Binding("y", "app.copy_selection", "Copy", tooltip="Copy the selection as Markdown"),
    ]

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus

    def compose(self) -> ComposeResult:
        yield Static(id="selection-title")
        yield SelectedList(id="selected")
        yield KeyBar()

    def on_mount(self) -> None:
        self.watch(self.app, "selection", self._show, init=True)
        self.query_one(SelectedList).focus()

    def _show(self, selection: tuple[str, ...]) -> None:
        listing = self.query_one(SelectedList)
        keep = listing.highlighted
        # Filtered by article id, which reads no passage: a row reads its article's passages when
        # it is built, a page at a time (a long selection had every article read before it showed).
        kept = [pid for pid in selection if split_passage_id(pid)[0] in self.corpus.articles]
        listing.set_paged_options(kept, self._row, page_size=SELECTION_PAGE)
        if kept:
            # The cursor keeps its place: after a removal it is on the passage that came next.
            at = min(keep or 0, len(kept) - 1)
            if at >= len(kept) - listing.rows_waiting:
                listing.show_next_page(through=at)
            listing.highlighted = at
        count = len(kept)
        self.query_one("#selection-title", Static).update(
            Content.assemble(
                (f" {counted(count, 'selected passage')} " if count else " No passage selected ", "bold"),
                (" x removes · K/J move · enter opens · e exports · y copies Markdown · escape returns", DIM)
                if count  # "0 selected passages  nothing selected: …" said it twice
                else (" press space on a passage in the reader, claims or search to select it", DIM),
            )
        )

    def _row(self, passage_id: str) -> Option:
        try:
            passage = self.corpus.passage(passage_id)
        except KeyError:  # its article was re-read with fewer passages
            return Option(Content.styled(f"{passage_id}: no longer in the database", f"italic {DIM}"), id=passage_id)
        article = self.corpus.article(passage.article_id)
        return Option(
            passage_entry(passage_context(article.title, outlet_label(article), passage), plain(passage.text)), id=passage_id
        )

    @on(NavList.OptionSelected, "#selected")
    def _open(self, event: NavList.OptionSelected) -> None:
        event.stop()
        if event.option_id and event.option_id != MORE_ID and event.option_id in self.corpus.passages:
            cast("NkruApp", self.app).open_passage(event.option_id)

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
from tui.formatting import DIM, outlet_label, passage_context, passage_entry, plain
from tui.messages import ToggleSelection
from tui.widgets.keybar import KeyBar
from tui.widgets.lists import NavList

if TYPE_CHECKING:
    from tui.app import NkruApp


class SelectedList(NavList):
    HELP_GROUP = "Selection list"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("x,delete,space", "remove", "Remove", tooltip="Take the passage out of the selection"),
        Binding("enter", "select", "Open", tooltip="Open the passage in the reader"),
    ]

    def action_remove(self) -> None:
        if pid := self.highlighted_id:
            self.post_message(ToggleSelection(pid))


class SelectionScreen(Screen[None]):
    HELP_GROUP: ClassVar[str] = "Selection screen"
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
        options = []
        for passage_id in selection:
            if passage_id not in self.corpus.passages:
                continue
            passage, article = self.corpus.passage(passage_id), self.corpus.article_of(passage_id)
            options.append(
                Option(
                    passage_entry(passage_context(article.title, outlet_label(article), passage), plain(passage.text)),
                    id=passage_id,
                )
            )
        listing.set_options(options)
        if options:
            listing.highlighted = min(keep or 0, len(options) - 1)
        count = len(options)
        self.query_one("#selection-title", Static).update(
            Content.assemble(
                (f" {count} selected passage{'s' if count != 1 else ''} ", "bold"),
                (" x removes · enter opens · e exports · y copies Markdown · escape returns", DIM)
                if count
                else (" nothing selected: press space on a passage in the reader, claims or search", DIM),
            )
        )

    @on(NavList.OptionSelected, "#selected")
    def _open(self, event: NavList.OptionSelected) -> None:
        event.stop()
        if event.option_id:
            cast("NkruApp", self.app).open_passage(event.option_id)

"""Follow a repeated passage: pick which of the other articles to open it in."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.widgets.option_list import Option

from store.corpus import Corpus
from tui.formatting import DIM, date_label, one_line, outlet_label
from tui.widgets.keybar import KeyBar
from tui.widgets.lists import NavList


class EchoPicker(ModalScreen[str | None]):
    """Lists the other articles carrying the same passage; dismisses with a passage id."""

    HELP_GROUP: ClassVar[str] = "Also in… picker"
    DEFAULT_CSS = """
    EchoPicker { align: center middle; }
    EchoPicker > Vertical {
        width: 90; max-width: 95%; height: auto; max-height: 80%;
        border: thick $primary; background: $panel; padding: 0 1;
    }
    EchoPicker NavList { height: auto; max-height: 20; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Back", tooltip="Stay here")]

    def __init__(self, corpus: Corpus, passage_id: str) -> None:
        super().__init__()
        self.corpus = corpus
        self.passage_id = passage_id

    def compose(self) -> ComposeResult:
        echoes = self.corpus.echoes_of(self.passage_id)
        with Vertical() as box:
            box.border_title = "Also in"
            yield Static(Content.styled("The same passage appears in (enter opens it there):", DIM))
            listing = NavList(id="echoes")
            listing.add_options(
                Option(
                    Content.assemble(
                        (one_line(self.corpus.article_of(p.id).title), "bold"),
                        "\n",
                        (
                            f"{outlet_label(self.corpus.article_of(p.id))} · "
                            f"{date_label(self.corpus.article_of(p.id))}"
                            + (f" · ¶{p.paragraph}" if p.paragraph else ""),
                            DIM,
                        ),
                    ),
                    id=p.id,
                )
                for p in echoes
            )
            yield listing
        yield KeyBar()  # the dialog's own keys: the main screen's bar under it would list keys that do nothing here

    def on_mount(self) -> None:
        listing = self.query_one(NavList)
        listing.highlighted = 0 if listing.option_count else None
        listing.focus()

    @on(NavList.OptionSelected)
    def _chosen(self, event: NavList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option_id)

"""One line under the panes: the selection counter, search position, index state."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from tui.formatting import DIM


class StatusBar(Static):
    """Attributes only: the screen sets them, the bar draws them."""

    selected: reactive[int] = reactive(0)
    search_note: reactive[str] = reactive("")
    corpus_note: reactive[str] = reactive("")

    def render(self) -> Content:
        noun = "passage" if self.selected == 1 else "passages"
        counter = (
            (f" ● {self.selected} {noun} selected (e export · y copy · S list) ", "bold $text-accent")
            if self.selected
            else (" nothing selected ", DIM)
        )
        parts: list[str | tuple[str, str]] = [counter]
        if self.search_note:
            parts += ["│ ", (self.search_note, "$text-warning"), " "]
        parts += ["│ ", (self.corpus_note, DIM)]
        return Content.assemble(*parts)

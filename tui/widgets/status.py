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
        # The fullest line that fits: at 80 columns the selection's key reminder pushed the search
        # position ("hit 2/60 … (n/N)") off the edge. The reminder goes first, then the corpus counts:
        # the passage and claim counts before the article count, and that before the index's state
        # ("indexing for search…", "search ready"), which at 60 columns was cut off unseen.
        notes = self._corpus_notes()
        variants = [self._line(hint=True, corpus=notes[0])]
        variants += [self._line(hint=False, corpus=note) for note in notes]
        variants.append(self._line(hint=False, corpus=None))
        width = self.size.width
        return next((line for line in variants if line.cell_length <= width), variants[-1])

    def _corpus_notes(self) -> list[str]:
        """The corpus note, then shorter forms of it: "80 articles · search ready", "search ready"."""
        parts = self.corpus_note.split(" · ")
        if len(parts) < 3:
            return [self.corpus_note]
        return [self.corpus_note, f"{parts[0]} · {parts[-1]}", parts[-1]]

    def _line(self, *, hint: bool, corpus: str | None) -> Content:
        noun = "passage" if self.selected == 1 else "passages"
        reminder = " (e export · y copy · S list)" if hint else ""
        counter = (
            (f" ● {self.selected} {noun} selected{reminder} ", "bold $text-accent")
            if self.selected
            else (" nothing selected ", DIM)
        )
        parts: list[str | tuple[str, str]] = [counter]
        if self.search_note:
            parts += ["│ ", (self.search_note, "$text-warning"), " "]
        if corpus is not None or not self.search_note:
            parts += ["│ ", (self.corpus_note if corpus is None else corpus, DIM)]
        return Content.assemble(*parts)

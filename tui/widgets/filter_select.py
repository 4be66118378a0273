"""A compact filter drop-down whose choices stay one line each: a name too long for the box is cut
with "…" (the .tcss sets that) and given whole in a tooltip, in the list and on the box once chosen."""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.text import Text
from textual import events
from textual.widgets import Select
from textual.widgets._select import SelectCurrent, SelectOverlay

# SelectCurrent's arrow and the space before it; the overlay's option padding on each side.
ARROW_CELLS = 2
OPTION_PADDING = 2


class FilterSelect(Select[str]):
    """A Select that says in a tooltip what a cut choice reads in full.

    A 120-character outlet name wrapped over five lines of the drop-down and pushed the rest of the
    list down; cut to one line, the end of the name must still be somewhere to read.
    """

    def on_mount(self) -> None:
        overlay = self.query_one(SelectOverlay)
        self.watch(overlay, "highlighted", self._explain_option, init=False)
        self.watch(self, "value", self._explain_choice)

    def on_resize(self, event: events.Resize) -> None:
        self._explain_choice()  # cut or whole again at the new width

    def full_prompt(self, index: int | None) -> str | None:
        """The text of the drop-down's choice at ``index`` (None: no such choice)."""
        overlay = self.query_one(SelectOverlay)
        if index is None or not 0 <= index < overlay.option_count:
            return None
        prompt: Any = overlay.get_option_at_index(index).prompt
        return prompt.plain if hasattr(prompt, "plain") else str(prompt)

    # Tooltips are Text: a string tooltip is read as markup, and outlet names come from the articles.
    def _explain_option(self, index: int | None = None) -> None:
        overlay = self.query_one(SelectOverlay)
        text = self.full_prompt(overlay.highlighted)
        room = overlay.scrollable_content_region.width - OPTION_PADDING
        overlay.tooltip = Text(text) if text is not None and room > 0 and cell_len(text) > room else None

    def _explain_choice(self, *_: object) -> None:
        if not self.is_mounted:
            return
        chosen = None if self.selection is None else next(
            (self.full_prompt(i) for i, (_, value) in enumerate(self._options) if value == self.selection), None
        )
        room = self.query_one(SelectCurrent).content_region.width - ARROW_CELLS
        self.tooltip = Text(chosen) if chosen is not None and room > 0 and cell_len(chosen) > room else None

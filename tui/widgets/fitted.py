"""A Static whose text, cut to its max-height, ends in "…" where something was left out."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content
from textual.css.scalar import Unit
from textual.visual import VisualType
from textual.widgets import Static

from tui.formatting import fit_parts


class FittedStatic(Static):
    """Text in parts (one a line of what it is given), each wrapped to the width.  When they overrun
    the max-height, each part keeps its first line, spare lines go to the first parts, and a part
    cut short ends in "…": a box cut at its foot by the layout left a line half-read with no sign."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._whole = Content("")

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        if isinstance(content, Text):
            content = Content.from_rich_text(content)
        self._whole = content if isinstance(content, Content) else Content(str(content))
        self._fit()

    def on_resize(self) -> None:
        self._fit()

    def _fit(self) -> None:
        width, limit = self.content_region.width, self._line_limit()
        if width <= 0 or limit is None:  # not laid out yet: drawn whole, fitted once it has a size
            super().update(self._whole)
            return
        parts = self._whole.split("\n", allow_blank=True)
        super().update(Content("\n").join(fit_parts(parts, width, limit)))

    def _line_limit(self) -> int | None:
        most = self.styles.max_height
        return int(most.value) if most is not None and most.unit == Unit.CELLS else None

"""The comparison's selection keys: space selects on the active side, e and y export or copy the selection.

A mixin of :class:`tui.screens.compare.CompareScreen`, which says what is under the cursor on each side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from store.compare import AlignedRow, SubjectComparison
from tui.screens.compare_rows import Side

if TYPE_CHECKING:
    from textual.app import App
    from textual.widget import Widget


class SelectsOnASide:
    """space, e and y on the comparison screen."""

    if TYPE_CHECKING:  # provided by CompareScreen
        active_side: Side
        app: App[Any]
        focused: Widget | None

        def selected(self) -> frozenset[str]: ...
        def passages_under_cursor(self) -> list[str]: ...
        def current_row(self) -> AlignedRow | None: ...
        def current_subject(self) -> SubjectComparison | None: ...
        def notify(self, message: str, **kwargs: Any) -> None: ...
        def claims_focused(self) -> bool: ...

    def action_toggle_selected(self) -> None:
        toggle = getattr(self.app, "toggle_selected", None)
        passage_ids = self.passages_under_cursor()
        if toggle is None or not passage_ids:
            if toggle is None:
                self.notify("Selection is not available here.", severity="warning", markup=False)
            else:
                self.notify("No passage under the cursor to select.", markup=False)
            return
        selected = self.selected()
        # Several passages (a subject's claims): select all unless all are selected already.
        select = not all(pid in selected for pid in passage_ids)
        for pid in passage_ids:
            if (pid in selected) != select:
                toggle(pid)
        if self._active_side_is_empty():  # "l space" on a left-only row took the left passage out, unsaid
            other = "right" if self.active_side == "left" else "left"
            done = "selected" if select else "taken out of the selection"
            self.notify(f"Nothing on the {self.active_side} side here: the {other} side's passage was {done}.", markup=False)

    def _active_side_is_empty(self) -> bool:
        if self.claims_focused():
            entry = self.current_subject()
            return entry is not None and not (entry.left if self.active_side == "left" else entry.right)
        row = self.current_row()
        return row is not None and (row.left if self.active_side == "left" else row.right) is None

    def action_export(self) -> None:
        self._call_app("action_export_selection", "Export")

    def action_copy(self) -> None:
        self._call_app("action_copy_selection", "Copy")

    def _call_app(self, name: str, what: str) -> None:
        action = getattr(self.app, name, None)
        if action is None:
            self.notify(f"{what} is not available here.", severity="warning", markup=False)
        else:
            action()


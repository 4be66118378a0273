"""Undo and redo of the export selection (u / ctrl+z, ctrl+r / ctrl+y), mixed into the App.

A selection is built up over an hour of reading; one "x" too many in the selection list, or a space
on the wrong row of a comparison (a subject's claims select several passages at once), lost passages
the analyst then had to find again.  Every change to the selection is remembered, whoever made it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import Input

if TYPE_CHECKING:
    from textual.app import App

    _Base = App[None]
else:
    _Base = object

#: Changes remembered: far more than anyone undoes, and a selection is a short tuple of ids.
HISTORY_LIMIT = 200


def _change_phrase(before: tuple[str, ...], after: tuple[str, ...]) -> str:
    """"1 passage back in the selection", "2 passages taken out": what undoing (or redoing) did."""
    added, removed = len(set(after) - set(before)), len(set(before) - set(after))
    parts = [f"{n} passage{'' if n == 1 else 's'} {what}" for n, what in ((added, "back in"), (removed, "taken out")) if n]
    return " and ".join(parts) or "no passage changed"


class SelectionHistory(_Base):
    """Remembers each selection before it changed; undo steps back through them, redo forward again."""

    #: Listed in the App's own BINDINGS (Textual reads bindings from DOM classes only, not from mixins).
    HISTORY_BINDINGS: ClassVar[list[BindingType]] = [
        Binding("u,ctrl+z", "undo_selection", "Undo selection", show=False, id="undo",
                tooltip="Put back the selection as it was before its last change"),
        Binding("ctrl+r,ctrl+y", "redo_selection", "Redo selection", show=False, id="redo",
                tooltip="Make again the selection change just undone"),
    ]

    selection: tuple[str, ...]
    _undo_stack: list[tuple[str, ...]]
    _redo_stack: list[tuple[str, ...]]
    _restoring = False

    def _stacks(self) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
        if not hasattr(self, "_undo_stack"):
            self._undo_stack, self._redo_stack = [], []
        return self._undo_stack, self._redo_stack

    def remember_selection(self, before: tuple[str, ...], after: tuple[str, ...]) -> None:
        """Called on every change of the selection (the App's watcher)."""
        if self._restoring or before == after:
            return
        undo, redo = self._stacks()
        undo.append(before)
        del undo[:-HISTORY_LIMIT]
        redo.clear()

    def forget_selection_history(self) -> None:
        """A selection read from disk (or of another database) is where history starts."""
        undo, redo = self._stacks()
        undo.clear()
        redo.clear()

    def action_undo_selection(self) -> None:
        self._step(*self._stacks(), "undo")

    def action_redo_selection(self) -> None:
        undo, redo = self._stacks()
        self._step(redo, undo, "redo")

    def _step(self, source: list[tuple[str, ...]], target: list[tuple[str, ...]], what: str) -> None:
        if not source:
            self.notify(f"Nothing to {what}: the selection has not changed since it was loaded."
                        if what == "undo" else "Nothing to redo.", markup=False)
            return
        before = self.selection
        target.append(before)
        self._restoring = True
        try:
            self.selection = source.pop()
        finally:
            self._restoring = False
        done = "Undone" if what == "undo" else "Redone"
        count = len(self.selection)
        self.notify(f"{done}: {_change_phrase(before, self.selection)} ({count} selected).", markup=False)

    def check_selection_history(self, action: str) -> bool | None:
        """ctrl+z in a text box would be read as undoing the box's typing: there it is not the selection's.
        Nor in a dialog (export, add files): the export dialog writes the passages it was opened with."""
        if action in {"undo_selection", "redo_selection"} and (
            isinstance(self.focused, Input) or isinstance(self.screen, ModalScreen)
        ):
            return False
        return True

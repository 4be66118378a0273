"""The selection's app-wide actions (e, y, S), mixed into the App so every screen reaches them."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from store.corpus import Corpus

if TYPE_CHECKING:
    from textual.app import App

    _Base = App[None]
else:
    _Base = object


def clipboard_caveat(environ: Mapping[str, str]) -> str:
    """What to do when the copy may not arrive, for terminals known to drop it; else "".

    The copy goes through the terminal (OSC 52): macOS Terminal ignores it, and tmux by default
    keeps it from the outer terminal.  "Copied" alone, with nothing to paste, read as a bug.
    """
    if environ.get("TERM_PROGRAM") == "Apple_Terminal":
        return " macOS Terminal does not let apps copy: press e to save them to a file instead."
    if environ.get("TMUX"):
        return " In tmux this needs `set -g set-clipboard on`; else press e to save them to a file."
    return ""


class SelectionActions(_Base):
    corpus: Corpus | None
    selection: tuple[str, ...]
    export_dir: Path | None

    def _selected_corpus(self) -> Corpus | None:
        if self.corpus is None or not self.selection:
            self.notify("Nothing selected yet: press space on a passage first.", severity="warning", markup=False)
            return None
        return self.corpus

    def action_export_selection(self) -> None:
        if corpus := self._selected_corpus():
            from tui.screens.export import ExportDialog

            self.push_screen(ExportDialog(corpus, list(self.selection), directory=self.export_dir), self._exported)

    def _exported(self, path: Path | None) -> None:
        # The next export starts in the folder this one went to: an analyst exporting several
        # selections into one folder should not have to type it again each time.
        if path is not None:
            self.export_dir = path.parent

    def action_copy_selection(self) -> None:
        if corpus := self._selected_corpus():
            from store.export import render_export

            self.copy_to_clipboard(render_export(corpus, list(self.selection), "md"))
            count = len(self.selection)
            copied = f"Copied {count} passage{'s' if count != 1 else ''} as Markdown."
            self.notify(copied + clipboard_caveat(os.environ), markup=False)

    def action_show_selection(self) -> None:
        if self.corpus is not None:
            from tui.screens.selection import SelectionScreen

            self.push_screen(SelectionScreen(self.corpus))

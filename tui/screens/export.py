"""The export dialog: pick a format and a path; never overwrite a file without asking."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

import platformdirs
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from store.corpus import Corpus
from store.errors import ExportExistsError, StoreError
from store.export import EXPORT_FORMATS, FORMAT_SUFFIX, next_free_path, write_export
from tui.formatting import file_label, safe_text
from tui.widgets.keybar import KeyBar
from tui.widgets.typed_order import TypedOrderInput
from tui.workers import ReportsWorkerErrors

FORMAT_LABELS = {"md": "Markdown", "csv": "CSV", "json": "JSON", "csl-json": "CSL-JSON", "ris": "RIS"}
FORMAT_HINTS = {
    "md": "Markdown: each passage as a quotation followed by its full citation.",
    "csv": "CSV: one row per claim (a passage without one gets a row), citation fields in columns; "
    "formula-like cells are neutralised.",
    "json": "JSON: every passage with its citation and claim fields.",
    "csl-json": "CSL-JSON: imports into Zotero and other reference managers.",
    "ris": "RIS: one record per article, its selected passages as notes; imports into Zotero, EndNote, Mendeley.",
}
DEFAULT_STEM = "nkru-selection"


def default_directory() -> Path:
    """Where exports go unless the user types another path: here, else their documents folder."""
    here = Path.cwd()
    if os.access(here, os.W_OK):
        return here
    documents = Path(platformdirs.user_documents_dir())
    return documents if documents.is_dir() else Path.home()


def default_export_path(directory: Path, fmt: str) -> Path:
    stem = f"{DEFAULT_STEM}-csl" if fmt == "csl-json" else DEFAULT_STEM
    return directory / f"{stem}{FORMAT_SUFFIX[fmt]}"


def with_format_suffix(path: Path, fmt: str) -> Path:
    """Swap the suffix when the user switches format, if the name is still one of ours."""
    for known in EXPORT_FORMATS:
        if path == default_export_path(path.parent, known):
            return default_export_path(path.parent, fmt)
    if path.suffix.lower() in {s for s in FORMAT_SUFFIX.values()}:
        return path.with_suffix(FORMAT_SUFFIX[fmt])
    return path


class FormatChoice(RadioSet):
    """The format buttons as a desktop radio group: the arrows choose, Enter exports.

    Textual's RadioSet only highlights on the arrows and chooses on Enter, so Enter
    could never reach the dialog's default action from here, where the dialog opens.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,right", "choose_next", "Next format", show=False),
        Binding("up,left", "choose_previous", "Previous format", show=False),
        Binding("enter", "submit", "Export", show=False),
        Binding("space", "toggle_button", "Choose", show=False),
    ]

    @dataclass
    class Submitted(Message):
        choice: FormatChoice

    def action_choose_next(self) -> None:
        self.action_next_button()
        self.action_toggle_button()

    def action_choose_previous(self) -> None:
        self.action_previous_button()
        self.action_toggle_button()

    def action_submit(self) -> None:
        self.action_toggle_button()  # the highlighted format, should a click have left another chosen
        self.post_message(self.Submitted(self))


class OverwriteDialog(ModalScreen[str | None]):
    """The file exists: overwrite it, save under a new name, or go back."""

    HELP_GROUP: ClassVar[str] = "Overwrite dialog"
    DEFAULT_CSS = """
    OverwriteDialog { align: center middle; }
    OverwriteDialog > Vertical {
        width: 72; max-width: 95%; height: auto;
        border: thick $warning; background: $panel; padding: 1 2;
    }
    OverwriteDialog #overwrite-question { margin-bottom: 1; }
    OverwriteDialog Horizontal { height: auto; align-horizontal: right; }
    OverwriteDialog Button { margin-left: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss(None)", "Cancel", tooltip="Write nothing; back to the export dialog"),
        # The answers sit in a row: the arrows move along it, as tab does; enter presses the one lit.
        Binding("left", "app.focus_previous", "Previous answer", show=False),
        Binding("right", "app.focus_next", "Next answer", show=False),
    ]

    def __init__(self, path: Path, free: Path) -> None:
        super().__init__()
        self.path, self.free = path, free

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(
                Content.assemble(
                    ("A file already exists at\n", "bold"),
                    file_label(self.path),
                    ("\n\nSave as a new file instead:\n", ""),
                    (file_label(self.free), "$text-accent"),
                ),
                id="overwrite-question",
            )
            with Horizontal():
                yield Button("Cancel", id="cancel")
                yield Button("Overwrite", variant="error", id="overwrite")
                yield Button(Content(safe_text(f"Save as {self.free.name}")), variant="primary", id="rename")
        yield KeyBar()  # the dialog's own keys: the main screen's bar under it would list keys that do nothing here

    def on_mount(self) -> None:
        self.query_one("#rename", Button).focus()

    @on(Button.Pressed)
    def _answer(self, event: Button.Pressed) -> None:
        self.dismiss(None if event.button.id == "cancel" else event.button.id)


class ExportDialog(ReportsWorkerErrors, ModalScreen[Path | None]):
    """Writes the selection in a worker; dismisses with the path written, or None."""

    HELP_GROUP: ClassVar[str] = "Export dialog"
    DEFAULT_CSS = """
    ExportDialog { align: center middle; }
    ExportDialog > Vertical {
        width: 80; max-width: 98%; height: auto; max-height: 98%;
        border: thick $primary; background: $panel; padding: 0 1;
    }
    ExportDialog Label { margin-top: 1; color: $text-muted; }
    ExportDialog RadioSet { layout: horizontal; width: 100%; }
    ExportDialog.-narrow RadioSet > RadioButton { width: auto; }
    ExportDialog.-tight RadioSet { layout: grid; grid-size: 3; grid-rows: 1; }
    ExportDialog #export-message { height: auto; min-height: 1; margin-top: 1; }
    ExportDialog #export-message.-error { color: $text-error; }
    ExportDialog #export-buttons { height: auto; align-horizontal: right; margin-top: 1; }
    ExportDialog Button { margin-left: 1; }
    ExportDialog.-short Label, ExportDialog.-short #export-message, ExportDialog.-short #export-buttons { margin-top: 0; }
    """
    # Under 24 rows the blank lines between the parts pushed the Export and Cancel buttons out
    # of the dialog (60x20): they go.
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-short"), (24, "-tall")]
    # Below 72 columns equal shares of the row cut the format names ("Markd…", "CSL-J…"): each
    # button then takes the width of its name, and the five still fit in one row at 60 columns;
    # below that the last ran off the edge unseen, so they go in rows of three.
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-tight"), (60, "-narrow"), (72, "-roomy")]
    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority: the dialog closes as Escape arrives, so keys typed hard on its heels reach the
        # screen under it, not the path box that is going away.
        Binding("escape", "cancel", "Cancel", priority=True, tooltip="Close without writing"),
        Binding("ctrl+s", "export", "Export", tooltip="Write the file"),
    ]

    @dataclass
    class Written(Message):
        path: Path

    @dataclass
    class WriteFailed(Message):
        path: Path
        reason: str
        exists: bool = False

    def __init__(self, corpus: Corpus, passage_ids: list[str], *, directory: Path | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.passage_ids = list(passage_ids)
        self.directory = directory or default_directory()
        self.fmt = "md"

    def compose(self) -> ComposeResult:
        count = len(self.passage_ids)
        with Vertical() as box:
            box.border_title = f"Export {count} passage{'s' if count != 1 else ''}"
            yield Label("Format (arrows choose, Enter exports)")
            with FormatChoice(id="format"):
                for fmt in EXPORT_FORMATS:
                    yield RadioButton(FORMAT_LABELS[fmt], value=fmt == self.fmt, id=f"format-{fmt}")
            yield Label("Save to")
            yield TypedOrderInput(str(default_export_path(self.directory, self.fmt)), id="export-path")
            yield Static(id="export-message")
            with Horizontal(id="export-buttons"):
                yield Button("Cancel", id="cancel")
                yield Button("Export", variant="primary", id="export")
        yield KeyBar()  # the dialog's own keys: the main screen's bar under it would list keys that do nothing here

    def on_mount(self) -> None:
        self.query_one(RadioSet).focus()
        self._say(FORMAT_HINTS[self.fmt])

    @on(RadioSet.Changed, "#format")
    def _format_changed(self, event: RadioSet.Changed) -> None:
        self.fmt = (event.pressed.id or "format-md").removeprefix("format-")
        field = self.query_one("#export-path", Input)
        if field.value.strip():
            field.value = str(with_format_suffix(Path(field.value.strip()), self.fmt))
        self._say(FORMAT_HINTS[self.fmt])

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Button.Pressed, "#export")
    @on(Input.Submitted, "#export-path")
    @on(FormatChoice.Submitted)
    def action_export(self) -> None:
        raw = self.query_one("#export-path", Input).value.strip()
        if not raw:
            self._say("Give a file name to write to.", error=True)
            return
        path = Path(raw).expanduser()
        if not path.is_absolute():
            path = self.directory / path
        if raw.endswith(("/", os.sep)) and not path.is_dir():
            # Path() drops the slash: "~/exports/" would become a file called "exports" in the home folder.
            self._say(f"{path}: folder does not exist", error=True)
            return
        if path.is_dir():
            # A folder typed (or completed) means "put it there": under the usual name, shown in the box,
            # and asked about like any other name if a file of that name is there already.
            path = default_export_path(path, self.fmt)
            self.query_one("#export-path", Input).value = str(path)
        if path.exists() and not path.is_dir():
            self._ask_overwrite(path)
        else:
            self._write(path, force=False)

    def _ask_overwrite(self, path: Path) -> None:
        try:
            free = next_free_path(path)
        except StoreError as error:
            self._say(str(error), error=True)
            return

        def answered(choice: str | None) -> None:
            if choice == "overwrite":
                self._write(path, force=True)
            elif choice == "rename":
                self.query_one("#export-path", Input).value = str(free)
                self._write(free, force=False)

        self.app.push_screen(OverwriteDialog(path, free), answered)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _write(self, path: Path, *, force: bool) -> None:
        try:
            written = write_export(self.corpus, self.passage_ids, self.fmt, path, force=force)
        except ExportExistsError as error:
            self.post_message(self.WriteFailed(path, str(error), exists=True))
        except (StoreError, OSError) as error:
            self.post_message(self.WriteFailed(path, str(error) or type(error).__name__))
        else:
            self.post_message(self.Written(written))

    @on(Written)
    def _written(self, event: Written) -> None:
        count = len(self.passage_ids)
        self.app.notify(
            file_label(f"Exported {count} passage{'s' if count != 1 else ''} as {FORMAT_LABELS[self.fmt]} to {event.path}"),
            markup=False,
        )
        self.dismiss(event.path)

    @on(WriteFailed)
    def _failed(self, event: WriteFailed) -> None:
        if event.exists:  # the file appeared between our check and the write
            self._ask_overwrite(event.path)
            return
        self._say(event.reason, error=True)
        self.app.notify(safe_text(event.reason), title="Export failed", severity="error", markup=False)

    def _say(self, text: str, *, error: bool = False) -> None:
        message = self.query_one("#export-message", Static)
        message.set_class(error, "-error")
        message.update(Content(safe_text(text)))  # store errors quote the path typed: untrusted

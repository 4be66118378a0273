"""The add-files dialog: type a file or folder, watch it go in, read what was rejected and why."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.suggester import Suggester
from textual.widgets import Input, ProgressBar, Static

from store.source_paths import pasted_paths
from tui.formatting import file_label, safe_text
from tui.screens.child_job import ChildJobDialog, escape_bindings
from tui.widgets.keybar import KeyBar
from tui.widgets.typed_order import TypedOrderInput

if TYPE_CHECKING:
    from store.ingest import IngestReport
    from tui.app import NkruApp


class PathSuggester(Suggester):
    """Completes the last part of a path from what is on disk (folders end in a slash)."""

    def __init__(self) -> None:
        # Paths are case-sensitive, and the disk changes while the dialog is open: no casefold, no cache.
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        typed = Path(value).expanduser()
        folder, stem = (typed, "") if value.endswith(os.sep) else (typed.parent, typed.name)
        try:
            names = sorted(entry.name for entry in os.scandir(folder) if entry.name.startswith(stem))
        except OSError:
            return None
        visible = [n for n in names if not n.startswith(".")] if not stem.startswith(".") else names
        if not visible or visible[0] == stem:
            return None
        completed = visible[0][len(stem) :]
        if (folder / visible[0]).is_dir():
            completed += os.sep
        return value + completed




def describe_report(report: IngestReport) -> tuple[str, list[str]]:
    """One summary line, then one line per rejected file with its reason."""
    counts = Counter(f.status for f in report.files)
    files = len(report.files)
    parts = [(f"{report.articles_added:,} article{'s' if report.articles_added != 1 else ''} added "
             f"from {files:,} file{'s' if files != 1 else ''}")]
    parts += [f"{counts[status]:,} {status}" for status in ("replaced", "unchanged", "rejected") if counts[status]]
    summary = " · ".join(parts) + f" ({report.seconds:.1f} s)"
    # One line per file: a name's line breaks must not split it into what reads as two files.
    return summary, [file_label(f.error or f"{f.path}: rejected") for f in report.rejected]


class PathInput(TypedOrderInput):
    """The path box; its Enter, which starts the adding, is named in the footer (Input hides it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit", "Add", tooltip="Add the file or folder typed here"),
    ]


class AddFilesDialog(ChildJobDialog):
    """Ingests in a worker; dismisses with True when the database changed, so the app reloads it."""

    HELP_GROUP: ClassVar[str] = "Add files dialog"
    DEFAULT_CSS = """
    AddFilesDialog #add-rejected { height: auto; max-height: 12; color: $text-warning; }
    """
    BINDINGS: ClassVar[list[BindingType]] = escape_bindings("Close; the panes reload if anything was added")

    SUMMARY: ClassVar[str] = "#add-summary"
    BUSY: ClassVar[str] = "Still stopping the adding of files."
    JOB: ClassVar[str] = "Add"

    @property
    def nkru(self) -> NkruApp:
        return cast("NkruApp", self.app)

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Add articles"
            yield Static(
                Content("A file or a folder (every file below it is read). "
                        "Text, Markdown, HTML, RTF, feeds, news-API JSON, e-mails and mailboxes, saved pages, chat exports, "
                        "subtitles, CSV exports, Word/OpenDocument/EPUB files, notebooks and wiki-style markup; → completes a path."),
                id="add-hint",
                classes="job-hint",
            )
            yield PathInput(placeholder="~/Downloads/coverage", suggester=PathSuggester(), id="add-path")
            bar = ProgressBar(show_eta=False, id="add-progress")
            bar.display = False
            yield bar
            yield Static(id="add-summary", classes="job-summary")
            with VerticalScroll(id="add-rejected"):
                yield Static(id="add-rejected-list")
        yield KeyBar()  # the dialog's own keys: the main screen's bar under it would list keys that do nothing here

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    @on(Input.Submitted, "#add-path")
    def _submitted(self, event: Input.Submitted) -> None:
        if self.running:
            return
        raw = event.value.strip()
        if not raw:
            self.say("Type the path of a file or folder to add.", error=True)
            return
        paths = pasted_paths(raw)
        if missing := [path for path in paths if not path.exists()]:
            self.say(f"{file_label(missing[0])}: no such file or folder", error=True)
            return
        self.query_one(Input).disabled = True
        self.query_one("#add-rejected-list", Static).update("")
        self.start_job(f"Reading {file_label(paths[0])}…" if len(paths) == 1 else f"Reading {len(paths):,} files and folders…")
        self._ingest(paths)

    @work(thread=True, exclusive=True, group="add-files", exit_on_error=False)
    def _ingest(self, paths: list[Path]) -> None:
        from store.ingest_runner import ingest_in_child

        app = self.nkru
        self.run_job(lambda progress, job: ingest_in_child(
            paths, app.db_path, topics_path=app.topics_path, progress=progress, job=job
        ))

    @on(ChildJobDialog.Finished)
    def _finished(self, event: ChildJobDialog.Finished) -> None:
        self.job_ended()
        field = self.query_one(Input)
        field.disabled = False
        field.focus()
        stopped = self.cancel_note(event)
        if event.report is None:
            self.changed = self.changed or event.database_changed
            self.say(stopped or event.error or "Nothing was added.", error=stopped is None)
            return
        report: IngestReport = event.report
        self.changed = self.changed or report.articles_added > 0
        summary, rejected = describe_report(report)
        summary = f"{stopped} {summary}" if stopped else summary
        self.say(summary + ("  Esc shows them in the panes." if self.changed else ""), error=bool(rejected and not self.changed))
        self.query_one("#add-rejected-list", Static).update(Content(safe_text("\n".join(rejected))))

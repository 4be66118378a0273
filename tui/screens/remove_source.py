"""Take the reader's article's source file out of the database, after saying exactly what goes with it.

The removal runs in a child process, as an add does (``store.ingest_runner``): loading and rewriting a
large database would hold the app's interpreter for seconds, and a child can be stopped at once.
Escape while it runs stops it while it has not started writing the database, and the dialog says
"nothing was changed" only once the database file is seen to be the one it was.  From the step that
writes on, it finishes (stopping there would leave the database and its snapshot apart).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from store.ingest_runner import COMMIT_STEP, ChildJob, JobCancelled
from store.models import Article
from tui.formatting import DIM, one_line, safe_text
from tui.widgets.keybar import KeyBar
from tui.workers import ReportsWorkerErrors

if TYPE_CHECKING:
    from store.corpus import Corpus
    from store.removal import RemovalReport

#: Titles listed in the question; a digest of many articles is summarised after these.
LISTED_TITLES = 8


def removal_question(report: RemovalReport, titles: list[str]) -> Content:
    record = report.files[0]
    listed = [("\n  • ", DIM) if i else ("  • ", DIM) for i in range(min(len(titles), LISTED_TITLES))]
    parts: list[str | tuple[str, str]] = [
        ("Remove this source file from the database?\n\n", "bold"),
        safe_text(record.source_path), "\n\n",
        ((f"It holds {report.articles:,} article{'s' if report.articles != 1 else ''} "
         f"and {report.claims:,} claim{'s' if report.claims != 1 else ''}; all go with it:\n"), ""),
    ]
    for bullet, title in zip(listed, titles, strict=False):
        parts += [bullet, one_line(title)]
    if len(titles) > LISTED_TITLES:
        parts.append((f"\n  … and {len(titles) - LISTED_TITLES:,} more", DIM))
    parts.append(("\n\nThe file on disk is not touched; adding it again (a) brings it back.", DIM))
    return Content.assemble(*parts)


class RemoveSourceDialog(ReportsWorkerErrors, ModalScreen[bool]):
    """Previews with a dry run, removes on confirmation; dismisses True when the database changed."""

    HELP_GROUP: ClassVar[str] = "Remove source dialog"
    DEFAULT_CSS = """
    RemoveSourceDialog { align: center middle; }
    RemoveSourceDialog > Vertical {
        width: 90; max-width: 98%; height: auto; max-height: 90%;
        border: thick $error; background: $panel; padding: 1 2;
    }
    RemoveSourceDialog #remove-question { height: auto; }
    /* A file of many articles lists eight titles: at 24 rows the question pushed the buttons off
       the screen.  It scrolls instead, and the buttons stay docked in view. */
    RemoveSourceDialog VerticalScroll { height: auto; max-height: 55vh; }
    RemoveSourceDialog #remove-question.-error { color: $text-error; }
    RemoveSourceDialog Horizontal { dock: bottom; height: auto; align-horizontal: right; margin-top: 1; }
    RemoveSourceDialog Button { margin-left: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "stop", "Stop", tooltip="Stop removing; nothing changes unless it is writing"),
        Binding("escape", "cancel", "Cancel", tooltip="Keep the file"),
    ]

    @dataclass
    class Previewed(Message):
        report: RemovalReport | None
        error: str | None = None

    @dataclass
    class Removed(Message):
        report: RemovalReport | None
        error: str | None = None
        cancelled: bool = False  # stopped on request (``report`` None) or asked to stop too late (a report)
        database_changed: bool = False  # stopped, yet the database file is not the one it was

    @dataclass
    class Step(Message):
        """The removal reached a step (posted from its worker thread)."""

        message: str

    def __init__(self, db_path: Path, article: Article, titles: list[str], corpus: Corpus | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.corpus = corpus  # the app's open corpus previews at once; without it, a dry run reads the database
        self.article = article
        self.titles = titles  # the titles of every article from the same file
        self.previewed = False  # the Remove button works only once the user has seen what goes
        self.removing = False
        self.question: Content | None = None  # the preview, shown again under a cancelled removal's note
        self.changed = False  # a stopped removal had written the database: the panes reload on closing
        self._job: ChildJob | None = None  # the running removal's child process, which Escape stops

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Remove source"
            with VerticalScroll():
                yield Static(Content.styled("Looking the file up…", DIM), id="remove-question")
            with Horizontal():
                yield Button("Cancel", id="cancel")
                yield Button("Remove", variant="error", id="remove", disabled=True)
        yield KeyBar()  # the dialog's own keys: the main screen's bar under it would list keys that do nothing here

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()  # the safe answer is the default one
        self._run(dry_run=True)

    @work(thread=True, exclusive=True, group="remove-source", exit_on_error=False)
    def _run(self, *, dry_run: bool) -> None:
        from store.ingest_runner import remove_in_child
        from store.removal import preview_removal, remove_sources

        reply = self.Previewed if dry_run else self.Removed
        target = f"sha256:{self.article.source_sha256}"
        job = self._job or ChildJob()
        try:
            if not dry_run:
                report = remove_in_child(target, self.db_path, self._step, job=job)
            elif self.corpus is not None:
                report = preview_removal(self.corpus, self.article.source_sha256)
            else:
                report = remove_sources([target], self.db_path, dry_run=True)
        except JobCancelled as stopped:
            # The runner compared the database file before and after: only an unchanged one is "nothing changed".
            self.post_message(self.Removed(None, cancelled=True, database_changed=stopped.database_changed))
        except Exception as error:  # noqa: BLE001 - whatever happened, the dialog must leave its busy state
            self.post_message(reply(None, str(error) or type(error).__name__))
        else:
            self.post_message(reply(report, cancelled=job.cancel_requested) if not dry_run else reply(report))

    def _step(self, message: str, done: int, total: int) -> None:
        """The removal's progress (from the worker thread that reads the child)."""
        self.post_message(self.Step(message))

    @property
    def _writing(self) -> bool:
        return self._job is not None and self._job.writing

    @on(Previewed)
    def _previewed(self, event: Previewed) -> None:
        if event.report is None:
            self._say(f"Cannot remove this source: {event.error}", error=True)
            return
        self.question = removal_question(event.report, self.titles)
        self.query_one("#remove-question", Static).update(self.question)
        self.query_one("#remove", Button).disabled = False
        self.previewed = True

    @on(Button.Pressed, "#remove")
    def _confirmed(self) -> None:
        if not self.previewed or self.removing:
            return
        self.removing = True
        self._job = ChildJob()
        self.query_one("#remove", Button).disabled = True
        self._say("Removing and rewriting the database… (Esc stops it)")
        self.refresh_bindings()
        self._run(dry_run=False)

    @on(Step)
    def _show_step(self, event: Step) -> None:
        if self.removing and not (self._job is not None and self._job.cancel_requested):
            # From the writing step on, Escape no longer stops it: the hint goes.
            writing = self._writing or event.message == COMMIT_STEP
            self._say(f"{event.message}…" if writing else f"{event.message}… (Esc stops it)")

    @on(Removed)
    def _removed(self, event: Removed) -> None:
        self.removing = False
        self.refresh_bindings()
        if event.report is None:
            self.query_one("#cancel", Button).focus()
            if not event.cancelled:
                self._say(f"Nothing was removed: {event.error}", error=True)
            elif event.database_changed:
                self.changed = True
                self._say("Removal stopped, but the database had been written already: Esc shows it in the panes.")
            else:
                # The same question again: Remove can be pressed again, so what goes must stay in view.
                self.query_one("#remove", Button).disabled = False
                note = Content.styled("Removal cancelled: nothing was changed.\n\n", "bold")
                self.query_one("#remove-question", Static).update(note + self.question if self.question else note)
            return
        count = event.report.articles
        late = "Too late to cancel: the database was being written. " if event.cancelled else ""
        self.app.notify(f"{late}Removed {one_line(event.report.files[0].source_file)} "
                        f"({count:,} article{'s' if count != 1 else ''}).", markup=False)
        self.dismiss(True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # One Escape, two meanings: stop the removal while it runs, close the dialog otherwise.
        if action == "stop":
            return self.removing
        if action == "cancel":
            return not self.removing
        return True

    def action_stop(self) -> None:
        if not self.removing or self._job is None:
            return
        if self._job.cancel_requested:
            self.notify("Still stopping the removal.", markup=False)
            return
        self._job.cancel()  # the child leaves at once unless it is writing; then it finishes
        if self._job.writing:
            self._say("Writing the database: it finishes first, then the dialog closes.")
        else:
            self._say("Cancelling…")

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        if self.removing:
            self.action_stop()
            return
        self.dismiss(self.changed)

    def _say(self, text: str, *, error: bool = False) -> None:
        question = self.query_one("#remove-question", Static)
        question.set_class(error, "-error")
        question.update(Content(safe_text(text)))  # errors may quote the file's name

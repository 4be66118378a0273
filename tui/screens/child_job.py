"""A dialog that runs one store job in a child process (adding files, reanalysing) and shows how it goes.

The job runs in a child process (see ``store.ingest_runner`` for why not in the
app's), reached from a thread worker; its progress and its outcome come back
as messages.  Subclasses say what to run and what the outcome means.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from textual import on
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import ProgressBar, Static

from tui.formatting import safe_text
from tui.messages import WorkProgress
from tui.workers import ReportsWorkerErrors

ProgressCallback = Callable[[str, int, int], None]


class ChildJobDialog(ReportsWorkerErrors, ModalScreen[bool]):
    """Shows the job's progress in its ``ProgressBar`` and ``SUMMARY`` line; dismisses with ``changed``."""

    # Type selectors match subclasses too: each dialog adds only what is its own (its width, its extras).
    DEFAULT_CSS = """
    ChildJobDialog { align: center middle; }
    ChildJobDialog > Vertical {
        width: 90; max-width: 98%; height: auto; max-height: 90%;
        border: thick $primary; background: $panel; padding: 0 1;
    }
    ChildJobDialog .job-hint { color: $text-muted; margin: 1 0; }
    ChildJobDialog ProgressBar { margin-top: 1; }
    ChildJobDialog .job-summary { height: auto; margin-top: 1; }
    ChildJobDialog .job-summary.-error { color: $text-error; }
    """
    SUMMARY: ClassVar[str]  # selector of the Static (class "job-summary") that says how the job goes
    BUSY: ClassVar[str]  # said when Escape comes while the job runs

    class Progress(WorkProgress):
        pass

    @dataclass
    class Finished(Message):
        report: Any | None  # the job's report, or None when it failed
        error: str | None = None

    def __init__(self) -> None:
        super().__init__()
        self.running = False
        self.changed = False  # the database changed: the panes reload when the dialog closes

    def start_job(self, starting: str) -> None:
        """Show the bar and say ``starting``; the subclass then starts its worker."""
        self.running = True
        bar = self.query_one(ProgressBar)
        bar.update(total=None, progress=0)
        bar.display = True
        self.say(starting)

    def run_job(self, job: Callable[[ProgressCallback], Any]) -> None:
        """Call ``job`` (from a thread worker) with a progress callback; post its outcome, whatever happens."""
        try:
            report = job(self._progress)
        except Exception as error:  # noqa: BLE001 - whatever happened, the dialog must leave its busy state
            self.post_message(self.Finished(None, str(error) or type(error).__name__))
        else:
            self.post_message(self.Finished(report))

    def job_ended(self) -> None:
        """Hide the bar; the subclass's ``Finished`` handler calls this first."""
        self.running = False
        self.query_one(ProgressBar).display = False

    def _progress(self, message: str, done: int, total: int) -> None:
        self.post_message(self.Progress(message, done, total))

    @on(Progress)
    def _show_progress(self, event: Progress) -> None:
        self.query_one(ProgressBar).update(total=max(event.total, 1), progress=event.done)
        self.say(event.message)

    def action_close(self) -> None:
        if self.running:
            self.notify(self.BUSY, markup=False)
            return
        self.dismiss(self.changed)

    def say(self, text: str, *, error: bool = False) -> None:
        summary = self.query_one(self.SUMMARY, Static)
        summary.set_class(error, "-error")
        summary.update(Content(safe_text(text)))  # file names and store errors are untrusted: no escapes

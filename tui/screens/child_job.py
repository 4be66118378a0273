"""A dialog that runs one store job in a child process (adding files, removing a source, reanalysing) and shows how it goes.

The job runs in a child process (see ``store.ingest_runner`` for why not in the
app's), reached from a thread worker; its progress and its outcome come back
as messages.  Subclasses say what to run and what the outcome means.

Escape while it runs stops it: the child leaves at once if it has not started
writing the database (nothing changed, and the dialog says so), or finishes
writing first (then the job is done, and the dialog says it was too late).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from textual import on
from textual.binding import Binding
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import ProgressBar, Static

from store.ingest_runner import ChildJob, JobCancelled
from tui.formatting import file_label, safe_text
from tui.messages import WorkProgress
from tui.workers import ReportsWorkerErrors

ProgressCallback = Callable[[str, int, int], None]

#: Progress comes per file: one large file (tens of megabytes) holds the bar still for minutes,
#: so the step line counts the seconds from then on, to show the job is alive.
SHOW_ELAPSED_AFTER = 2.0


def elapsed_label(seconds: float) -> str:
    """``"12 s"``, ``"3 min 05 s"``: how long a job has run."""
    whole = int(seconds)
    return f"{whole} s" if whole < 60 else f"{whole // 60} min {whole % 60:02d} s"


def escape_bindings(close_tooltip: str, *, close_label: str = "Close", stop_label: str = "Cancel") -> list[Binding]:
    """Escape stops the job while it runs, and closes the dialog otherwise (``check_action`` picks).

    Priority, as in the export dialog: keys typed right after Escape reach the screen under it.
    """
    return [
        Binding("escape", "cancel_job", stop_label, priority=True, tooltip="Stop the job; nothing changes unless it is writing"),
        Binding("escape", "close", close_label, priority=True, tooltip=close_tooltip),
    ]


class ChildJobDialog(ReportsWorkerErrors, ModalScreen[bool]):
    """Shows the job's progress in its ``ProgressBar`` and ``SUMMARY`` line; dismisses with ``changed``."""

    #: Its job writes the database, and the app reloads after: that change is not announced (database_watch).
    WRITES_DATABASE: ClassVar[bool] = True

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
    BUSY: ClassVar[str]  # said when Escape comes again while the job is being stopped
    JOB: ClassVar[str]  # the job's name in a sentence ("Add", "Reanalysis")

    class Progress(WorkProgress):
        pass

    @dataclass
    class Finished(Message):
        report: Any | None  # the job's report, or None when it failed or was stopped
        error: str | None = None
        cancelled: bool = False  # stopped on request (``report`` None) or asked to stop too late (a report)
        database_changed: bool = False  # stopped, yet the database file is not the one it was

    def __init__(self) -> None:
        super().__init__()
        self.running = False
        self.changed = False  # the database changed: the panes reload when the dialog closes
        self.job: ChildJob | None = None
        self.step = ""  # what the job is doing now, as the step line says it
        self.started_at = 0.0
        self._clock: Timer | None = None

    def start_job(self, starting: str) -> None:
        """Show the bar and say ``starting``; the subclass then starts its worker."""
        self.running = True
        self.job = ChildJob()
        bar = self.query_one(ProgressBar)
        bar.update(total=None, progress=0)
        bar.display = True
        self.started_at = time.monotonic()
        self._clock = self.set_interval(1.0, self._show_step)
        self.step = starting
        self.say(starting)
        self.refresh_bindings()

    def run_job(self, work: Callable[[ProgressCallback, ChildJob], Any]) -> None:
        """Call ``work`` (from a thread worker) with a progress callback and the job handle; post its outcome."""
        job = self.job or ChildJob()
        try:
            report = work(self._progress, job)
        except JobCancelled as stopped:
            self.post_message(self.Finished(None, cancelled=True, database_changed=stopped.database_changed))
        except Exception as error:  # noqa: BLE001 - whatever happened, the dialog must leave its busy state
            self.post_message(self.Finished(None, str(error) or type(error).__name__))
        else:
            self.post_message(self.Finished(report, cancelled=job.cancel_requested))

    def job_ended(self) -> None:
        """Hide the bar; the subclass's ``Finished`` handler calls this first."""
        self.running = False
        if self._clock is not None:
            self._clock.stop()
            self._clock = None
        self.query_one(ProgressBar).display = False
        self.refresh_bindings()

    def cancel_note(self, event: Finished) -> str | None:
        """The line for a stopped job, or for a stop asked too late (None: the job was not stopped)."""
        if not event.cancelled:
            return None
        if event.report is not None:
            return "Too late to cancel: the database was being written, so the job finished."
        if event.database_changed:
            return f"{self.JOB} stopped, but the database had been written already: Esc shows it in the panes."
        return f"{self.JOB} cancelled: nothing was changed."

    def _progress(self, message: str, done: int, total: int) -> None:
        self.post_message(self.Progress(message, done, total))

    @on(Progress)
    def _show_progress(self, event: Progress) -> None:
        if self.job is not None and self.job.cancel_requested:
            return  # "Cancelling…" stays up until the child has gone
        self.query_one(ProgressBar).update(total=max(event.total, 1), progress=event.done)
        self.step = self.describe_step(file_label(event.message))  # one line, which may quote a file's name
        self._show_step()

    def _show_step(self) -> None:
        """The step line, with the time the job has taken once that is long enough to wonder about."""
        if not self.running or (self.job is not None and self.job.cancel_requested):
            return  # the outcome, or "Cancelling…", stays as it is
        seconds = time.monotonic() - self.started_at
        self.say(self.step if seconds < SHOW_ELAPSED_AFTER else f"{self.step} · {elapsed_label(seconds)}")

    def describe_step(self, step: str) -> str:
        """What the dialog says of the step the job reached (a subclass may add a hint)."""
        return step

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_job":
            return self.running
        if action == "close":
            return not self.running
        return True

    def action_cancel_job(self) -> None:
        if self.job is None or not self.running:
            return
        if self.job.cancel_requested:
            self.notify(self.BUSY, markup=False)
            return
        self.job.cancel()
        self.say("Cancelling…" if not self.job.writing else "Writing the database: it finishes first, then stops.")

    def action_close(self) -> None:
        if self.running:
            self.action_cancel_job()
            return
        self.dismiss(self.changed)

    def say(self, text: str, *, error: bool = False) -> None:
        summary = self.query_one(self.SUMMARY, Static)
        summary.set_class(error, "-error")
        summary.update(Content(safe_text(text)))  # file names and store errors are untrusted: no escapes

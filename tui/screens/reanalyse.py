"""The reanalyse dialog: after an upgrade, redo every claim with the analysers installed now, from the app."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import ProgressBar, Static

from tui.messages import WorkProgress
from tui.widgets.keybar import KeyBar
from tui.workers import ReportsWorkerErrors

if TYPE_CHECKING:
    from store.reanalysis import ReanalysisReport
    from tui.app import NkruApp


class ReanalyseDialog(ReportsWorkerErrors, ModalScreen[bool]):
    """Asks first (it rewrites the whole database), then works in a child process; dismisses with True when done."""

    HELP_GROUP: ClassVar[str] = "Reanalyse dialog"
    DEFAULT_CSS = """
    ReanalyseDialog { align: center middle; }
    ReanalyseDialog > Vertical {
        width: 80; max-width: 98%; height: auto; max-height: 90%;
        border: thick $primary; background: $panel; padding: 0 1;
    }
    ReanalyseDialog #reanalyse-hint { color: $text-muted; margin: 1 0; }
    ReanalyseDialog ProgressBar { margin-top: 1; }
    ReanalyseDialog #reanalyse-summary { height: auto; margin-top: 1; }
    ReanalyseDialog #reanalyse-summary.-error { color: $text-error; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "start", "Reanalyse", tooltip="Redo every claim and topic tag from the stored text"),
        Binding("escape", "close", "Close", priority=True, tooltip="Close; the panes reload if claims were redone"),
    ]

    class Progress(WorkProgress):
        pass

    @dataclass
    class Finished(Message):
        report: ReanalysisReport | None
        error: str | None = None

    def __init__(self, articles: int, current: bool) -> None:
        super().__init__()
        self.articles = articles
        self.current = current  # the claims are already the installed analysers'
        self.running = False
        self.done = False

    @property
    def nkru(self) -> NkruApp:
        return cast("NkruApp", self.app)

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Reanalyse claims"
            state = (
                "Every claim is already the analysers' installed now; redoing them changes nothing."
                if self.current
                else "Some claims were made by an older version of the analysers."
            )
            yield Static(
                Content(
                    f"{state} Enter redoes the claims and topic tags of all {self.articles:,} articles from the "
                    "text stored in the database (the source files are not needed), then rebuilds the search "
                    "index. Your selection and notes are kept."
                ),
                id="reanalyse-hint",
            )
            bar = ProgressBar(show_eta=False, id="reanalyse-progress")
            bar.display = False
            yield bar
            yield Static(id="reanalyse-summary")
        yield KeyBar()

    def action_start(self) -> None:
        if self.running or self.done:
            return
        self.running = True
        bar = self.query_one(ProgressBar)
        bar.update(total=None, progress=0)
        bar.display = True
        self._say("Starting…")
        self._reanalyse()

    @work(thread=True, exclusive=True, group="reanalyse", exit_on_error=False)
    def _reanalyse(self) -> None:
        from store.ingest_runner import reanalyse_in_child

        try:
            report = reanalyse_in_child(self.nkru.db_path, progress=self._progress)
        except Exception as error:  # noqa: BLE001 - whatever happened, the dialog must leave its busy state
            self.post_message(self.Finished(None, str(error) or type(error).__name__))
        else:
            self.post_message(self.Finished(report))

    def _progress(self, message: str, done: int, total: int) -> None:
        self.post_message(self.Progress(message, done, total))

    @on(Progress)
    def _show_progress(self, event: Progress) -> None:
        self.query_one(ProgressBar).update(total=max(event.total, 1), progress=event.done)
        self._say(event.message)

    @on(Finished)
    def _finished(self, event: Finished) -> None:
        self.running = False
        self.query_one(ProgressBar).display = False
        if event.report is None:
            self._say(event.error or "Nothing was redone.", error=True)
            return
        self.done = True
        report = event.report
        self._say(
            f"Redid the claims of {report.articles:,} articles: {report.claims_before:,} claims before, "
            f"{report.claims_after:,} now ({report.seconds:.1f} s). Esc shows them in the panes."
        )

    def action_close(self) -> None:
        if self.running:
            self.notify("Still reanalysing: the dialog closes when it is done.", markup=False)
            return
        self.dismiss(self.done)

    def _say(self, text: str, *, error: bool = False) -> None:
        summary = self.query_one("#reanalyse-summary", Static)
        summary.set_class(error, "-error")
        summary.update(Content(text))

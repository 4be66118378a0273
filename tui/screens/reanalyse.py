"""The reanalyse dialog: after an upgrade, redo every claim with the analysers installed now, from the app."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import ProgressBar, Static

from tui.formatting import counted
from tui.screens.child_job import ChildJobDialog, escape_bindings
from tui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from store.reanalysis import ReanalysisReport
    from tui.app import NkruApp


class ReanalyseDialog(ChildJobDialog):
    """Asks first (it rewrites the whole database), then works in a child process; dismisses with True when done."""

    HELP_GROUP: ClassVar[str] = "Reanalyse dialog"
    DEFAULT_CSS = """
    ReanalyseDialog > Vertical { width: 80; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "start", "Reanalyse", tooltip="Redo every claim and topic tag from the stored text"),
        *escape_bindings("Close; the panes reload if claims were redone"),
    ]

    SUMMARY: ClassVar[str] = "#reanalyse-summary"
    BUSY: ClassVar[str] = "Still stopping the reanalysis."
    JOB: ClassVar[str] = "Reanalysis"

    def __init__(self, articles: int, current: bool) -> None:
        super().__init__()
        self.articles = articles
        self.current = current  # every claim was made by the analysers installed now

    @property
    def nkru(self) -> NkruApp:
        return cast("NkruApp", self.app)

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Reanalyse claims"
            state = (
                "Every claim was made by the analysers installed now; redoing them changes nothing."
                if self.current
                else "Some claims were made by an older version of the analysers."
            )
            yield Static(
                Content(
                    f"{state} Enter redoes the claims and topic tags of {'the' if self.articles == 1 else 'all'} {counted(self.articles, 'article')} from the "
                    "text stored in the database (the source files are not needed), then rebuilds the search "
                    "index. Your selection and recent searches are kept."
                ),
                id="reanalyse-hint",
                classes="job-hint",
            )
            bar = ProgressBar(show_eta=False, id="reanalyse-progress")
            bar.display = False
            yield bar
            yield Static(id="reanalyse-summary", classes="job-summary")
        yield KeyBar()

    @property
    def done(self) -> bool:
        return self.changed

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "start":  # running, or done: Enter has nothing to offer (the key bar drops it)
            return not (self.running or self.done)
        return super().check_action(action, parameters)

    def action_start(self) -> None:
        if self.running or self.done:
            return
        self.start_job("Starting…")
        self._reanalyse()

    @work(thread=True, exclusive=True, group="reanalyse", exit_on_error=False)
    def _reanalyse(self) -> None:
        from store.ingest_runner import reanalyse_in_child

        db_path = self.nkru.db_path
        self.run_job(lambda progress, job: reanalyse_in_child(db_path, progress=progress, job=job))

    @on(ChildJobDialog.Finished)
    def _finished(self, event: ChildJobDialog.Finished) -> None:
        self.job_ended()
        stopped = self.cancel_note(event)
        if event.report is None:
            self.changed = self.changed or event.database_changed
            self.refresh_bindings()
            self.say(stopped or event.error or "Nothing was redone.", error=stopped is None)
            return
        self.changed = True
        self.refresh_bindings()
        report: ReanalysisReport = event.report
        self.say(
            (f"{stopped} " if stopped else "") + f"Redid the claims of {counted(report.articles, 'article')}: {counted(report.claims_before, 'claim')} before, "
            f"{report.claims_after:,} now ({report.seconds:.1f} s). Esc shows them in the panes."
        )

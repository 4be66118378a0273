"""Take the reader's article's source file out of the database, after saying exactly what goes with it.

The removal is a job of :class:`ChildJobDialog`, as an add is (``store.ingest_runner``): loading and
rewriting a large database would hold the app's interpreter for seconds, and a child can be stopped
at once.  Escape while it runs stops it while it has not started writing the database, and the dialog
says "nothing was changed" only once the database file is seen to be the one it was.  From the step
that writes on, it finishes (stopping there would leave the database and its snapshot apart).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.visual import Visual
from textual.widgets import Button, ProgressBar, Static

from store.ingest_runner import COMMIT_STEP
from store.models import Article
from tui.formatting import DIM, counted, file_label, one_line
from tui.screens.child_job import ChildJobDialog, escape_bindings
from tui.visuals import Hanging, Stacked
from tui.widgets.keybar import KeyBar

if TYPE_CHECKING:
    from store.corpus import Corpus
    from store.removal import RemovalReport

#: Titles listed in the question; a digest of many articles is summarised after these.
LISTED_TITLES = 8


def removal_question(report: RemovalReport, titles: list[str]) -> Stacked:
    """What goes, a title a bullet: a long one wraps under its own first word, not under the bullet."""
    record = report.files[0]
    blank = Content("")
    blocks: list[Content | Visual] = [
        Content.styled("Remove this source file from the database?", "bold"), blank,
        Content(file_label(record.source_path)), blank,
        Content(f"It holds {counted(report.articles, 'article')} and {counted(report.claims, 'claim')}; all go with it:"),
    ]
    bullet, under = Content.styled("  • ", DIM), Content("    ")
    blocks += [Hanging(bullet, under, Content(one_line(title))) for title in titles[:LISTED_TITLES]]
    if len(titles) > LISTED_TITLES:
        blocks.append(Content.styled(f"  … and {len(titles) - LISTED_TITLES:,} more", DIM))
    blocks += [blank, Content.styled("The file on disk is not touched; adding it again (a) brings it back.", DIM)]
    return Stacked(blocks)


class RemoveSourceDialog(ChildJobDialog):
    """Previews with a dry run, removes on confirmation; dismisses True when the database changed."""

    HELP_GROUP: ClassVar[str] = "Remove source dialog"
    DEFAULT_CSS = """
    RemoveSourceDialog > Vertical { border: thick $error; padding: 1 2; }
    RemoveSourceDialog #remove-question { height: auto; }
    /* A file of many articles lists eight titles: at 24 rows the question pushed the buttons off
       the screen.  It scrolls instead, and the buttons stay docked in view. */
    RemoveSourceDialog VerticalScroll { height: auto; max-height: 55vh; }
    RemoveSourceDialog #remove-question.-error { color: $text-error; }
    RemoveSourceDialog Horizontal { dock: bottom; height: auto; align-horizontal: right; margin-top: 1; }
    RemoveSourceDialog Button { margin-left: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = escape_bindings("Keep the file", close_label="Cancel", stop_label="Stop")

    SUMMARY: ClassVar[str] = "#remove-question"
    BUSY: ClassVar[str] = "Still stopping the removal."
    JOB: ClassVar[str] = "Removal"

    @dataclass
    class Previewed(Message):
        report: RemovalReport | None
        error: str | None = None

    def __init__(self, db_path: Path, article: Article, titles: list[str], corpus: Corpus | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.corpus = corpus  # the app's open corpus previews at once; without it, a dry run reads the database
        self.article = article
        self.titles = titles  # the titles of every article from the same file
        self.previewed = False  # the Remove button works only once the user has seen what goes
        self.question: Stacked | None = None  # the preview, shown again under a cancelled removal's note

    @property
    def removing(self) -> bool:
        """The removal is running (Escape stops it rather than closing the dialog)."""
        return self.running

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Remove source"
            with VerticalScroll():
                yield Static(Content.styled("Looking the file up…", DIM), id="remove-question")
            bar = ProgressBar(show_eta=False, id="remove-progress")
            bar.display = False
            yield bar
            with Horizontal():
                yield Button("Cancel", id="cancel")
                yield Button("Remove", variant="error", id="remove", disabled=True)
        yield KeyBar()  # the dialog's own keys: the main screen's bar under it would list keys that do nothing here

    def on_mount(self) -> None:
        self.query_one("#cancel", Button).focus()  # the safe answer is the default one
        self._preview()

    @work(thread=True, exclusive=True, group="remove-source", exit_on_error=False)
    def _preview(self) -> None:
        from store.removal import preview_removal, remove_sources

        try:
            if self.corpus is not None:
                report = preview_removal(self.corpus, self.article.source_sha256)
            else:
                report = remove_sources([f"sha256:{self.article.source_sha256}"], self.db_path, dry_run=True)
        except Exception as error:  # noqa: BLE001 - whatever happened, the dialog must say so
            self.post_message(self.Previewed(None, str(error) or type(error).__name__))
        else:
            self.post_message(self.Previewed(report))

    @work(thread=True, exclusive=True, group="remove-source", exit_on_error=False)
    def _remove(self) -> None:
        from store.ingest_runner import remove_in_child

        target, db_path = f"sha256:{self.article.source_sha256}", self.db_path
        self.run_job(lambda progress, job: remove_in_child(target, db_path, progress, job=job))

    @on(Previewed)
    def _previewed(self, event: Previewed) -> None:
        if event.report is None:
            self.say(f"Cannot remove this source: {event.error}", error=True)
            return
        self.question = removal_question(event.report, self.titles)
        self.query_one("#remove-question", Static).update(self.question)
        self.query_one("#remove", Button).disabled = False
        self.previewed = True

    @on(Button.Pressed, "#remove")
    def _confirmed(self) -> None:
        if not self.previewed or self.running:
            return
        self.query_one("#remove", Button).disabled = True
        self.start_job("Removing and rewriting the database… (Esc stops it)")
        self._remove()

    def describe_step(self, step: str) -> str:
        # From the writing step on, Escape no longer stops it: the hint goes.
        writing = (self.job is not None and self.job.writing) or step == COMMIT_STEP
        return f"{step}…" if writing else f"{step}… (Esc stops it)"

    @on(ChildJobDialog.Finished)
    def _removed(self, event: ChildJobDialog.Finished) -> None:
        self.job_ended()
        stopped = self.cancel_note(event)
        if event.report is None:
            self.query_one("#cancel", Button).focus()
            if stopped is None:
                self.say(f"Nothing was removed: {event.error}", error=True)
            elif event.database_changed:
                self.changed = True
                self.say(stopped)
            else:
                # The same question again: Remove can be pressed again, so what goes must stay in view.
                self.query_one("#remove", Button).disabled = False
                note = Content.styled(stopped, "bold")
                question = Stacked([note, Content(""), *self.question.blocks]) if self.question else note
                self.query_one("#remove-question", Static).update(question)
            return
        report: RemovalReport = event.report
        count = report.articles
        late = "Too late to cancel: the database was being written. " if event.cancelled else ""
        self.app.notify(f"{late}Removed {file_label(report.files[0].source_file)} ({counted(count, 'article')}).", markup=False)
        self.dismiss(True)

    @on(Button.Pressed, "#cancel")
    def _cancel_pressed(self) -> None:
        self.action_close()  # stops a running removal, as Escape does; closes the dialog otherwise

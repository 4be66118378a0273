"""Take the reader's article's source file out of the database, after saying exactly what goes with it."""

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
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", tooltip="Keep the file")]

    @dataclass
    class Previewed(Message):
        report: RemovalReport | None
        error: str | None = None

    @dataclass
    class Removed(Message):
        report: RemovalReport | None
        error: str | None = None

    def __init__(self, db_path: Path, article: Article, titles: list[str], corpus: Corpus | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.corpus = corpus  # the app's open corpus previews at once; without it, a dry run reads the database
        self.article = article
        self.titles = titles  # the titles of every article from the same file
        self.previewed = False  # the Remove button works only once the user has seen what goes
        self.removing = False

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
        from store.removal import preview_removal, remove_sources

        reply = self.Previewed if dry_run else self.Removed
        try:
            if dry_run and self.corpus is not None:
                report = preview_removal(self.corpus, self.article.source_sha256)
            else:
                report = remove_sources([f"sha256:{self.article.source_sha256}"], self.db_path, dry_run=dry_run)
        except Exception as error:  # noqa: BLE001 - whatever happened, the dialog must leave its busy state
            self.post_message(reply(None, str(error) or type(error).__name__))
        else:
            self.post_message(reply(report))

    @on(Previewed)
    def _previewed(self, event: Previewed) -> None:
        if event.report is None:
            self._say(f"Cannot remove this source: {event.error}", error=True)
            return
        self.query_one("#remove-question", Static).update(removal_question(event.report, self.titles))
        self.query_one("#remove", Button).disabled = False
        self.previewed = True

    @on(Button.Pressed, "#remove")
    def _confirmed(self) -> None:
        if not self.previewed or self.removing:
            return
        self.removing = True
        self.query_one("#remove", Button).disabled = True
        self._say("Removing and rewriting the database…")
        self._run(dry_run=False)

    @on(Removed)
    def _removed(self, event: Removed) -> None:
        self.removing = False
        if event.report is None:
            self._say(f"Nothing was removed: {event.error}", error=True)
            return
        count = event.report.articles
        self.app.notify(f"Removed {one_line(event.report.files[0].source_file)} ({count:,} article{'s' if count != 1 else ''}).",
                        markup=False)
        self.dismiss(True)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        if self.removing:
            self.notify("Still removing: the dialog closes when the database is written.", markup=False)
            return
        self.dismiss(False)

    def _say(self, text: str, *, error: bool = False) -> None:
        question = self.query_one("#remove-question", Static)
        question.set_class(error, "-error")
        question.update(Content(safe_text(text)))  # errors may quote the file's name

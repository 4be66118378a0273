"""What normalising did to the article in the reader: every block removed, with its reason, and every repair.

An analyst quoting a passage needs to know the text was not cut: this is the
database's audit trail for the article's source file.  It is read in a
worker: from the snapshot it is one small read, but a corpus opened without
one has to parse the database file for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.widgets.option_list import Option

from store.audit import ArticleAudit
from store.corpus import Corpus
from store.models import Article, Removal
from tui.formatting import DIM, counted, file_label, one_line, safe_text
from tui.widgets.keybar import KeyBar
from tui.widgets.lists import NavList
from tui.workers import ReportsWorkerErrors

#: Lines of a removed block shown in the list; the rest is summarised, since a related-stories
#: block can run to dozens of lines and the reason is what the user scans for.
SHOWN_LINES = 6


def removal_entry(removal: Removal, *, shared: bool) -> Content:
    lines = removal.text.splitlines() or [""]
    shown = "\n".join(one_line(line) for line in lines[:SHOWN_LINES])
    more = f"\n… {counted(len(lines) - SHOWN_LINES, 'more line')}" if len(lines) > SHOWN_LINES else ""
    where = f" · line {removal.line}" + (" · outside every article of the file" if shared else "")
    return Content.assemble(
        (removal.reason, "bold $text-accent"), (where, DIM), "\n",
        shown, (more, DIM),
    )


def audit_heading(audit: ArticleAudit) -> Content:
    if audit.source_path is None:
        return Content.styled(
            "The database holds no record of this article's file, so there is no audit trail to show.", "$text-warning"
        )
    removed = len(audit.removed)
    repairs = ", ".join(audit.repairs) if audit.repairs else "none needed"
    return Content.assemble(
        ("source ", DIM), file_label(audit.source_path), "\n",
        ("encoding ", DIM), safe_text(audit.encoding) or "unknown", ("  ·  repairs ", DIM), repairs, "\n",
        (f"{removed} block{'s' if removed != 1 else ''} removed" if removed else "nothing removed", "bold"),
        (" (each below with its reason; Esc to go back)" if removed else "", DIM),
    )


class AuditScreen(ReportsWorkerErrors, ModalScreen[None]):
    """Read-only: the article's audit trail, loaded in a thread."""

    HELP_GROUP: ClassVar[str] = "Audit trail"
    DEFAULT_CSS = """
    AuditScreen { align: center middle; }
    AuditScreen > Vertical {
        width: 100; max-width: 98%; height: 90%;
        border: thick $primary; background: $panel; padding: 0 1;
    }
    AuditScreen #audit-heading { height: auto; margin-bottom: 1; }
    AuditScreen NavList { height: 1fr; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss", "Back", tooltip="Back to the reader")]

    @dataclass
    class Loaded(Message):
        audit: ArticleAudit | None
        error: str | None = None

    def __init__(self, corpus: Corpus, article: Article) -> None:
        super().__init__()
        self.corpus = corpus
        self.article = article

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            # A str border title is parsed as markup: the article's title must stay plain text.
            box.border_title = Content.assemble("What normalising did · ", one_line(self.article.title))
            yield Static(
                Content.styled("Reading the audit trail…", DIM),
                id="audit-heading",
            )
            yield NavList(id="audit-removed")
        yield KeyBar()  # the dialog's own keys: the main screen's bar under it would list keys that do nothing here

    def on_mount(self) -> None:
        self.query_one(NavList).focus()
        self._load()

    @work(thread=True, exclusive=True, group="audit", exit_on_error=False)
    def _load(self) -> None:
        from store.audit import audit_article
        from store.errors import StoreError

        try:
            self.post_message(self.Loaded(audit_article(self.corpus, self.article)))
        except (StoreError, OSError) as error:
            self.post_message(self.Loaded(None, str(error) or type(error).__name__))

    @on(Loaded)
    def _show(self, event: Loaded) -> None:
        heading = self.query_one("#audit-heading", Static)
        if event.audit is None:
            heading.update(Content.styled(safe_text(f"Could not read the audit trail: {event.error}"), "$text-error"))
            return
        audit = event.audit
        heading.update(audit_heading(audit))
        own = len(audit.removed) - audit.shared_removals
        entries: list[Option | None] = []
        for number, removal in enumerate(audit.removed):
            if entries:
                entries.append(None)  # a rule between blocks: each can run to several lines
            entries.append(Option(removal_entry(removal, shared=number >= own)))
        self.query_one(NavList).add_options(entries)

"""Follow a repeated passage: pick which of the other articles to open it in."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static
from textual.widgets.option_list import Option

from store.corpus import Corpus
from store.models import Article
from tui.formatting import DIM, date_label, one_line, outlet_label
from tui.widgets.keybar import KeyBar
from tui.widgets.lists import MORE_ID, NavList

#: Rows built at a time: a row reads its article's passages (for the paragraph number and the
#: passage's id there), and a syndicated story repeats in hundreds of articles (800 ms to read at
#: ten thousand articles). About as many as the dialog shows at once.
ECHO_PAGE = 10


def dated_against(own: str | None, other: str | None) -> str | None:
    """How a date ("2024-11-04", or "2024-11" known only to the month) stands to this article's:
    "earlier", "later", "same day" (or month, or year: as far as the less precise one tells); None undated."""
    if not own or not other:
        return None
    shared = min(len(own), len(other))
    if own[:shared] == other[:shared]:
        return {10: "same day", 7: "same month"}.get(shared, "same year")
    return "earlier" if other[:shared] < own[:shared] else "later"


def first_printed(corpus: Corpus, own: Article, others: list[str]) -> Content:
    """Who printed the passage first, of the articles held here: this article, or the earliest
    dated other one.  Nothing when no date tells (an undated copy may be older than every dated one)."""
    dated = [corpus.article(i) for i in others if corpus.article(i).published]
    earliest = min(dated, key=lambda article: article.published or "", default=None)
    if earliest is None:
        return Content("")
    first = f"{outlet_label(earliest)} · {date_label(earliest)}"
    relation = dated_against(own.published, earliest.published)
    if relation is None or relation == "earlier":
        said = f"Earliest dated: {first}"
    elif relation == "later":
        said = f"This article ({date_label(own)}) is the earliest dated: the others may have copied it."
    else:
        said = f"Earliest dated: this article and {first} ({relation})"
    return Content.styled(said, DIM)


class EchoList(NavList):
    """The other articles, a page at a time; moving onto the last row brings in the next page."""

    PAGE_ON_ARRIVAL = True


class EchoPicker(ModalScreen[str | None]):
    """Lists the other articles carrying the same passage; dismisses with a passage id."""

    HELP_GROUP: ClassVar[str] = "Also in… picker"
    DEFAULT_CSS = """
    EchoPicker { align: center middle; }
    EchoPicker > Vertical {
        width: 90; max-width: 95%; height: auto; max-height: 80%;
        border: thick $primary; background: $panel; padding: 0 1;
    }
    EchoPicker NavList { height: auto; max-height: 20; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss(None)", "Back", tooltip="Stay here")]

    def __init__(self, corpus: Corpus, passage_id: str) -> None:
        super().__init__()
        self.corpus = corpus
        self.passage_id = passage_id

    def compose(self) -> ComposeResult:
        with Vertical() as box:
            box.border_title = "Also in"
            # Asked which outlet copied whom, the list gave no dates to go by: the earliest dated copy
            # is named, and each row is dated against this article.  Dates come from the articles'
            # headers: no passages are read for them.
            others = self.corpus.echo_articles(self.passage_id)
            yield Static(Content.styled("The same passage appears in (enter opens it there):", DIM))
            said = first_printed(self.corpus, self.corpus.article_of(self.passage_id), others)
            first = Static(said, id="echo-first")
            first.display = bool(said.plain)  # no date tells: no line
            yield first
            listing = EchoList(id="echoes")
            # Article ids come from the echo group's member ids and titles from the articles'
            # headers, both without reading passages; a row reads its one article when it is built.
            listing.set_paged_options(others, self._row, page_size=ECHO_PAGE)
            yield listing
        yield KeyBar()  # the dialog's own keys: the main screen's bar under it would list keys that do nothing here

    def _row(self, article_id: str) -> Option:
        """One other article's row, opening the passage that repeats this one there."""
        article = self.corpus.article(article_id)
        group = self.corpus.echo_group_of(self.passage_id)
        echo = next((p for p in article.passages if group and p.echo_group == group), None)
        where = f"{outlet_label(article)} · {date_label(article)}"
        if echo is not None and echo.paragraph:
            where += f" · ¶{echo.paragraph}"
        relation = dated_against(self.corpus.article_of(self.passage_id).published, article.published)
        if relation:
            where += f" · {relation} than this article" if relation in ("earlier", "later") else f" · {relation}"
        return Option(
            Content.assemble((one_line(article.title), "bold"), "\n", (where, DIM)),
            id=echo.id if echo is not None else None,
            disabled=echo is None,  # the group named an article that no longer holds the passage
        )

    def on_mount(self) -> None:
        listing = self.query_one(NavList)
        listing.highlighted = 0 if listing.option_count else None
        listing.focus()

    @on(NavList.OptionSelected)
    def _chosen(self, event: NavList.OptionSelected) -> None:
        event.stop()
        if event.option_id != MORE_ID:
            self.dismiss(event.option_id)

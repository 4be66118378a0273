"""The Reader: one article, passage by passage, with a passage cursor and selection marks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets.option_list import Option, OptionDoesNotExist

from store.corpus import Corpus
from store.models import Article, PassageKind
from tui.formatting import (
    DIM,
    byline,
    figure_spans,
    file_label,
    one_line,
    passage_block,
    plain,
    topic_tags,
)
from tui.messages import ToggleSelection
from tui.visuals import Hanging
from tui.widgets.lists import MORE_ID, NavList

TOPIC_TAGS = 5  # the strongest topics as tags; a long tail of weak ones would bury the title
READER_PAGE = 400  # paragraphs drawn at once; the longest real articles hold a few hundred


class Reader(NavList):
    """Article header rows (disabled, so the cursor skips them), then one option per passage."""

    HELP_GROUP = "Reader"
    HELP_NOTE: ClassVar[str] = (
        "Escape goes back to the article list, or to the comparison a passage was opened from "
        "while the reader is still in that passage's article."
    )
    BORDER_TITLE = "5 Reader"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "toggle_selected", "Select", tooltip="Add or remove this passage from the export selection"),
        Binding("enter", "follow_echo", "Also in…", tooltip="Follow a repeated passage to the other articles"),
        Binding("escape", "back", "Back", tooltip="Go back to the article list (or to the search hits or comparison the passage was opened from)"),
        Binding("c", "screen.compare", "Compare", tooltip="Compare this article with another"),
        Binding("[", "previous_article", "Previous article", show=False),
        Binding("]", "next_article", "Next article", show=False),
    ]

    @dataclass
    class PassageHighlighted(Message):
        article_id: str
        passage_id: str

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, Reader.PassageHighlighted)

    @dataclass
    class FollowEcho(Message):
        passage_id: str

    @dataclass
    class Back(Message):
        """The user wants to leave the reader."""

    @dataclass
    class Step(Message):
        """Move to the neighbouring article in the list (+1 or -1)."""

        direction: int

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.corpus: Corpus | None = None
        self.article: Article | None = None
        self._spans: dict[str, tuple[tuple[int, int], ...]] = {}
        self._can_follow = False
        self._selected: frozenset[str] = frozenset()  # for passages drawn when a later page comes in

    def show_article(
        self,
        article: Article,
        *,
        selected: frozenset[str],
        passage_id: str | None = None,
        spans: tuple[tuple[int, int], ...] = (),
    ) -> None:
        """Show ``article``; put the cursor on ``passage_id`` with ``spans`` lit up."""
        assert self.corpus is not None
        self._spans = {passage_id: spans} if passage_id and spans else {}
        self.article = article
        self._selected = selected
        # A page at a time: OptionList measures every row it holds, and an article of 200,000
        # paragraphs (a huge pasted file) froze the app for minutes when they were set at once.
        self.set_paged_options(
            article.passages,
            lambda passage: Option(self._block(passage.id, self._selected), id=passage.id),
            head=self._header(article),
            key=lambda passage: passage.id,
            page_size=READER_PAGE,
        )
        self.border_title = Content.assemble("5 Reader", (f" · {one_line(article.title)}", DIM))
        if passage_id and self.highlight_id(passage_id):
            self.scroll_to_highlight()
        else:
            self.highlighted = None
            self.action_first()
            self.scroll_home(animate=False, immediate=True)

    def show_nothing(self, note: str) -> None:
        """No article to show: say why, instead of an empty box."""
        self.article = None
        self.set_options([Option(Content.styled(note, f"italic {DIM}"), disabled=True)])
        self.border_title = Content("5 Reader")

    def _header(self, article: Article) -> list[Option]:
        assert self.corpus is not None
        rows = [Option(plain(article.title, "bold $text-primary"), disabled=True)]
        if article.title_derived:
            rows.append(Option(Content.styled("(title taken from the first line of text)", DIM), disabled=True))
        rows.append(Option(byline(article).stylize(DIM), disabled=True))
        if article.dek and not any(p.kind == PassageKind.DEK for p in article.passages):
            rows.append(Option(plain(article.dek, "italic"), disabled=True))  # a dek passage shows (and cites) itself
        labels = self._topic_labels(article)
        if labels:
            shown, more = labels[:TOPIC_TAGS], len(labels) - TOPIC_TAGS
            tags = topic_tags(shown)
            if more > 0:
                tags = Content.assemble(tags, (f"+{more} more {'topic' if more == 1 else 'topics'}", DIM))
            rows.append(Option(tags, disabled=True))
        rows.append(Option(Content.styled(f"source: {file_label(article.source_file)}\n", DIM), disabled=True))
        return rows

    def _topic_labels(self, article: Article) -> list[str]:
        assert self.corpus is not None
        names = {t.id: t.label for t in self.corpus.topic_summaries}
        try:
            ranked = self.corpus.article_topics(article.id)
        except Exception:  # noqa: BLE001 - tags are decoration: an analyser bug must not blank the reader
            ranked = []
        return [names.get(topic, topic) for topic, _ in ranked]

    def _block(self, passage_id: str, selected: frozenset[str]) -> Hanging:
        assert self.corpus is not None
        passage = self.corpus.passage(passage_id)
        return passage_block(
            passage,
            selected=passage_id in selected,
            echoes=len(self.corpus.echo_articles(passage_id)),
            spans=self._spans.get(passage_id, ()),
            figures=figure_spans(self.corpus.claims_in_passage(passage_id)),
        )

    def mark_selected(self, selected: frozenset[str], changed: set[str]) -> None:
        """Redraw only the passages whose mark changed."""
        self._selected = selected
        if self.article is None:
            return
        for passage_id in changed:
            if self.corpus and passage_id in self.corpus.passages and self.corpus.article_of(passage_id) is self.article:
                try:
                    self.replace_option_prompt(passage_id, self._block(passage_id, selected))
                except OptionDoesNotExist:
                    pass  # on a page not drawn yet: drawn with its mark when it comes in

    @property
    def current_passage_id(self) -> str | None:
        option_id = self.highlighted_id
        return None if option_id == MORE_ID else option_id

    @on(NavList.OptionHighlighted)
    def _moved(self, event: NavList.OptionHighlighted) -> None:
        event.stop()
        if self.article is not None and event.option_id and event.option_id != MORE_ID:
            self.post_message(self.PassageHighlighted(self.article.id, event.option_id))
        if self._can_follow != (can_follow := self._has_echoes()):
            self._can_follow = can_follow
            self.refresh_bindings()  # "Also in…" is offered only on repeated passages

    def _has_echoes(self) -> bool:
        """Whether the passage under the cursor appears in other articles (asked at every cursor move)."""
        pid = self.current_passage_id
        return bool(pid and self.corpus and self.corpus.echo_articles(pid))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "follow_echo":
            return True if self._has_echoes() else None
        return True

    @on(NavList.OptionSelected)
    def _clicked(self, event: NavList.OptionSelected) -> None:
        # A click only moves the passage cursor; following echoes is an explicit key.
        event.stop()

    def action_toggle_selected(self) -> None:
        if pid := self.current_passage_id:
            self.post_message(ToggleSelection(pid))

    def action_follow_echo(self) -> None:
        pid = self.current_passage_id
        if pid and self.corpus and self.corpus.echo_articles(pid):
            self.post_message(self.FollowEcho(pid))

    def action_back(self) -> None:
        self.post_message(self.Back())

    def action_previous_article(self) -> None:
        self.post_message(self.Step(-1))

    def action_next_article(self) -> None:
        self.post_message(self.Step(1))

"""The Articles pane: the filtered article list, or the passages of one topic."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import ContentSwitcher
from textual.widgets.option_list import Option, OptionDoesNotExist

from store.corpus import Corpus
from store.models import Article
from store.topic_listing import TopicEntry, TopicPassages
from tui.formatting import (
    article_entry,
    counted,
    lookalikes,
    one_line,
    term_spans,
    topic_passage_entry,
)
from tui.messages import OpenPassage, ToggleSelection
from tui.visuals import Hanging
from tui.widgets.lists import MORE_ID, NavList
from tui.widgets.typed_order import focus_now

NO_ARTICLES = "No articles yet. Press a to add files (or run: nkru-tui ingest FILES)."


class ArticleList(NavList):
    HELP_GROUP = "Articles pane"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Read", tooltip="Open the article in the reader"),
        # Shown only while an outlet or claimant narrows the list: Escape here used to do nothing,
        # and the only way back to every article was through the Sources pane.
        Binding("escape", "drop_filter", "All articles", tooltip="Drop the outlet or claimant filter"),
    ]

    #: Whether an outlet or claimant narrows the list (set with the articles shown).
    filtered = False

    @dataclass
    class FilterDropped(Message):
        """The user asked for every article again."""

    @dataclass
    class ArticleChosen(Message):
        article_id: str
        focus_reader: bool

        def can_replace(self, message: Message) -> bool:
            # Moving the cursor fast previews many articles; only the last one matters.
            return isinstance(message, ArticleList.ArticleChosen) and not self.focus_reader

    def show_articles(self, articles: list[Article], *, filtered: bool = False) -> None:
        self.filtered = filtered
        self.refresh_bindings()
        alike = lookalikes(articles)
        self.set_paged_options(
            articles, lambda a: Option(article_entry(a, with_source=a.id in alike), id=a.id), key=lambda a: a.id
        )
        if articles:
            self.highlighted = 0
        else:
            self.show_empty_note(NO_ARTICLES)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "drop_filter":
            return self.filtered  # False lets Escape go on to whatever else handles it
        return True

    def action_drop_filter(self) -> None:
        self.post_message(self.FilterDropped())

    @on(NavList.OptionHighlighted)
    def _previewed(self, event: NavList.OptionHighlighted) -> None:
        event.stop()
        if event.option_id and event.option_id != MORE_ID and self.has_focus:
            self.post_message(self.ArticleChosen(event.option_id, focus_reader=False))

    @on(NavList.OptionSelected)
    def _chosen(self, event: NavList.OptionSelected) -> None:
        event.stop()
        if event.option_id and event.option_id != MORE_ID:
            self.post_message(self.ArticleChosen(event.option_id, focus_reader=True))


TOPIC_PAGE = 50  # rows a topic listing builds at a time (more come as the cursor reaches the end)


class TopicPassageList(NavList):
    HELP_GROUP = "Topic passages"
    # Each row finds its passage's matched words: a page of 200 took ~180 ms at 10,000 articles.
    PAGE_ON_ARRIVAL = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "Open passage", tooltip="Open the passage in the reader"),
        Binding("space", "toggle_selected", "Select", tooltip="Add the passage to the export selection"),
        Binding("escape", "back", "Back to articles", tooltip="Return to the article list"),
    ]

    @dataclass
    class Closed(Message):
        """The user left the topic listing."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entries: dict[str, TopicEntry] = {}  # the entries shown so far, by passage id
        self._listing: Sequence[TopicEntry] = ()

    def show_topic(self, corpus: Corpus, topic_id: str, selected: frozenset[str]) -> None:
        """Newest articles first; each article's passages in reading order, read a page at a time."""
        self._listing = TopicPassages(corpus, topic_id)
        self._entries = {}

        def option(entry: TopicEntry) -> Option:
            passage_id = entry[1].id
            self._entries[passage_id] = entry
            return Option(self._entry(passage_id, selected), id=passage_id)

        self.set_paged_options(self._listing, option, page_size=TOPIC_PAGE)
        if self._entries:
            self.highlighted = 0

    def _entry(self, passage_id: str, selected: frozenset[str]) -> Hanging:
        article, passage, hit = self._entries[passage_id]
        return topic_passage_entry(article, passage, hit.terms, selected=passage_id in selected)

    def mark_selected(self, selected: frozenset[str], changed: set[str]) -> None:
        for passage_id in changed & self._entries.keys():
            try:
                self.replace_option_prompt(passage_id, self._entry(passage_id, selected))
            except OptionDoesNotExist:
                pass  # on a page not shown yet: it is drawn with the right mark when it is

    @on(NavList.OptionSelected)
    def _chosen(self, event: NavList.OptionSelected) -> None:
        event.stop()
        if event.option_id in self._entries:
            _, passage, hit = self._entries[event.option_id]
            self.post_message(OpenPassage(passage.id, tuple(term_spans(passage.text, hit.terms))))

    @property
    def entry_count(self) -> int:
        return len(self._listing)

    def step_to_other_article(self, article_id: str, direction: int) -> tuple[str, tuple[tuple[int, int], ...]] | None:
        """Highlight the nearest passage (forwards or back from the cursor) of an article other than
        ``article_id``; its id and evidence spans, or None at either end of the listing."""
        index = self.highlighted if self.highlighted is not None else -1
        while 0 <= (index := index + direction) < self.option_count:
            option_id = self.get_option_at_index(index).id
            if option_id == MORE_ID:
                self.show_next_page()  # the next page's first passage takes the row's place
                index -= direction
                continue
            if option_id in self._entries and (entry := self._entries[option_id])[0].id != article_id:
                self.highlighted = index
                _, passage, hit = entry
                return passage.id, tuple(term_spans(passage.text, hit.terms))
        return None

    def action_toggle_selected(self) -> None:
        if (pid := self.highlighted_id) and pid != MORE_ID:
            self.post_message(ToggleSelection(pid))

    def action_back(self) -> None:
        self.post_message(self.Closed())


class ArticlesPane(Vertical):
    """Switches between the article list and a topic's passages."""

    BORDER_TITLE = "4 Articles"

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.showing_topic: str | None = None

    def compose(self) -> ComposeResult:
        with ContentSwitcher(initial="article-list"):
            yield ArticleList(id="article-list")
            yield TopicPassageList(id="topic-passages")

    @property
    def current_list(self) -> NavList:
        switcher = self.query_one(ContentSwitcher)
        return self.query_one(f"#{switcher.current}", NavList)

    def show_articles(self, articles: list[Article], label: str, *, filtered: bool = False) -> None:
        self.showing_topic = None
        self.query_one(ArticleList).show_articles(articles, filtered=filtered)
        self.query_one(ContentSwitcher).current = "article-list"
        self.border_title = Content.assemble("4 Articles", (f" · {label} · {len(articles):,}", "$text-muted"))

    def show_topic(self, corpus: Corpus, topic_id: str, label: str, selected: frozenset[str]) -> None:
        self.showing_topic = topic_id
        passages = self.query_one(TopicPassageList)
        passages.show_topic(corpus, topic_id, selected)
        self.query_one(ContentSwitcher).current = "topic-passages"
        self.border_title = Content.assemble(
            "4 Topic", (f" · {one_line(label)} · {counted(passages.entry_count, 'passage')}", "$text-muted")
        )

    def mark_selected(self, selected: frozenset[str], changed: set[str]) -> None:
        if self.showing_topic is not None:
            self.query_one(TopicPassageList).mark_selected(selected, changed)

    def focus_list(self) -> None:
        focus_now(self.current_list)

"""The Topics pane: topics with passage and article counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets.option_list import Option

from store.models import TopicSummary
from tui.formatting import DIM, one_line
from tui.widgets.lists import NavList


class TopicsPane(NavList):
    HELP_GROUP = "Topics pane"
    BORDER_TITLE = "2 Topics"
    BORDER_SUBTITLE = "passages · articles"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select", "List passages", tooltip="List this topic's passages, evidence lit up"),
    ]

    @dataclass
    class TopicChosen(Message):
        topic_id: str
        label: str

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._labels: dict[str, str] = {}

    def show_topics(self, topics: list[TopicSummary]) -> None:
        self._labels = {t.id: t.label for t in topics}
        self.set_options(
            Option(
                Content.assemble(
                    one_line(topic.label),
                    (f"  {topic.passage_count:,} · {topic.article_count:,}", DIM),
                ),
                id=topic.id,
            )
            for topic in topics
        )
        if topics:
            self.highlighted = 0
        else:
            self.show_empty_note("No topics: no passage matches a topic's terms yet.")

    @on(NavList.OptionSelected)
    def _chosen(self, event: NavList.OptionSelected) -> None:
        event.stop()
        if event.option_id in self._labels:
            self.post_message(self.TopicChosen(event.option_id, self._labels[event.option_id]))

"""A topic's passages as a list that reads its articles only as far as it is looked at.

"Troop deployment" is carried by 9,900 of 10,000 articles and 78,000
passages.  Listing them by decoding every article up front (and looking each
passage's article up again) held the app for two and a half minutes; the
Topics pane shows a page at a time, so the list reads article after article
(newest first) until the page asked for is full.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, overload

from store.models import Article, Passage, TopicHit

if TYPE_CHECKING:
    from store.corpus import Corpus

TopicEntry = tuple[Article, Passage, TopicHit]


class TopicPassages(Sequence[TopicEntry]):
    """(article, passage, hit) for every passage carrying the topic: newest article first, each
    article's passages in reading order.  Its length comes from the topic's summary until the
    articles have all been read, then from what was found."""

    def __init__(self, corpus: Corpus, topic_id: str) -> None:
        self.topic_id = topic_id
        self._articles: Iterator[Article] = iter(corpus.list_articles(topic=topic_id))
        self._found: list[TopicEntry] = []
        self._exhausted = False
        self._expected = next((t.passage_count for t in corpus.topic_summaries if t.id == topic_id), None)

    def _read_until(self, count: float) -> None:
        while len(self._found) < count and not self._exhausted:
            article = next(self._articles, None)
            if article is None:
                self._exhausted = True
                break
            for passage in article.passages:
                hit = next((h for h in passage.topics if h.topic == self.topic_id), None)
                if hit is not None:
                    self._found.append((article, passage, hit))

    def __len__(self) -> int:
        if self._expected is None:
            self._read_until(float("inf"))
        if self._exhausted or self._expected is None:
            return len(self._found)
        return max(self._expected, len(self._found))

    @overload
    def __getitem__(self, index: int) -> TopicEntry: ...
    @overload
    def __getitem__(self, index: slice) -> list[TopicEntry]: ...

    def __getitem__(self, index: int | slice) -> TopicEntry | list[TopicEntry]:
        if isinstance(index, slice):
            stop = index.stop
            if stop is None or stop < 0 or (index.start or 0) < 0:
                self._read_until(float("inf"))
            else:
                self._read_until(stop)
            return self._found[index]
        self._read_until(float("inf") if index < 0 else index + 1)
        return self._found[index]

"""Passages looked up by id in a snapshot, reading only the article that holds each one."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from store.ids import split_passage_id
from store.models import Passage

if TYPE_CHECKING:
    from store.read_cache import Snapshot


class StoredPassages(Mapping[str, Passage]):
    """Passage lookup over a snapshot: finds the article from the id and reads only that article."""

    def __init__(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot

    def __getitem__(self, passage_id: str) -> Passage:
        article_id, position = split_passage_id(passage_id)
        article = self._snapshot.articles.get(article_id)
        if article is None:
            raise KeyError(passage_id)
        passages = article.passages
        if position is not None and position < len(passages) and passages[position].id == passage_id:
            return passages[position]
        for passage in passages:  # ids follow reading order, but do not bet correctness on it
            if passage.id == passage_id:
                return passage
        raise KeyError(passage_id)

    def __iter__(self) -> Iterator[str]:
        for article in self._snapshot.articles.values():
            for passage in article.passages:
                yield passage.id

    def __len__(self) -> int:
        return self._snapshot.passage_count

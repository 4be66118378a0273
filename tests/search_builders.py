"""A search index over a few named passages: what the blind-round search tests share."""

from __future__ import annotations

from store.search.documents import IndexDoc
from store.search.index import SearchIndex


def index_of(texts: dict[str, str]) -> SearchIndex:
    """An index of one passage per entry (its key is its passage and article id), each from no outlet."""
    return SearchIndex.build(
        IndexDoc(passage_id=pid, article_id=pid, title=f"Item {i}", outlet=None, text=text)
        for i, (pid, text) in enumerate(texts.items())
    )

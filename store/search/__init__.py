"""Full-text search over passages: typo-tolerant, accent-insensitive, ranked, filterable.

Used by the TUI (through ``Corpus.search``) and by the CLI ``search`` verb.
See ``index`` for how a search runs, ``query`` for the syntax, and
``corpus_index`` for how the index is kept next to the database.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from store.search.container import IndexFileError
    from store.search.corpus_index import (
        ensure_index,
        index_path_for,
        load_index_for,
        search_corpus,
        write_index_for,
    )
    from store.search.documents import IndexDoc, index_docs_from
    from store.search.index import SearchIndex
    from store.search.query import ParsedQuery, parse_query

# Each name is imported from its module when first used: the TUI's first screen reads a helper module or two
# (``title_marks`` for headlines) and must not pay for the index and numpy, which the background worker loads.
_HOMES = {
    "IndexFileError": "container",
    "ensure_index": "corpus_index",
    "index_path_for": "corpus_index",
    "load_index_for": "corpus_index",
    "search_corpus": "corpus_index",
    "write_index_for": "corpus_index",
    "IndexDoc": "documents",
    "index_docs_from": "documents",
    "SearchIndex": "index",
    "ParsedQuery": "query",
    "parse_query": "query",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'store.search' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"store.search.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "IndexDoc",
    "IndexFileError",
    "ParsedQuery",
    "SearchIndex",
    "ensure_index",
    "index_docs_from",
    "index_path_for",
    "load_index_for",
    "parse_query",
    "search_corpus",
    "write_index_for",
]

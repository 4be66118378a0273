"""Full-text search over passages: typo-tolerant, accent-insensitive, ranked, filterable.

Used by the TUI (through ``Corpus.search``) and by the CLI ``search`` verb.
See ``index`` for how a search runs, ``query`` for the syntax, and
``corpus_index`` for how the index is kept next to the database.
"""

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

"""The index as the rest of the store sees it: one per database, kept in sync with ingest.

Ingest calls :func:`write_index_for` right after each database write, with
the database's new ``generation``; the index file records that generation.
Opening a corpus then loads the file only if the generations agree, so a
crash between the two writes, a copied database or an older index can only
cost a rebuild, never wrong results.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from store.models import Article, Claim, SearchHit
from store.search.builder import ProgressCallback
from store.search.container import IndexFileError
from store.search.index import SearchIndex

if TYPE_CHECKING:
    from store.corpus import Corpus

INDEX_SUFFIX = ".search-index"
_build_lock = threading.Lock()  # two TUI workers must not both build the same index


def index_path_for(db_path: Path) -> Path:
    """The index file that belongs to a database: next to it, same name plus a suffix."""
    db_path = Path(db_path).expanduser()
    return db_path.with_name(db_path.name + INDEX_SUFFIX)


def write_index_for(
    db_path: Path,
    articles: Iterable[Article],
    claims: Iterable[Claim],
    generation: str,
    *,
    progress: ProgressCallback | None = None,
) -> SearchIndex:
    """Build the index for what the database now holds and save it next to it (atomically)."""
    index = SearchIndex.from_articles(articles, claims, progress=progress, generation=generation)
    index.save(index_path_for(db_path))
    return index


def load_index_for(db_path: Path, generation: str) -> SearchIndex | None:
    """The saved index if it exists and matches ``generation``; None otherwise."""
    try:
        return SearchIndex.load(index_path_for(db_path), expect_generation=generation)
    except IndexFileError:
        return None


def ensure_index(corpus: Corpus, *, progress: ProgressCallback | None = None) -> SearchIndex:
    """The corpus's index: already attached, else loaded from disk if current, else built (and saved)."""
    index = getattr(corpus, "_search_index", None)
    if index is not None:
        return index
    with _build_lock:
        index = getattr(corpus, "_search_index", None)
        if index is not None:
            return index
        db_path = getattr(corpus, "db_path", None)
        generation = getattr(corpus, "generation", None) or None
        if db_path is not None and generation is not None:
            index = load_index_for(db_path, generation)
        if index is None:
            index = SearchIndex.from_articles(corpus.articles.values(), corpus.claims, progress=progress, generation=generation)
            if db_path is not None and generation is not None:
                try:
                    index.save(index_path_for(db_path))
                except OSError:
                    pass  # a read-only folder: search still works, the next start rebuilds
        corpus._search_index = index
        return index


def search_corpus(
    corpus: Corpus,
    query: str,
    *,
    limit: int = 50,
    outlet: str | None = None,
    topic: str | None = None,
    claimant: str | None = None,
) -> list[SearchHit]:
    return ensure_index(corpus).search(query, limit=limit, outlet=outlet, topic=topic, claimant=claimant)

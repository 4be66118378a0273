"""Building the search index during ingest, in a child that starts before claimant names are final.

Claimant names are folded across the whole corpus (``canonicalise_claimants``)
after the pool, which at 10,000 articles takes the parent many seconds.  The
index needs those names only for its claimant filter; tokenising every
passage and building the postings, most of its cost, needs the texts alone.
So a forked child builds all of that while the parent folds names, then
receives the folded names through a :class:`~store.forked.Gate` and adds the
claimant filter last.  The result is the index an in-process build of the
folded corpus gives, array for array.

When files were only added, the saved index of the database as loaded is
extended with the new articles instead (``store.search.incremental``): the
same arrays, without tokenising the old passages again.  Anything unexpected
there, and the whole index is built as before.

When files were only removed (``store.removal`` says so with :func:`removing_files`), the
saved index is shrunk instead (``store.search.shrink``): the full build's arrays again, with
no passage tokenised again.
"""

from __future__ import annotations

import operator
import pickle
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from store.forked import Gate
from store.models import Article, Claim

if TYPE_CHECKING:
    from store.search.builder import Facet, IndexParts


@dataclass(frozen=True, slots=True)
class PreviousIndex:
    """The saved index of the database as loaded, and how many of its first articles are still there, unchanged."""

    path: Path
    generation: str
    kept_articles: int  # of the articles in the database's order, those with passages or not


@dataclass(frozen=True, slots=True)
class IndexBeforeRemoval:
    """The saved index of the database as loaded, and the articles it was built from (some since removed)."""

    path: Path
    generation: str
    loaded: list[Article]  # in the database's order, those with passages or not


# Set by ``removing_files`` for the rewrite that follows a removal: (database, its articles as loaded).
_REMOVAL: ContextVar[tuple[Path, list[Article]] | None] = ContextVar("removal", default=None)


@contextmanager
def removing_files(db_path: Path, loaded: list[Article]) -> Iterator[None]:
    """Within it, a rewrite of ``db_path`` whose articles are some of ``loaded`` (the same objects,
    unchanged: files were only removed) shrinks the saved index instead of building it again."""
    token = _REMOVAL.set((Path(db_path), list(loaded)))
    try:
        yield
    finally:
        _REMOVAL.reset(token)


def previous_index(
    db_path: Path, generation: str, loaded: list[Article], articles: list[Article]
) -> PreviousIndex | IndexBeforeRemoval | None:
    """The saved index to extend, when the articles as loaded (``loaded``; none: the database changed
    otherwise) lead ``articles``, the same objects: files were only added; or to shrink, within
    :func:`removing_files` for this database.  The step checks the rest."""
    from store.search import index_path_for

    removal = _REMOVAL.get()
    if not loaded and removal is not None and removal[0] == Path(db_path):
        return IndexBeforeRemoval(index_path_for(db_path), generation, removal[1])
    if not loaded or len(articles) < len(loaded) or not all(map(operator.is_, loaded, articles)):
        return None
    return PreviousIndex(index_path_for(db_path), generation, len(loaded))


def index_step(
    path: Path,
    articles: list[Article],
    claims: list[Claim],
    generation: str,
    names: Gate,
    previous: PreviousIndex | IndexBeforeRemoval | None = None,
) -> Callable[[bool], None]:
    """A :class:`~store.forked.ForkedTask` step that saves the index to ``path``.

    In a child it waits at ``names`` for the pickled list of every claim's folded claimant
    (in ``claims`` order); in the parent the claims already carry them.
    """

    def step(in_child: bool) -> None:
        from store.search import SearchIndex
        from store.search.builder import build_parts, facet_from_tags
        from store.search.documents import IndexColumns, claimant_tags

        indexed = [a for a in articles if a.passages]
        extended = _extended(previous, articles, indexed) if isinstance(previous, PreviousIndex) else None
        parts = extended.parts if extended is not None else None
        if isinstance(previous, IndexBeforeRemoval):
            parts = _shrunk(previous, indexed)
        passage_ids: list[str] | None = None
        if parts is None and len({a.id for a in indexed}) == len(indexed):  # repeated ids take the slow path, whole
            columns = IndexColumns.from_articles(indexed, ())
            parts, passage_ids = build_parts(columns), columns.passage_ids
        loaded_names: list[str | None] | None = None
        if in_child:
            payload = names.wait()
            if payload is None:
                return  # the parent gave up: no index for a database that was not written
            loaded_names = [claim.claimant for claim in claims]
            for claim, claimant in zip(claims, pickle.loads(payload), strict=True):
                claim.claimant = claimant  # this child's copy of the claim
        if parts is not None:
            refolded = _refolded_claimants(extended, claims, loaded_names) if extended and loaded_names else None
            if refolded is None:
                passage_ids = passage_ids or [p.id for a in indexed for p in a.passages]
                refolded = facet_from_tags(claimant_tags(passage_ids, claims))
            parts.claimants = refolded
            index = SearchIndex(parts, generation=generation)
        else:
            index = SearchIndex.from_articles(articles, claims, generation=generation)
        index.save(path)

    return step


@dataclass(slots=True)
class _Extended:
    parts: IndexParts  # its claimant facet still empty
    old_claimants: Facet  # the saved index's, by the names as loaded
    kept: list[Article]  # the articles (with passages) the saved index holds
    added: list[Article]


def _extended(previous: PreviousIndex | None, articles: list[Article], indexed: list[Article]) -> _Extended | None:
    """The saved index extended with the added articles, or None."""
    from store.search.incremental import extended_parts, load_extendable

    if previous is None or previous.kept_articles <= 0:
        return None
    try:
        old = load_extendable(previous.path, previous.generation)
        if old is None:
            return None
        kept = sum(1 for a in articles[: previous.kept_articles] if a.passages)
        parts = extended_parts(old, indexed, kept)
        return None if parts is None else _Extended(parts, old.claimants, indexed[:kept], indexed[kept:])
    except Exception:  # noqa: BLE001 - a damaged old index must cost a full build, never the ingest
        return None


def _shrunk(previous: IndexBeforeRemoval, indexed: list[Article]) -> IndexParts | None:
    """The saved index less the removed articles (claimant facet still empty), or None."""
    from store.search.incremental import load_extendable
    from store.search.shrink import shrunk_parts

    try:
        old = load_extendable(previous.path, previous.generation)
        return None if old is None else shrunk_parts(old, previous.loaded, indexed)
    except Exception:  # noqa: BLE001 - a damaged old index must cost a full build, never the removal
        return None


def _refolded_claimants(extended: _Extended, claims: list[Claim], loaded_names: list[str | None]) -> Facet | None:
    """The claimant facet from the saved one, its names renamed as folding moved them, and the new claims'.

    Only when folding moved names as wholes (every claim of a name as loaded has one name now);
    else None, and the facet is made from every claim.  The saved facet was made from the same
    claims under the names as loaded: the index was built for the database as loaded.
    """
    from store.search.documents import claimant_tags
    from store.search.incremental import merged_facet

    kept_ids = {a.id for a in extended.kept}
    renamed: dict[str, str] = {}
    added: list[Claim] = []
    for claim, was in zip(claims, loaded_names, strict=True):
        if claim.article_id not in kept_ids:
            added.append(claim)
        elif (was is None) != (claim.claimant is None) or (  # a name given or taken: not a renaming
            was is not None and renamed.setdefault(was, claim.claimant) != claim.claimant  # one name became two
        ):
            return None
    if not set(extended.old_claimants.names) <= renamed.keys():
        return None
    offset = len(extended.parts.passage_ids) - sum(len(a.passages) for a in extended.added)
    tags = claimant_tags([p.id for a in extended.added for p in a.passages], added)
    return merged_facet(extended.old_claimants, tags, offset, renamed)


def folded_names(claims: list[Claim]) -> bytes:
    """What :func:`index_step`'s child waits for: every claim's claimant, pickled, in order."""
    return pickle.dumps([claim.claimant for claim in claims], protocol=pickle.HIGHEST_PROTOCOL)

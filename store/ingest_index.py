"""Building the search index during ingest, in a child that starts before claimant names are final.

Claimant names are folded across the whole corpus (``canonicalise_claimants``)
after the pool, which at 10,000 articles takes the parent many seconds.  The
index needs those names only for its claimant filter; tokenising every
passage and building the postings, most of its cost, needs the texts alone.
So a forked child builds all of that while the parent folds names, then
receives the folded names through a :class:`~store.forked.Gate` and adds the
claimant filter last.  The result is the index an in-process build of the
folded corpus gives, array for array.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path

from store.forked import Gate
from store.models import Article, Claim


def index_step(
    path: Path, articles: list[Article], claims: list[Claim], generation: str, names: Gate
) -> Callable[[bool], None]:
    """A :class:`~store.forked.ForkedTask` step that saves the index to ``path``.

    In a child it waits at ``names`` for the pickled list of every claim's folded claimant
    (in ``claims`` order); in the parent the claims already carry them.
    """

    def step(in_child: bool) -> None:
        from store.search import SearchIndex
        from store.search.builder import build_parts, facet_from_tags
        from store.search.documents import IndexColumns, claimant_tags

        if not in_child:
            SearchIndex.from_articles(articles, claims, generation=generation).save(path)
            return
        indexed = [a for a in articles if a.passages]
        early = len({a.id for a in indexed}) == len(indexed)  # repeated ids take the slow path, whole
        if early:
            columns = IndexColumns.from_articles(indexed, ())
            parts = build_parts(columns)
        payload = names.wait()
        if payload is None:
            return  # the parent gave up: no index for a database that was not written
        for claim, claimant in zip(claims, pickle.loads(payload), strict=True):
            claim.claimant = claimant  # this child's copy of the claim
        if early:
            parts.claimants = facet_from_tags(claimant_tags(columns.passage_ids, claims))
            index = SearchIndex(parts, generation=generation)
        else:
            index = SearchIndex.from_articles(articles, claims, generation=generation)
        index.save(path)

    return step


def folded_names(claims: list[Claim]) -> bytes:
    """What :func:`index_step`'s child waits for: every claim's claimant, pickled, in order."""
    return pickle.dumps([claim.claimant for claim in claims], protocol=pickle.HIGHEST_PROTOCOL)

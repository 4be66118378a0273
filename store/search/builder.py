"""Building the index arrays from passages.

Python tokenises each distinct whitespace chunk once (see ``forward``);
everything per token is numpy: one in-place sort of (term, passage) keys
gives the postings in order, run lengths give term frequencies, and BM25
impacts are computed for every posting at once, so a search only has to add
precomputed numbers.  Nothing is kept per occurrence for highlighting: the
few hits a search shows are re-tokenised then (see ``highlight``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import chain
from operator import attrgetter

import numpy as np

from store.search.documents import IndexDoc
from store.search.forward import build_forward
from store.search.strings import StringColumn
from store.search.vocabulary import Vocabulary

BM25_K1 = 1.2
BM25_B = 0.75

ProgressCallback = Callable[[int, int], None]


def bm25_idf(df: np.ndarray | int, n_docs: int) -> np.ndarray:
    return np.log1p((n_docs - np.asarray(df, dtype=np.float64) + 0.5) / (np.asarray(df, dtype=np.float64) + 0.5))


@dataclass(slots=True)
class Postings:
    ptr: np.ndarray  # int64, per term: its postings are [ptr[t], ptr[t+1])
    docs: np.ndarray  # int32, ascending within a term
    impact: np.ndarray  # float32, the BM25 contribution of that term to that passage


@dataclass(slots=True)
class Facet:
    """Passages by facet value (outlet, topic, claimant), as CSR."""

    names: list[str]
    ptr: np.ndarray  # int64
    docs: np.ndarray  # int32

    def docs_of(self, name: str) -> np.ndarray | None:
        try:
            value = self.names.index(name)
        except ValueError:
            return None
        return self.docs[self.ptr[value] : self.ptr[value + 1]]


@dataclass(slots=True)
class IndexParts:
    vocabulary: Vocabulary
    postings: Postings
    forward_ptr: np.ndarray  # int64, tokens of passage d are forward_terms[ptr[d]:ptr[d+1]]
    forward_terms: np.ndarray  # int32 term ids in reading order (for phrases and proximity)
    passage_ids: StringColumn
    texts: StringColumn
    doc_article: np.ndarray  # int32 row in the article table
    article_ids: StringColumn
    titles: StringColumn
    article_outlet: np.ndarray  # int32 index into outlets.names, -1 = unknown
    outlets: Facet
    topics: Facet
    claimants: Facet
    avgdl: float


def build_parts(docs: Sequence[IndexDoc], progress: ProgressCallback | None = None) -> IndexParts:
    total = len(docs)
    texts = list(map(attrgetter("text"), docs))
    forward = build_forward(texts, progress)
    terms, forward_terms, lengths = forward.terms, forward.forward, forward.lengths
    del forward
    n_terms = len(terms)
    forward_ptr = np.zeros(total + 1, dtype=np.int64)
    np.cumsum(lengths, out=forward_ptr[1:])
    avgdl = float(lengths.mean()) if total else 0.0

    postings, df = _postings(forward_terms, lengths, n_terms, total, avgdl)
    vocabulary = Vocabulary.build(terms, df)

    # Articles in order of first appearance; a passage points at its article's row.
    doc_article_ids = list(map(attrgetter("article_id"), docs))
    article_rows = {article_id: row for row, article_id in enumerate(dict.fromkeys(doc_article_ids))}
    doc_article = np.fromiter(map(article_rows.__getitem__, doc_article_ids), dtype=np.int32, count=total)
    first_docs = np.unique(doc_article, return_index=True)[1].tolist() if total else []
    article_titles = [docs[i].title for i in first_docs]
    article_outlet_names = [docs[i].outlet for i in first_docs]
    outlet_names = sorted({o for o in article_outlet_names if o is not None})
    outlet_index = {name: i for i, name in enumerate(outlet_names)}
    article_outlet = np.fromiter(
        (outlet_index[o] if o is not None else -1 for o in article_outlet_names), dtype=np.int32, count=len(first_docs)
    )
    doc_outlet = article_outlet[doc_article] if total else np.empty(0, dtype=np.int32)

    if progress is not None:
        progress(total, total)
    return IndexParts(
        vocabulary=vocabulary,
        postings=postings,
        forward_ptr=forward_ptr,
        forward_terms=forward_terms,
        passage_ids=StringColumn(list(map(attrgetter("passage_id"), docs))),
        texts=StringColumn(texts),
        doc_article=doc_article,
        article_ids=StringColumn(list(article_rows)),
        titles=StringColumn(article_titles),
        article_outlet=article_outlet,
        outlets=_facet_from_values(outlet_names, doc_outlet),
        topics=_facet_from_lists(list(map(attrgetter("topics"), docs))),
        claimants=_facet_from_lists(list(map(attrgetter("claimants"), docs))),
        avgdl=avgdl,
    )


def _postings(forward_terms: np.ndarray, lengths: np.ndarray, n_terms: int, n_docs: int, avgdl: float) -> tuple[Postings, np.ndarray]:
    # One int64 key per token, term in the high half and passage in the low
    # half; an in-place sort orders them exactly as postings lists are read.
    keys = forward_terms.astype(np.int64)
    keys <<= 32
    keys |= np.repeat(np.arange(n_docs, dtype=np.int32), lengths)
    keys.sort()
    # A (term, passage) pair starts wherever the key changes; run lengths are term frequencies.
    changes = np.ones(len(keys), dtype=bool)
    np.not_equal(keys[1:], keys[:-1], out=changes[1:])
    starts = np.flatnonzero(changes)
    del changes
    tf = np.empty(len(starts), dtype=np.float32)
    if len(starts):
        np.subtract(starts[1:], starts[:-1], out=tf[:-1], casting="unsafe")
        tf[-1] = len(keys) - starts[-1]
    pairs = keys[starts]
    del keys, starts  # the largest arrays go before the next ones are made
    terms = (pairs >> 32).astype(np.int32)
    pairs &= 0xFFFFFFFF
    docs = pairs.astype(np.int32)
    del pairs
    df = np.bincount(terms, minlength=n_terms).astype(np.int32)
    ptr = np.zeros(n_terms + 1, dtype=np.int64)
    np.cumsum(df, out=ptr[1:])

    idf = bm25_idf(df, n_docs).astype(np.float32)
    norm = (BM25_K1 * (1.0 - BM25_B + BM25_B * lengths / max(avgdl, 1e-9))).astype(np.float32)
    impact = idf[terms]
    impact *= tf
    impact *= np.float32(BM25_K1 + 1.0)
    tf += norm[docs]
    impact /= tf
    return Postings(ptr=ptr, docs=docs, impact=impact), df


def _facet_from_values(names: list[str], values: np.ndarray) -> Facet:
    """Facet where each passage has at most one value (-1 = none)."""
    known = np.flatnonzero(values >= 0).astype(np.int32)
    order = np.argsort(values[known], kind="stable")
    ptr = np.zeros(len(names) + 1, dtype=np.int64)
    np.cumsum(np.bincount(values[known], minlength=len(names)), out=ptr[1:])
    return Facet(names=names, ptr=ptr, docs=known[order])


def _facet_from_lists(per_doc: list[list[str]]) -> Facet:
    counts = np.fromiter(map(len, per_doc), dtype=np.int64, count=len(per_doc))
    flat = list(chain.from_iterable(per_doc))
    names = sorted(set(flat))
    index = {name: i for i, name in enumerate(names)}
    values = np.fromiter(map(index.__getitem__, flat), dtype=np.int32, count=len(flat))
    doc_ids = np.repeat(np.arange(len(per_doc), dtype=np.int32), counts)
    order = np.argsort(values, kind="stable")
    ptr = np.zeros(len(names) + 1, dtype=np.int64)
    np.cumsum(np.bincount(values, minlength=len(names)), out=ptr[1:])
    return Facet(names=names, ptr=ptr, docs=doc_ids[order])

"""Building the index arrays from passages.

Python tokenises each distinct whitespace chunk once (see ``forward``);
everything per token is numpy, batch by batch: term ids, then postings with
precomputed BM25 impacts (see ``postings``), so a search only has to add
numbers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from store.search.documents import IndexColumns, Tags
from store.search.forward import Forward, build_forward
from store.search.highlight import ChunkTable
from store.search.postings import (
    BM25_B,
    BM25_K1,
    Postings,
    PostingsCollector,
    bm25_idf,
    sorted_unique,
)
from store.search.strings import StringColumn
from store.search.titles import TitleIndex
from store.search.vocabulary import Vocabulary

__all__ = [
    "BM25_B", "BM25_K1", "ArticleColumns", "Facet", "IndexParts", "Postings", "ProgressCallback", "ResumeState",
    "assemble_parts", "bm25_idf", "build_parts", "facet_from_tags",
]

ProgressCallback = Callable[[int, int], None]


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
class ResumeState:
    """What a later build needs to read on from the last batch of this one's texts (see ``incremental``)."""

    text_batches: np.ndarray  # int64 (batches, 3): first passage, terms and chunks numbered before each batch
    chunk_term_ptr: np.ndarray  # int64 CSR by chunk number
    chunk_terms: np.ndarray  # int32 each chunk's term ids in reading order


@dataclass(slots=True)
class IndexParts:
    vocabulary: Vocabulary
    postings: Postings
    forward_ptr: np.ndarray  # int64, tokens of passage d are forward_terms[ptr[d]:ptr[d+1]]
    chunks: ChunkTable  # which whitespace chunks hold each term, for highlighting
    forward_terms: np.ndarray  # int32 term ids in reading order (for phrases and proximity)
    passage_ids: StringColumn
    texts: StringColumn
    doc_article: np.ndarray  # int32 row in the article table
    article_ids: StringColumn
    titles: StringColumn
    title_index: TitleIndex  # the titles' terms, for searching headlines
    article_outlet: np.ndarray  # int32 index into outlets.names, -1 = unknown
    outlets: Facet
    topics: Facet
    claimants: Facet
    avgdl: float
    resume: ResumeState | None = None  # None: an index saved before it was kept (format 6)


@dataclass(slots=True)
class ArticleColumns:
    """The string columns and per-article fields an index is assembled with (old ones may be memory-mapped)."""

    passage_ids: StringColumn
    texts: StringColumn
    doc_article: np.ndarray  # int32
    article_ids: StringColumn
    titles: StringColumn
    outlets: list[str | None]  # by article


def build_parts(columns: IndexColumns, progress: ProgressCallback | None = None) -> IndexParts:
    collector = PostingsCollector()
    forward = build_forward(columns.texts, progress, on_batch=collector.add, titles=columns.titles)
    strings = ArticleColumns(
        passage_ids=StringColumn(columns.passage_ids),
        texts=StringColumn(columns.texts),
        doc_article=columns.doc_article,
        article_ids=StringColumn(columns.article_ids),
        titles=StringColumn(columns.titles),
        outlets=columns.outlets,
    )
    parts = assemble_parts(
        forward, forward.forward, forward.lengths, collector.finish, strings,
        topics=facet_from_tags(columns.topics), claimants=facet_from_tags(columns.claimants),
    )  # fmt: skip
    if progress is not None:
        progress(len(columns), len(columns))
    return parts


def assemble_parts(
    forward: Forward,
    forward_terms: np.ndarray,
    lengths: np.ndarray,
    postings_of: Callable[[int, np.ndarray, float], tuple[Postings, np.ndarray]],
    columns: ArticleColumns,
    *,
    topics: Facet,
    claimants: Facet,
    vocabulary_of: Callable[[list[str], np.ndarray], Vocabulary] = Vocabulary.build,
) -> IndexParts:
    """The index of every passage, from its term ids (``forward_terms``, ``lengths``), ``forward``'s
    terms, chunks and titles, and ``postings_of(terms, lengths, avgdl)``: (postings, df).
    ``vocabulary_of(terms, df)``: ``Vocabulary.build`` or what gives the same arrays."""
    total = len(lengths)
    terms = forward.terms
    title_index = TitleIndex.build(forward.title_forward, forward.title_lengths, len(terms), columns.doc_article)
    chunks = ChunkTable(StringColumn(forward.chunks), forward.term_chunk_ptr, forward.term_chunk_ids)
    forward_ptr = np.zeros(total + 1, dtype=np.int64)
    np.cumsum(lengths, out=forward_ptr[1:])
    avgdl = float(lengths.mean()) if total else 0.0

    postings, df = postings_of(len(terms), lengths, avgdl)
    vocabulary = vocabulary_of(terms, df)

    doc_article = columns.doc_article
    outlet_names = sorted({o for o in columns.outlets if o is not None})
    outlet_index = {name: i for i, name in enumerate(outlet_names)}
    article_outlet = np.fromiter(
        (outlet_index[o] if o is not None else -1 for o in columns.outlets), dtype=np.int32, count=len(columns.outlets)
    )
    doc_outlet = article_outlet[doc_article] if total else np.empty(0, dtype=np.int32)
    return IndexParts(
        vocabulary=vocabulary,
        postings=postings,
        forward_ptr=forward_ptr,
        chunks=chunks,
        forward_terms=forward_terms,
        passage_ids=columns.passage_ids,
        texts=columns.texts,
        doc_article=doc_article,
        article_ids=columns.article_ids,
        titles=columns.titles,
        title_index=title_index,
        article_outlet=article_outlet,
        outlets=_facet_from_values(outlet_names, doc_outlet),
        topics=topics,
        claimants=claimants,
        avgdl=avgdl,
        resume=ResumeState(forward.text_batches, forward.chunk_term_ptr, forward.chunk_terms),
    )


def _facet_from_values(names: list[str], values: np.ndarray) -> Facet:
    """Facet where each passage has at most one value (-1 = none)."""
    known = np.flatnonzero(values >= 0).astype(np.int32)
    order = np.argsort(values[known], kind="stable")
    ptr = np.zeros(len(names) + 1, dtype=np.int64)
    np.cumsum(np.bincount(values[known], minlength=len(names)), out=ptr[1:])
    return Facet(names=names, ptr=ptr, docs=known[order])


def facet_from_tags(tags: Tags) -> Facet:
    """Facet of a many-valued filter (topics, claimants); a passage tagged twice with one value counts once."""
    names = sorted(set(tags.values))
    index = {name: i for i, name in enumerate(names)}
    keys = np.fromiter(map(index.__getitem__, tags.values), dtype=np.int64, count=len(tags.values))
    keys <<= 32
    keys |= tags.docs
    keys = sorted_unique(keys)  # by value, then passage; a passage tagged twice counts once
    ptr = np.zeros(len(names) + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys >> 32, minlength=len(names)), out=ptr[1:])
    return Facet(names=names, ptr=ptr, docs=(keys & 0xFFFFFFFF).astype(np.int32))


"""The forward index of the passages left after a removal, from the saved one, without tokenising.

A build numbers terms and chunks as it first meets them, batch by batch
(``forward.ForwardBuilder.add_batch``):

1. the batch's chunks not met before, in order of first occurrence, each
   numbering its terms in reading order ("percent" right after "cent");
2. then the terms figure joining makes ("12 000" → "12000"), in order.

Tokenising a chunk, and joining a text's figures, depend on that chunk or
text alone, so the saved index already holds the result for every passage
that remains: its chunk table gives each chunk's terms, and its forward
arrays each passage's terms after joining (and the titles' terms).  What
changes is only the numbering.  So the remaining texts are cut into chunks
and hashed again (numpy, as a build does) only to learn the order in which
their chunks first occur; the terms are then numbered in the order the
build would meet them: step 1 from the chunk table, step 2 from the
passages' saved terms (a term the batch's new chunks did not number first
appears there where figure joining made it).  The passages' saved terms,
renumbered, are their new forward index.

Whatever does not fit (a chunk the saved table lacks, a term left without a
number) raises ``Unknown``: the caller builds the whole index.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from store.search.builder import IndexParts
from store.search.chunks import EXACT_LIMIT, ChunkCutter
from store.search.forward import Forward, _batches, _ranges
from store.search.hash_table import MISSING, HashTable
from store.search.incremental import _first_strings


class Unknown(Exception):
    """The saved index does not describe these texts."""


class Renumbering:
    """Term and chunk numbers as a build of the remaining texts gives them, from the saved index's."""

    def __init__(self, old: IndexParts, n_terms: int, n_chunks: int) -> None:
        """Numbered as the old build had them after ``n_terms`` terms and ``n_chunks`` chunks."""
        resume = old.resume
        if resume is None:
            raise Unknown("no resume state")
        self._chunk_ptr = np.asarray(resume.chunk_term_ptr)
        self._chunk_terms = np.asarray(resume.chunk_terms)
        self.old_chunks = _first_strings(old.chunks.chunks, len(old.chunks.chunks))
        self.old_terms = _first_strings(old.vocabulary.terms, len(old.vocabulary.terms))
        if len(self._chunk_ptr) != len(self.old_chunks) + 1:
            raise Unknown("the chunk table and the resume state disagree")
        lengths = np.fromiter(map(len, self.old_chunks), dtype=np.int64, count=len(self.old_chunks))
        short = np.flatnonzero(lengths <= EXACT_LIMIT)
        self._cutter = ChunkCutter()
        hashed = self._cutter.cut([self.old_chunks[i] for i in short.tolist()])
        if len(hashed.starts) != len(short):
            raise Unknown("a chunk holds whitespace")
        self._table = HashTable(2 * len(short) + 2)
        self._table.insert(hashed.hashes, short)
        self._long = {self.old_chunks[i]: i for i in np.flatnonzero(lengths > EXACT_LIMIT).tolist()}
        self.chunk_number = np.full(len(self.old_chunks), -1, dtype=np.int64)  # new number by old, -1: not met
        self.chunk_number[:n_chunks] = np.arange(n_chunks)
        self.term_number = np.full(len(self.old_terms), -1, dtype=np.int64)
        self.term_number[:n_terms] = np.arange(n_terms)
        self._chunk_order = [np.arange(n_chunks, dtype=np.int64)]  # old numbers, in new order
        self._term_order = [np.arange(n_terms, dtype=np.int64)]
        self.n_chunks, self.n_terms = n_chunks, n_terms
        self._cent, self._percent = old.vocabulary.lookup("cent"), old.vocabulary.lookup("percent")

    def read(self, texts: list[str], old_terms: np.ndarray) -> np.ndarray:
        """Number what a batch of ``texts`` meets; ``old_terms``: their saved terms (old ids), renumbered."""
        batch = self._cutter.cut(texts)
        codes = self._table.lookup(batch.hashes)
        for position in np.flatnonzero(batch.ends - batch.starts > EXACT_LIMIT).tolist():
            chunk = batch.joined[int(batch.starts[position]) : int(batch.ends[position])]
            codes[position] = self._long.get(chunk, MISSING)
        if len(codes) and codes.min() == MISSING:
            raise Unknown("a chunk the saved index never met")
        unmet = np.flatnonzero(self.chunk_number[codes] < 0)
        if len(unmet):
            found, first = np.unique(codes[unmet], return_index=True)
            fresh = found[np.argsort(first, kind="stable")]
            self.chunk_number[fresh] = np.arange(self.n_chunks, self.n_chunks + len(fresh))
            self.n_chunks += len(fresh)
            self._chunk_order.append(fresh)
            sizes = np.diff(self._chunk_ptr)[fresh]
            met = self._chunk_terms[_ranges(self._chunk_ptr[fresh], sizes)].astype(np.int64)
            if self._cent is not None and self._percent is not None:  # "percent" is numbered with "cent"
                met = np.insert(met, np.flatnonzero(met == self._cent) + 1, self._percent)
            self._number(met)
        old_terms = np.asarray(old_terms, dtype=np.int64)
        self._number(old_terms)  # what figure joining made
        return self.term_number[old_terms].astype(np.int32)

    def _number(self, terms: np.ndarray) -> None:
        """Number the terms not numbered yet, in order of first occurrence."""
        new = terms[self.term_number[terms] < 0]
        if not len(new):
            return
        found, first = np.unique(new, return_index=True)
        fresh = found[np.argsort(first, kind="stable")]
        self.term_number[fresh] = np.arange(self.n_terms, self.n_terms + len(fresh))
        self.n_terms += len(fresh)
        self._term_order.append(fresh)

    @property
    def term_order(self) -> np.ndarray:
        """The old id of each new term id."""
        return np.concatenate(self._term_order)

    def chunk_term_lists(self) -> tuple[np.ndarray, np.ndarray]:
        """(CSR ptr by new chunk number, new term ids): as ``ForwardBuilder.chunk_term_lists``."""
        order = np.concatenate(self._chunk_order)
        sizes = np.diff(self._chunk_ptr)[order]
        ptr = np.zeros(len(order) + 1, dtype=np.int64)
        np.cumsum(sizes, out=ptr[1:])
        terms = self.term_number[self._chunk_terms[_ranges(self._chunk_ptr[order], sizes)]]
        if len(terms) and terms.min() < 0:
            raise Unknown("a chunk's term was never numbered")
        return ptr, terms.astype(np.int32)

    def chunks(self) -> list[str]:
        return [self.old_chunks[i] for i in np.concatenate(self._chunk_order).tolist()]


def renumbered_forward(
    old: IndexParts,
    texts: Sequence[str],
    old_docs: np.ndarray,
    titles: Sequence[str],
    old_articles: np.ndarray,
    resume: tuple[int, int, int, np.ndarray],
    on_batch: Callable[[np.ndarray, np.ndarray], None],
) -> tuple[Forward, np.ndarray]:
    """What ``build_forward(texts, on_batch=..., titles=...)`` gives from text ``resume_at`` on, and the old
    id of each term.  ``old_docs``/``old_articles``: each text's and title's number in ``old``;
    ``resume``: (resume_at, terms and chunks numbered before it, ``text_batches`` rows before it)."""
    resume_at, n_terms, n_chunks, rows = resume
    numbering = Renumbering(old, n_terms, n_chunks)
    old_ptr = np.asarray(old.forward_ptr)
    old_terms = old.forward_terms
    pieces: list[np.ndarray] = []
    lengths: list[np.ndarray] = []
    batch_rows: list[tuple[int, int, int]] = list(map(tuple, np.asarray(rows).tolist()))
    for start, end in _batches(texts):
        if start < resume_at:
            continue
        batch_rows.append((start, numbering.n_terms, numbering.n_chunks))
        docs = old_docs[start:end]
        sizes = old_ptr[docs + 1] - old_ptr[docs]
        terms = numbering.read(list(texts[start:end]), old_terms[_ranges(old_ptr[docs], sizes)])
        on_batch(terms, sizes)
        pieces.append(terms)
        lengths.append(sizes)
    title_ptr = np.asarray(old.title_index.forward_ptr)
    title_terms = old.title_index.forward_terms
    title_pieces: list[np.ndarray] = [np.empty(0, dtype=np.int32)]
    title_lengths: list[np.ndarray] = [np.empty(0, dtype=np.int64)]
    for start, end in _batches(titles):
        rows_of = old_articles[start:end]
        sizes = title_ptr[rows_of + 1] - title_ptr[rows_of]
        title_pieces.append(numbering.read(list(titles[start:end]), title_terms[_ranges(title_ptr[rows_of], sizes)]))
        title_lengths.append(sizes)
    chunk_ptr, chunk_terms = numbering.chunk_term_lists()
    term_order = numbering.term_order
    holders = np.repeat(np.arange(len(chunk_ptr) - 1, dtype=np.int32), np.diff(chunk_ptr))
    order = np.lexsort((holders, chunk_terms))  # as ``ForwardBuilder.chunks_by_term``
    term_chunk_ptr = np.zeros(len(term_order) + 1, dtype=np.int64)
    np.cumsum(np.bincount(chunk_terms, minlength=len(term_order)), out=term_chunk_ptr[1:])
    forward = Forward(
        [numbering.old_terms[i] for i in term_order.tolist()],
        np.concatenate(pieces) if pieces else np.empty(0, dtype=np.int32),
        np.concatenate(lengths).astype(np.int64) if lengths else np.empty(0, dtype=np.int64),
        numbering.chunks(), term_chunk_ptr, holders[order],
        np.concatenate(title_pieces).astype(np.int32), np.concatenate(title_lengths).astype(np.int64),
        np.asarray(batch_rows, dtype=np.int64).reshape(-1, 3), chunk_ptr, chunk_terms,
    )  # fmt: skip
    return forward, term_order

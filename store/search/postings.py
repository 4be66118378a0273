"""Postings lists with BM25 impacts, collected batch by batch.

Each batch of passages is sorted on its own by (term, passage) keys, which
is cheap while the batch is small enough to stay in cache, and run lengths
give term frequencies.  The batches are then merged by a counting sort: once
every term's document frequency is known, each (term, passage) pair has a
fixed slot, and batches arrive in passage order, so every list comes out
ascending.  This avoids one sort over every token of the corpus and the
arrays of eight bytes per token it needs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

BM25_K1 = 1.2
BM25_B = 0.75
# Postings handled at a time where whole arrays would double the memory: a block's temporaries stay
# small enough that the allocator hands them back instead of keeping the high-water mark.
BLOCK = 1 << 18


def bm25_idf(df: np.ndarray | int, n_docs: int) -> np.ndarray:
    return np.log1p((n_docs - np.asarray(df, dtype=np.float64) + 0.5) / (np.asarray(df, dtype=np.float64) + 0.5))


@dataclass(slots=True)
class Postings:
    ptr: np.ndarray  # int64, per term: its postings are [ptr[t], ptr[t+1])
    docs: np.ndarray  # int32, ascending within a term
    impact: np.ndarray  # float32, the BM25 contribution of that term to that passage


def sorted_unique(values: np.ndarray) -> np.ndarray:
    """The distinct values, ascending.

    Plain ``np.unique`` of an integer array was 50 times slower than this on
    the installed numpy (2.4), where it no longer simply sorts.
    """
    ordered = np.sort(values)
    keep = np.empty(len(ordered), dtype=bool)
    keep[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=keep[1:])
    return ordered[keep]


class PostingsCollector:
    def __init__(self, first_doc: int = 0) -> None:
        self._batches: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # (terms, docs, tf), by term then doc
        self._n_docs = first_doc  # the number of the next passage added

    def add(self, terms: np.ndarray, lengths: np.ndarray) -> None:
        """The term ids of the next passages, concatenated, and how many belong to each passage."""
        count = len(lengths)
        keys = terms.astype(np.int64)
        keys <<= 32
        keys |= np.repeat(np.arange(count, dtype=np.int64), lengths)
        keys.sort()
        # A (term, passage) pair starts wherever the key changes; run lengths are term frequencies.
        changes = np.empty(len(keys), dtype=bool)
        changes[:1] = True
        np.not_equal(keys[1:], keys[:-1], out=changes[1:])
        starts = np.flatnonzero(changes)
        tf = np.diff(starts, append=len(keys)).astype(np.int32)
        pairs = keys[starts]
        batch_terms = (pairs >> 32).astype(np.int32)
        pairs &= 0xFFFFFFFF
        batch_docs = pairs.astype(np.int32)
        batch_docs += np.int32(self._n_docs)
        self._batches.append((batch_terms, batch_docs, tf))
        self._n_docs += count

    def finish(self, n_terms: int, lengths: np.ndarray, avgdl: float) -> tuple[Postings, np.ndarray]:
        """The merged postings with impacts, and each term's document frequency (int32)."""
        ptr, docs, tf = self.placed(n_terms)
        return with_impacts(ptr, docs, tf, lengths, avgdl), np.diff(ptr).astype(np.int32)

    def placed(self, n_terms: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(ptr, docs, term frequencies as float32) of the merged postings, without impacts."""
        per_batch = [np.bincount(terms, minlength=n_terms) for terms, _, _ in self._batches]
        df = np.sum(per_batch, axis=0, dtype=np.int64) if per_batch else np.zeros(n_terms, dtype=np.int64)
        ptr = np.zeros(n_terms + 1, dtype=np.int64)
        np.cumsum(df, out=ptr[1:])
        docs = np.empty(int(ptr[-1]), dtype=np.int32)
        tf = np.empty(int(ptr[-1]), dtype=np.float32)
        cursor = ptr[:-1].copy()
        for counts in per_batch:
            batch_terms, batch_docs, batch_tf = self._batches.pop(0)
            first = np.cumsum(counts) - counts  # where each term's run starts within this batch
            slots = cursor[batch_terms]
            slots += np.arange(len(batch_terms), dtype=np.int64)
            slots -= first[batch_terms]
            docs[slots] = batch_docs
            tf[slots] = batch_tf
            cursor += counts
        return ptr, docs, tf


def _norms(lengths: np.ndarray, avgdl: float) -> np.ndarray:
    return (BM25_K1 * (1.0 - BM25_B + BM25_B * lengths / max(avgdl, 1e-9))).astype(np.float32)


def with_impacts(
    ptr: np.ndarray, docs: np.ndarray, tf: np.ndarray, lengths: np.ndarray, avgdl: float, *, block: int = BLOCK
) -> Postings:
    """Postings with BM25 impacts over ``len(lengths)`` passages.

    ``tf`` (float32) is overwritten with the impacts, a block at a time: no second array of every
    posting, nor temporaries of that size, beside the two.
    """
    idf = bm25_idf(np.diff(ptr), len(lengths)).astype(np.float32)
    norms = _norms(lengths, avgdl)
    for start in range(0, len(tf), block):
        end = min(start + block, len(tf))
        counts = tf[start:end]
        impact = idf[terms_of_block(ptr, start, end)]
        impact *= counts
        impact *= np.float32(BM25_K1 + 1.0)
        counts += norms[docs[start:end]]
        impact /= counts
        tf[start:end] = impact
    return Postings(ptr=ptr, docs=docs, impact=tf)


def terms_of_block(ptr: np.ndarray, start: int, end: int) -> np.ndarray:
    """The term of each of the postings ``start:end`` (``ptr``: CSR by term)."""
    first = int(np.searchsorted(ptr, start, side="right")) - 1
    last = int(np.searchsorted(ptr, end, side="left"))
    bounds = np.clip(ptr[first : last + 1], start, end)
    return np.repeat(np.arange(first, last, dtype=np.int64), np.diff(bounds))


def recovered_tf(
    postings: Postings, lengths: np.ndarray, avgdl: float, *, block: int = BLOCK
) -> Iterator[tuple[int, np.ndarray, np.ndarray, np.ndarray | None]]:
    """Saved postings block by block, with their term frequencies worked back from the impacts:
    (first posting, term of each, docs, tf as float32).  The tf is proved by recomputing every
    impact bit for bit as ``with_impacts`` made it; None (and nothing after) if one differs."""
    ptr = np.asarray(postings.ptr)
    idf = bm25_idf(np.diff(ptr), len(lengths)).astype(np.float32)
    norms = _norms(lengths, avgdl)
    for start in range(0, int(ptr[-1]), block):
        end = min(start + block, int(ptr[-1]))
        terms = terms_of_block(ptr, start, end)
        impact = np.array(postings.impact[start:end])
        docs = np.array(postings.docs[start:end])
        norm = norms[docs]
        term_idf = idf[terms]
        # impact = idf * tf * (k1 + 1) / (tf + norm), solved for tf
        with np.errstate(divide="ignore", invalid="ignore"):
            guess = np.rint(impact.astype(np.float64) * norm / (term_idf.astype(np.float64) * (BM25_K1 + 1.0) - impact))
        tf: np.ndarray | None = None
        if np.all(np.isfinite(guess)) and not np.any(guess < 1):
            tf = guess.astype(np.float32)
            again = term_idf * tf
            again *= np.float32(BM25_K1 + 1.0)
            again /= tf + norm
            if not np.array_equal(again.view(np.uint32), impact.view(np.uint32)):
                tf = None
        yield start, terms, docs, tf
        if tf is None:
            return


def spliced_postings(
    lead: tuple[np.ndarray, np.ndarray, np.ndarray], more: tuple[np.ndarray, np.ndarray, np.ndarray]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ptr, docs, tf) of the passages before a cut (``lead``, over as many terms as it had then)
    and after it (``more``, over every term), merged: each term's lead passages come first."""
    lead_ptr, lead_docs, lead_tf = lead
    more_ptr, more_docs, more_tf = more
    n_terms = len(more_ptr) - 1
    padded = np.full(n_terms + 1, lead_ptr[-1], dtype=np.int64)
    padded[: len(lead_ptr)] = lead_ptr
    at = np.repeat(padded[1:], np.diff(more_ptr))  # a term's later postings go after its lead ones
    return padded + more_ptr, np.insert(lead_docs, at, more_docs), np.insert(lead_tf, at, more_tf)

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

from dataclasses import dataclass

import numpy as np

BM25_K1 = 1.2
BM25_B = 0.75


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
    def __init__(self) -> None:
        self._batches: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []  # (terms, docs, tf), by term then doc
        self._n_docs = 0

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

        n_docs = self._n_docs
        idf = bm25_idf(df, n_docs).astype(np.float32)
        norm = (BM25_K1 * (1.0 - BM25_B + BM25_B * lengths / max(avgdl, 1e-9))).astype(np.float32)
        impact = np.repeat(idf, df)
        impact *= tf
        impact *= np.float32(BM25_K1 + 1.0)
        tf += norm[docs]
        impact /= tf
        return Postings(ptr=ptr, docs=docs, impact=impact), df.astype(np.int32)

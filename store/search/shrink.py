"""Taking articles out of a saved index without tokenising the rest again.

A full build of what remains after a removal numbers terms and chunks in
order of first occurrence, so every article after the first removed one may
see its term ids move: the saved arrays cannot just lose rows.  Yet nothing
needs tokenising again:

* the remaining passages before the first removed one are the full build's
  first passages, batched alike (batches are cut greedily from the first
  text) up to the batch holding the last of them; the passages before that
  batch keep their term ids and their saved postings (term frequencies
  worked back from the impacts and proved, as ``incremental`` does for adds);
* from that batch on, the saved index already holds every remaining
  passage's terms and every chunk's; only their numbers change, and
  ``renumbered`` works those out as the build would number them.

The rest (impacts for the new N and mean length, chunk table, titles,
facets) is assembled as a full build assembles it, the vocabulary from the
old one's per-term work (stems, hashes, byte order), so the result is the
full build's index array for array (tests check).  Anything that does not
fit (no resume state, another format or code, other articles than the
loaded ones, repeated ids, a chunk the saved index lacks) gives None: build
it all.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain
from operator import attrgetter

import numpy as np

from store.models import Article
from store.search.builder import ArticleColumns, Facet, IndexParts, assemble_parts
from store.search.container import Pieces
from store.search.forward import _ranges, batch_starts
from store.search.incremental import _counted_again, _first_strings, _placed_with_old, _same_articles
from store.search.postings import Postings, PostingsCollector, spliced_postings, with_impacts
from store.search.renumbered import Unknown, renumbered_forward
from store.search.strings import StringColumn
from store.search.vocabulary import Vocabulary


def shrunk_parts(old: IndexParts, loaded: Sequence[Article], articles: Sequence[Article]) -> IndexParts | None:
    """The index of ``articles`` (those with passages, in order), which are ``loaded`` (the articles ``old``
    was built from, the same objects, unchanged) less some; None when that cannot be shown.

    Its claimant facet is empty: names may still be folded (see ``store.ingest_index``); set it after.
    """
    resume = old.resume
    loaded = [a for a in loaded if a.passages]
    if resume is None or not articles or not len(resume.text_batches):
        return None
    kept_rows = _kept_rows(loaded, articles)
    if kept_rows is None:
        return None
    moved = np.flatnonzero(kept_rows != np.arange(len(kept_rows)))
    first_gone = int(moved[0]) if len(moved) else len(articles)  # the first removed article
    kept_passages = sum(len(a.passages) for a in loaded[:first_gone])  # passages before the first removed one
    texts = list(map(attrgetter("text"), chain.from_iterable(map(attrgetter("passages"), articles))))
    rows = np.asarray(resume.text_batches)
    old_starts = rows[:, 0].tolist()
    # Read again from the batch holding the last passage before the first removed one: a batch that
    # the removed passages opened is gone, and the one before it may now take in more texts.
    row = max(int(np.searchsorted(rows[:, 0], kept_passages, side="left")) - 1, 0)
    if batch_starts(texts)[: row + 1] != old_starts[: row + 1]:
        return None  # batches cut otherwise than this build would: its term ids would not be the same
    if not _same_articles(old, loaded) or len({a.id for a in loaded}) != len(loaded):
        return None  # repeated ids merge in a full build (``IndexColumns.from_docs``)
    resume_at, n_terms, n_chunks = rows[row].tolist()
    counts = np.fromiter((len(a.passages) for a in loaded), dtype=np.int64, count=len(loaded))
    old_docs = _ranges((np.cumsum(counts) - counts)[kept_rows], counts[kept_rows])
    collector = PostingsCollector(first_doc=resume_at)  # the remaining texts from the batch of the first removed one
    try:
        forward, old_term_ids = renumbered_forward(
            old, texts, old_docs, [a.title for a in articles], kept_rows, (resume_at, n_terms, n_chunks, rows[:row]),
            collector.add,
        )  # fmt: skip
    except Unknown:
        return None
    old_ptr = np.asarray(old.forward_ptr)
    forward_terms = Pieces(old.forward_terms[: old_ptr[resume_at]], forward.forward)
    lengths = np.concatenate([np.diff(old_ptr[: resume_at + 1]), forward.lengths])

    article_runs = _runs(kept_rows)
    passage_runs = _runs(old_docs)
    columns = ArticleColumns(
        passage_ids=KeptStrings(old.passage_ids, passage_runs),
        texts=KeptStrings(old.texts, passage_runs),
        doc_article=np.repeat(np.arange(len(articles), dtype=np.int32), counts[kept_rows]),
        article_ids=KeptStrings(old.article_ids, article_runs),
        titles=KeptStrings(old.titles, article_runs),
        outlets=[a.outlet for a in articles],
    )
    no_claimants = Facet(names=[], ptr=np.zeros(1, dtype=np.int64), docs=np.empty(0, dtype=np.int32))
    topics = kept_facet(old.topics, old_docs, len(old.passage_ids))

    def postings_of(n_all_terms: int, lengths: np.ndarray, avgdl: float) -> tuple[Postings, np.ndarray]:
        more = collector.placed(n_all_terms)
        placed = _placed_with_old(old, resume_at, n_terms, more)
        if placed is None:  # the old term frequencies could not be proved: count them again
            placed = spliced_postings(_counted_again(old, n_terms, old_starts[: row + 1]), more)
        ptr, docs, tf = placed
        return with_impacts(ptr, docs, tf, lengths, avgdl), np.diff(ptr).astype(np.int32)

    def vocabulary_of(terms: list[str], df: np.ndarray) -> Vocabulary:
        stems = _first_strings(old.vocabulary.stems, len(old.vocabulary.stems))
        return old.vocabulary.subset(old_term_ids, terms, stems, df)

    try:
        return assemble_parts(
            forward, forward_terms, lengths, postings_of, columns,
            topics=topics, claimants=no_claimants, vocabulary_of=vocabulary_of,
        )  # fmt: skip
    except ValueError:  # a stem holding a newline: not from this code
        return None


def _kept_rows(loaded: list[Article], articles: Sequence[Article]) -> np.ndarray | None:
    """The position in ``loaded`` of each of ``articles``; None unless they are some of ``loaded``,
    the same objects, in the same order."""
    rows = []
    at = 0
    for article in articles:
        while at < len(loaded) and loaded[at] is not article:
            at += 1
        if at == len(loaded):
            return None
        rows.append(at)
        at += 1
    return np.asarray(rows, dtype=np.int64)


def _runs(rows: np.ndarray) -> np.ndarray:
    """(first, end) of each run of consecutive numbers in ``rows`` (ascending): the kept stretches."""
    if not len(rows):
        return np.empty((0, 2), dtype=np.int64)
    breaks = np.flatnonzero(np.diff(rows) != 1) + 1
    firsts = rows[np.concatenate([[0], breaks])]
    lasts = rows[np.concatenate([breaks - 1, [len(rows) - 1]])]
    return np.stack([firsts, lasts + 1], axis=1).astype(np.int64)


class KeptStrings:
    """Some stretches of a saved column's strings: a :class:`StringColumn` that saves as :class:`Pieces`.

    The old column is memory-mapped; the new one is made of slices of it, never copied.
    """

    __slots__ = ("_firsts", "_old", "_runs")

    def __init__(self, old: StringColumn, runs: np.ndarray) -> None:
        self._old, self._runs = old, runs
        sizes = runs[:, 1] - runs[:, 0]
        self._firsts = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)  # new number of each run's first

    @property
    def is_mapped(self) -> bool:
        return True

    def __len__(self) -> int:
        return int(self._firsts[-1])

    def _old_index(self, index: int) -> int:
        run = int(np.searchsorted(self._firsts, index, side="right")) - 1
        return int(self._runs[run, 0]) + index - int(self._firsts[run])

    def __getitem__(self, index: int) -> str:
        return self._old[self._old_index(index)]

    def raw(self, index: int) -> bytes | memoryview:
        return self._old.raw(self._old_index(index))

    def to_arrays(self) -> tuple[Pieces, np.ndarray]:
        blob, offsets = self._old.to_arrays()
        offsets = np.asarray(offsets)
        pieces = [blob[offsets[first] : offsets[end]] for first, end in self._runs.tolist()]
        shifted = [offsets[first:end] - offsets[first] for first, end in self._runs.tolist()]
        sizes = np.asarray([offsets[end] - offsets[first] for first, end in self._runs.tolist()], dtype=np.int64)
        starts = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        joined = [piece + start for piece, start in zip(shifted, starts[:-1].tolist(), strict=True)]
        new_offsets = np.concatenate([*joined, starts[-1:]]) if joined else np.zeros(1, dtype=np.int64)
        return Pieces(*pieces) if pieces else Pieces(np.empty(0, dtype=np.uint8)), new_offsets.astype(np.int64)


def kept_facet(facet: Facet, old_docs: np.ndarray, n_old: int) -> Facet:
    """The facet of the kept passages (``old_docs``: the old number of each, ascending), numbered anew;
    values no kept passage has are dropped, as a build of them would never meet them."""
    new_number = np.full(n_old, -1, dtype=np.int64)
    new_number[old_docs] = np.arange(len(old_docs))
    docs = new_number[np.asarray(facet.docs)]
    keep = docs >= 0
    values = np.repeat(np.arange(len(facet.names), dtype=np.int64), np.diff(np.asarray(facet.ptr)))
    per_value = np.bincount(values[keep], minlength=len(facet.names))
    held = np.flatnonzero(per_value > 0)
    ptr = np.zeros(len(held) + 1, dtype=np.int64)
    np.cumsum(per_value[held], out=ptr[1:])
    return Facet(names=[facet.names[i] for i in held.tolist()], ptr=ptr, docs=docs[keep].astype(np.int32))

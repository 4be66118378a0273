"""Adding articles to a saved index without tokenising the old ones again.

Tokenising is most of a build (four of six seconds at ten thousand
articles), and term ids, numbered in order of first occurrence, depend on
everything read before.  A build saves the state its forward builder was in
before each batch of texts (``ResumeState``: how many terms and chunks were
numbered by then, and each chunk's terms).  Articles added to a database go
after the old ones, and batches are cut greedily from the first text, so a
build of old and new together cuts the old texts into the same batches up
to the last one, which the new texts may join.  So the builder is restored
to its state before that batch and reads on from there (the old tail again,
then the new texts, then every title).  The old passages before the tail
keep their term ids, so their postings are the saved ones, with term
frequencies worked back from the saved impacts (and proved by recomputing
them) to weigh them again for the new corpus statistics.  The rest
(vocabulary, chunk table, titles, facets) is assembled from the whole as a
full build assembles it: the result is the full build's index, array for
array (tests check).

The old file's largest arrays (passage texts, term ids) are not copied in
memory: they are saved as :class:`~store.search.container.Pieces`, and the
old file's pages are let go once read, so extending an index needs a
fraction of the memory of building it.

Anything that does not fit (an index from before this was kept, another
format, batches of another size, other articles or passages than the
database's first ones, repeated ids, the old tail not reading as before)
gives None: the caller builds the whole index as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain, pairwise
from operator import attrgetter
from pathlib import Path

import numpy as np

from store.models import Article
from store.search.builder import ArticleColumns, Facet, IndexParts, assemble_parts
from store.search.container import IndexFileError, Pieces, release
from store.search.documents import IndexColumns, Tags
from store.search.forward import Forward, ForwardBuilder, batch_starts, build_forward
from store.search.persistence import load_parts
from store.search.postings import (
    BLOCK,
    Postings,
    PostingsCollector,
    recovered_tf,
    sorted_unique,
    spliced_postings,
    with_impacts,
)
from store.search.strings import StringColumn


def load_extendable(path: Path, generation: str) -> IndexParts | None:
    """The saved index at ``path`` if it was built for ``generation`` and can be added to."""
    try:
        parts, _ = load_parts(Path(path), expect_generation=generation)
    except (IndexFileError, OSError, ValueError):
        return None
    return parts if parts.resume is not None else None


def extended_parts(old: IndexParts, articles: Sequence[Article], kept: int) -> IndexParts | None:
    """The index of ``articles`` (every one with passages), whose first ``kept`` are those ``old`` was built
    from, unchanged; None when that cannot be shown (then build the whole index).

    Its claimant facet is empty: names may still be folded (see ``store.ingest_index``); set it after.
    """
    resume = old.resume
    n_old = len(old.passage_ids)
    if resume is None or kept <= 0 or not _same_articles(old, articles[:kept]):
        return None
    if len({a.id for a in articles}) != len(articles) or not all(a.passages for a in articles):
        return None  # repeated ids merge in a full build (``IndexColumns.from_docs``)
    passages = list(chain.from_iterable(map(attrgetter("passages"), articles)))
    texts = list(map(attrgetter("text"), passages))
    starts = batch_starts(texts)
    old_starts = [s for s in starts if s < n_old]
    rows = np.asarray(resume.text_batches)
    if rows.shape != (len(old_starts), 3) or rows[:, 0].tolist() != old_starts:
        return None  # batches cut otherwise than this build would: its term ids would not be the same
    resume_at, n_terms, n_chunks = rows[-1].tolist()
    try:
        builder = ForwardBuilder.resumed(
            _first_strings(old.vocabulary.terms, n_terms),
            _first_strings(old.chunks.chunks, n_chunks),
            np.asarray(resume.chunk_term_ptr[: n_chunks + 1]),
            np.asarray(resume.chunk_terms[: int(resume.chunk_term_ptr[n_chunks])]),
        )
    except (ValueError, IndexError):
        return None

    old_ptr = np.asarray(old.forward_ptr)
    old_lengths = np.diff(old_ptr)
    collector = PostingsCollector(first_doc=resume_at)  # the old tail and the new texts
    forward = build_forward(
        texts, on_batch=collector.add, titles=[a.title for a in articles], resume=(builder, resume_at, rows[:-1])
    )
    if not _tail_reads_the_same(old, forward, resume_at, n_terms):
        return None  # the old tail no longer reads as it did: tokenising changed
    forward_terms = Pieces(old.forward_terms[: old_ptr[resume_at]], forward.forward)
    lengths = np.concatenate([old_lengths[:resume_at], forward.lengths])

    added = IndexColumns.from_articles(articles[kept:], ())
    columns = ArticleColumns(
        passage_ids=SplicedStrings(old.passage_ids, added.passage_ids),
        texts=SplicedStrings(old.texts, added.texts),
        doc_article=np.concatenate([old.doc_article, added.doc_article + np.int32(kept)]).astype(np.int32),
        article_ids=SplicedStrings(old.article_ids, added.article_ids),
        titles=SplicedStrings(old.titles, added.titles),
        outlets=[a.outlet for a in articles],
    )
    no_claimants = Facet(names=[], ptr=np.zeros(1, dtype=np.int64), docs=np.empty(0, dtype=np.int32))
    topics = merged_facet(old.topics, added.topics, n_old)

    def postings_of(n_all_terms: int, lengths: np.ndarray, avgdl: float) -> tuple[Postings, np.ndarray]:
        more = collector.placed(n_all_terms)
        placed = _placed_with_old(old, resume_at, n_terms, more)
        if placed is None:  # the old term frequencies could not be proved: count them again
            placed = spliced_postings(_counted_again(old, n_terms, old_starts), more)
        ptr, docs, tf = placed
        return with_impacts(ptr, docs, tf, lengths, avgdl), np.diff(ptr).astype(np.int32)

    return assemble_parts(forward, forward_terms, lengths, postings_of, columns, topics=topics, claimants=no_claimants)


def _placed_with_old(
    old: IndexParts, resume_at: int, n_terms: int, more: tuple[np.ndarray, np.ndarray, np.ndarray]
) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
    """(ptr, docs, tf) of every passage: the old postings of the passages before ``resume_at`` (their
    term frequencies worked back from the saved impacts), each term's followed by its ``more``.

    Each posting is written straight to its place, a block at a time, so the old postings are
    never whole in memory beside the new ones.  None if a term frequency cannot be proved, or a
    passage before ``resume_at`` holds a term numbered after it (the saved index would not
    describe what was read).
    """
    more_ptr, more_docs, more_tf = more
    old_ptr = np.asarray(old.postings.ptr)
    old_docs = old.postings.docs
    # Postings of the old tail (read again) are the last of each term's list: the rest lead it.
    lead_counts = np.diff(old_ptr)
    for start in range(0, len(old_docs), BLOCK):
        block = old_docs[start : start + BLOCK]
        tail = np.flatnonzero(block >= resume_at) + start
        lead_counts -= np.bincount(np.searchsorted(old_ptr, tail, side="right") - 1, minlength=len(lead_counts))
        release(block)
    if lead_counts[n_terms:].any():
        return None
    lead_counts = np.concatenate([lead_counts[:n_terms], np.zeros(len(more_ptr) - 1 - n_terms, dtype=np.int64)])
    ptr = np.zeros(len(more_ptr), dtype=np.int64)
    np.cumsum(lead_counts + np.diff(more_ptr), out=ptr[1:])
    docs_out = np.empty(int(ptr[-1]), dtype=np.int32)
    tf_out = np.empty(int(ptr[-1]), dtype=np.float32)
    for start, terms, docs, tf in recovered_tf(old.postings, np.diff(np.asarray(old.forward_ptr)), old.avgdl):
        release(old.postings.docs[start : start + len(docs)], old.postings.impact[start : start + len(docs)])
        if tf is None:
            return None
        keep = np.flatnonzero(docs < resume_at)
        # A term's old postings before ``resume_at`` open its list (passages ascending), in their order.
        at = ptr[terms[keep]] + (start + keep - old_ptr[terms[keep]])
        docs_out[at] = docs[keep]
        tf_out[at] = tf[keep]
    later = np.repeat(ptr[:-1] + lead_counts - more_ptr[:-1], np.diff(more_ptr)) + np.arange(len(more_docs))
    docs_out[later] = more_docs
    tf_out[later] = more_tf
    return ptr, docs_out, tf_out


def _counted_again(old: IndexParts, n_terms: int, old_starts: list[int]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ptr, docs, tf) over the first ``n_terms`` terms of the old passages before the last old batch,
    counted from their saved term ids."""
    collector = PostingsCollector()
    forward_ptr = np.asarray(old.forward_ptr)
    lengths = np.diff(forward_ptr)
    for start, end in pairwise(old_starts):
        collector.add(old.forward_terms[forward_ptr[start] : forward_ptr[end]], lengths[start:end])
    return collector.placed(n_terms)


def _tail_reads_the_same(old: IndexParts, forward: Forward, resume_at: int, n_terms: int) -> bool:
    """Whether the old texts read again (from ``resume_at``) give the terms they gave before.

    Not the same term ids: a figure joined in a batch ("12 000") is numbered after the batch's
    other new terms, and the new texts now share the old texts' last batch.
    """
    n_old = len(old.passage_ids)
    old_ptr = np.asarray(old.forward_ptr)
    if not np.array_equal(forward.lengths[: n_old - resume_at], np.diff(old_ptr[resume_at:])):
        return False
    before = np.asarray(old.forward_terms[old_ptr[resume_at] : old_ptr[n_old]])
    now = forward.forward[: len(before)]
    later = np.flatnonzero(before >= n_terms)  # numbered in the old tail: may have other ids now
    if not np.array_equal(before[before < n_terms], now[before < n_terms]):
        return False
    since = {term: n_terms + i for i, term in enumerate(forward.terms[n_terms:])}  # terms numbered from the tail on
    new_id = {t: since.get(old.vocabulary.terms[t], -1) for t in set(before[later].tolist())}
    return all(new_id[t] == n for t, n in zip(before[later].tolist(), now[later].tolist(), strict=True))


def _same_articles(old: IndexParts, articles: Sequence[Article]) -> bool:
    """Whether ``old`` holds exactly these articles: ids, titles, outlets and passage ids, in order."""
    if len(old.article_ids) != len(articles) or len(old.doc_article) != sum(len(a.passages) for a in articles):
        return False
    if not (_holds(old.article_ids, [a.id for a in articles]) and _holds(old.titles, [a.title for a in articles])):
        return False
    names = old.outlets.names
    outlets = [names[i] if i >= 0 else None for i in np.asarray(old.article_outlet).tolist()]
    if outlets != [a.outlet for a in articles]:
        return False
    counts = np.fromiter((len(a.passages) for a in articles), dtype=np.int64, count=len(articles))
    if not np.array_equal(old.doc_article, np.repeat(np.arange(len(articles), dtype=np.int32), counts)):
        return False
    return _holds(old.passage_ids, [p.id for a in articles for p in a.passages])


def _holds(column: StringColumn, strings: list[str]) -> bool:
    """Whether the column holds exactly these strings, compared as UTF-8 bytes (nothing decoded)."""
    blob, offsets = column.to_arrays()
    other_blob, other_offsets = StringColumn(strings).to_arrays()
    same = np.array_equal(offsets, other_offsets) and np.array_equal(blob, other_blob)
    release(blob, offsets)
    return same


def _first_strings(column: StringColumn, count: int) -> list[str]:
    """The first ``count`` strings of a column of strings without whitespace (terms, chunks), decoded at once."""
    if count == 0:
        return []
    blob, offsets = column.to_arrays()
    ends = np.asarray(offsets[1 : count + 1])
    spaced = np.full(int(ends[-1]) + count, ord("\n"), dtype=np.uint8)
    keep = np.ones(len(spaced), dtype=bool)
    keep[ends + np.arange(count)] = False  # a newline after each string
    spaced[keep] = blob[: int(ends[-1])]
    found = spaced.tobytes().decode("utf-8").split("\n")
    if len(found) != count + 1:
        raise ValueError("a string holds a newline")
    return found[:count]


class SplicedStrings:
    """An old column's strings, then more: a :class:`StringColumn` that saves as :class:`Pieces`.

    The old column is the saved index's, memory-mapped; copying its blob (all passage texts)
    into one with the new strings would hold both in memory at once.
    """

    __slots__ = ("_more", "_old")

    def __init__(self, old: StringColumn, more: list[str]) -> None:
        self._old, self._more = old, StringColumn(more)

    @property
    def is_mapped(self) -> bool:
        return True

    def __len__(self) -> int:
        return len(self._old) + len(self._more)

    def __getitem__(self, index: int) -> str:
        return self._old[index] if index < len(self._old) else self._more[index - len(self._old)]

    def raw(self, index: int) -> bytes | memoryview:
        return self._old.raw(index) if index < len(self._old) else self._more.raw(index - len(self._old))

    def to_arrays(self) -> tuple[Pieces, np.ndarray]:
        blob, offsets = self._old.to_arrays()
        more_blob, more_offsets = self._more.to_arrays()
        return Pieces(blob, more_blob), np.concatenate([offsets[:-1], more_offsets + offsets[-1]])


def merged_facet(old: Facet, tags: Tags, offset: int, renamed: dict[str, str] | None = None) -> Facet:
    """``facet_from_tags`` of the old facet's pairs, each value renamed by ``renamed`` (names folded
    since; two may become one), and ``tags`` (passages numbered from ``offset``)."""
    renamed = renamed or {}
    old_names = [renamed.get(name, name) for name in old.names]
    names = sorted(set(old_names) | set(tags.values))
    index = {name: i for i, name in enumerate(names)}
    old_values = np.repeat(np.asarray([index[n] for n in old_names], dtype=np.int64), np.diff(old.ptr))
    new_values = np.fromiter(map(index.__getitem__, tags.values), dtype=np.int64, count=len(tags.values))
    keys = np.concatenate([(old_values << 32) | np.asarray(old.docs, dtype=np.int64),
                           (new_values << 32) | (tags.docs.astype(np.int64) + offset)])  # fmt: skip
    keys = sorted_unique(keys)  # a passage now tagged twice with one name counts once
    ptr = np.zeros(len(names) + 1, dtype=np.int64)
    np.cumsum(np.bincount(keys >> 32, minlength=len(names)), out=ptr[1:])
    return Facet(names=names, ptr=ptr, docs=(keys & 0xFFFFFFFF).astype(np.int32))

"""Turning many passages into term ids fast: the forward index.

Python tokenises each *distinct* whitespace chunk once ("Korea's", "(Kim",
"self-propelled"), giving it a code: a term id, "no terms", or an entry in
a table of multi-term chunks.  Every chunk *occurrence* is handled by numpy
(see ``chunks``): batches of texts are cut into chunks and hashed, a
vectorised hash table turns hashes into codes, and the codes expand into
term ids, cut back into passages.  Tokens never contain whitespace, so this
equals tokenising each text whole; term ids are numbered in order of first
occurrence, as a token-by-token pass would number them.  The distinct chunks
are kept, with the terms each holds, so that a search can find its matches
in a hit's text by set intersection instead of re-tokenising it.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from store.search import figures
from store.search.batch_figures import join_batch_figures
from store.search.chunks import EXACT_LIMIT, ChunkBatch, ChunkCutter
from store.search.hash_table import MISSING, HashTable
from store.search.terms import split_chunk

_BATCH_CHARS = 1 << 21  # ~2 M characters (~7,000 passages): arrays of a few MB, little per-call overhead
_EMPTY = -2  # a chunk with no terms, e.g. "—"
# codes <= -3 name a chunk with several terms ("self-propelled"): entry -3 - code of the multi table
# Punctuation that can only stand at a token's edge: stripping it leaves the chunk's tokens as they were.
# Not "%" nor "$": each is a term of its own (see ``terms.TOKEN_PATTERN``), so a chunk holding one takes the regex.
_EDGE_PUNCTUATION = string.punctuation.replace("%", "").replace("$", "") + "“”‘’«»„‚‹›—–…"
_FIGURE_WORDS = figures.NUMBER_WORDS | frozenset(figures.SCALES) | {"percent"}
_GROUPED_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+")  # "11,000": folded to "11000", like terms.fold does


def _folded_specially(word: str) -> bool:
    """A word ``terms.fold`` does more to than lower-case: "11k" (11000), "3bn", "2mn" and "pct" (percent)."""
    return (word[0].isdigit() and word[-1] in "kKnN") or word.lower() == "pct"


class ForwardBuilder:
    def __init__(self) -> None:
        self.term_ids: dict[str, int] = {}
        self._table = HashTable()
        self._cutter = ChunkCutter()
        self._long_codes: dict[str, int] = {}  # chunks over EXACT_LIMIT characters, keyed by their text
        self.chunks: list[str] = []  # every distinct chunk, in order of first occurrence
        self.chunk_codes: list[int] = []  # and its code
        self._multi_sizes: list[int] = []
        self._multi_terms: list[int] = []
        self._multi_arrays: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # sizes, starts, flat
        self._terms: list[str] = []  # by term id
        self._figure_kinds: list[int] = []  # by term id: ``figures.figure_kind`` (0 for almost every term)
        self._figure_kinds_array = np.zeros(0, dtype=np.int8)

    # --- distinct chunks (Python, once each) -------------------------------------

    def _code_of(self, chunk: str) -> int:
        core = chunk.strip(_EDGE_PUNCTUATION)
        if core.isascii():
            # The common shapes, settled without the regex: "word", "Word,", "(2024", "11,000." and "Su-jin".
            if core.isalnum() and not _folded_specially(core):
                return self._term_id(core.lower())
            if _GROUPED_NUMBER.fullmatch(core):
                return self._term_id(core.replace(",", ""))
            parts = core.split("-")
            if len(parts) > 1 and all(part.isalnum() and not _folded_specially(part) for part in parts):  # "3bn-dollar"
                return self._code_for_terms([part.lower() for part in parts])
        return self._code_for_terms([term for term, _, _ in split_chunk(chunk)])

    @classmethod
    def resumed(cls, terms: Sequence[str], chunks: Sequence[str], chunk_ptr: np.ndarray, chunk_terms: np.ndarray) -> ForwardBuilder:
        """A builder in the state another was in after numbering ``terms`` and meeting ``chunks``
        (``chunk_ptr``/``chunk_terms``: each chunk's term ids in reading order, see ``chunk_term_lists``).

        Reading more texts with it numbers terms and chunks as that builder would have.
        """
        builder = cls()
        builder.term_ids = {term: number for number, term in enumerate(terms)}
        if len(builder.term_ids) != len(terms):
            raise ValueError("repeated terms")
        builder._terms = list(terms)
        builder._figure_kinds = [figures.figure_kind(t) if t[:1].isdigit() or t in _FIGURE_WORDS else 0 for t in terms]
        sizes = np.diff(chunk_ptr)
        codes = np.full(len(sizes), _EMPTY, dtype=np.int64)
        single = np.flatnonzero(sizes == 1)
        codes[single] = chunk_terms[chunk_ptr[single]]
        multi = np.flatnonzero(sizes > 1)
        codes[multi] = -3 - np.arange(len(multi))  # entry i of the multi table, as ``_code_for_ids`` numbers them
        builder._multi_sizes = sizes[multi].tolist()
        builder._multi_terms = chunk_terms[_ranges(chunk_ptr[multi], sizes[multi])].tolist()
        builder.chunks = list(chunks)
        builder.chunk_codes = codes.tolist()
        lengths = np.fromiter(map(len, builder.chunks), dtype=np.int64, count=len(builder.chunks))
        for i in np.flatnonzero(lengths > EXACT_LIMIT).tolist():
            builder._long_codes[builder.chunks[i]] = builder.chunk_codes[i]  # keyed by text, as ``_codes_for`` does
        short = np.flatnonzero(lengths <= EXACT_LIMIT)
        batch = builder._cutter.cut([builder.chunks[i] for i in short.tolist()])
        if len(batch.starts) != len(short):
            raise ValueError("a chunk holds whitespace")
        builder._table.insert(batch.hashes, codes[short])
        return builder

    def chunk_term_lists(self) -> tuple[np.ndarray, np.ndarray]:
        """(CSR ptr by chunk number, term ids): each distinct chunk's terms in reading order."""
        codes = np.asarray(self.chunk_codes, dtype=np.int64)
        sizes = (codes >= 0).astype(np.int64)
        multi = np.flatnonzero(codes <= -3)
        entries = -3 - codes[multi]
        multi_sizes, multi_starts, multi_flat = self._multi_table()
        sizes[multi] = multi_sizes[entries]
        ptr = np.zeros(len(codes) + 1, dtype=np.int64)
        np.cumsum(sizes, out=ptr[1:])
        flat = np.repeat(codes, sizes).astype(np.int32)  # multi-term chunks get placeholders, filled next
        flat[_ranges(ptr[multi], sizes[multi])] = multi_flat[_ranges(multi_starts[entries], sizes[multi])]
        return ptr, flat

    def _term_id(self, term: str) -> int:
        term_id = self.term_ids.get(term)
        if term_id is None:
            term_id = self.term_ids[term] = len(self.term_ids)
            self._terms.append(term)
            self._figure_kinds.append(figures.figure_kind(term) if term[:1].isdigit() or term in _FIGURE_WORDS else 0)
            if term == "cent":
                # The term "per" and "cent" become together (``_join_per_cent``), numbered now so
                # that term ids follow the texts alone, whatever the batches.
                self._term_id("percent")
        return term_id

    def _code_for_terms(self, terms: list[str]) -> int:
        return self._code_for_ids([self._term_id(term) for term in terms])

    def _code_for_ids(self, ids: list[int]) -> int:
        if len(ids) == 1:
            return ids[0]
        if not ids:
            return _EMPTY
        self._multi_sizes.append(len(ids))
        self._multi_terms.extend(ids)
        return -2 - len(self._multi_sizes)

    def _multi_table(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(sizes, starts, flat term ids) of the multi-term chunks; only new entries are converted."""
        sizes, starts, flat = self._multi_arrays or (np.empty(0, np.int64), np.zeros(1, np.int64), np.empty(0, np.int32))
        known = len(sizes)
        if known < len(self._multi_sizes):
            more = np.asarray(self._multi_sizes[known:], dtype=np.int64)
            sizes = np.concatenate([sizes, more])
            starts = np.concatenate([starts, starts[-1] + np.cumsum(more)])
            flat = np.concatenate([flat, np.asarray(self._multi_terms[int(starts[known]) :], dtype=np.int32)])
            self._multi_arrays = (sizes, starts, flat)
        return sizes, starts, flat

    # --- chunk occurrences (numpy) ---------------------------------------------------

    def _codes_for(self, batch: ChunkBatch) -> np.ndarray:
        joined = batch.joined
        long = np.flatnonzero(batch.ends - batch.starts > EXACT_LIMIT)
        codes = self._table.lookup(batch.hashes)
        codes[long] = _EMPTY  # placeholder, set below: a long chunk's hash is never trusted
        missing = np.flatnonzero(codes == MISSING)
        # New distinct chunks, each with where it first occurs: short ones by hash, long ones by text.
        new_hashes, first, inverse = np.unique(batch.hashes[missing], return_index=True, return_inverse=True)
        firsts = missing[first].tolist()
        long_new: dict[str, int] = {}
        for position in long.tolist():
            chunk = joined[int(batch.starts[position]) : int(batch.ends[position])]
            code = self._long_codes.get(chunk)
            if code is None:
                long_new.setdefault(chunk, position)
            else:
                codes[position] = code
        if not firsts and not long_new:
            return codes
        # Tokenise them in order of first occurrence, so term ids are numbered as a reading pass would.
        items = [(p, i) for i, p in enumerate(firsts)] + [(p, -1 - i) for i, p in enumerate(long_new.values())]
        items.sort()
        starts, ends = batch.starts, batch.ends
        where = np.fromiter((p for p, _ in items), dtype=np.int64, count=len(items))
        texts = [joined[s:e] for s, e in zip(starts[where].tolist(), ends[where].tolist(), strict=True)]
        found = list(map(self._code_of, texts))
        self.chunks.extend(texts)
        self.chunk_codes.extend(found)
        new_codes = np.empty(len(new_hashes), dtype=np.int64)
        for (_, which), code, text in zip(items, found, texts, strict=True):
            if which >= 0:
                new_codes[which] = code
            else:
                self._long_codes[text] = code
        if len(new_hashes):
            self._table.insert(new_hashes, new_codes)
            codes[missing] = new_codes[inverse.reshape(-1)]
        for position in long.tolist():
            if codes[position] == _EMPTY:
                codes[position] = self._long_codes[joined[int(starts[position]) : int(ends[position])]]
        return codes

    def _expand(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Term ids for codes (empty chunks dropped) and each code's number of terms."""
        widths = (codes >= 0).astype(np.int64)
        multi = np.flatnonzero(codes <= -3)
        if len(multi) == 0:
            return codes[codes >= 0].astype(np.int32), widths
        sizes, starts, flat = self._multi_table()
        entries = -3 - codes[multi]
        widths[multi] = sizes[entries]
        terms = np.repeat(codes, widths).astype(np.int32)  # multi-term chunks get placeholders, filled next
        ends = np.cumsum(widths)
        positions = _ranges(ends[multi] - widths[multi], widths[multi])
        terms[positions] = flat[_ranges(starts[entries], widths[multi])]
        return terms, widths

    def add_batch(self, texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(term ids of every text, concatenated; number of ids per text)."""
        batch = self._cutter.cut(texts)
        terms, widths = self._expand(self._codes_for(batch))
        ends = np.zeros(len(widths) + 1, dtype=np.int64)
        np.cumsum(widths, out=ends[1:])
        lengths = np.diff(ends[batch.per_text])
        terms = self._join_per_cent(terms, lengths)
        return self._join_figures(terms, lengths), lengths

    def _join_per_cent(self, terms: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """``terms.join_per_cent`` over every text of a batch at once: "per" then "cent" is one "percent".

        Returns the terms without the "cent" so joined; ``lengths`` is updated in place.
        """
        per, cent = self.term_ids.get("per"), self.term_ids.get("cent")
        if per is None or cent is None:
            return terms  # no text so far has said "per cent"
        cents = np.flatnonzero((terms[:-1] == per) & (terms[1:] == cent)) + 1
        text_ends = np.cumsum(lengths)
        cents = cents[~np.isin(cents, text_ends - lengths)]  # "per" ending one text, "cent" opening the next
        if not len(cents):
            return terms
        terms[cents - 1] = self.term_ids["percent"]
        lengths -= np.bincount(np.searchsorted(text_ends, cents, side="right"), minlength=len(lengths))
        return np.delete(terms, cents)

    def _join_figures(self, terms: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """``figures.join_figures`` over every text of a batch (``batch_figures``); ``lengths`` updated in place."""
        if len(self._figure_kinds_array) < len(self._figure_kinds):
            self._figure_kinds_array = np.asarray(self._figure_kinds, dtype=np.int8)
        joined = join_batch_figures(terms, lengths, self._figure_kinds_array, self._terms, self._term_id)
        if len(self._figure_kinds_array) < len(self._figure_kinds):
            self._figure_kinds_array = np.asarray(self._figure_kinds, dtype=np.int8)
        return joined

    def chunks_by_term(self) -> tuple[np.ndarray, np.ndarray]:
        """(CSR ptr by term id, chunk numbers): which distinct chunks hold each term, for highlighting."""
        chunk_ptr, terms = self.chunk_term_lists()
        holders = np.repeat(np.arange(len(chunk_ptr) - 1, dtype=np.int32), np.diff(chunk_ptr))
        order = np.lexsort((holders, terms))
        ptr = np.zeros(len(self.term_ids) + 1, dtype=np.int64)
        np.cumsum(np.bincount(terms, minlength=len(self.term_ids)), out=ptr[1:])
        return ptr, holders[order]


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """starts[0], starts[0]+1, ..., then starts[1], ...: each run of ``lengths``, laid end to end."""
    total = int(lengths.sum())
    offsets = np.arange(total, dtype=np.int64)
    offsets -= np.repeat(np.cumsum(lengths) - lengths, lengths)
    offsets += np.repeat(starts, lengths)
    return offsets


@dataclass(slots=True)
class Forward:
    terms: list[str]  # by term id
    forward: np.ndarray  # int32 term ids of all passages (from ``resume_at``), concatenated
    lengths: np.ndarray  # int64 tokens per passage (from ``resume_at``)
    chunks: list[str]  # every distinct whitespace chunk of the texts
    term_chunk_ptr: np.ndarray  # int64 CSR by term id into term_chunk_ids
    term_chunk_ids: np.ndarray  # int32 chunk numbers holding each term
    title_forward: np.ndarray  # int32 term ids of all titles, concatenated
    title_lengths: np.ndarray  # int64 tokens per title
    text_batches: np.ndarray  # int64 (batches, 3): first text, terms and chunks numbered before each batch
    chunk_term_ptr: np.ndarray  # int64 CSR by chunk number into chunk_terms
    chunk_terms: np.ndarray  # int32 each chunk's term ids in reading order


def build_forward(
    texts: Sequence[str],
    progress: Callable[[int, int], None] | None = None,
    *,
    on_batch: Callable[[np.ndarray, np.ndarray], None] | None = None,
    titles: Sequence[str] = (),
    resume: tuple[ForwardBuilder, int, np.ndarray] | None = None,
) -> Forward:
    """Term ids of every text; ``on_batch(term_ids, lengths)`` sees each batch as it is done.

    ``titles`` are tokenised the same way after every text, so a word only a headline uses gets a
    term id (after all the texts' own: the texts' ids do not depend on the titles) and typo and
    prefix expansion can reach it.  ``resume``: (a builder in the state an earlier build had when
    it reached text ``resume_at``, which starts a batch; that build's ``text_batches`` rows before
    it): only the texts from there are read (see ``incremental``).
    """
    builder, resume_at, rows = resume if resume is not None else (ForwardBuilder(), 0, np.empty((0, 3), np.int64))
    pieces: list[np.ndarray] = []
    lengths: list[np.ndarray] = []
    batch_rows: list[tuple[int, int, int]] = list(map(tuple, rows.tolist()))
    for start, end in _batches(texts):
        if start < resume_at:
            continue
        batch_rows.append((start, len(builder.term_ids), len(builder.chunks)))
        terms, sizes = builder.add_batch(list(texts[start:end]))
        if on_batch is not None:
            on_batch(terms, sizes)
        pieces.append(terms)
        lengths.append(sizes)
        if progress is not None:
            progress(start, len(texts))
    forward = np.concatenate(pieces) if pieces else np.empty(0, dtype=np.int32)
    del pieces
    per_text = np.concatenate(lengths) if lengths else np.empty(0, dtype=np.int64)
    title_pieces: list[np.ndarray] = [np.empty(0, dtype=np.int32)]
    title_lengths: list[np.ndarray] = [np.empty(0, dtype=np.int64)]
    for start, end in _batches(titles):
        terms, sizes = builder.add_batch(list(titles[start:end]))
        title_pieces.append(terms)
        title_lengths.append(sizes)
    ptr, chunk_ids = builder.chunks_by_term()
    chunk_term_ptr, chunk_terms = builder.chunk_term_lists()
    return Forward(
        list(builder.term_ids), forward, per_text, builder.chunks, ptr, chunk_ids,
        np.concatenate(title_pieces).astype(np.int32), np.concatenate(title_lengths).astype(np.int64),
        np.asarray(batch_rows, dtype=np.int64).reshape(-1, 3), chunk_term_ptr, chunk_terms,
    )  # fmt: skip


def batch_starts(texts: Sequence[str]) -> list[int]:
    """The first text of each batch ``build_forward`` reads ``texts`` in."""
    return [start for start, _ in _batches(texts)]


def _batches(texts: Sequence[str]) -> list[tuple[int, int]]:
    """Consecutive (start, end) ranges of about ``_BATCH_CHARS`` characters each (a longer text alone)."""
    if not texts:
        return []
    ends = np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1)
    bounds = [0]
    while bounds[-1] < len(texts):
        before = int(ends[bounds[-1] - 1]) if bounds[-1] else 0
        cut = int(np.searchsorted(ends, before + _BATCH_CHARS, side="right"))
        bounds.append(max(cut, bounds[-1] + 1))
    return list(zip(bounds[:-1], bounds[1:], strict=True))

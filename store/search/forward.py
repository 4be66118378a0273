"""Turning many passages into term ids fast: the forward index.

Tokenising 300,000 passages one regex match at a time costs tens of
seconds in Python.  Here the texts of a batch of passages are joined with a
marker between them and split on whitespace in one C call; each chunk
("Korea's", "(Kim", "self-propelled") maps to a code through a dict filled
the first time that chunk is seen (a corpus repeats its chunks endlessly),
and numpy expands the codes into term ids and cuts them back into passages.
Tokens never contain whitespace, so this equals tokenising each text whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import repeat

import numpy as np

from store.search.terms import split_chunk

_BATCH = 4_096
_MARKER = "\uffff\u2060nkru-passage-break\u2060\uffff"  # never split, never produced by real text
_MISSING = -(2**62)
_BREAK = -1
_EMPTY = -2  # a chunk with no terms, e.g. "—"
# codes <= -3 name a chunk with several terms ("self-propelled"): entry -3 - code of the multi table


class ForwardBuilder:
    def __init__(self) -> None:
        self.term_ids: dict[str, int] = {}
        self._codes: dict[str, int] = {_MARKER: _BREAK}
        self._multi: list[tuple[int, ...]] = []
        self._multi_arrays: tuple[int, np.ndarray, np.ndarray, np.ndarray] | None = None  # (entries, sizes, starts, flat)

    def _multi_table(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The multi-term chunks as arrays, rebuilt only when new ones appeared."""
        if self._multi_arrays is None or self._multi_arrays[0] != len(self._multi):
            sizes = np.fromiter((len(t) for t in self._multi), dtype=np.int64, count=len(self._multi))
            starts = np.zeros(len(self._multi) + 1, dtype=np.int64)
            np.cumsum(sizes, out=starts[1:])
            flat = np.fromiter((t for ids in self._multi for t in ids), dtype=np.int64, count=int(starts[-1]))
            self._multi_arrays = (len(self._multi), sizes, starts, flat)
        _, sizes, starts, flat = self._multi_arrays
        return sizes, starts, flat

    def _code_of(self, chunk: str) -> int:
        ids = tuple(self.term_ids.setdefault(term, len(self.term_ids)) for term, _, _ in split_chunk(chunk))
        if len(ids) == 1:
            code = ids[0]
        elif not ids:
            code = _EMPTY
        else:
            code = -3 - len(self._multi)
            self._multi.append(ids)
        self._codes[chunk] = code
        return code

    def _codes_for(self, chunks: list[str]) -> np.ndarray:
        codes = np.fromiter(map(self._codes.get, chunks, repeat(_MISSING)), dtype=np.int64, count=len(chunks))
        for position in np.flatnonzero(codes == _MISSING).tolist():
            chunk = chunks[position]
            known = self._codes.get(chunk)
            codes[position] = known if known is not None else self._code_of(chunk)
        return codes

    def _expand(self, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Term ids for codes (markers and empty chunks dropped) and each code's output length."""
        widths = np.where(codes >= 0, 1, 0)
        multi = codes <= -3
        if multi.any():
            sizes, starts, flat_multi = self._multi_table()
            widths[multi] = sizes[-3 - codes[multi]]
            owner = np.repeat(np.arange(len(codes)), widths)
            offset = np.arange(len(owner)) - np.repeat(np.cumsum(widths) - widths, widths)
            owner_codes = codes[owner]
            terms = np.where(owner_codes >= 0, owner_codes, flat_multi[starts[np.maximum(-3 - owner_codes, 0)] + offset])
        else:
            terms = codes[codes >= 0]
        return terms.astype(np.int32), widths

    def add_batch(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """(term ids of every text, concatenated; number of ids per text)."""
        chunks = f" {_MARKER} ".join(texts).split() if texts else []
        codes = self._codes_for(chunks)
        breaks = np.flatnonzero(codes == _BREAK)
        if len(breaks) != len(texts) - 1 and texts:
            return self._add_one_by_one(texts)  # a text contained the marker itself: go slowly, stay right
        terms, widths = self._expand(codes)
        ends = np.cumsum(widths)
        boundaries = np.concatenate(([0], ends[breaks], [len(terms)])) if len(texts) else np.zeros(1, dtype=np.int64)
        return terms, np.diff(boundaries)

    def _add_one_by_one(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        pieces = []
        lengths = np.zeros(len(texts), dtype=np.int64)
        for number, text in enumerate(texts):
            terms, _ = self._expand(np.array([c for c in self._codes_for(text.split()) if c != _BREAK], dtype=np.int64))
            pieces.append(terms)
            lengths[number] = len(terms)
        return (np.concatenate(pieces) if pieces else np.empty(0, dtype=np.int32)), lengths


    def chunks_by_term(self) -> tuple[list[str], np.ndarray, np.ndarray]:
        """(every chunk seen, CSR ptr by term id, chunk numbers): which chunks hold each term."""
        chunks = [c for c in self._codes if c != _MARKER]
        pairs_term: list[int] = []
        pairs_chunk: list[int] = []
        for number, chunk in enumerate(chunks):
            code = self._codes[chunk]
            held = (code,) if code >= 0 else self._multi[-3 - code] if code <= -3 else ()
            for term in held:
                pairs_term.append(term)
                pairs_chunk.append(number)
        terms = np.asarray(pairs_term, dtype=np.int64)
        order = np.argsort(terms, kind="stable")
        ptr = np.zeros(len(self.term_ids) + 1, dtype=np.int64)
        np.cumsum(np.bincount(terms, minlength=len(self.term_ids)), out=ptr[1:])
        return chunks, ptr, np.asarray(pairs_chunk, dtype=np.int32)[order]


@dataclass(slots=True)
class Forward:
    terms: list[str]  # by term id
    forward: np.ndarray  # int32 term ids of all passages, concatenated
    lengths: np.ndarray  # int64 tokens per passage
    chunks: list[str]  # every distinct whitespace chunk of the texts
    term_chunk_ptr: np.ndarray  # int64 CSR by term id into term_chunk_ids
    term_chunk_ids: np.ndarray  # int32 chunk numbers holding each term


def build_forward(texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> Forward:
    builder = ForwardBuilder()
    pieces: list[np.ndarray] = []
    lengths: list[np.ndarray] = []
    for start in range(0, len(texts), _BATCH):
        terms, sizes = builder.add_batch(texts[start : start + _BATCH])
        pieces.append(terms)
        lengths.append(sizes)
        if progress is not None:
            progress(start, len(texts))
    forward = np.concatenate(pieces) if pieces else np.empty(0, dtype=np.int32)
    per_text = np.concatenate(lengths).astype(np.int64) if lengths else np.empty(0, dtype=np.int64)
    chunks, ptr, chunk_ids = builder.chunks_by_term()
    return Forward(list(builder.term_ids), forward.astype(np.int32, copy=False), per_text, chunks, ptr, chunk_ids)

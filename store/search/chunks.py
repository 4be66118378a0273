"""Whitespace chunks of many texts at once, found and hashed by numpy.

A "chunk" is what ``str.split()`` returns: a maximal run of non-whitespace
characters ("Korea's", "(Kim", "11,000.").  Tokens never contain whitespace,
so the index tokenises each *distinct* chunk once in Python and only needs,
for every chunk occurrence, a key saying which distinct chunk it is.

Here that key is computed without a Python object per occurrence: the texts
of a batch are joined, turned into an array of code points, whitespace is
found with a lookup table, and each chunk gets a 64-bit polynomial hash from
prefix sums (the same polynomial as :func:`store.search.hashing.string_hash`,
with a different finish).  A 300,000-passage corpus has ~13 million chunk
occurrences; doing this per occurrence in Python was most of the build time.

Hash collisions: two distinct chunks of at most ``EXACT_LIMIT`` characters
share a key with probability about n²/2⁶⁵ (n distinct chunks: ~10⁻⁸ for a
million).  Longer chunks (URLs, runs of symbols) are rare and keyed by their
exact text instead, which also keeps them out of reach of the known
constructions that make polynomial hashes modulo 2⁶⁴ collide (they need
strings thousands of characters long).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from store.search.hashing import _BASE, _BASE_INV

EXACT_LIMIT = 64  # chunks longer than this are keyed by their text, not their hash

_LAST_SPACE = 0x3000  # IDEOGRAPHIC SPACE: no code point above it is whitespace (a test checks)
# Index _LAST_SPACE + 1 is False, and np.take(mode="clip") sends every larger code point there.
_IS_SPACE = np.array([chr(c).isspace() for c in range(_LAST_SPACE + 1)] + [False], dtype=bool)

_MIX_LENGTH = np.uint64(0x9E3779B97F4A7C15)
_M1 = np.uint64(0xBF58476D1CE4E5B9)
_M2 = np.uint64(0x94D049BB133111EB)


def code_points(text: str) -> np.ndarray:
    """The text as uint32 code points, one per Python character (so offsets are str offsets)."""
    # surrogatepass: a lone surrogate (e.g. from surrogateescape decoding) is still one character.
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def chunk_spans(points: np.ndarray, scratch: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(starts, ends) of the maximal non-whitespace runs, exactly as ``str.split()`` cuts them.

    ``scratch``, a bool array of at least ``len(points) + 2``, is reused if given.
    """
    padded = scratch[: len(points) + 2] if scratch is not None else np.empty(len(points) + 2, dtype=bool)
    padded[0] = padded[-1] = True  # whitespace on both sides: every run starts and ends
    np.take(_IS_SPACE, points, out=padded[1:-1], mode="clip")
    flips = padded.view(np.int8)
    edges = np.flatnonzero(flips[1:] != flips[:-1])  # alternately: a run starts, a run ends
    return edges[0::2], edges[1::2]


@dataclass(slots=True)
class ChunkBatch:
    """The chunks of a batch of texts joined by ``SEPARATOR``."""

    joined: str
    starts: np.ndarray  # int64 offsets in ``joined``
    ends: np.ndarray
    hashes: np.ndarray  # uint64
    per_text: np.ndarray  # int64 CSR: chunks of text i are [per_text[i], per_text[i+1])


SEPARATOR = "\n"  # whitespace, so no chunk spans two texts


class ChunkCutter:
    """Cuts batches of texts into hashed chunks, reusing its work arrays from batch to batch.

    Fresh arrays of tens of megabytes cost page faults on every batch; the
    powers of the hash base are also computed once.
    """

    def __init__(self) -> None:
        self._capacity = 0
        self._powers = self._inverse_powers = self._prefix = np.empty(0, dtype=np.uint64)
        self._scratch = np.empty(0, dtype=bool)

    def _ensure(self, length: int) -> None:
        if self._capacity >= length:
            return
        self._capacity = size = max(length, 2 * self._capacity)
        self._powers = _power_table(_BASE, size)
        self._inverse_powers = _power_table(_BASE_INV, size)
        self._prefix = np.empty(size + 1, dtype=np.uint64)
        self._scratch = np.empty(size + 2, dtype=bool)

    def cut(self, texts: list[str]) -> ChunkBatch:
        joined = SEPARATOR.join(texts)
        points = code_points(joined)
        self._ensure(len(points) + 1)
        starts, ends = chunk_spans(points, self._scratch)
        hashes = self._hashes(points, starts, ends)
        text_starts = np.zeros(len(texts) + 1, dtype=np.int64)
        if texts:
            np.cumsum(np.fromiter(map(len, texts), dtype=np.int64, count=len(texts)) + 1, out=text_starts[1:])
        # Chunks are in order, so a text's first chunk is the first that starts at or after the text.
        per_text = np.searchsorted(starts, text_starts, side="left")
        return ChunkBatch(joined=joined, starts=starts, ends=ends, hashes=hashes, per_text=per_text)

    def _hashes(self, points: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """A well-mixed uint64 key per span: equal spans get equal keys, whatever their position."""
        prefix = self._prefix[: len(points) + 1]
        prefix[0] = 0
        with np.errstate(over="ignore"):
            np.multiply(points, self._powers[: len(points)], out=prefix[1:])
            np.cumsum(prefix[1:], out=prefix[1:])
            # sum of points[s + j] * BASE**j over the span: shift the prefix difference back to position 0
            raw = prefix[ends]
            raw -= prefix[starts]
            raw *= self._inverse_powers[starts]
            raw += (ends - starts).astype(np.uint64) * _MIX_LENGTH
            # splitmix64 finish: the hash table takes its slot from the top bits
            raw ^= raw >> np.uint64(30)
            raw *= _M1
            raw ^= raw >> np.uint64(27)
            raw *= _M2
            raw ^= raw >> np.uint64(31)
        return raw


def _power_table(base: int, size: int) -> np.ndarray:
    table = np.full(size, base, dtype=np.uint64)
    table[0] = 1
    with np.errstate(over="ignore"):
        np.multiply.accumulate(table, out=table)  # wraps modulo 2**64, which is the arithmetic wanted
    return table

"""Flat forms and bucket keys of passages, made in bulk for echo grouping.

Ingest looks for echoes over the whole corpus (300,000 passages at 10,000
articles), so per-passage Python work is what costs.  Everything here runs
as a handful of C calls over a batch of passages joined into one buffer:

* the flat form: lower-cased UTF-8 with punctuation dropped ("Ukraine's" →
  "ukraines", "U.S." → "us"; curly and straight quotes alike), white space
  as spaces.  rapidfuzz compares these.
* keys, hashed to int64 with numpy: the whole flat form (exact copies), its
  first and last 40 bytes, its first and last 96 (to split a crowd sharing a
  stock opening or ending), and the first 32 bytes of its longest clause
  (clauses end at , . ; : ! ? " ( ) [ ] and typographic quotes and dashes).
* the number of white-space gaps, to count words (echoes need ten).

A hash collision can only put two passages in one bucket; rapidfuzz still
has to confirm them, so collisions cost time, never a wrong group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

EDGE_BYTES = 40
LONG_EDGE_BYTES = 96
CLAUSE_BYTES = 32
MIN_CLAUSE_BYTES = 24
_BATCH = 20_000  # passages per bulk pass: keeps the joined buffers to a few megabytes
_SEPARATOR = "\x00"

_CLAUSE_MARKS = b',.;:!?"()[]'
_DROPPED = b"'-/&*%$#@+=<>{}\\_`~^"
_UPPER, _LOWER = bytes(range(65, 91)), bytes(range(97, 123))
# Clause marks become "|" (then dropped from the flat form); other punctuation is dropped; white space is a
# space; ASCII capitals are lower-cased (what ``bytes.lower`` does, without another pass).
_TABLE = bytes.maketrans(
    _CLAUSE_MARKS + b"\t\n\r\x0b\x0c" + _UPPER, b"|" * len(_CLAUSE_MARKS) + b"     " + _LOWER
)
# Typographic quotes and dashes (UTF-8 "\xe2\x80…") are clause marks too.
_TYPOGRAPHIC = re.compile(rb"\xe2\x80[\x93\x94\x98\x99\x9c\x9d]")
_BAR, _SPACE, _NUL = ord("|"), ord(" "), 0
_FNV_OFFSET, _FNV_PRIME = np.uint64(0xCBF29CE484222325), np.uint64(0x100000001B3)


@dataclass(slots=True)
class PassageKeys:
    """Per passage (by index): flat form, its length, spaces in the text, and hashed keys."""

    flats: list[bytes]
    lengths: np.ndarray
    spaces: np.ndarray
    exact: np.ndarray
    start: np.ndarray
    end: np.ndarray
    long_start: np.ndarray
    long_end: np.ndarray
    clause: np.ndarray
    has_clause: np.ndarray


def passage_keys(texts: list[str]) -> PassageKeys:
    """Flat forms and keys of ``texts``, batch by batch."""
    parts = [_batch_keys(texts[first : first + _BATCH]) for first in range(0, len(texts), _BATCH)]
    if not parts:
        parts = [_batch_keys([])]
    flats = [flat for part in parts for flat in part.flats]
    arrays = {
        name: np.concatenate([getattr(part, name) for part in parts])
        for name in ("lengths", "spaces", "exact", "start", "end", "long_start", "long_end", "clause", "has_clause")
    }
    return PassageKeys(flats=flats, **arrays)


def flat_form(text: str) -> bytes:
    """The flat form of one text (what echo candidates are compared on)."""
    return _batch_keys([text]).flats[0]


def _batch_keys(texts: list[str]) -> PassageKeys:
    joined = _SEPARATOR.join(texts)
    if _SEPARATOR in joined and joined.count(_SEPARATOR) != len(texts) - 1:
        joined = _SEPARATOR.join(text.replace(_SEPARATOR, " ") for text in texts)  # a NUL inside a passage
    marked = _TYPOGRAPHIC.sub(b"|", joined.encode("utf-8", "ignore")).translate(_TABLE, _DROPPED)
    flat = marked.translate(None, b"|")
    flats = flat.split(b"\x00")

    flat_bytes = np.frombuffer(flat, dtype=np.uint8)
    starts, ends = _spans(flat_bytes)
    lengths = ends - starts
    space_at = np.flatnonzero(flat_bytes == _SPACE)
    spaces = np.searchsorted(space_at, ends) - np.searchsorted(space_at, starts)
    clause_start, clause_length = _longest_clauses(np.frombuffer(marked, dtype=np.uint8))
    marked_bytes = np.frombuffer(marked, dtype=np.uint8)
    padded = np.concatenate((flat_bytes, np.zeros(LONG_EDGE_BYTES, dtype=np.uint8)))
    edge, long_edge = np.minimum(lengths, EDGE_BYTES), np.minimum(lengths, LONG_EDGE_BYTES)
    long_start = _window_hash(padded, starts, long_edge, LONG_EDGE_BYTES)
    long_end = _window_hash(padded, ends - long_edge, long_edge, LONG_EDGE_BYTES)
    # Exact copies share length and both long edges; the caller checks the bytes of the few that do.
    exact = mix(mix(long_start, long_end), lengths)
    return PassageKeys(
        flats=flats,
        lengths=lengths,
        spaces=spaces,
        exact=exact,
        start=_window_hash(padded, starts, edge, EDGE_BYTES),
        end=_window_hash(padded, ends - edge, edge, EDGE_BYTES),
        long_start=long_start,
        long_end=long_end,
        clause=_window_hash(
            np.concatenate((marked_bytes, np.zeros(CLAUSE_BYTES, dtype=np.uint8))),
            clause_start,
            np.minimum(clause_length, CLAUSE_BYTES),
            CLAUSE_BYTES,
        ),
        has_clause=clause_length >= MIN_CLAUSE_BYTES,
    )


def _spans(buffer: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(start, end) offsets of the NUL-separated passages in ``buffer``."""
    separators = np.flatnonzero(buffer == _NUL)
    starts = np.concatenate(([0], separators + 1)).astype(np.int64)
    ends = np.concatenate((separators, [len(buffer)])).astype(np.int64)
    return starts, ends


def _longest_clauses(marked: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per passage, (start, length) of its longest clause (the first of equals), without edge spaces."""
    cuts = np.flatnonzero((marked == _BAR) | (marked == _NUL))
    starts = np.concatenate(([0], cuts + 1)).astype(np.int64)
    lengths = np.concatenate((cuts, [len(marked)])).astype(np.int64) - starts
    # Each passage's clauses are consecutive; its first clause follows a NUL (or opens the buffer).
    first_clause = np.concatenate(([0], np.flatnonzero(marked[cuts] == _NUL) + 1))
    order = np.arange(len(starts), dtype=np.int64)
    ranked = (lengths << 32) | (0xFFFFFFFF - order)  # the longest, then the earliest
    best = 0xFFFFFFFF - (np.maximum.reduceat(ranked, first_clause) & 0xFFFFFFFF)
    start, length = starts[best], lengths[best]
    last = max(len(marked) - 1, 0)
    if len(marked):
        lead = (length > 0) & (marked[np.minimum(start, last)] == _SPACE)
        start, length = start + lead, length - lead
        trail = (length > 0) & (marked[np.clip(start + length - 1, 0, last)] == _SPACE)
        length = length - trail
    return start, length


def _window_hash(padded: np.ndarray, starts: np.ndarray, widths: np.ndarray, size: int) -> np.ndarray:
    """A 64-bit hash of ``padded[start : start + width]`` per row (width ≤ size, a multiple of 8).

    ``padded`` ends with at least ``size`` zero bytes, so every window can be read whole.
    """
    if len(starts) == 0:
        return np.zeros(0, dtype=np.int64)
    block = sliding_window_view(padded, size)[starts]  # one row copy per passage, no index matrix
    short = np.flatnonzero(widths < size)
    if len(short):  # bytes past a short window are zeroed (NUL never occurs inside a passage)
        block[short] *= np.arange(size) < widths[short, None]
    words = block.view(np.uint64)
    digest = np.full(len(starts), _FNV_OFFSET, dtype=np.uint64)
    for column in range(words.shape[1]):
        digest = (digest ^ words[:, column]) * _FNV_PRIME
    return digest.view(np.int64)


def mix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """A hash of two int64 arrays, element by element."""
    return ((a.view(np.uint64) ^ b.astype(np.uint64)) * _FNV_PRIME).view(np.int64)

"""A stable 64-bit string hash, in plain Python and vectorised over numpy.

Python's own ``hash`` of a str changes with every process, so it cannot key
a table saved to disk.  This is a polynomial hash over code points (mod
2**64) with a splitmix64 finish.  The polynomial form lets numpy hash every
one-character deletion of every vocabulary term at once, which is what the
typo table (a symmetric-delete index, as in SymSpell) needs.
"""

from __future__ import annotations

import numpy as np

_MASK = (1 << 64) - 1
_BASE = 0x100000001B3  # odd, so it has an inverse mod 2**64
_BASE_INV = pow(_BASE, -1, 1 << 64)
_LENGTH_MIX = 0x9E3779B97F4A7C15
_M1 = 0xBF58476D1CE4E5B9
_M2 = 0x94D049BB133111EB


def _finish(raw: int, length: int) -> int:
    z = (raw + length * _LENGTH_MIX) & _MASK
    z = ((z ^ (z >> 30)) * _M1) & _MASK
    z = ((z ^ (z >> 27)) * _M2) & _MASK
    return z ^ (z >> 31)


def string_hash(text: str) -> int:
    raw = 0
    power = 1
    for ch in text:
        raw = (raw + ord(ch) * power) & _MASK
        power = (power * _BASE) & _MASK
    return _finish(raw, len(text))


_HEAD_POWERS = np.array([pow(_BASE, k, 1 << 64) for k in range(64)], dtype=np.uint64)


def head_hashes(text: str) -> np.ndarray:
    """``string_hash`` of every head ``text[:i]``, i from 1 to len, at once (position i - 1): the
    polynomial of a head is a running sum.  For words of up to 64 characters."""
    points = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    with np.errstate(over="ignore"):  # arithmetic mod 2**64, as in ``string_hash``
        raw = np.cumsum(points * _HEAD_POWERS[: len(points)], dtype=np.uint64)
        z = raw + np.arange(1, len(points) + 1, dtype=np.uint64) * np.uint64(_LENGTH_MIX)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(_M1)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(_M2)
        return z ^ (z >> np.uint64(31))


def deletion_hashes(text: str) -> list[int]:
    """Hashes of ``text`` itself and of each string one character shorter."""
    found = [string_hash(text)]
    found.extend(string_hash(text[:i] + text[i + 1 :]) for i in range(len(text)))
    return found


def _finish_array(raw: np.ndarray, length: int) -> np.ndarray:
    with np.errstate(over="ignore"):
        z = raw + np.uint64((length * _LENGTH_MIX) & _MASK)
        z = (z ^ (z >> np.uint64(30))) * np.uint64(_M1)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(_M2)
        return z ^ (z >> np.uint64(31))


def _code_points(terms: list[str], length: int) -> np.ndarray:
    joined = "".join(terms)
    return np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64).reshape(len(terms), length)


def hash_terms(terms: list[str]) -> np.ndarray:
    """``string_hash`` of every term, vectorised (terms of any lengths)."""
    out = np.empty(len(terms), dtype=np.uint64)
    by_length: dict[int, list[int]] = {}
    for index, term in enumerate(terms):
        by_length.setdefault(len(term), []).append(index)
    for length, indices in by_length.items():
        prefix = _prefix_sums(_code_points([terms[i] for i in indices], length))
        out[np.asarray(indices)] = _finish_array(prefix[:, length], length)
    return out


def _prefix_sums(codes: np.ndarray) -> np.ndarray:
    """P[:, i] = hash polynomial of the first i characters (P[:, 0] = 0)."""
    n, length = codes.shape
    powers = np.empty(length, dtype=np.uint64)
    value = 1
    for i in range(length):
        powers[i] = value
        value = (value * _BASE) & _MASK
    prefix = np.zeros((n, length + 1), dtype=np.uint64)
    with np.errstate(over="ignore"):
        np.cumsum(codes * powers, axis=1, out=prefix[:, 1:])
    return prefix


def deletion_table(terms: list[str], term_ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(hash, term id) for every term and each of its one-deletions, unsorted.

    A query word within one edit of a term (insertion, deletion, substitution
    or adjacent swap) shares at least one of these keys with it, so looking
    up the query's own deletions finds every such term, plus a few at two
    edits, which the caller verifies with a real edit distance.
    """
    hashes: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    by_length: dict[int, list[int]] = {}
    for index, term in enumerate(terms):
        by_length.setdefault(len(term), []).append(index)
    inverse = np.uint64(_BASE_INV)
    for length, indices in by_length.items():
        ids = term_ids[np.asarray(indices)]
        prefix = _prefix_sums(_code_points([terms[i] for i in indices], length))
        full = prefix[:, length]
        hashes.append(_finish_array(full, length))
        owners.append(ids)
        with np.errstate(over="ignore"):
            for i in range(length):
                deleted = prefix[:, i] + (full - prefix[:, i + 1]) * inverse
                hashes.append(_finish_array(deleted, length - 1))
                owners.append(ids)
    if not hashes:
        return np.empty(0, dtype=np.uint64), np.empty(0, dtype=np.int32)
    return np.concatenate(hashes), np.concatenate(owners).astype(np.int32)

"""A column of strings that is either a Python list or one UTF-8 blob with offsets.

A freshly built index keeps the list (the strings are shared with the
records it was built from, so nothing is copied).  A loaded index keeps the
blob, memory-mapped, and decodes only the strings a search actually shows:
opening a 300,000-passage index then costs no per-string work at all.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


class StringColumn:
    __slots__ = ("_blob", "_items", "_joined", "_offsets")

    def __init__(
        self,
        items: Sequence[str] | None = None,
        *,
        blob: memoryview | bytes | None = None,
        offsets: np.ndarray | None = None,
    ) -> None:
        if items is None and (blob is None or offsets is None):
            raise ValueError("StringColumn needs items, or a blob with offsets")
        self._items = list(items) if items is not None else None
        self._blob = blob
        self._offsets = offsets
        self._joined: tuple[bytes, np.ndarray] | None = None  # every string end to end, for ``holding``

    @property
    def is_mapped(self) -> bool:
        return self._items is None

    def __len__(self) -> int:
        if self._items is not None:
            return len(self._items)
        assert self._offsets is not None
        return len(self._offsets) - 1

    def __getitem__(self, index: int) -> str:
        if self._items is not None:
            return self._items[index]
        return str(self.raw(index), "utf-8")  # decodes straight from the mapped file, no copy first

    def raw(self, index: int) -> bytes | memoryview:
        """The UTF-8 bytes of one string (no decoding), for ordered comparisons."""
        if self._items is not None:
            return self._items[index].encode("utf-8")
        assert self._offsets is not None and self._blob is not None
        # .item() gives a Python int without a numpy scalar on the way: this runs for every shown hit.
        return self._blob[self._offsets.item(index) : self._offsets.item(index + 1)]

    def byte_lengths(self, indices: np.ndarray) -> np.ndarray:
        """The UTF-8 lengths of the strings at ``indices``, without decoding any of them."""
        if self._items is not None:
            # map() over C methods: no Python frame per string (a vocabulary's worth, for some searches).
            encoded = map(str.encode, map(self._items.__getitem__, indices.tolist()))
            return np.fromiter(map(len, encoded), dtype=np.int64, count=len(indices))
        assert self._offsets is not None
        return self._offsets[indices + 1] - self._offsets[indices]

    def joined(self, indices: np.ndarray) -> str:
        """The strings at ``indices`` end to end (mapped: gathered as bytes and decoded once)."""
        if self._items is not None:
            return "".join(map(self._items.__getitem__, indices.tolist()))
        assert self._offsets is not None and self._blob is not None
        starts, ends = self._offsets[indices], self._offsets[indices + 1]
        lengths = ends - starts
        within = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        return np.frombuffer(self._blob, dtype=np.uint8)[np.repeat(starts, lengths) + within].tobytes().decode("utf-8")

    def lines(self, indices: np.ndarray) -> str:
        """The strings at ``indices``, one a line, decoded at once: decoding a hundred thousand mapped
        strings one by one costs most of a second.  Only for strings without line breaks (terms)."""
        if self._items is not None:
            return "\n".join(map(self._items.__getitem__, indices.tolist()))
        assert self._offsets is not None and self._blob is not None
        if len(indices) == 0:
            return ""
        starts, ends = self._offsets[indices], self._offsets[indices + 1]
        lengths = ends - starts
        spaced = lengths + 1
        out = np.full(int(spaced.sum()), ord("\n"), dtype=np.uint8)  # each string, then a line break
        within = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        out[np.repeat(np.cumsum(spaced) - spaced, lengths) + within] = np.frombuffer(self._blob, dtype=np.uint8)[
            np.repeat(starts, lengths) + within
        ]
        return out[:-1].tobytes().decode("utf-8")

    def holding(self, needle: str, limit: int) -> list[tuple[int, int]]:
        """(index, byte offset of ``needle`` in it) of up to ``limit`` occurrences of ``needle`` inside
        the strings, in index order: a substring search over all of them at C speed, no string decoded.

        The strings end to end are kept (a copy, made on first use) to search in; a match that runs
        across two strings is none.
        """
        if self._joined is None:
            blob, offsets = self.to_arrays()
            self._joined = (blob.tobytes(), offsets)
        joined, offsets = self._joined
        wanted = needle.encode("utf-8")
        found: list[tuple[int, int]] = []
        at = joined.find(wanted)
        while at >= 0 and len(found) < limit:
            index = int(np.searchsorted(offsets, at, side="right")) - 1
            if at + len(wanted) <= offsets.item(index + 1):
                found.append((index, at - offsets.item(index)))
            at = joined.find(wanted, at + 1)
        return found

    def to_arrays(self) -> tuple[np.ndarray, np.ndarray]:
        """(blob as uint8, offsets as int64) for saving."""
        if self._items is None:
            assert self._offsets is not None and self._blob is not None
            return np.frombuffer(self._blob, dtype=np.uint8), np.asarray(self._offsets, dtype=np.int64)
        # map() over C methods: no Python frame per string (this runs over every passage's text).
        encoded = list(map(str.encode, self._items))
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, encoded), dtype=np.int64, count=len(encoded)), out=offsets[1:])
        return np.frombuffer(b"".join(encoded), dtype=np.uint8), offsets

    @classmethod
    def from_arrays(cls, blob: np.ndarray, offsets: np.ndarray) -> StringColumn:
        return cls(blob=memoryview(blob).cast("B") if blob.size else b"", offsets=offsets)

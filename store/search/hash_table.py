"""A uint64 → int64 hash table whose lookups and inserts are whole numpy arrays.

The index builder looks up every chunk occurrence of a batch (over a
million) at once.  A sorted array with ``np.searchsorted`` costs ~300 ns a
key (a cache miss per halving); open addressing with linear probing, at most
half full, touches one or two slots a key.  Keys must already be well mixed
(the slot is the key's top bits).
"""

from __future__ import annotations

import numpy as np

MISSING = np.iinfo(np.int64).min  # what lookup returns for an absent key
_EMPTY = MISSING  # an unused slot holds this value (so no stored value may be MISSING)


class HashTable:
    __slots__ = ("_bits", "_count", "_keys", "_values")

    def __init__(self, capacity: int = 1 << 16) -> None:
        self._bits = max(4, int(capacity - 1).bit_length())
        self._keys = np.zeros(1 << self._bits, dtype=np.uint64)
        self._values = np.full(1 << self._bits, _EMPTY, dtype=np.int64)
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def _slots(self, keys: np.ndarray) -> np.ndarray:
        return (keys >> np.uint64(64 - self._bits)).astype(np.int64)

    def lookup(self, keys: np.ndarray) -> np.ndarray:
        """The value of each key, or MISSING."""
        mask = (1 << self._bits) - 1
        slots = self._slots(keys)
        found = self._values[slots]
        # Slots that hold another key: probe on, only for those (few, at half load).
        pending = np.flatnonzero((found != _EMPTY) & (self._keys[slots] != keys))
        found[pending] = MISSING
        while len(pending):
            slots_now = (slots[pending] + 1) & mask
            slots[pending] = slots_now
            values = self._values[slots_now]
            match = (values != _EMPTY) & (self._keys[slots_now] == keys[pending])
            found[pending[match]] = values[match]
            pending = pending[(values != _EMPTY) & ~match]
        return found

    def insert(self, keys: np.ndarray, values: np.ndarray) -> None:
        """Add distinct keys that are not in the table yet."""
        if len(keys) == 0:
            return
        if np.any(values == _EMPTY):
            raise ValueError("HashTable cannot store the MISSING value")
        if 2 * (self._count + len(keys)) > (1 << self._bits):
            self._grow(self._count + len(keys))
        self._place(np.asarray(keys, dtype=np.uint64), np.asarray(values, dtype=np.int64))
        self._count += len(keys)

    def _place(self, keys: np.ndarray, values: np.ndarray) -> None:
        mask = (1 << self._bits) - 1
        slots = self._slots(keys)
        pending = np.arange(len(keys))
        while len(pending):
            free = np.flatnonzero(self._values[slots] == _EMPTY)
            # Several keys may want one free slot: the first takes it, the others probe on.
            _, first = np.unique(slots[free], return_index=True)
            winners = free[first]
            self._keys[slots[winners]] = keys[winners]
            self._values[slots[winners]] = values[winners]
            placed = np.zeros(len(pending), dtype=bool)
            placed[winners] = True
            keep = ~placed
            pending, keys, values = pending[keep], keys[keep], values[keep]
            slots = (slots[keep] + 1) & mask

    def _grow(self, needed: int) -> None:
        used = self._values != _EMPTY
        keys, values = self._keys[used], self._values[used]
        self._bits = max(self._bits + 1, int(2 * needed - 1).bit_length())
        self._keys = np.zeros(1 << self._bits, dtype=np.uint64)
        self._values = np.full(1 << self._bits, _EMPTY, dtype=np.int64)
        self._place(keys, values)

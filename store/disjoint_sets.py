"""Disjoint sets (union-find) over the integers 0..n-1.

Echo linking, claimant folding at ingest and the figure tracker's claimant
clustering all group things by joining pairs; they share this one structure.
"""

from __future__ import annotations


class DisjointSets:
    """Path halving on ``find``; the smaller root wins a ``union``, so a set's root is its first member."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> bool:
        """Join the sets of ``i`` and ``j``; True if they were apart."""
        root_i, root_j = self.find(i), self.find(j)
        if root_i == root_j:
            return False
        self.parent[max(root_i, root_j)] = min(root_i, root_j)
        return True

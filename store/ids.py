"""Stable identifiers.

Ids derive from the raw bytes of the source file, never from a path or a
clock, so re-ingesting the same bytes from anywhere yields the same ids and a
user's saved selection keeps pointing at the same passages.
"""

from __future__ import annotations

import hashlib


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def article_id(source_sha256: str, ordinal: int) -> str:
    return hashlib.sha1(f"{source_sha256}:{ordinal}".encode()).hexdigest()[:10]


def passage_id(article: str, order: int) -> str:
    return f"{article}-{order:03d}"


def split_passage_id(passage: str) -> tuple[str, int | None]:
    """The article id and reading-order position in a passage id (position None if it is not one of ours)."""
    article, _, order = passage.rpartition("-")
    return article, int(order) if order.isdigit() else None


def claim_id(passage: str, start: int) -> str:
    return f"{passage}@{start}"

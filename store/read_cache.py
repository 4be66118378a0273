"""A fast-loading copy of the database's records, written after every ingest.

TinyDB's JSON file stays the source of truth.  Parsing it and rebuilding
hundreds of thousands of records takes seconds at 10,000 articles, so ingest
also writes this columnar ``marshal`` snapshot beside it; ``Corpus.open``
uses the snapshot when it is provably current (same database generation,
size and modification time, same record layout) and falls back to the JSON
otherwise.  A stale or damaged snapshot is ignored, never trusted.

``marshal`` is used because it loads plain tuples of strings and numbers
several times faster than JSON or pickle; it cannot run code.  The file is
ours, next to our database, and is rebuilt whenever anything looks off.
"""

from __future__ import annotations

import gc
import marshal
import os
from collections.abc import Iterator
from contextlib import contextmanager
import tempfile
from pathlib import Path
from typing import Any

from store.models import Article, Claim, _Record

CACHE_VERSION = 1


@contextmanager
def gc_paused() -> Iterator[None]:
    """Building hundreds of thousands of records trips the cyclic GC again and again, each pass
    walking every object made so far; none of these records form cycles, so pause it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def read_cache_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".read-cache")


def _layout(cls: type[_Record]) -> tuple[Any, ...]:
    """The field names of a record class and of its nested records, to detect a changed layout."""
    return (cls._field_names(), tuple((name, _layout(sub)) for name, sub in cls._nested.items()))


def _encode(record: _Record) -> tuple[Any, ...]:
    nested = record._nested
    return tuple(
        tuple(_encode(item) for item in getattr(record, name)) if name in nested else getattr(record, name)
        for name in record._field_names()
    )


def _decoder(cls: type[_Record]):
    """A function rebuilding ``cls`` from its encoded tuple, with nested lists decoded too."""
    names = cls._field_names()
    nested = {names.index(name): _decoder(sub) for name, sub in cls._nested.items()}
    if not nested:
        return lambda row: cls(*row)

    def decode(row: tuple[Any, ...]) -> _Record:
        values = list(row)
        for position, sub_decode in nested.items():
            values[position] = [sub_decode(item) for item in values[position]]
        return cls(*values)

    return decode


def _db_stamp(db_path: Path) -> tuple[int, int]:
    stat = Path(db_path).stat()
    return stat.st_size, stat.st_mtime_ns


def write_read_cache(db_path: Path, generation: str, articles: list[Article], claims: list[Claim]) -> Path:
    path = read_cache_path(db_path)
    header = {
        "version": CACHE_VERSION,
        "generation": generation,
        "stamp": _db_stamp(db_path),
        "layout": (_layout(Article), _layout(Claim)),
    }
    body = (tuple(_encode(a) for a in articles), tuple(_encode(c) for c in claims))
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            header_bytes = marshal.dumps(header)
            handle.write(len(header_bytes).to_bytes(8, "little"))
            handle.write(header_bytes)
            handle.write(marshal.dumps(body))
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path


def load_read_cache(db_path: Path) -> tuple[list[Article], list[Claim], str] | None:
    """The records if the snapshot matches the database exactly; None means "read the JSON"."""
    path = read_cache_path(db_path)
    try:
        with gc_paused():
            return _load(path, db_path)
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        return None


def _load(path: Path, db_path: Path) -> tuple[list[Article], list[Claim], str] | None:
    with open(path, "rb") as handle:
        # marshal.load() on a file object reads in tiny pieces (seconds for 100 MB), so the
        # header is length-prefixed and each part is read whole, then parsed from bytes.
        header_size = int.from_bytes(handle.read(8), "little")
        if not 0 < header_size < 1 << 20:
            return None  # not a header we wrote
        header = marshal.loads(handle.read(header_size))  # a stale snapshot is rejected unread
        if (
            not isinstance(header, dict)
            or header.get("version") != CACHE_VERSION
            or tuple(header.get("stamp", ())) != _db_stamp(db_path)
            or header.get("layout") != (_layout(Article), _layout(Claim))
        ):
            return None
        article_rows, claim_rows = marshal.loads(handle.read())
    decode_article, decode_claim = _decoder(Article), _decoder(Claim)
    articles = [decode_article(row) for row in article_rows]
    claims = [decode_claim(row) for row in claim_rows]
    return articles, claims, header["generation"]

"""Taking sources out of the database: a wrong file, a folder of them, one that was replaced on disk.

A source is a whole file: its articles, their claims, its audit trail.  The
user names it the way they know it, and this module finds the stored files
meant:

* a path on disk: the file stored from that path, or, if it moved, the stored
  file with the same bytes;
* a folder on disk: every stored file read from below it;
* a path no longer on disk: the stored file read from there;
* a bare file name: the one stored file of that name (two of the same name
  in different folders is an error that lists both, never a guess);
* ``sha256:HEX``: the stored file with those bytes (how the app names the
  file of the article in the reader, and what ``articles --json`` shows).

Nothing is removed unless every name matched, so a typo in one of five names
does not leave the user with a half-done removal to work out.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from store.errors import StoreError
from store.ids import sha256_hex
from store.repository import FileRecord, StoredCorpus

if TYPE_CHECKING:
    from store.corpus import Corpus

Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class RemovalReport:
    """What a removal took out (or, in a dry run, would take out)."""

    files: list[FileRecord] = field(default_factory=list)
    articles: int = 0
    claims: int = 0
    dry_run: bool = False
    seconds: float = 0.0


def _under(folder: Path, source_path: str) -> bool:
    return source_path.startswith(str(folder).rstrip(os.sep) + os.sep)


def _same_bytes(path: Path, stored: StoredCorpus) -> FileRecord | None:
    try:
        return stored.file_with_sha(sha256_hex(path.read_bytes()))
    except OSError:
        return None


def _match_one(target: str, stored: StoredCorpus) -> list[FileRecord]:
    files = stored.files
    if target.startswith("sha256:"):
        record = stored.file_with_sha(target.removeprefix("sha256:").lower())
        if record is None:
            raise StoreError(f"{target}: no stored file has these bytes")
        return [record]
    path = Path(target).expanduser()
    if path.is_dir():
        folder = path.resolve()
        found = [record for key, record in files.items() if _under(folder, key)]
        if not found:
            raise StoreError(f"{target}: no stored file was read from this folder")
        return found
    if path.exists():
        record = files.get(str(path.resolve())) or _same_bytes(path, stored)
        if record is None:
            raise StoreError(f"{target}: this file is not in the database")
        return [record]
    return [stored_record_named(target, files.values())]


def stored_record_named(target: str, records: Iterable[FileRecord]) -> FileRecord:
    """The stored file a name that is not on disk means: the path it was read from, or its bare file
    name when only one stored file has it (two are an error naming both, never a guess)."""
    records = list(records)
    path = Path(target).expanduser()
    absolute = str(path.absolute())
    by_path = next((r for r in records if r.source_path == absolute), None) or next(
        (r for r in records if r.source_path == target), None
    )
    if by_path is not None:
        return by_path
    named = [record for record in records if record.source_file == path.name]
    if len(named) > 1:
        places = ", ".join(sorted(record.source_path for record in named))
        raise StoreError(f"{target}: {len(named)} stored files have this name ({places}); give the full path")
    if not named:
        raise StoreError(f"{target}: no such file on disk or in the database (nkru-tui articles lists what is stored)")
    return named[0]


def match_stored_files(targets: Iterable[str | Path], stored: StoredCorpus) -> list[FileRecord]:
    """The stored files the user's names mean, each once, in the order named; any miss is an error."""
    matched: dict[str, FileRecord] = {}
    for target in targets:
        for record in _match_one(str(target), stored):
            matched.setdefault(record.source_path, record)
    if not matched:
        raise StoreError("name at least one file or folder to remove")
    return list(matched.values())


def preview_removal(corpus: Corpus, sha256: str) -> RemovalReport:
    """What removing the file with these bytes would take out, from an open corpus's snapshot.

    A dry run of :func:`remove_sources` parses the whole database (16 s at ten thousand
    articles); the app already holds the file's record and each article's claims.
    """
    record = corpus.file_record(sha256)
    if record is None:
        raise StoreError(f"sha256:{sha256}: no stored file has these bytes")
    present = [article_id for article_id in record.article_ids if article_id in corpus.articles]
    claims = sum(len(corpus.claims_of_article(article_id)) for article_id in present)
    return RemovalReport(files=[record], articles=len(present), claims=claims, dry_run=True)


def remove_sources(
    targets: Iterable[str | Path],
    db_path: Path,
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    lock_timeout: float = 5.0,
) -> RemovalReport:
    """Drop the named source files with their articles and claims, and rebuild everything derived
    (the search index by shrinking the saved one when it can, with a full build's result)."""
    from store.gc_pause import gc_paused
    from store.ingest import rewrite_corpus
    from store.ingest_index import removing_files
    from store.repository import Repository

    started = time.perf_counter()
    report_progress = progress or (lambda message, done, total: None)
    if not Path(db_path).expanduser().is_file():
        raise StoreError(f"{db_path}: no database here, so nothing to remove")
    with gc_paused(), Repository.open(db_path, lock_timeout=lock_timeout) as repo:
        stored = repo.load()
        matched = match_stored_files(targets, stored)
        gone = {article_id for record in matched for article_id in record.article_ids}
        report = RemovalReport(
            files=matched,
            articles=sum(1 for article_id in gone if article_id in stored.articles),
            claims=sum(1 for claim in stored.claims if claim.article_id in gone),
            dry_run=dry_run,
        )
        if not dry_run:
            loaded = list(stored.articles.values())
            for record in matched:
                stored.drop_file(record.source_path)
            # Only files were taken out: the saved index is shrunk, not built again (``store.search.shrink``).
            with removing_files(db_path, loaded):
                rewrite_corpus(repo, stored, db_path, report_progress)
    report.seconds = time.perf_counter() - started
    return report

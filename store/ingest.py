"""Ingest: source files → normalised, analysed articles → one atomic database write.

Reading and normalising happen before the database lock is taken, so a slow
or rejected file never blocks another process, and a rejected file changes
nothing.  Analysis (topics, claims) runs on new articles only, unless the
topic taxonomy changed; echo groups are recomputed over the whole corpus
because a new article can repeat a passage of any old one.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import os
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from store.errors import SourceError, StoreError
from store.gc_pause import gc_paused
from store.models import Claim, NormalisedFile
from store.repository import FileRecord, Repository, StoredCorpus

Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class FileOutcome:
    path: str
    status: str  # "added", "replaced", "unchanged", "rejected"
    articles: int = 0
    removed: dict[str, int] = field(default_factory=dict)  # furniture removed, by reason
    error: str | None = None


@dataclass(slots=True)
class IngestReport:
    files: list[FileOutcome] = field(default_factory=list)
    seconds: float = 0.0
    echo_groups: int = 0
    generation: str = ""

    @property
    def rejected(self) -> list[FileOutcome]:
        return [f for f in self.files if f.status == "rejected"]

    @property
    def articles_added(self) -> int:
        return sum(f.articles for f in self.files if f.status in ("added", "replaced"))


def _noop(message: str, done: int, total: int) -> None:
    pass


# Below this many files a process pool costs more to start than it saves, and the
# TUI's first run (five seed files, inside a thread) never forks.
PARALLEL_MIN_FILES = 32


@dataclass(slots=True)
class PreparedFile:
    """One file read, normalised and analysed — the work that needs no database."""

    path: Path
    normalised: NormalisedFile | None = None
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None


def prepare_file(path: Path, topics_path: Path | None = None) -> PreparedFile:
    """Read, normalise and analyse one file; a bad file becomes an error, never an exception."""
    from store.analysis import analyse_articles
    from store.normalise import normalise_bytes, read_source

    try:
        data = read_source(path)
        normalised = normalise_bytes(data, path.name, suffix=path.suffix.lower())
    except SourceError as exc:
        return PreparedFile(path=path, error=str(exc))
    if not normalised.articles:
        return PreparedFile(path=path, error=f"{path}: no article text found")
    claims = analyse_articles(normalised.articles, topics_path=topics_path)
    return PreparedFile(path=path, normalised=normalised, claims=claims)


def prepare_files(paths: list[Path], topics_path: Path | None, progress: Progress = _noop) -> list[PreparedFile]:
    """Prepare every file, over all cores when there are many (each file is independent)."""
    total = len(paths)
    workers = min(os.cpu_count() or 1, 8)
    if total < PARALLEL_MIN_FILES or workers < 2:
        prepared = []
        for done, path in enumerate(paths):
            progress(f"Reading {path.name}", done, total)
            prepared.append(prepare_file(path, topics_path))
        return prepared
    # fork is cheapest (the parent's imports carry over) but unsafe with other threads alive.
    method = "fork" if threading.active_count() == 1 and "fork" in mp.get_all_start_methods() else "spawn"
    if method == "fork":
        # Taxonomies, compiled patterns and lazy imports built once here are inherited by every
        # worker, instead of each paying about a second of CPU for them on its first file.
        from store.analysis.preload import preload as preload_analysis
        from store.normalise.preload import preload as preload_normaliser

        preload_normaliser()
        preload_analysis(topics_path)
        gc.freeze()  # the workers' collector then skips the inherited heap instead of copying its pages
    prepared = []
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context(method)) as pool:
            chunk = max(1, min(64, total // (workers * 8)))
            for done, result in enumerate(pool.map(prepare_file, paths, [topics_path] * total, chunksize=chunk)):
                if done % 50 == 0:
                    progress("Reading and analysing files", done, total)
                prepared.append(result)
    finally:
        gc.unfreeze()
    return prepared


def ingest_paths(
    paths: Iterable[str | Path],
    db_path: Path,
    *,
    topics_path: Path | None = None,
    progress: Progress | None = None,
    lock_timeout: float = 5.0,
) -> IngestReport:
    """Add files to the database.  Same bytes twice add nothing; a changed file replaces its articles."""
    # Ingest builds millions of small records and no reference cycles: the cyclic collector
    # would only walk the growing heap again and again (in the parent too, while the
    # workers' results arrive), so it waits until the end.
    with gc_paused():
        return _ingest_paths(paths, db_path, topics_path=topics_path, progress=progress, lock_timeout=lock_timeout)


def _ingest_paths(
    paths: Iterable[str | Path],
    db_path: Path,
    *,
    topics_path: Path | None,
    progress: Progress | None,
    lock_timeout: float,
) -> IngestReport:
    from store.analysis import assign_echo_groups, canonicalise_claimants
    from store.analysis.sources import summarise_outlets
    from store.analysis.topics import load_topic_taxonomy, tag_passages
    from store.read_cache_writer import write_read_cache
    from store.search import write_index_for

    started = time.perf_counter()
    report_progress = progress or _noop
    resolved = [Path(p).expanduser() for p in paths]
    if topics_path is not None:
        if not Path(topics_path).expanduser().is_file():
            raise StoreError(f"{topics_path}: topic taxonomy file not found")
        topics_path = Path(topics_path).expanduser().resolve()
    prepared = prepare_files(resolved, topics_path, report_progress)
    report = IngestReport(files=[
        FileOutcome(path=str(p.path), status="rejected", error=p.error) for p in prepared if p.error
    ])

    with Repository.open(db_path, lock_timeout=lock_timeout) as repo:
        stored = repo.load()
        taxonomy_changed = _note_topics_path(stored, topics_path)
        fresh: list[PreparedFile] = []
        for item in prepared:
            if item.normalised is None:
                continue
            outcome = _merge_file(stored, item.path, item.normalised)
            report.files.append(outcome)
            if outcome.status != "unchanged":
                fresh.append(item)
        if not fresh and not taxonomy_changed:
            report.seconds = time.perf_counter() - started
            report.generation = repo.generation
            return report

        effective_topics = _topics_path(stored)
        if taxonomy_changed or effective_topics != topics_path:
            # Claims do not depend on topics, so a new taxonomy only re-tags passages.
            report_progress("Tagging topics", 0, 1)
            taxonomy = load_topic_taxonomy(effective_topics)
            retag = stored.articles.values() if taxonomy_changed else (a for f in fresh for a in f.normalised.articles)
            for article in retag:
                tag_passages(article, taxonomy)
        fresh_ids = {a.id for f in fresh for a in f.normalised.articles}
        stored.claims = [c for c in stored.claims if c.article_id not in fresh_ids]
        stored.claims.extend(c for f in fresh for c in f.claims)
        # Names fold across the whole corpus, not one batch: "Zelensky" today, "Zelenskyy" last week.
        canonicalise_claimants(stored.claims)

        report_progress("Linking repeated passages", 0, 1)
        report.echo_groups = assign_echo_groups(p for a in stored.articles.values() for p in a.passages)

        report_progress("Writing the database", 0, 1)
        outlets = summarise_outlets(stored.articles.values())
        report.generation = repo.save(stored, outlets)

    write_read_cache(db_path, report.generation, list(stored.articles.values()), stored.claims)
    report_progress("Building the search index", 0, 1)
    write_index_for(db_path, list(stored.articles.values()), stored.claims, report.generation)
    report.seconds = time.perf_counter() - started
    report_progress("Done", 1, 1)
    return report


def _merge_file(stored: StoredCorpus, path: Path, normalised: NormalisedFile) -> FileOutcome:
    source_path = str(path.resolve())
    removed = dict(Counter(r.reason for r in normalised.removed))
    known = stored.file_with_sha(normalised.source_sha256)
    if known is not None:
        # Same bytes (from here or from another path): nothing new to add.
        return FileOutcome(path=str(path), status="unchanged", articles=len(known.article_ids), removed=removed)
    status = "replaced" if source_path in stored.files else "added"
    stored.drop_file(source_path)
    for article in normalised.articles:
        stored.articles[article.id] = article
    stored.files[source_path] = FileRecord(
        source_path=source_path,
        source_file=normalised.source_file,
        source_sha256=normalised.source_sha256,
        encoding=normalised.encoding,
        repairs=list(normalised.repairs),
        removed=list(normalised.removed),
        article_ids=[a.id for a in normalised.articles],
        ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    return FileOutcome(path=str(path), status=status, articles=len(normalised.articles), removed=removed)


def _note_topics_path(stored: StoredCorpus, topics_path: Path | None) -> bool:
    """Remember a user's taxonomy for later ingests; True when every article must be re-tagged."""
    if topics_path is None:
        return False
    resolved = str(Path(topics_path).expanduser().resolve())
    changed = stored.meta.get("topics_path") != resolved or stored.meta.get("topics_mtime") != Path(resolved).stat().st_mtime
    stored.meta["topics_path"] = resolved
    stored.meta["topics_mtime"] = Path(resolved).stat().st_mtime
    return changed and bool(stored.articles)


def _topics_path(stored: StoredCorpus) -> Path | None:
    recorded = stored.meta.get("topics_path")
    return Path(recorded) if recorded else None

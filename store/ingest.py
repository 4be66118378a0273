"""Ingest: source files → normalised, analysed articles → one atomic database write.

Reading and normalising happen before the database lock is taken, so a slow
or rejected file never blocks another process, and a rejected file changes
nothing.  Analysis (topics, claims) runs on new articles only, unless the
topic taxonomy changed; echo groups are recomputed over the whole corpus
because a new article can repeat a passage of any old one.

Adding files to a database whose names the running analysers folded (its meta
says so) folds again only the names the new ones can move
(``FoldedNames.refold``), and writes the database file and its snapshot from
the old files' bytes plus what changed (``Repository.save(reuse_rows=True)``,
``prepare_read_cache(previous=...)``): each gives what doing everything again
would, which the tests check.

Files are prepared in a process pool (``ingest_pool``).  Then, under the
lock, the steps that only read the corpus run in forked children beside the
parent (``forked``): echo links while the parent folds claimant names, the
search index from before the names are final (``ingest_index``; when files were
only added, the saved index is extended instead of built again), and the read
snapshot while the database is written.  Each gives the same bytes as the
step run in the parent, which is what happens for small corpora and where
forking is unsafe (another thread alive, as in the TUI).
"""

from __future__ import annotations

import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.analysis.fingerprint import META_KEY as ANALYSIS_KEY
from store.analysis.fingerprint import analysis_fingerprint, claims_are_current
from store.errors import StoreError
from store.forked import ForkedTask, Gate
from store.gc_pause import gc_paused
from store.ingest_index import folded_names, index_step, previous_index
from store.ingest_runner import COMMIT_STEP
from store.ingest_pool import (
    PARALLEL_MIN_FILES,
    PreparedFile,
    prepare_file,
    prepare_files,
)
from store.models import Article, NormalisedFile
from store.read_cache import Snapshot
from store.repository import FileRecord, Repository, StoredCorpus, database_meta, new_generation

if TYPE_CHECKING:
    from store.analysis.claimant_refold import FoldedNames

__all__ = ["PARALLEL_MIN_FILES", "FileOutcome", "IngestReport", "PreparedFile", "ingest_paths", "prepare_file", "prepare_files",
           "rewrite_corpus"]

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


# The meta record's key for the analysers that last folded every claimant name of the database
# (``rewrite_corpus``): while they are the ones running, a new file's names are folded incrementally.
FOLDED_BY_KEY = "claimants_folded_by"

# From this many passages, echo links, the search index and the read snapshot are made in
# forked children; below it a fork costs more than the second core saves.
FORK_MIN_PASSAGES = 4_000


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
    from store.analysis.topics import load_topic_taxonomy, tag_passages

    started = time.perf_counter()
    report_progress = progress or _noop
    resolved = [Path(p).expanduser() for p in paths]
    if topics_path is not None:
        if not Path(topics_path).expanduser().is_file():
            raise StoreError(f"{topics_path}: topic taxonomy file not found")
        topics_path = Path(topics_path).expanduser().resolve()
    # Files the database holds already are only hashed, not normalised and analysed again. Another
    # process may change the database before the lock is taken: under it, each is looked up again.
    snapshot = _current_snapshot(db_path)
    known = _stored_file_shas(snapshot)
    prepared = prepare_files(resolved, topics_path, report_progress, known=known)
    report = IngestReport(files=[
        FileOutcome(path=str(p.path), status="rejected", error=p.error) for p in prepared if p.error
    ])

    # Seconds for a large database (10 s at ten thousand articles): say so rather than sit on the
    # last file's name.
    report_progress("Reading the database", 0, 1)
    with Repository.open(db_path, lock_timeout=lock_timeout, snapshot=snapshot) as repo:
        if topics_path is None and _all_unchanged(repo, prepared, report):
            # Files added before, byte for byte: at ten thousand articles, loading the corpus only
            # to find that out would cost ten seconds.
            report.seconds = time.perf_counter() - started
            report.generation = repo.generation
            return report
        stored = repo.load()
        folded_before = _folded_names(stored)
        # The new files' claims are made by the analysers installed now; the database's claims are all
        # theirs only if the old ones were too (else they stay marked stale until ``reanalyse``).
        claims_current = not stored.articles or claims_are_current(stored.meta)
        taxonomy_changed = _note_topics_path(stored, topics_path)
        fresh: list[PreparedFile] = []
        for item in prepared:
            if item.known_sha256 is not None:
                if (known := stored.file_with_sha(item.known_sha256)) is not None:
                    report.files.append(_unchanged(item.path, known))
                    continue
                item = prepare_file(item.path, topics_path)  # removed since it was hashed: prepare it now
                if item.error:
                    report.files.append(FileOutcome(path=str(item.path), status="rejected", error=item.error))
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

        effective_topics = stored_topics_path(stored)
        if taxonomy_changed or effective_topics != topics_path:
            # Claims do not depend on topics, so a new taxonomy only re-tags passages.
            report_progress("Tagging topics", 0, 1)
            taxonomy = load_topic_taxonomy(effective_topics)
            retag = stored.articles.values() if taxonomy_changed else (a for f in fresh for a in f.normalised.articles)
            for article in retag:
                tag_passages(article, taxonomy)
        if claims_current:
            stored.meta[ANALYSIS_KEY] = analysis_fingerprint()
        fresh_ids = {a.id for f in fresh for a in f.normalised.articles}
        stored.claims = [c for c in stored.claims if c.article_id not in fresh_ids]
        stored.claims.extend(c for f in fresh for c in f.claims)
        report.echo_groups, report.generation = rewrite_corpus(
            repo, stored, db_path, report_progress, folded_before=folded_before, reuse_rows=not taxonomy_changed
        )
    report.seconds = time.perf_counter() - started
    report_progress("Done", 1, 1)
    return report


def rewrite_corpus(
    repo: Repository,
    stored: StoredCorpus,
    db_path: Path,
    report_progress: Progress,
    *,
    folded_before: FoldedNames | None = None,
    reuse_rows: bool = False,
) -> tuple[int, str]:
    """Derive everything from ``stored`` (names, echoes, index, snapshot) and write it; returns (echo groups, generation).

    Ingest calls it after merging new files, removal after dropping files: either way every
    derived file is made from the records, so nothing of a removed file lingers in them (the
    index is extended when ``reuse_rows`` and the loaded records lead the corpus unchanged, shrunk when
    a removal runs inside ``ingest_index.removing_files``: a full build's result either way).
    ``folded_before``: how the same folding code left the names of the corpus as loaded; only
    the names the change can move are folded again, with the same result.  ``reuse_rows``: see
    ``Repository.save`` (true when old records changed only in echo groups and claimant names).
    """
    from store.analysis import canonicalise_claimants
    from store.analysis.claimant_refold import canonicalise_claimants_since
    from store.analysis.echoes import apply_echo_links, echo_links
    from store.analysis.sources import summarise_outlets

    articles = list(stored.articles.values())
    passages = [p for a in articles for p in a.passages]
    fork = len(passages) >= FORK_MIN_PASSAGES
    # Echoes depend on passages only, claimant names on claims only: one is found (in a child)
    # while the parent folds the other.
    echo_task = ForkedTask(lambda in_child: echo_links(passages), fork=fork)
    # The index needs no echo groups, and claimant names only at its very end (see ``ingest_index``).
    generation = new_generation()
    pending_index = db_path.with_name(f".{db_path.name}.index-{os.getpid()}.tmp")
    names = Gate()
    loaded = stored.baseline.articles if reuse_rows and stored.baseline is not None else []
    previous = previous_index(db_path, repo.generation, loaded, articles)
    index_task = ForkedTask(index_step(pending_index, articles, stored.claims, generation, names, previous), fork=fork)
    snapshot_task = None
    gate: Gate | None = None
    try:
        # Names fold across the whole corpus, not one batch: "Zelensky" today, "Zelenskyy" last week.
        report_progress("Matching claimant names across the corpus", 0, 1)
        if folded_before is not None:
            canonicalise_claimants_since(stored.claims, folded_before)
        else:
            canonicalise_claimants(stored.claims)
        stored.meta[FOLDED_BY_KEY] = analysis_fingerprint()
        if index_task.forked:
            names.open(folded_names(stored.claims))
        names.close()
        report_progress("Linking repeated passages", 0, 1)
        echo_groups = apply_echo_links(passages, echo_task.result())

        report_progress(COMMIT_STEP, 0, 1)  # nothing is written before it: a job stopped earlier changed nothing
        # The snapshot is encoded (in a child) while the database is written; its header
        # names the written file, so the child waits at the gate until the write is done.
        gate = Gate()
        meta = database_meta(stored, generation)
        # Added files only (records kept as loaded): the old snapshot's unchanged pieces are copied; the rows
        # are compared once (a second at ten thousand articles), for the snapshot and the save alike.
        rows = stored.baseline.changed_rows(articles, stored.claims) if reuse_rows and stored.baseline is not None else None
        previous = repo.loaded_snapshot if rows is not None else None
        changed = stored.baseline.changed_articles(articles, stored.claims, rows) if previous is not None else None
        snapshot_task = ForkedTask(
            _snapshot_step(db_path, generation, meta, stored, articles, gate, previous, changed or set()), fork=fork
        )
        outlets = summarise_outlets(articles)
        written = repo.save(stored, outlets, generation=generation, meta=meta, reuse_rows=reuse_rows, changed_rows=rows)
        gate.open()
        snapshot_task.result()
        report_progress("Building the search index", 0, 1)
        index_task.result()
        _publish_index(pending_index, db_path)
    except BaseException:
        names.close()
        if gate is not None:
            gate.close()
        for task in (snapshot_task, index_task, echo_task):
            if task is not None:
                task.abandon()
        pending_index.unlink(missing_ok=True)
        raise
    return echo_groups, written


def _folded_names(stored: StoredCorpus) -> FoldedNames | None:
    """How the corpus's names were folded, if the folding code running now did it (else fold them all)."""
    from store.analysis.claimant_refold import FoldedNames

    if stored.meta.get(FOLDED_BY_KEY) != analysis_fingerprint():
        return None
    return FoldedNames.of(stored.claims)


def _snapshot_step(
    db_path: Path,
    generation: str,
    meta: dict[str, Any],
    stored: StoredCorpus,
    articles: list[Article],
    gate: Gate,
    previous: Snapshot | None,
    changed: set[str],
) -> Callable[[bool], None]:
    def step(in_child: bool) -> None:
        from store.read_cache_writer import (
            prepare_read_cache,
            write_prepared_read_cache,
        )

        prepared = prepare_read_cache(articles, stored.claims, stored.files.values(), previous=previous, changed=changed)
        if in_child and gate.wait() is None:
            return  # the database was not written: no snapshot for it
        write_prepared_read_cache(db_path, generation, prepared, meta)

    return step


def _publish_index(pending: Path, db_path: Path) -> None:
    """Put the index built for the new generation in place, now that the database holds it."""
    from store.search import index_path_for
    from store.storage import fsync_directory

    os.replace(pending, index_path_for(db_path))
    fsync_directory(db_path.parent)


def _current_snapshot(db_path: Path) -> Snapshot | None:
    """The database's snapshot, read before the lock: it names the stored files, and the writer reuses it."""
    from store.read_cache import load_read_cache

    return load_read_cache(db_path) if db_path.is_file() else None


def _stored_file_shas(snapshot: Snapshot | None) -> frozenset[str]:
    """The sha256 of every source file the database holds (none known without a snapshot)."""
    return frozenset() if snapshot is None else snapshot.file_shas()


def _all_unchanged(repo: Repository, prepared: list[PreparedFile], report: IngestReport) -> bool:
    """True, with their outcomes reported, when the database already holds every readable file's bytes."""
    outcomes: list[FileOutcome] = []
    for item in prepared:
        sha256 = item.known_sha256 or (item.normalised.source_sha256 if item.normalised else None)
        if sha256 is None:
            continue  # rejected
        known = repo.stored_file_with_sha(sha256)
        if known is None:
            return False
        outcomes.append(_unchanged(item.path, known))
    report.files.extend(outcomes)
    return True


def _merge_file(stored: StoredCorpus, path: Path, normalised: NormalisedFile) -> FileOutcome:
    source_path = str(path.resolve())
    known = stored.file_with_sha(normalised.source_sha256)
    if known is not None:
        return _unchanged(path, known)
    status = "replaced" if source_path in stored.files else "added"
    stored.drop_file(source_path)
    for article in normalised.articles:
        stored.articles[article.id] = article
    stored.add_file(FileRecord(
        source_path=source_path,
        source_file=normalised.source_file,
        source_sha256=normalised.source_sha256,
        encoding=normalised.encoding,
        repairs=list(normalised.repairs),
        removed=list(normalised.removed),
        article_ids=[a.id for a in normalised.articles],
        ingested_at=datetime.now(UTC).isoformat(timespec="seconds"),
    ))
    removed = dict(Counter(r.reason for r in normalised.removed))
    return FileOutcome(path=str(path), status=status, articles=len(normalised.articles), removed=removed)


def _unchanged(path: Path, known: FileRecord) -> FileOutcome:
    """Same bytes as a stored file (from here or from another path): nothing new to add.

    What was removed is the stored record's: the file need not be normalised again to say.
    """
    removed = dict(Counter(r.reason for r in known.removed))
    return FileOutcome(path=str(path), status="unchanged", articles=len(known.article_ids), removed=removed)


def _note_topics_path(stored: StoredCorpus, topics_path: Path | None) -> bool:
    """Remember a user's taxonomy for later ingests; True when every article must be re-tagged."""
    if topics_path is None:
        return False
    resolved = str(Path(topics_path).expanduser().resolve())
    changed = stored.meta.get("topics_path") != resolved or stored.meta.get("topics_mtime") != Path(resolved).stat().st_mtime
    stored.meta["topics_path"] = resolved
    stored.meta["topics_mtime"] = Path(resolved).stat().st_mtime
    return changed and bool(stored.articles)


def stored_topics_path(stored: StoredCorpus) -> Path | None:
    """The user's topic taxonomy the database was last tagged with (None: the bundled one)."""
    recorded = stored.meta.get("topics_path")
    return Path(recorded) if recorded else None

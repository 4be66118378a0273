"""Ingest: source files → normalised, analysed articles → one atomic database write.

Reading and normalising happen before the database lock is taken, so a slow
or rejected file never blocks another process, and a rejected file changes
nothing.  Analysis (topics, claims) runs on new articles only, unless the
topic taxonomy changed; echo groups are recomputed over the whole corpus
because a new article can repeat a passage of any old one.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from store.errors import SourceError, StoreError
from store.models import Article, NormalisedFile
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


def normalise_paths(paths: Iterable[Path], progress: Progress = _noop) -> tuple[list[tuple[Path, NormalisedFile]], list[FileOutcome]]:
    """Read and normalise every path; bad files become rejected outcomes, never exceptions."""
    from store.normalise import normalise_bytes, read_source

    paths = list(paths)
    good: list[tuple[Path, NormalisedFile]] = []
    rejected: list[FileOutcome] = []
    for done, path in enumerate(paths):
        progress(f"Reading {path.name}", done, len(paths))
        try:
            data = read_source(path)
            normalised = normalise_bytes(data, path.name, suffix=path.suffix.lower())
        except SourceError as exc:
            rejected.append(FileOutcome(path=str(path), status="rejected", error=str(exc)))
            continue
        if not normalised.articles:
            rejected.append(FileOutcome(path=str(path), status="rejected", error=f"{path}: no article text found"))
            continue
        good.append((path, normalised))
    return good, rejected


def ingest_paths(
    paths: Iterable[str | Path],
    db_path: Path,
    *,
    topics_path: Path | None = None,
    progress: Progress | None = None,
    lock_timeout: float = 5.0,
) -> IngestReport:
    """Add files to the database.  Same bytes twice add nothing; a changed file replaces its articles."""
    from store.analysis import analyse_articles, assign_echo_groups, canonicalise_claimants
    from store.analysis.sources import summarise_outlets
    from store.search import write_index_for

    started = time.perf_counter()
    report_progress = progress or _noop
    resolved = [Path(p).expanduser() for p in paths]
    good, rejected = normalise_paths(resolved, report_progress)
    report = IngestReport(files=list(rejected))

    with Repository.open(db_path, lock_timeout=lock_timeout) as repo:
        stored = repo.load()
        taxonomy_changed = _note_topics_path(stored, topics_path)
        fresh: list[Article] = []
        for path, normalised in good:
            outcome = _merge_file(stored, path, normalised)
            report.files.append(outcome)
            if outcome.status != "unchanged":
                fresh.extend(normalised.articles)
        if not fresh and not taxonomy_changed:
            report.seconds = time.perf_counter() - started
            report.generation = repo.generation
            return report

        report_progress("Analysing claims and topics", 0, 1)
        to_analyse = list(stored.articles.values()) if taxonomy_changed else fresh
        new_claims = analyse_articles(to_analyse, topics_path=_topics_path(stored))
        analysed = {a.id for a in to_analyse}
        stored.claims = [c for c in stored.claims if c.article_id not in analysed] + new_claims
        # Names fold across the whole corpus, not one batch: "Zelensky" today, "Zelenskyy" last week.
        canonicalise_claimants(stored.claims)

        report_progress("Linking repeated passages", 0, 1)
        report.echo_groups = assign_echo_groups(p for a in stored.articles.values() for p in a.passages)

        report_progress("Writing the database", 0, 1)
        outlets = summarise_outlets(stored.articles.values())
        report.generation = repo.save(stored, outlets)

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
    if not Path(resolved).is_file():
        raise StoreError(f"{topics_path}: topic taxonomy file not found")
    changed = stored.meta.get("topics_path") != resolved or stored.meta.get("topics_mtime") != Path(resolved).stat().st_mtime
    stored.meta["topics_path"] = resolved
    stored.meta["topics_mtime"] = Path(resolved).stat().st_mtime
    return changed and bool(stored.articles)


def _topics_path(stored: StoredCorpus) -> Path | None:
    recorded = stored.meta.get("topics_path")
    return Path(recorded) if recorded else None


def ensure_database(db_path: Path, *, topics_path: Path | None = None, progress: Progress | None = None) -> bool:
    """Build the database from the bundled seeds on first run.  True if it was built now."""
    from store.paths import seed_files

    db_path = Path(db_path).expanduser()
    if db_path.exists():
        with Repository.open(db_path, readonly=True):
            pass  # opening validates it: a corrupt file raises a clear DatabaseError
        if topics_path is None:
            return False
    report = ingest_paths(seed_files(), db_path, topics_path=topics_path, progress=progress)
    if report.rejected:
        raise StoreError("; ".join(f.error or f.path for f in report.rejected))
    return True

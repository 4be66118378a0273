"""The TinyDB repository: the only module that knows how records sit on disk.

The whole database is read once into memory (TinyDB re-reads its storage on
every query otherwise) and written back once per ingest through
:class:`BatchMiddleware`, which flushes only when the caller commits.  An
ingest that fails half-way therefore leaves the file exactly as it was.

Tables: ``meta`` (schema, generation), ``files`` (one row per source file,
with its audit trail), ``articles`` (metadata only), ``passages``,
``claims`` and ``outlets`` (the derived per-outlet summary).
"""

from __future__ import annotations

import operator
import secrets
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from collections.abc import Iterable
from typing import Any, Self

from filelock import FileLock
from tinydb import TinyDB
from tinydb.middlewares import Middleware

from store.errors import DatabaseError
from store.loaded_rows import ChangedRows, LoadedRows
from store.models import Article, Claim, FileRecord, OutletSummary, Passage
from store.read_cache import HEAD_FIELDS, Snapshot, current_generation, db_stamp, load_read_cache
from store.storage import AtomicJSONStorage, acquire_writer_lock

SCHEMA_VERSION = 1


def _remove_stale_temp_files(path: Path) -> None:
    """Temp files left by a writer that was killed mid-write.  Only called under the writer lock,
    so no live writer can own them."""
    # ``..name.*.tmp``: the temp file of a search index being written under a pending name.
    for pattern in (f".{path.name}.*.tmp", f"..{path.name}.*.tmp"):
        for stale in path.parent.glob(pattern):
            stale.unlink(missing_ok=True)


def new_generation() -> str:
    """A fresh, random name for the next state of a database."""
    return secrets.token_hex(8)


class BatchMiddleware(Middleware):
    """Caches reads; holds writes until :meth:`commit`, so one ingest is one disk write."""

    def __init__(self, storage_cls: type) -> None:
        super().__init__(storage_cls)
        self.cache: dict[str, Any] | None = None
        self.dirty = False

    def read(self) -> dict[str, Any] | None:
        if self.cache is None:
            self.cache = self.storage.read()
        return self.cache

    def write(self, data: dict[str, Any]) -> None:
        self.cache = data
        self.dirty = True

    def commit(self) -> None:
        if self.dirty and self.cache is not None:
            self.storage.write(self.cache)
            self.dirty = False

    def close(self) -> None:
        """Uncommitted changes are dropped on purpose: a failed ingest must change nothing."""
        self.storage.close()


@dataclass(slots=True)
class StoredCorpus:
    """Everything in the database, as records, for ingest to modify and write back."""

    files: dict[str, FileRecord] = field(default_factory=dict)  # by source_path
    articles: dict[str, Article] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    # The records as read from a current snapshot, so that a save can rewrite only the rows that changed.
    baseline: LoadedRows | None = field(default=None, repr=False, compare=False)
    # The first file (in ``files`` order) holding each sha256, built on first use: looking a new
    # file's bytes up by scanning every stored file made merging 10,000 files quadratic.
    _by_sha: dict[str, FileRecord] | None = field(default=None, repr=False, compare=False)

    def drop_file(self, source_path: str) -> list[str]:
        """Forget a file and everything derived from it; returns the article ids removed."""
        record = self.files.pop(source_path, None)
        if record is None:
            return []
        if self._by_sha is not None and self._by_sha.get(record.source_sha256) is record:
            self._by_sha = None  # another file may hold the same bytes: rebuilt on next use
        gone = set(record.article_ids)
        for article_id in gone:
            self.articles.pop(article_id, None)
        self.claims = [c for c in self.claims if c.article_id not in gone]
        return sorted(gone)

    def add_file(self, record: FileRecord) -> None:
        """Record an ingested file (replacing any record of the same path: drop that first)."""
        self.files[record.source_path] = record
        if self._by_sha is not None:
            self._by_sha.setdefault(record.source_sha256, record)

    def file_with_sha(self, sha256: str) -> FileRecord | None:
        if self._by_sha is None:
            by_sha: dict[str, FileRecord] = {}
            for record in self.files.values():
                by_sha.setdefault(record.source_sha256, record)
            self._by_sha = by_sha
        return self._by_sha.get(sha256)


def database_meta(stored: StoredCorpus, generation: str) -> dict[str, Any]:
    """The meta record written with ``stored`` as ``generation`` (the snapshot's header carries it too)."""
    return {
        **stored.meta,
        "schema": SCHEMA_VERSION,
        "generation": generation,
        "updated": datetime.now(UTC).isoformat(timespec="seconds"),
    }


class Repository:
    """Open with :meth:`open` as a context manager; writers hold a file lock.

    A writer whose database has a current snapshot (``store.read_cache``: written with this
    very file, so the file is whole) reads the corpus from the snapshot and never parses the
    JSON, which it is about to replace anyway: at ten thousand articles parsing it and building
    the records took nine seconds and a gigabyte that the snapshot's pieces do not need.
    """

    def __init__(
        self, path: Path, db: TinyDB, middleware: BatchMiddleware, lock: FileLock | None, snapshot: Snapshot | None = None
    ) -> None:
        self.path = path
        self._db = db
        self._middleware = middleware
        self._lock = lock
        self._snapshot = snapshot  # a writer's current snapshot, while the JSON is left unparsed
        self._file_rows_by_sha: dict[str, dict[str, Any]] | None = None  # built on first use, without a snapshot

    @classmethod
    def open(
        cls, path: Path, *, readonly: bool = False, lock_timeout: float = 5.0, snapshot: Snapshot | None = None
    ) -> Self:
        """Open the database; a writer waits for the lock.

        ``snapshot``: one the caller read before taking the lock, used if it is still the current
        one (a writer reads it anyway, and at ten thousand articles that is a third of a second).
        """
        path = Path(path).expanduser()
        if readonly and not path.exists():
            raise DatabaseError(f"{path}: no database here; create it with `nkru-tui ingest FILE... --db {path}`")
        if not readonly and path.is_dir():
            raise DatabaseError(f"{path}: is a directory, not a database file")
        lock = None if readonly else acquire_writer_lock(path, timeout=lock_timeout)
        if lock is not None:
            _remove_stale_temp_files(path)
        try:
            middleware = BatchMiddleware(AtomicJSONStorage)
            db = TinyDB(path, storage=middleware, readonly=readonly)
            if readonly:
                snapshot = None
            elif snapshot is None or snapshot.meta is None or current_generation(path) != snapshot.generation:
                snapshot = _writers_snapshot(path)
            if snapshot is None:
                middleware.read()  # surface a corrupt file now, with its one-line message
            repo = cls(path, db, middleware, lock, snapshot)
            repo._check_schema()
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return repo

    @property
    def loaded_snapshot(self) -> Snapshot | None:
        """The current snapshot the corpus is read from (None once the database was saved again)."""
        return self._snapshot

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _check_schema(self) -> None:
        if self._snapshot is not None:
            schema = (self._snapshot.meta or {}).get("schema")
        else:
            data = self._middleware.cache
            if not data:
                return  # a new database
            meta = data.get("meta", {})
            schema = next(iter(meta.values()), {}).get("schema") if meta else None
        if schema is None:
            raise DatabaseError(f"{self.path}: not a nkru-tui database (no schema record); it was left untouched")
        if schema > SCHEMA_VERSION:
            raise DatabaseError(f"{self.path}: written by a newer nkru-tui (schema {schema}); upgrade to open it")

    # --- reading --------------------------------------------------------------

    @property
    def meta(self) -> dict[str, Any]:
        if self._snapshot is not None and self._middleware.cache is None:
            return dict(self._snapshot.meta or {})
        rows = self._db.table("meta").all()
        return dict(rows[0]) if rows else {}

    @property
    def generation(self) -> str:
        return self.meta.get("generation", "")

    def _rows(self, table: str) -> Iterable[dict[str, Any]]:
        """A table's rows straight from the read cache: ``Table.all()`` copies every row into a
        Document, which at 300,000 passages costs more than parsing the file."""
        return (self._middleware.read() or {}).get(table, {}).values()

    def load(self) -> StoredCorpus:
        from store.gc_pause import gc_paused

        with gc_paused():
            whole = self._snapshot.whole_corpus() if self._snapshot is not None else None
            if whole is None:
                return self._load()
            articles, claims, files = whole
            return StoredCorpus(
                files={f.source_path: f for f in files},
                articles={a.id: a for a in articles},
                claims=claims,
                meta=self.meta,
                baseline=LoadedRows.of(db_stamp(self.path), files, articles, list(claims)),
            )

    def _load(self) -> StoredCorpus:
        by_article: dict[str, list[Passage]] = defaultdict(list)
        for row in self._rows("passages"):
            passage = Passage.from_dict(row)
            by_article[passage.article_id].append(passage)
        articles: dict[str, Article] = {}
        for row in self._rows("articles"):
            article = Article.from_dict(row)
            article.passages = sorted(by_article.get(article.id, []), key=lambda p: p.order)
            articles[article.id] = article
        claims = [Claim.from_dict(row) for row in self._rows("claims")]
        files = {row["source_path"]: FileRecord.from_dict(row) for row in self._rows("files")}
        return StoredCorpus(files=files, articles=articles, claims=claims, meta=self.meta)

    def stored_file_with_sha(self, sha256: str) -> FileRecord | None:
        """The record of the source file with these bytes, without loading the corpus when a snapshot can tell."""
        if self._snapshot is not None:
            return self._snapshot.file_record(sha256)
        if self._file_rows_by_sha is None:  # one pass for all the files asked about, not one each
            self._file_rows_by_sha = {}
            for row in self._rows("files"):
                self._file_rows_by_sha.setdefault(row["source_sha256"], row)
        row = self._file_rows_by_sha.get(sha256)
        return None if row is None else FileRecord.from_dict(row)

    def load_all(self) -> tuple[list[Article], list[Claim]]:
        stored = self.load()
        return list(stored.articles.values()), stored.claims

    def files(self) -> list[FileRecord]:
        return [FileRecord.from_dict(row) for row in self._db.table("files").all()]

    # --- writing --------------------------------------------------------------

    def save(
        self,
        stored: StoredCorpus,
        outlets: list[OutletSummary],
        *,
        generation: str | None = None,
        meta: dict[str, Any] | None = None,
        reuse_rows: bool = False,
        changed_rows: ChangedRows | None = None,
    ) -> str:
        """Replace every table with ``stored`` and write the file once.  Returns the new generation.

        ``generation`` (default: a fresh one) lets ingest name the generation first, so that the search
        index can be built for it while the database is written; ``meta`` (default: ``database_meta``)
        lets the snapshot carry the very record written.  Claims go in their articles' order, the order
        a snapshot gives them back in.  ``reuse_rows``: the caller changed loaded records only as
        ``LoadedRows`` says, so the others' rows are copied from the old file, not encoded again
        (``changed_rows``: ``LoadedRows.changed_rows`` as the caller computed it, if it did).
        """
        generation = generation or new_generation()
        meta = meta or database_meta(stored, generation)
        articles = list(stored.articles.values())
        claims_by_article: dict[str, list[Claim]] = defaultdict(list)
        for claim in stored.claims:
            claims_by_article[claim.article_id].append(claim)
        claims = [c for article_id in stored.articles for c in claims_by_article.pop(article_id, ())]
        claims += [c for orphans in claims_by_article.values() for c in orphans]  # none, unless a bug
        passages = [p for a in articles for p in a.passages]
        files = list(stored.files.values())
        if not (reuse_rows and stored.baseline is not None
                and self._save_changed_rows(stored.baseline, meta, files, articles, passages, claims, outlets,
                                            changed_rows)):
            self._save_whole(meta, files, articles, passages, claims, outlets)
        self._snapshot = None  # it describes the file just replaced
        self._file_rows_by_sha = None
        stored.baseline = None  # it describes the file just replaced
        return generation

    def _save_whole(self, meta: dict[str, Any], files: list[FileRecord], articles: list[Article],
                    passages: list[Passage], claims: list[Claim], outlets: list[OutletSummary]) -> None:
        # Passages and claims go to the storage as records: orjson writes dataclasses natively,
        # in C, with the same keys ``to_dict`` would give; converting 300,000 of them to dicts
        # in Python first was most of the writing time at 10,000 articles.
        tables: dict[str, list[Any]] = {
            "meta": [meta],
            "files": [f.to_dict() for f in files],
            "articles": [_head_row(article) for article in articles],
            "passages": passages,
            "claims": claims,
            "outlets": [o.to_dict() for o in outlets],
        }
        # Every table is replaced, so the new data is built whole rather than patched into the old
        # (which a writer reading from the snapshot never parsed).  TinyDB's storage contract is
        # whole-database reads and writes, and ``insert_multiple`` would check and copy every row.
        self._middleware.write(
            {name: {str(doc_id): row for doc_id, row in enumerate(rows, start=1)} for name, rows in tables.items()}
        )
        for name in tables:
            self._db.table(name).clear_cache()
        self._middleware.commit()

    def _save_changed_rows(self, loaded: LoadedRows, meta: dict[str, Any], files: list[FileRecord],
                           articles: list[Article], passages: list[Passage], claims: list[Claim],
                           outlets: list[OutletSummary], known_rows: ChangedRows | None) -> bool:
        """Write the file from the old one's bytes and the rows that changed; False if that cannot be done."""
        from store.storage import TableChanges, orjson, write_spliced

        # Rows the caller compared are trusted only while the loaded records still lead (a cheap check).
        rows = known_rows if known_rows is not None and loaded.leads(articles, claims) is not None \
            else loaded.changed_rows(articles, claims)
        if orjson is None or rows is None or len(files) < len(loaded.files) \
                or not all(map(operator.is_, loaded.files, files)):
            return False

        def changes(name: str, old: list[Any], new: list[Any], encode: Any, changed: list[int] = ()) -> TableChanges:
            return TableChanges(name, len(old), {i + 1: encode(new[i]) for i in changed}, [encode(r) for r in new[len(old):]])

        tables = [
            changes("files", loaded.files, files, lambda f: orjson.dumps(f.to_dict())),
            changes("articles", loaded.articles, articles, lambda a: orjson.dumps(_head_row(a))),
            changes("passages", loaded.passages, passages, orjson.dumps, rows[0]),
            changes("claims", loaded.claims, claims, orjson.dumps, rows[1]),
        ]
        whole_meta = ("meta", orjson.dumps({"1": meta}))
        whole_outlets = ("outlets", orjson.dumps({str(i): o.to_dict() for i, o in enumerate(outlets, start=1)}))
        if not write_spliced(self.path, loaded.stamp, [whole_meta, *tables, whole_outlets]):
            return False
        self._middleware.cache, self._middleware.dirty = None, False  # read again if asked: it is a new file
        for name in ("meta", "files", "articles", "passages", "claims", "outlets"):
            self._db.table(name).clear_cache()
        return True


def _head_row(article: Article) -> dict[str, Any]:
    """An article's row: its fields but its passages (stored in their own table)."""
    return {name: getattr(article, name) for name in HEAD_FIELDS}


def _writers_snapshot(path: Path) -> Snapshot | None:
    """The database's snapshot if it is current and can give back the whole corpus with its meta."""
    if not path.is_file():
        return None
    snapshot = load_read_cache(path)
    return snapshot if snapshot is not None and snapshot.meta is not None else None

"""The audit trail: what normalising removed from a source file and why.

``nkru-tui audit FILE`` works whether or not FILE was ingested: for an
ingested file it reports what the database holds; otherwise it normalises the
file afresh, so a user can check a file before adding it.  The app's audit
view asks for one article's share of its file's trail (:func:`audit_article`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.ids import sha256_hex
from store.models import Article, Removal
from store.repository import FileRecord, Repository

if TYPE_CHECKING:
    from store.corpus import Corpus


def audit_file(path: Path, db_path: Path | None) -> dict[str, Any]:
    from store.normalise import normalise_bytes, read_source

    database = Path(db_path) if db_path is not None and Path(db_path).exists() else None
    if database is not None and not Path(path).expanduser().exists():
        # Gone from disk, or named as `articles` lists it (a bare file name, or sha256:HEX): the
        # database's record is the audit trail, and reading the name as a path would only fail.
        corpus = _open(database)
        return _stored_audit(str(path), corpus, _stored_record_named(str(path), corpus))
    data = read_source(path)
    sha = sha256_hex(data)
    if database is not None:
        corpus = _open(database)
        record = corpus.file_record(sha)
        if record is not None:
            return _stored_audit(str(path), corpus, record)
    normalised = normalise_bytes(data, Path(path).name, suffix=Path(path).suffix.lower())
    return {
        "file": str(path),
        "source_sha256": sha,
        "in_database": False,
        "encoding": normalised.encoding,
        "repairs": normalised.repairs,
        "articles": [{"id": a.id, "title": a.title, "outlet": a.outlet} for a in normalised.articles],
        "removed": [r.to_dict() for r in normalised.removed],
    }


def _open(db_path: Path) -> Corpus:
    from store.corpus import Corpus

    return Corpus.open(db_path)  # from its snapshot: no parse of the whole database


def _stored_audit(named: str, corpus: Corpus, record: FileRecord) -> dict[str, Any]:
    return {
        "file": named,
        "source_sha256": record.source_sha256,
        "in_database": True,
        "encoding": record.encoding,
        "repairs": record.repairs,
        "articles": [
            {"id": aid, "title": corpus.articles[aid].title, "outlet": corpus.articles[aid].outlet}
            for aid in record.article_ids
            if aid in corpus.articles
        ],
        "removed": [r.to_dict() for r in record.removed],
    }


def _stored_record_named(name: str, corpus: Corpus) -> FileRecord:
    """The stored file a name not on disk means: ``sha256:HEX``, else as ``remove`` reads a name."""
    from store.errors import StoreError
    from store.removal import stored_record_named

    shas = dict.fromkeys(article.source_sha256 for article in corpus.articles.values())
    if name.startswith("sha256:"):
        wanted = name.removeprefix("sha256:").lower()
        record = corpus.file_record(wanted) if wanted in shas else None
        if record is None:
            raise StoreError(f"{name}: no stored file has these bytes")
        return record
    return stored_record_named(name, (record for sha in shas if (record := corpus.file_record(sha)) is not None))


@dataclass(slots=True)
class ArticleAudit:
    """What normalising did to the file one article came from, narrowed to that article."""

    source_file: str
    source_path: str | None  # where it was read from at ingest (None: the database holds no record)
    encoding: str | None
    repairs: list[str] = field(default_factory=list)  # file-wide: decoding and character repairs
    removed: list[Removal] = field(default_factory=list)  # this article's blocks, then the file's shared ones
    shared_removals: int = 0  # of ``removed``, how many sat outside every article (mastheads, feed chrome)


# The file records of the database last read, by the bytes' sha256, for a corpus opened without
# its snapshot (which holds them in pieces): then they live only in the database file, which at
# ten thousand articles takes seconds to parse, so that is paid once, not at every article.
# A write (new mtime) makes them stale.
_RECORDS: dict[tuple[str, int], dict[str, FileRecord]] = {}


def stored_file_records(db_path: Path) -> dict[str, FileRecord]:
    key = (str(db_path.resolve()), db_path.stat().st_mtime_ns)
    if key not in _RECORDS:
        with Repository.open(db_path, readonly=True) as repo:
            records = {f.source_sha256: f for f in repo.files()}
        _RECORDS.clear()
        _RECORDS[key] = records
    return _RECORDS[key]


def audit_article(corpus: Corpus, article: Article) -> ArticleAudit:
    """The audit trail of one stored article, from the database's record of its file.

    Blocks removed from inside the article come first; blocks that belonged to
    no article of the file (a masthead, a digest's chrome) follow, because they
    were removed from around it.  Blocks of the file's other articles are left
    out: they are that article's audit.
    """
    record = corpus.file_record(article.source_sha256)
    if record is None:
        return ArticleAudit(source_file=article.source_file, source_path=None, encoding=None)
    own = [r for r in record.removed if r.article_ordinal == article.ordinal]
    shared = [r for r in record.removed if r.article_ordinal is None]
    return ArticleAudit(
        source_file=record.source_file,
        source_path=record.source_path,
        encoding=record.encoding,
        repairs=list(record.repairs),
        removed=own + shared,
        shared_removals=len(shared),
    )

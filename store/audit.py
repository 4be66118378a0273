"""The audit trail: what normalising removed from a source file and why.

``nkru-tui audit FILE`` works whether or not FILE was ingested: for an
ingested file it reports what the database holds; otherwise it normalises the
file afresh, so a user can check a file before adding it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from store.ids import sha256_hex
from store.repository import Repository


def audit_file(path: Path, db_path: Path | None) -> dict[str, Any]:
    from store.normalise import normalise_bytes, read_source

    data = read_source(path)
    sha = sha256_hex(data)
    if db_path is not None and Path(db_path).exists():
        with Repository.open(db_path, readonly=True) as repo:
            record = next((f for f in repo.files() if f.source_sha256 == sha), None)
            if record is not None:
                stored = repo.load()
                return {
                    "file": str(path),
                    "source_sha256": sha,
                    "in_database": True,
                    "encoding": record.encoding,
                    "repairs": record.repairs,
                    "articles": [
                        {"id": aid, "title": stored.articles[aid].title, "outlet": stored.articles[aid].outlet}
                        for aid in record.article_ids
                        if aid in stored.articles
                    ],
                    "removed": [r.to_dict() for r in record.removed],
                }
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

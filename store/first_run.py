"""First run: build the database from the bundled seeds when there is none (or tag them with a new taxonomy).

Kept apart from ``store.ingest`` so that opening an existing database, the
common case at every start, does not pay for importing the ingest pipeline.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from store.errors import StoreError

Progress = Callable[[str, int, int], None]  # message, done, total (as store.ingest reports it)


def ensure_database(db_path: Path, *, topics_path: Path | None = None, progress: Progress | None = None) -> bool:
    """Build the database from the bundled seeds on first run.  True if it was built now."""
    from store.paths import seed_files, user_default_db_path

    db_path = Path(db_path).expanduser()
    if not db_path.exists() and not db_path.parent.is_dir() and db_path != user_default_db_path():
        # A named path in a folder that is not there is most often a typo ("--db ~/corpra/x.json"):
        # building the seeds' corpus there, folders and all, would answer with data the user never asked for.
        raise StoreError(
            f"{db_path}: no database there, and the folder {db_path.parent} does not exist; check the path, "
            f"or make one with `nkru-tui ingest --db {db_path} FILES`"
        )
    if db_path.exists() and topics_path is None:
        # Opening the corpus next reads it (from its snapshot, or whole) and says clearly what is
        # wrong with a file that is no database: parsing it here too would double a slow start.
        return False
    if db_path.exists():
        from store.repository import Repository

        with Repository.open(db_path, readonly=True):
            pass  # a corrupt file raises a clear DatabaseError before the seeds are tagged into it
    from store.ingest import ingest_paths

    report = ingest_paths(seed_files(), db_path, topics_path=topics_path, progress=progress)
    if report.rejected:
        raise StoreError("; ".join(f.error or f.path for f in report.rejected))
    return True

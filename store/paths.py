"""Where things live: the default database, the user's state, the bundled seeds."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "nkru-tui"
DB_ENV_VAR = "NKRU_DB"


def user_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    """``$NKRU_DB`` if set, else ``articles.json`` in the user data dir."""
    override = os.environ.get(DB_ENV_VAR)
    if override:
        return Path(override).expanduser()
    return user_default_db_path()


def user_default_db_path() -> Path:
    """The database used when none is named: its folder is the app's to make on first run."""
    return user_data_dir() / "articles.json"


def user_state_path(db_path: Path) -> Path:
    """Per-database state file, so two corpora never share a selection.

    It sits in the user data dir (not next to the database, which may be in
    a read-only or shared folder) under a name derived from the db's path.
    """
    key = hashlib.sha1(str(Path(db_path).expanduser().resolve()).encode()).hexdigest()[:12]
    return user_data_dir() / "state" / f"{key}.json"


def seeds_dir() -> Path:
    """The seed articles: shipped inside the wheel, or the repo's folder in a dev checkout."""
    packaged = Path(__file__).resolve().parent / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "seeds"


def seed_files() -> list[Path]:
    return sorted(p for p in seeds_dir().iterdir() if p.is_file() and not p.name.startswith("."))

"""What the user names for ingest, as the list of files to read.

A folder stands for every file below it, so a year of saved coverage goes in
with one path.  Hidden entries (``.git``, ``.DS_Store``, editors' swap files)
are left out because nobody saves an article under such a name.  Every other
file is passed on, even one that is surely not an article: ingest then
rejects it with its reason, and the user sees it, rather than a filter here
dropping it without a word.  The database and its side files are never read
back into themselves when they live in the folder being ingested.
"""

from __future__ import annotations

import os
import shlex
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import unquote, urlparse

from store.errors import StoreError


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def _files_below(folder: Path) -> list[Path]:
    """Every file below ``folder``, and every folder below it that could not be listed.

    An unreadable subfolder is passed on like a file, so that ingest rejects it with the system's
    reason; os.walk's default is to skip it without a word, which would lose its articles silently.
    """
    found: list[Path] = []
    unreadable: list[OSError] = []
    # os.walk does not follow symlinked folders, so a link back up the tree cannot loop.
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        dirs[:] = sorted(d for d in dirs if not _is_hidden(d))
        found.extend(Path(root) / name for name in sorted(files) if not _is_hidden(name))
    for error in unreadable:
        if error.filename is None:
            continue
        if Path(error.filename) == folder:
            raise StoreError(f"{folder}: cannot read this folder ({error.strerror or error})")
        found.append(Path(error.filename))
    return found


def _is_database_file(path: Path, db_path: Path | None) -> bool:
    if db_path is None:
        return False
    if path.parent.resolve() != db_path.parent.resolve():
        return False
    # db.json, db.json.lock, db.json.read-cache, db.json.search-index, …
    return path.name == db_path.name or path.name.startswith(db_path.name + ".")


# The side files the app keeps beside a database ("db.json.lock", "db.json.read-cache", "db.json.search-index").
APP_SIDE_SUFFIXES = (".lock", ".read-cache", ".search-index")


def _is_app_file(path: Path, names: set[str]) -> bool:
    """Whether ``path`` is a file of some nkru-tui database, this one or another (an analyst's folder may
    hold an older database): a side file by its suffix, or the database that a side file beside it names.
    Those are no articles: rejected with the list of readable types, they read as a failed ingest."""
    if path.name.endswith(APP_SIDE_SUFFIXES) and any(path.name[: -len(suffix)] in names
                                                    for suffix in APP_SIDE_SUFFIXES if path.name.endswith(suffix)):
        return True
    return any(path.name + suffix in names for suffix in APP_SIDE_SUFFIXES)


def _app_files(files: list[Path]) -> set[Path]:
    """The files among ``files`` (one folder's listing) that belong to an nkru-tui database."""
    by_folder: dict[Path, set[str]] = {}
    for path in files:
        by_folder.setdefault(path.parent, set()).add(path.name)
    return {path for path in files if _is_app_file(path, by_folder[path.parent])}


def _is_folder(path: Path) -> bool:
    """Whether ``path`` is a folder; False when the system will not say (a parent without search
    permission): then it is passed on as a file, and ingest rejects it with the system's reason."""
    try:
        return path.is_dir()
    except OSError:
        return False


def _identity(path: Path) -> Path:
    """The path a file is known by, to list it once: resolved where the system allows, else as given.

    ``exists`` and ``resolve`` raise for a path under a folder without search permission, and
    ``resolve`` for a symlink loop: one such path must not stop the whole ingest.
    """
    try:
        return path.resolve() if path.exists() else path.absolute()
    except (OSError, RuntimeError):
        return path.absolute()


def expand_source_paths(paths: Iterable[str | Path], *, db_path: Path | None = None) -> list[Path]:
    """Files to ingest: folders expanded (recursively, in name order), each file once.

    A path that does not exist is kept, so that ingest reports it as rejected
    with the other files; a folder holding no file at all is an error, since
    the user surely meant another one.  Inside a folder, another nkru-tui
    database's files are left out too (``skipped_app_files`` names them).
    """
    expanded: list[Path] = []
    for given in paths:
        path = Path(given).expanduser()
        if _is_folder(path):
            below = [p for p in _files_below(path) if not _is_database_file(p, db_path)]
            if not below:
                raise StoreError(f"{path}: no files in this folder")
            others = _app_files(below)
            below = [p for p in below if p not in others]
            if not below:
                raise StoreError(f"{path}: only an nkru-tui database's files in this folder, no articles")
            expanded.extend(below)
        else:
            expanded.append(path)
    seen: set[Path] = set()
    unique: list[Path] = []
    for path in expanded:
        key = _identity(path)
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


def skipped_app_files(paths: Iterable[str | Path], *, db_path: Path | None = None) -> list[Path]:
    """The files of another nkru-tui database that ``expand_source_paths`` left out of these folders, for a
    note (the database being written to is left out without one)."""
    skipped: list[Path] = []
    for given in paths:
        path = Path(given).expanduser()
        if _is_folder(path):
            below = [p for p in _files_below(path) if not _is_database_file(p, db_path)]
            skipped.extend(sorted(_app_files(below)))
    return skipped


def pasted_paths(raw: str) -> list[Path]:
    """The paths in what was typed or pasted: as typed if that names something on disk, else as a
    terminal hands over a dragged file (quoted, backslash-escaped, several at once, or a file:// URL).

    Dropping a file on a terminal types ``'/home/me/my article.txt'`` (GNOME, KDE, iTerm) or
    ``/Users/me/my\\ article.txt`` (macOS Terminal); a file manager's copy pastes ``file:///...``.
    The quotes and escapes are the shell's, not the name's: read as written, nothing is found.
    A name that really holds quotes or backslashes is found as typed, before any of this.
    """
    text = raw.strip()
    typed = Path(text).expanduser()
    if typed.exists():
        return [typed]
    if text.startswith("file://"):
        return [Path(unquote(urlparse(url).path)) for url in text.split() if url.startswith("file://")]
    try:
        words = shlex.split(text)
    except ValueError:  # an unclosed quote: it was the name's, not the shell's
        return [typed]
    paths = [Path(word).expanduser() for word in words]
    return paths if paths and all(path.exists() for path in paths) else [typed]

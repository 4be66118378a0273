"""The database file the verbs use: checked before anything reads or writes it, and tidied after an ingest
that read nothing in.

A path the user names with ``--db`` may be no database at all: a device, a named pipe, a kernel pseudo-file
such as ``/proc/self/status``.  Each is refused here in one line that says so, before the storage's own
reading gives a stranger reason ("corrupt JSON", "cannot write here").
"""

from __future__ import annotations

import argparse
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from store.errors import StoreError

NOT_A_DATABASE = "not a database file; choose a file with --db"


def database_path(args: argparse.Namespace) -> Path:
    """The ``--db`` path (or the default one), refused in one line if it cannot be a database file."""
    from store.paths import default_db_path

    path = (args.db or default_db_path()).expanduser()
    try:
        mode = path.stat().st_mode
    except OSError:  # not there yet (it is built), or unreachable: the storage says which, in one line
        return path
    if not (stat.S_ISREG(mode) or stat.S_ISDIR(mode)):
        # A device or a named pipe: reading /dev/zero or a FIFO as the database never ends, and the
        # atomic save would replace the device node with a plain file.  (A folder is refused by the storage.)
        raise StoreError(f"{path}: is a device or pipe, {NOT_A_DATABASE}")
    if stat.S_ISREG(mode) and _is_pseudo_file(path):
        raise StoreError(f"{path}: is a kernel pseudo-file, {NOT_A_DATABASE}")
    return path


def _is_pseudo_file(path: Path) -> bool:
    """True for a kernel pseudo-file (procfs, sysfs): it says it is empty, yet reading it gives text.

    A real empty file reads as empty, so the one byte read tells them apart without knowing where
    such filesystems are mounted.
    """
    try:
        if path.stat().st_size:
            return False
        with open(path, "rb") as handle:
            return bool(handle.read(1))
    except OSError:
        return False  # unreadable: the storage says why


def _made_by_ingest(db_path: Path) -> list[Path]:
    """What an ingest into ``db_path`` may create that is not there now: the file, its lock, its folders."""
    lock = Path(str(db_path) + ".lock")
    missing = [path for path in (db_path, lock) if not os.path.lexists(path)]
    missing.extend(folder for folder in db_path.parents if not folder.exists())
    return missing


@contextmanager
def leave_nothing_if_nothing_read(db_path: Path) -> Iterator[list[bool]]:
    """Around an ingest: if it read nothing in (the caller sets ``flag[0]``), remove what it made.

    An ingest whose every file was rejected used to leave a ``.lock`` file (and the folders made for it)
    beside a database that was never written: the user's folder should look as it did.
    """
    missing = _made_by_ingest(db_path)
    nothing_read = [False]
    yield nothing_read
    if not nothing_read[0] or not missing:
        return
    lock_path = Path(str(db_path) + ".lock")
    lock = FileLock(str(lock_path), timeout=0)
    try:
        lock.acquire()
    except (Timeout, OSError):
        return  # another process writes this database now: what is there is its own
    try:
        if db_path in missing:
            _remove_file(db_path)
    finally:
        lock.release()
    if lock_path in missing:
        _remove_file(lock_path)
    for folder in (path for path in missing if path not in (db_path, lock_path)):  # deepest first
        try:
            folder.rmdir()
        except OSError:
            break  # not empty: something else was put there


def _remove_file(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError:
        pass  # left as it is: a failure to tidy must not hide the rejections already reported

"""TinyDB storage that survives a crash mid-write, and the lock around it.

Stock ``JSONStorage`` truncates and rewrites the file in place, so a SIGKILL
in the middle leaves half a JSON document.  Here every write goes to a temp
file in the same directory, is fsynced, and replaces the old file with
``os.replace`` (atomic on POSIX); the directory is fsynced too so the rename
itself is durable.  A reader therefore sees either the old or the new
database, never a mix.
"""

from __future__ import annotations

import json
import os
import tempfile
from itertools import islice
from pathlib import Path
from typing import Any, BinaryIO

from filelock import FileLock, Timeout
from tinydb.storages import Storage

from store.errors import DatabaseError

try:  # orjson parses and dumps several times faster; plain json is the fallback.
    import orjson
except ImportError:  # pragma: no cover - exercised only where orjson is absent
    orjson = None  # type: ignore[assignment]


def _loads(raw: bytes) -> Any:
    if orjson is not None:
        return orjson.loads(raw)
    return json.loads(raw)


def _dumps(data: Any) -> bytes:
    if orjson is not None:
        return orjson.dumps(data)
    # Records (dataclasses) may sit in the data as rows; orjson writes them natively.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=lambda row: row.to_dict()).encode("utf-8")


# Rows encoded per orjson call when a table is written in pieces.  At 10,000 articles the whole
# database encoded at once was a 320 MB bytes object held beside the corpus it encodes, about a
# fifth of ingest's peak memory; in pieces, only one piece's bytes are alive at a time.
_ROWS_PER_PIECE = 20_000


def _write_json(handle: BinaryIO, data: dict[str, dict[str, Any]]) -> None:
    """Write ``_dumps(data)``, byte for byte, a piece at a time.

    orjson writes no whitespace and encodes a key or a row the same wherever it sits, so the
    document is the concatenation of its tables' pieces with the braces and commas between them.
    """
    if orjson is None:
        handle.write(_dumps(data))
        return
    handle.write(b"{")
    for number, (name, table) in enumerate(data.items()):
        handle.write(b"," if number else b"")
        handle.write(orjson.dumps(name))
        handle.write(b":")
        if len(table) <= _ROWS_PER_PIECE:
            handle.write(orjson.dumps(table))
            continue
        rows = iter(table.items())
        handle.write(b"{")
        first = True
        while piece := dict(islice(rows, _ROWS_PER_PIECE)):
            handle.write(b"" if first else b",")
            handle.write(memoryview(orjson.dumps(piece))[1:-1])  # the piece's rows without its braces
            first = False
        handle.write(b"}")
    handle.write(b"}")


class AtomicJSONStorage(Storage):
    """A JSON file written atomically; corrupt or foreign content is refused, never overwritten."""

    def __init__(self, path: str | os.PathLike[str], *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        if self.path.is_dir():
            raise DatabaseError(f"{self.path}: is a directory, not a database file")

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise DatabaseError(f"{self.path}: cannot read database ({exc.strerror or exc})") from None
        if not raw.strip():
            # An empty file is not a fresh database: something truncated it, or it
            # is not ours.  Refusing keeps us from silently replacing the user's file.
            raise DatabaseError(f"{self.path}: database file is empty; move it away or choose another --db")
        try:
            data = _loads(raw)
        except ValueError:
            raise DatabaseError(f"{self.path}: database file is corrupt (not valid JSON); it was left untouched") from None
        if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
            raise DatabaseError(f"{self.path}: not a nkru-tui database (unexpected JSON layout); it was left untouched")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        if self.readonly:
            raise DatabaseError(f"{self.path}: database opened read-only")
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            os.chmod(tmp_name, _file_mode(self.path))
            with os.fdopen(fd, "wb") as tmp:
                _write_json(tmp, data)
                tmp.flush()
                os.fsync(tmp.fileno())
            os.replace(tmp_name, self.path)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
        fsync_directory(self.path.parent)

    def close(self) -> None:
        """Nothing is held open between reads and writes."""


def _file_mode(path: Path) -> int:
    """Keep the database's permissions across rewrites (mkstemp would make it owner-only)."""
    try:
        return path.stat().st_mode & 0o777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def fsync_directory(directory: Path) -> None:
    """Make a rename in ``directory`` durable (where the filesystem allows it)."""
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # some filesystems do not allow opening a directory; the rename already happened
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def acquire_writer_lock(db_path: Path, *, timeout: float = 5.0) -> FileLock:
    """Keep two processes from writing the same database at once: wait briefly, then say so."""
    _check_writable_folder(db_path)
    lock = FileLock(str(db_path) + ".lock", timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise DatabaseError(
            f"{db_path}: another nkru-tui process is writing this database; try again when it finishes"
        ) from None
    return lock


def _check_writable_folder(db_path: Path) -> None:
    """Make the database's folder and prove a file can be made in it, with a one-line error if not.

    Without this, a lock file that cannot be created (a read-only or pseudo filesystem) looked like
    a lock held by another process, and a folder path through a file ended in a traceback.
    """
    folder = Path(db_path).parent
    blocker = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if blocker is not None and not blocker.is_dir():
        raise DatabaseError(f"{db_path}: {blocker} is a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(str(db_path) + ".lock", "a"):
            pass  # the lock's own file; FileLock opens it again and keeps it
    except OSError as exc:
        raise DatabaseError(f"{db_path}: cannot write here ({exc.strerror or exc})") from None

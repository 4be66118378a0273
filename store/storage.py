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
from dataclasses import dataclass, field
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


@dataclass(slots=True)
class TableChanges:
    """How one table differs from the same table in the file on disk.

    ``replaced``: new bytes of rows by doc id (1 to ``old_rows``); ``appended``: rows after them.
    The other rows are copied from the old file as they are.
    """

    name: str
    old_rows: int
    replaced: dict[int, bytes] = field(default_factory=dict)
    appended: list[bytes] = field(default_factory=list)


def write_spliced(
    path: Path, stamp: tuple[int, int], tables: list[tuple[str, bytes] | TableChanges]
) -> bool:
    """Write the database ``path`` with its unchanged rows' bytes taken from the file on disk.

    ``tables`` in the file's order: (name, the table's new bytes) for a table written whole, or a
    :class:`TableChanges`.  The result is what ``_write_json`` would write for the whole new data,
    byte for byte, written atomically as ``AtomicJSONStorage.write`` does; re-encoding hundreds of
    thousands of unchanged rows took most of nine seconds at ten thousand articles.

    Only for a file this module wrote with orjson (compact, tables of rows keyed "1", "2", … in
    order), still as it was when read (``stamp``: size and modification time).  Returns False,
    writing nothing, when the file does not look as expected: the caller then writes it whole.
    """
    if orjson is None or not tables or isinstance(tables[0], TableChanges):
        return False
    try:
        source = os.open(path, os.O_RDONLY)
    except OSError:
        return False
    try:
        info = os.fstat(source)
        if (info.st_size, info.st_mtime_ns) != stamp:
            return False
        plan = _splice_plan(_Scanner(source, info.st_size), tables)
        if plan is None:
            return False
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            os.chmod(tmp_name, _file_mode(path))
            for piece in plan:
                if isinstance(piece, bytes):
                    _write_all(fd, piece)
                else:
                    _copy_range(source, fd, *piece)
            os.fsync(fd)
            os.close(fd)
            fd = -1
            os.replace(tmp_name, path)
        except BaseException:
            if fd >= 0:
                os.close(fd)
            Path(tmp_name).unlink(missing_ok=True)
            raise
    finally:
        os.close(source)
    fsync_directory(path.parent)
    return True


def _splice_plan(scan: _Scanner, tables: list[tuple[str, bytes] | TableChanges]) -> list[bytes | tuple[int, int]] | None:
    """The new file as pieces: new bytes, or (start, end) ranges of the old file; None if it is not as expected.

    A key followed by an object (``},"12":{"``, ``}},"claims":{``) only occurs between rows or
    tables: inside a string a quote is escaped, and no record has a field holding an object keyed so.
    """
    plan: list[bytes | tuple[int, int]] = [b"{"]
    position = previous_start = 0  # where the previous table starts (its opening brace)
    previous_changes: TableChanges | None = None
    for number, table in enumerate(tables):
        name = table[0] if isinstance(table, tuple) else table.name
        key = orjson.dumps(name) + b":"
        if number == 0:
            if scan.read(0, len(key) + 1) != b"{" + key:
                return None
            start = 1 + len(key)  # the table's opening brace
            plan.append(key)
        else:
            found = scan.find(b"}}," + key + b"{", position)
            if found < 0:
                return None
            if previous_changes is not None and _rows_plan(scan, previous_changes, previous_start, found + 1, plan) is None:
                return None
            start = found + 3 + len(key)
            plan.append(b"," + key)
        if isinstance(table, tuple):
            plan.append(table[1])
            previous_changes = None
        else:
            if table.old_rows < 1:
                return None
            previous_changes = table
        previous_start, position = start, start
    if previous_changes is not None:
        return None  # the last table is written whole (outlets): nothing after it marks where a table ends
    if scan.read(scan.size - 2, 2) != b"}}":
        return None
    plan.append(b"}")
    return plan


def _rows_plan(
    scan: _Scanner, changes: TableChanges, start: int, end: int, plan: list[bytes | tuple[int, int]]
) -> bool | None:
    """Add to ``plan`` the table between its braces at ``start`` and ``end`` in the old file, changed."""
    if scan.read(start, 2) != b'{"':
        return None
    plan.append(b"{")
    copied_from = start + 1
    last = changes.old_rows
    last_start = scan.row_start(last, start, end)  # the table holds that many rows, and no more
    if last_start < 0 or scan.find(b"}," + _row_key(last + 1) + b"{", last_start, end) >= 0:
        return None
    for doc_id in sorted(changes.replaced):
        if not 1 <= doc_id <= last:
            return None
        value_start = scan.row_start(doc_id, copied_from - 1, end)
        if value_start < 0:
            return None
        value_end = end if doc_id == last else scan.row_start(doc_id + 1, value_start, end) - len(_row_key(doc_id + 1)) - 1
        if value_end < value_start:
            return None
        plan.append((copied_from, value_start))
        plan.append(changes.replaced[doc_id])
        copied_from = value_end
    plan.append((copied_from, end))
    for doc_id, row in enumerate(changes.appended, start=last + 1):
        plan.append(b"," + _row_key(doc_id) + row)
    plan.append(b"}")
    return True


def _row_key(doc_id: int) -> bytes:
    return b'"%d":' % doc_id


class _Scanner:
    """Finds byte patterns in a file going forward, a window at a time (not the whole file in memory)."""

    WINDOW = 16 << 20

    def __init__(self, fd: int, size: int) -> None:
        self.fd, self.size = fd, size
        self._low, self._data = 0, b""

    def read(self, start: int, length: int) -> bytes:
        return os.pread(self.fd, length, max(start, 0))

    def find(self, pattern: bytes, start: int, end: int | None = None) -> int:
        end = self.size if end is None else end
        while start < end:
            if not (self._low <= start and start + len(pattern) <= self._low + len(self._data)):
                self._low, self._data = start, os.pread(self.fd, self.WINDOW, start)
            found = self._data.find(pattern, start - self._low, end - self._low)
            if found >= 0:
                return self._low + found
            window_end = self._low + len(self._data)
            if window_end >= min(end, self.size):
                return -1
            start = window_end - len(pattern) + 1
            self._data = b""
        return -1

    def row_start(self, doc_id: int, start: int, end: int) -> int:
        """Where row ``doc_id``'s value starts, searching from ``start`` (the table's brace for row 1)."""
        if doc_id == 1:
            key = b"{" + _row_key(1) + b"{"
            return start + len(key) - 1 if self.read(start, len(key)) == key else -1
        found = self.find(b"}," + _row_key(doc_id) + b"{", start, end)
        return -1 if found < 0 else found + 2 + len(_row_key(doc_id))


def _copy_range(source: int, target: int, start: int, end: int) -> None:
    """Append bytes ``start:end`` of ``source`` to ``target``, in the kernel where it can."""
    while start < end:
        try:
            copied = os.copy_file_range(source, target, end - start, start)
        except (AttributeError, OSError):
            copied = 0
        if copied <= 0:  # not supported here: through a buffer
            data = os.pread(source, min(end - start, _Scanner.WINDOW), start)
            if not data:
                raise OSError("database file changed while it was copied")
            _write_all(target, data)
            copied = len(data)
        start += copied


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


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

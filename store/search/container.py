"""The index file: a JSON header followed by raw, aligned numpy arrays.

Loading memory-maps the file and wraps each array around its bytes, so
opening even a large index is a few milliseconds and pages are read only
when a search touches them.  Nothing is unpickled: a damaged or foreign
file can at worst fail to parse, never run code.  Saving writes a temp file
in the same directory, fsyncs it and renames it over the old one, so a
reader sees either the old index or the new one, never half of either.
"""

from __future__ import annotations

import json
import mmap
import os
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from store.errors import StoreError

MAGIC = b"NKRUIDX\x01"
_ALIGN = 64
_ALLOWED_DTYPES = frozenset({"uint8", "int32", "int64", "uint64", "float32", "bool"})


class IndexFileError(StoreError):
    """The index file is missing, truncated, from another version or not an index at all."""


def _aligned(n: int) -> int:
    return (n + _ALIGN - 1) // _ALIGN * _ALIGN


class Pieces:
    """A 1-D array saved as the concatenation of several, never joined in memory.

    Extending an index (``incremental``) saves its largest arrays as the old file's mapped array
    followed by the new part: joining them first would hold a copy of the old one.  Anything that
    asks for it as an array (``np.asarray``) gets the joined copy.
    """

    __slots__ = ("arrays", "dtype")

    def __init__(self, *arrays: np.ndarray) -> None:
        self.arrays = [np.asarray(a).reshape(-1) for a in arrays]
        self.dtype = np.result_type(*self.arrays)
        if any(a.dtype != self.dtype for a in self.arrays):
            raise ValueError("pieces of one array must share a dtype")

    def __len__(self) -> int:
        return sum(len(a) for a in self.arrays)

    @property
    def shape(self) -> tuple[int]:
        return (len(self),)

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in self.arrays)

    def __array__(self, dtype: Any = None, copy: Any = None) -> np.ndarray:
        joined = np.concatenate(self.arrays)
        return joined if dtype is None else joined.astype(dtype)


_WRITE_SLICE = 1 << 24  # bytes written at a time from a mapped array before its pages are let go


def write_container(path: Path, header: dict[str, Any], arrays: dict[str, np.ndarray | Pieces]) -> None:
    layout: dict[str, dict[str, Any]] = {}
    cursor = 0
    prepared: list[tuple[int, np.ndarray | Pieces]] = []
    for name, array in arrays.items():
        if not isinstance(array, Pieces):
            array = np.ascontiguousarray(array)
        if array.dtype.name not in _ALLOWED_DTYPES:
            raise ValueError(f"array {name!r} has unsupported dtype {array.dtype}")
        cursor = _aligned(cursor)
        layout[name] = {"dtype": array.dtype.name, "shape": list(array.shape), "offset": cursor}
        prepared.append((cursor, array))
        cursor += array.nbytes
    header_bytes = json.dumps({**header, "arrays": layout, "data_size": cursor}, ensure_ascii=False).encode()
    data_start = _aligned(len(MAGIC) + 8 + len(header_bytes))

    path.parent.mkdir(parents=True, exist_ok=True)
    # mkstemp: a unique name in the same directory (so the rename is atomic), private (0600) like the database.
    fd, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(MAGIC)
            out.write(len(header_bytes).to_bytes(8, "little"))
            out.write(header_bytes)
            written = len(MAGIC) + 8 + len(header_bytes)
            for offset, array in prepared:
                out.write(b"\0" * (data_start + offset - written))
                for piece in array.arrays if isinstance(array, Pieces) else (array,):
                    _write_array(out, piece)
                written = data_start + offset + array.nbytes
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_directory(path.parent)


def _write_array(out: Any, array: np.ndarray) -> None:
    """Write the array's bytes; a memory-mapped one a slice at a time, letting each slice's pages go."""
    array = np.ascontiguousarray(array)
    if not array.size:
        return
    flat = array.reshape(-1)
    step = max(1, _WRITE_SLICE // array.itemsize)
    for start in range(0, len(flat), step):
        part = flat[start : start + step]
        out.write(memoryview(part).cast("B"))
        release(part)


def _fsync_directory(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # some platforms cannot open a directory; the rename is still atomic
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def read_container(path: Path) -> tuple[dict[str, Any], dict[str, np.ndarray]]:
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size < len(MAGIC) + 8:
                raise IndexFileError(f"{path}: not a search index (too short)")
            mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except OSError as exc:
        raise IndexFileError(f"{path}: cannot read search index ({exc.strerror or exc})") from exc
    if mapped[: len(MAGIC)] != MAGIC:
        raise IndexFileError(f"{path}: not a search index of this version")
    header_length = int.from_bytes(mapped[len(MAGIC) : len(MAGIC) + 8], "little")
    header_end = len(MAGIC) + 8 + header_length
    if header_end > size:
        raise IndexFileError(f"{path}: search index header is truncated")
    try:
        header = json.loads(mapped[len(MAGIC) + 8 : header_end].decode("utf-8"))
        layout: dict[str, dict[str, Any]] = header["arrays"]
        data_start = _aligned(header_end)
        if data_start + int(header["data_size"]) > size:
            raise IndexFileError(f"{path}: search index is truncated")
        arrays = {name: _view(mapped, data_start, spec) for name, spec in layout.items()}
    except (ValueError, KeyError, TypeError) as exc:
        raise IndexFileError(f"{path}: search index is damaged ({exc})") from exc
    return header, arrays


def _view(mapped: mmap.mmap, data_start: int, spec: dict[str, Any]) -> np.ndarray:
    dtype = np.dtype(spec["dtype"])
    if dtype.name not in _ALLOWED_DTYPES:
        raise ValueError(f"unsupported dtype {dtype}")
    shape = tuple(int(n) for n in spec["shape"])
    count = int(np.prod(shape, dtype=np.int64))
    if count == 0:
        return np.empty(shape, dtype=dtype)
    return np.frombuffer(mapped, dtype=dtype, count=count, offset=data_start + int(spec["offset"])).reshape(shape)


def release(*arrays: np.ndarray) -> None:
    """Let the kernel drop the pages of memory-mapped arrays from this process's memory.

    Reading a saved index whole (to copy it into the next one) would otherwise leave every page of
    it resident; they are read again from the file if used later.  Arrays not mapped are left alone.
    """
    page = mmap.PAGESIZE
    for array in arrays:
        base: object = array
        while isinstance(base, (np.ndarray, memoryview)):  # views of views of the mapping
            base = base.base if isinstance(base, np.ndarray) else base.obj
        if not isinstance(base, mmap.mmap) or array.nbytes == 0:
            continue
        start = array.__array_interface__["data"][0] - _address_of(base)
        end = start + array.nbytes
        first = start // page * page
        try:
            base.madvise(mmap.MADV_DONTNEED, first, min(len(base), end) - first)
        except (OSError, ValueError, AttributeError):
            pass  # no madvise here: the pages stay, which costs memory only


def _address_of(mapped: mmap.mmap) -> int:
    return np.frombuffer(mapped, dtype=np.uint8, count=1).__array_interface__["data"][0]

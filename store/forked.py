"""Running one step of ingest in a forked child, beside the parent, with an in-process fallback.

After the pool, ingest has several steps that only read the corpus in memory
(building the search index, encoding the read snapshot) besides the ones
that change it.  A forked child sees the parent's whole corpus for free (the
pages are shared until written), so such a step runs on the second core
while the parent goes on; nothing is copied but the step's small result,
pickled through a pipe.

A child never returns into the caller's code: it leaves with ``os._exit``.
If it fails or is killed, :meth:`ForkedTask.result` runs the step again in
the parent, so a failed child costs time, never a missing or different
result.  Where forking is not safe (other threads alive, as when the TUI
ingests from a worker thread) the step simply runs in the parent, when its
result is asked for.
"""

from __future__ import annotations

import os
import pickle
import tempfile
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")

_CHUNK = 1 << 20


def fork_is_safe() -> bool:
    """True when ``os.fork`` cannot deadlock a child: POSIX, and no other thread alive."""
    return hasattr(os, "fork") and threading.active_count() == 1


class ForkedTask(Generic[T]):
    """``step(in_child)`` run in a forked child when ``fork`` is true and safe, else in the parent on demand.

    ``in_child`` tells the step where it runs (a child may wait on a :class:`Gate`; the parent never does).
    """

    def __init__(self, step: Callable[[bool], T], *, fork: bool = True) -> None:
        self._step = step
        self._pid: int | None = None
        self._pipe: int | None = None
        self._done = False
        self._value: T | None = None
        self.ran_in_child = False
        if fork and fork_is_safe():
            self._start()
        self.forked = self._pid is not None  # a child was started (it may still fail)

    def _start(self) -> None:
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: run the step, send its result, leave without unwinding the caller
            status = 1
            try:
                os.close(read_end)
                payload = pickle.dumps(self._step(True), protocol=pickle.HIGHEST_PROTOCOL)
                view = memoryview(payload)
                while view:
                    view = view[os.write(write_end, view[:_CHUNK]) :]
                status = 0
            except BaseException:  # noqa: BLE001 - any failure: the parent runs the step itself
                pass
            finally:
                os._exit(status)
        os.close(write_end)
        self._pid, self._pipe = pid, read_end

    def result(self) -> T:
        """The step's result: the child's if it succeeded, else the step run here and now."""
        if self._done:
            return self._value  # type: ignore[return-value]
        value: Any = None
        succeeded = False
        if self._pid is not None and self._pipe is not None:
            with os.fdopen(self._pipe, "rb") as pipe:
                payload = pipe.read()
            _, status = os.waitpid(self._pid, 0)
            if os.waitstatus_to_exitcode(status) == 0 and payload:
                value, succeeded = pickle.loads(payload), True
            self._pid = self._pipe = None
        self.ran_in_child = succeeded
        if not succeeded:
            value = self._step(False)
        self._value, self._done = value, True
        return value

    def abandon(self) -> None:
        """Wait for a started child without wanting its result (the caller is failing)."""
        if self._pid is not None and self._pipe is not None:
            os.close(self._pipe)
            try:
                os.waitpid(self._pid, 0)
            except ChildProcessError:
                pass
            self._pid = self._pipe = None
        self._done = True


class Gate:
    """A one-shot signal from the parent to a forked child, which may carry data.

    Made before the fork.  ``open(payload)`` lets the child go on with ``payload``;
    ``close()`` stops it.  The payload travels through an anonymous temp file made
    here (shared by the fork), so the parent never blocks on a pipe the child is
    not reading yet.
    """

    def __init__(self) -> None:
        self._read_end, self._write_end = os.pipe()
        self._file = tempfile.TemporaryFile()

    def wait(self) -> bytes | None:
        """In the child: block until the parent opens the gate (its payload) or closes it (None)."""
        os.close(self._write_end)  # the child's copy, or the parent's close would never be seen
        header = b""
        while len(header) < 8:
            more = os.read(self._read_end, 8 - len(header))
            if not more:
                return None
            header += more
        size = int.from_bytes(header, "little")
        payload = bytearray()
        while len(payload) < size:
            chunk = os.pread(self._file.fileno(), min(size - len(payload), _CHUNK * 16), len(payload))
            if not chunk:
                return None
            payload += chunk
        return bytes(payload)

    def open(self, payload: bytes = b"") -> None:
        if self._write_end < 0:
            return
        view, offset = memoryview(payload), 0
        while offset < len(view):
            offset += os.pwrite(self._file.fileno(), view[offset : offset + _CHUNK * 16], offset)
        os.write(self._write_end, len(payload).to_bytes(8, "little"))
        self.close()

    def close(self) -> None:
        if self._write_end < 0:
            return
        os.close(self._write_end)
        os.close(self._read_end)
        self._file.close()
        self._write_end = self._read_end = -1

"""``python -m store.ingest_runner``: ingest (or ``--reanalyse``, ``--remove``) in a process of its own, reporting as JSON lines.

The app adds files through this rather than calling :func:`ingest_paths` in a
thread of its own process, because there

* the process pool cannot start: Textual replaces ``sys.stderr`` with an
  object whose ``fileno()`` is -1, and multiprocessing hands that number to
  its resource tracker ("bad value(s) in fds_to_keep");
* even in one process, the parent's share of ingest (linking, indexing,
  writing) would hold the GIL for seconds and freeze the screen.

A child process has a real stderr, can fork its workers as the CLI does, and
leaves the app's interpreter free to draw.  Each line on stdout is one JSON
object: ``{"progress": [message, done, total]}`` while it works, then
``{"report": {...}}`` or ``{"error": "one line"}``.

A job can be stopped (:meth:`ChildJob.cancel`, the dialog's Escape).  Until the child starts
writing the database it has written nothing anyone reads (the database, its snapshot and its
search index are each replaced whole by a rename, after the step named :data:`COMMIT_STEP`), so
it leaves at once on SIGTERM and nothing has changed.  From that step on, stopping would leave a
new database beside an old snapshot and index (consistent, since each is checked against the
database, but slow to open until rebuilt), so the child finishes instead: the files are in.
Whatever happens, the caller compares the database file before and after rather than trust it.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.errors import StoreError

if TYPE_CHECKING:
    from store.ingest import IngestReport
    from store.reanalysis import ReanalysisReport
    from store.removal import RemovalReport


#: The progress step after which the child writes the database (reported by ``rewrite_corpus``, which
#: every job here ends with): from it on, a stop request lets the child finish.
COMMIT_STEP = "Writing the database"
#: The child's exit status when it stopped on request before writing anything.
CANCELLED_STATUS = 3
#: Seconds a stopped child has to leave before its whole process group is killed: before the commit it
#: leaves at once, so only a child stuck in a long C call waits this; while it writes, a big database
#: takes seconds, and a kill then costs a slow next open, so it is given much longer.
_GRACE_S = 5.0
_GRACE_WRITING_S = 300.0


class JobCancelled(StoreError):
    """The job was stopped before it finished; ``database_changed`` from comparing the file before and after."""

    def __init__(self, job: str, *, database_changed: bool) -> None:
        self.database_changed = database_changed
        if database_changed:
            super().__init__(f"{job} stopped after the database was written: the new database is in place")
        else:
            super().__init__(f"{job} cancelled: nothing was changed")


class ChildJob:
    """A job in a child process that another thread may stop (see the module's notes on when that is safe)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._child: subprocess.Popen[str] | None = None
        self._cancel = threading.Event()
        self.writing = False  # the child has reported ``COMMIT_STEP``

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the child to stop (SIGTERM) and make sure its process group ends; returns at once."""
        self._cancel.set()
        with self._lock:
            child = self._child
        if child is not None:
            self._stop(child)

    def _started(self, child: subprocess.Popen[str]) -> None:
        with self._lock:
            self._child = child
        if self._cancel.is_set():  # cancelled while it was being started
            self._stop(child)

    def _stop(self, child: subprocess.Popen[str]) -> None:
        try:
            child.send_signal(signal.SIGTERM)
        except ProcessLookupError:
            pass
        threading.Thread(target=self._end_group, args=(child,), daemon=True).start()

    def _end_group(self, child: subprocess.Popen[str]) -> None:
        """Once the child has left (or its grace has run out), kill what it leaves behind.

        Its pool workers and forked helpers are in its process group (see ``start_new_session``) and
        hold its stdout open: unless they end too, the reader waits for them forever.
        """
        started = time.monotonic()
        while not _has_exited(child.pid):
            if time.monotonic() - started > (_GRACE_WRITING_S if self.writing else _GRACE_S):
                break
            time.sleep(0.05)
        try:
            os.killpg(child.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass


def _has_exited(pid: int) -> bool:
    """True once ``pid`` has exited, without reaping it (so its number stays its group's until then)."""
    try:
        return os.waitid(os.P_PID, pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None
    except ChildProcessError:
        return True  # reaped already


def _database_stamp(db_path: Path | None) -> tuple[int, int, int] | None:
    """What tells one database file from another: a rename puts a new inode in its place."""
    if db_path is None:
        return None
    try:
        stat = Path(db_path).stat()
    except OSError:
        return None
    return stat.st_ino, stat.st_size, stat.st_mtime_ns


def _remove_pending_index(db_path: Path, pid: int) -> None:
    """The search index the stopped child was building (as large as the database's), under the name
    ingest gives it (``.NAME.index-PID.tmp``, and the temp file it is written through).  The next
    writer would remove it too, but until then it would only take room."""
    for pattern in (f".{db_path.name}.index-{pid}.tmp", f"..{db_path.name}.index-{pid}.tmp.*.tmp"):
        for pending in db_path.parent.glob(pattern):
            pending.unlink(missing_ok=True)


def ingest_in_child(
    paths: Sequence[Path], db_path: Path, *, topics_path: Path | None = None,
    progress: Callable[[str, int, int], None] | None = None, job: ChildJob | None = None,
) -> IngestReport:
    """Run this module in a child process and return its report; any failure is one StoreError line,
    a stop through ``job`` a :class:`JobCancelled`."""
    from store.ingest import FileOutcome, IngestReport

    command = ["--db", str(db_path)]
    if topics_path is not None:
        command += ["--topics", str(topics_path)]
    data = _run_child([*command, "--", *map(str, paths)], progress, "ingest", job=job, db_path=db_path)
    return IngestReport(files=[FileOutcome(**f) for f in data["files"]], seconds=data["seconds"],
                        echo_groups=data["echo_groups"], generation=data["generation"])


def reanalyse_in_child(
    db_path: Path, progress: Callable[[str, int, int], None] | None = None, *, job: ChildJob | None = None
) -> ReanalysisReport:
    """``reanalyse`` in a child process, for the same reasons as ingest (it forks over the cores too)."""
    from store.reanalysis import ReanalysisReport

    data = _run_child(["--db", str(db_path), "--reanalyse"], progress, "reanalysis", job=job, db_path=db_path)
    return ReanalysisReport(**data)


def remove_in_child(
    target: str, db_path: Path, progress: Callable[[str, int, int], None] | None = None, *, job: ChildJob | None = None
) -> RemovalReport:
    """``remove_sources([target])`` in a child process: loading and rewriting a large database takes the
    app's process for seconds on end, and only a child can be stopped at once (before it writes)."""
    from store.models import FileRecord
    from store.removal import RemovalReport

    data = _run_child(["--db", str(db_path), "--remove", target], progress, "removal", job=job, db_path=db_path)
    return RemovalReport(**{**data, "files": [FileRecord.from_dict(f) for f in data["files"]]})


def _run_child(
    arguments: list[str], progress: Callable[[str, int, int], None] | None, job_name: str,
    *, job: ChildJob | None = None, db_path: Path | None = None,
) -> dict[str, Any]:
    """The child's report, having passed its progress on; its error, or its last words, as one StoreError line."""
    job = job or ChildJob()
    before = _database_stamp(db_path)
    if job.cancel_requested:
        raise JobCancelled(job_name, database_changed=False)
    command = [sys.executable, "-m", "store.ingest_runner", *arguments]
    # A session of its own: its process group (the child, its pool workers, its forked helpers) can be
    # ended as one, and a Ctrl-C meant for the app's terminal is not delivered to it.
    with subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, encoding="utf-8", errors="replace", start_new_session=True) as child:
        job._started(child)
        assert child.stdout is not None and child.stderr is not None
        # The child's error output is drained beside its progress: read only at the end, more than a pipe's
        # 64 KiB of warnings would block the child while this process waits for its progress.
        tail: deque[str] = deque(maxlen=200)
        drain = threading.Thread(target=tail.extend, args=(child.stderr,), daemon=True)
        drain.start()
        outcome: dict[str, Any] = {}
        for line in child.stdout:
            try:
                message = json.loads(line)
            except json.JSONDecodeError:
                continue  # not ours: a library's stray print
            if "progress" in message:
                job.writing = job.writing or message["progress"][0] == COMMIT_STEP
                if progress is not None:
                    progress(*message["progress"])
            elif "report" in message or "error" in message:
                outcome = message
        drain.join()
        errors = "".join(tail)
    if "report" in outcome:
        return outcome["report"]  # finished, even if asked to stop while it wrote: the caller can tell
    if job.cancel_requested:
        changed = _database_stamp(db_path) != before
        if not changed and db_path is not None:
            _remove_pending_index(Path(db_path), child.pid)
        raise JobCancelled(job_name, database_changed=changed)
    if "error" in outcome:
        raise StoreError(outcome["error"])
    last = (errors.strip().splitlines() or [f"exit status {child.returncode}"])[-1]
    raise StoreError(f"{job_name} stopped: {last}")


def _emit(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store.ingest_runner")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--topics", type=Path)
    parser.add_argument("--reanalyse", action="store_true", help="redo every claim instead of adding files")
    parser.add_argument("--remove", metavar="SOURCE", help="take this stored file out instead (a path or sha256:HEX)")
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args(argv)
    writing = False

    def progress(message: str, done: int, total: int) -> None:
        nonlocal writing
        writing = writing or message == COMMIT_STEP  # set before the database is touched
        _emit({"progress": [message, done, total]})

    def stop(signum: int, frame: object) -> None:
        # Nothing is written yet: leave now, without unwinding (the app ends this process group's
        # workers).  Writing: finish, so that the database, its snapshot and its index agree.
        if not writing:
            os._exit(CANCELLED_STATUS)

    signal.signal(signal.SIGTERM, stop)

    try:
        if args.reanalyse:
            from store.reanalysis import reanalyse

            report: Any = reanalyse(args.db, progress=progress)
        elif args.remove:
            from store.removal import remove_sources

            report = remove_sources([args.remove], args.db, progress=progress)
        else:
            from store.ingest import ingest_paths
            from store.source_paths import expand_source_paths

            files = expand_source_paths(args.paths, db_path=args.db)
            report = ingest_paths(files, args.db, topics_path=args.topics, progress=progress)
    except (StoreError, OSError) as error:
        _emit({"error": str(error) or type(error).__name__})
        return 1
    _emit({"report": asdict(report)})
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""``python -m store.ingest_runner``: ingest (or ``--reanalyse``) in a process of its own, reporting as JSON lines.

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
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.errors import StoreError

if TYPE_CHECKING:
    from store.ingest import IngestReport
    from store.reanalysis import ReanalysisReport


def ingest_in_child(
    paths: Sequence[Path], db_path: Path, *, topics_path: Path | None = None,
    progress: Callable[[str, int, int], None] | None = None,
) -> IngestReport:
    """Run this module in a child process and return its report; any failure is one StoreError line."""
    from store.ingest import FileOutcome, IngestReport

    command = ["--db", str(db_path)]
    if topics_path is not None:
        command += ["--topics", str(topics_path)]
    data = _run_child([*command, "--", *map(str, paths)], progress, "ingest")
    return IngestReport(files=[FileOutcome(**f) for f in data["files"]], seconds=data["seconds"],
                        echo_groups=data["echo_groups"], generation=data["generation"])


def reanalyse_in_child(db_path: Path, progress: Callable[[str, int, int], None] | None = None) -> ReanalysisReport:
    """``reanalyse`` in a child process, for the same reasons as ingest (it forks over the cores too)."""
    from store.reanalysis import ReanalysisReport

    return ReanalysisReport(**_run_child(["--db", str(db_path), "--reanalyse"], progress, "reanalysis"))


def _run_child(arguments: list[str], progress: Callable[[str, int, int], None] | None, job: str) -> dict[str, Any]:
    """The child's report, having passed its progress on; its error, or its last words, as one StoreError line."""
    command = [sys.executable, "-m", "store.ingest_runner", *arguments]
    with subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, encoding="utf-8", errors="replace") as child:
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
            if "progress" in message and progress is not None:
                progress(*message["progress"])
            elif "report" in message or "error" in message:
                outcome = message
        drain.join()
        errors = "".join(tail)
    if "report" in outcome:
        return outcome["report"]
    if "error" in outcome:
        raise StoreError(outcome["error"])
    last = (errors.strip().splitlines() or [f"exit status {child.returncode}"])[-1]
    raise StoreError(f"{job} stopped: {last}")


def _emit(payload: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(payload) + "\n")
    sys.stdout.flush()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store.ingest_runner")
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--topics", type=Path)
    parser.add_argument("--reanalyse", action="store_true", help="redo every claim instead of adding files")
    parser.add_argument("paths", nargs="*", type=Path)
    args = parser.parse_args(argv)

    def progress(message: str, done: int, total: int) -> None:
        _emit({"progress": [message, done, total]})

    try:
        if args.reanalyse:
            from store.reanalysis import reanalyse

            report: Any = reanalyse(args.db, progress=progress)
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

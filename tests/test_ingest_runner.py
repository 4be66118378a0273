"""The child-process runner behind the TUI's add and reanalyse: its report, its errors, and no deadlock."""

from __future__ import annotations

import json
import stat
import sys
import threading
from pathlib import Path

import pytest

from store.errors import StoreError
from store.ingest_runner import _run_child


def _fake_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stderr_bytes: int, stdout_lines: list[str]) -> None:
    """Make ``_run_child`` start a script that writes ``stderr_bytes`` of warnings, then ``stdout_lines``."""
    script = tmp_path / "child.py"
    script.write_text(
        "import sys\n"
        f"sys.stderr.write('warning: something odd\\n' * {stderr_bytes // 22})\n"
        "sys.stderr.flush()\n"
        f"for line in {stdout_lines!r}:\n"
        "    sys.stdout.write(line + '\\n')\n"
    )
    launcher = tmp_path / "python"
    launcher.write_text(f"#!/bin/sh\nexec {sys.executable} {script}\n")
    launcher.chmod(launcher.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setattr(sys, "executable", str(launcher))


def _run_with_deadline(arguments: list[str], progress: list) -> dict:
    result: dict = {}

    def run() -> None:
        try:
            result["report"] = _run_child(arguments, lambda *a: progress.append(a), "ingest")
        except StoreError as exc:
            result["error"] = str(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive(), "the runner hung on a child that wrote much to its error output"
    return result


def test_a_child_writing_more_warnings_than_a_pipe_holds_still_gives_its_report(tmp_path, monkeypatch) -> None:
    progress_line = json.dumps({"progress": ["Reading", 1, 2]})
    report_line = json.dumps({"report": {"files": [], "seconds": 0.1}})
    _fake_child(tmp_path, monkeypatch, 400_000, [progress_line, report_line])
    progress: list = []
    result = _run_with_deadline([], progress)
    assert result == {"report": {"files": [], "seconds": 0.1}}
    assert progress == [("Reading", 1, 2)]


def test_a_child_that_dies_gives_its_last_error_line(tmp_path, monkeypatch) -> None:
    _fake_child(tmp_path, monkeypatch, 100_000, ["not json at all"])
    result = _run_with_deadline([], [])
    assert result == {"error": "ingest stopped: warning: something odd"}


# --- removing a source in a child process --------------------------------------------------------------


@pytest.fixture
def two_file_db(tmp_path: Path) -> tuple[Path, str]:
    from store.ingest import ingest_paths
    from store.paths import seed_files

    db = tmp_path / "db.json"
    seeds = seed_files()
    ingest_paths([seeds[0], seeds[4]], db)
    return db, seeds[4].name


def test_a_removal_in_a_child_takes_the_file_out_and_reports_it(two_file_db: tuple[Path, str]) -> None:
    from store.corpus import Corpus
    from store.ingest_runner import remove_in_child

    db, name = two_file_db
    steps: list[str] = []
    report = remove_in_child(name, db, lambda message, done, total: steps.append(message))
    assert [Path(f.source_path).name for f in report.files] == [name] and report.articles == 1 and not report.dry_run
    assert name not in {Path(a.source_file).name for a in Corpus.open(db).articles.values()}
    assert "Writing the database" in steps  # its progress came through, up to the commit step


def test_a_removal_stopped_before_it_writes_leaves_the_database_as_it_was(two_file_db: tuple[Path, str]) -> None:
    from store.ingest_runner import ChildJob, JobCancelled, remove_in_child
    from store.storage import acquire_writer_lock

    db, name = two_file_db
    before = db.read_bytes()
    lock = acquire_writer_lock(db)  # the child waits for it: the stop surely comes before any write
    job = ChildJob()
    timer = threading.Timer(1.0, job.cancel)
    timer.start()
    try:
        with pytest.raises(JobCancelled) as stopped:
            remove_in_child(name, db, job=job)
    finally:
        timer.cancel()
        lock.release()
    assert stopped.value.database_changed is False and "nothing was changed" in str(stopped.value)
    assert db.read_bytes() == before

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

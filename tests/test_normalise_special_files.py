"""Named pipes and devices given (or found in a folder) for ingest: one clear answer, never a hang."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from store.errors import SourceError
from store.normalise import read_source

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")


def test_a_named_pipe_nobody_writes_to_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "stuck.txt"
    os.mkfifo(pipe)
    outcome: list[object] = []
    reader = threading.Thread(target=lambda: outcome.append(_read_or_error(pipe)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert not reader.is_alive(), "reading a pipe with no writer blocked"
    assert isinstance(outcome[0], SourceError) and "empty" in str(outcome[0])


def test_a_pipe_with_a_writer_is_read_whole(tmp_path: Path) -> None:
    pipe = tmp_path / "piped.txt"
    os.mkfifo(pipe)
    text = "North Korean troops arrived in Kursk, officials said.\n" * 2000  # more than one pipe buffer
    # The writer holds its end open before the reader comes, as a user's `ingest <(command)` does.
    # (Opening read-write does not wait for a reader on Linux; a write-only open would, and a
    # reader that came first would see no writer and an empty pipe: a race, not the case at hand.)
    write_end = os.open(pipe, os.O_RDWR)

    def write() -> None:
        with os.fdopen(write_end, "w", encoding="utf-8") as handle:
            for line in text.splitlines(keepends=True):
                handle.write(line)  # slowly, in small writes, so the reader waits between them
                handle.flush()

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    data = read_source(pipe)
    writer.join(timeout=10)
    assert data.decode("utf-8") == text


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_device_is_refused_without_reading_it() -> None:
    with pytest.raises(SourceError, match="device"):
        read_source("/dev/zero")


def _read_or_error(path: Path) -> object:
    try:
        return read_source(path)
    except SourceError as exc:
        return exc

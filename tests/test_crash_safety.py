"""SIGKILL a real ingest process at random moments: the database must always open, old or new."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store.ingest import ingest_paths
from store.paths import seed_files
from store.repository import Repository

KILLS = 25

# The child says "go" once its imports are done, so the kills land in ingest itself
# (reading, analysis, the write) rather than in interpreter start-up.
_INGEST_ONE = """
import sys
from pathlib import Path
from store.ingest import ingest_paths
import store.normalise, store.analysis, store.search
print("go", flush=True)
ingest_paths([Path(sys.argv[1])], Path(sys.argv[2]))
"""


def _start(path: Path, db: Path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", _INGEST_ONE, str(path), str(db)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "go"
    return proc


def _unique_article(directory: Path, n: int) -> Path:
    """A new file each round, so every ingest really writes."""
    text = seed_files()[3].read_text(encoding="utf-8")
    path = directory / f"extra_{n:03d}.txt"
    path.write_text(f"Round {n} of the crash test\n\n{text}\n\nThis is edition {n} of this analysis.\n", encoding="utf-8")
    return path


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_during_ingest_never_leaves_an_unreadable_database(tmp_path):
    db = tmp_path / "db.json"
    ingest_paths(seed_files(), db)
    with Repository.open(db, readonly=True) as repo:
        files_before = len(repo.files())

    # How long one ingest takes here, so the kills land across its whole life, write included.
    proc = _start(_unique_article(tmp_path, 0), db)
    started = time.perf_counter()
    assert proc.wait() == 0
    duration = time.perf_counter() - started
    files_before += 1

    rng = random.Random(20261122)
    killed_mid_run = 0
    for n in range(1, KILLS + 1):
        proc = _start(_unique_article(tmp_path, n), db)
        time.sleep(rng.uniform(0.0, 1.0) * duration)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            killed_mid_run += 1
        proc.wait()
        with Repository.open(db, readonly=True) as repo:  # raises if the file is unreadable
            files_now = len(repo.files())
            stored = repo.load()
        # Either the old content or the old content plus this round's file: never a mix.
        assert files_now in (files_before, files_before + 1)
        assert all(a.passages for a in stored.articles.values())
        files_before = files_now
    # A third, not all: the first run's time, which spaces the kills, varies with the machine's load.
    assert killed_mid_run >= KILLS // 3, "the kills should mostly land while ingest runs"
    # A killed writer may leave its temp file behind; the next writer clears it.
    ingest_paths([_unique_article(tmp_path, KILLS + 1)], db)
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".db.json.")]

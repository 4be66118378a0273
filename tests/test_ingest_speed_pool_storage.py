"""Ingest speed work that must not change outputs: guided pool tasks and the database written in pieces."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import orjson
import pytest

import store.storage as storage
from store.ingest_pool import MAX_FILES_PER_TASK, MIN_FILES_PER_TASK, guided_chunks
from store.models import Claim, Figure, Passage, TopicHit
from store.storage import AtomicJSONStorage

ROOT = Path(__file__).resolve().parents[1]


# --- guided pool tasks ----------------------------------------------------------------------------


@pytest.mark.parametrize("count", [0, 1, 2, 3, 31, 741, 7_282])
@pytest.mark.parametrize("workers", [2, 4])
def test_guided_chunks_cover_every_path_once_in_order(count, workers):
    paths = [Path(f"f{i:05d}.txt") for i in range(count)]
    chunks = guided_chunks(paths, workers)
    assert [p for chunk in chunks for p in chunk] == paths
    assert all(chunk for chunk in chunks)
    assert all(len(chunk) <= MAX_FILES_PER_TASK for chunk in chunks)
    # Only the very last task may be smaller than the floor (what was left over).
    assert all(len(chunk) >= MIN_FILES_PER_TASK for chunk in chunks[:-1])


def test_guided_chunks_shrink_towards_the_end():
    chunks = guided_chunks([Path(f"f{i}") for i in range(741)], 2)
    sizes = [len(c) for c in chunks]
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[0] > 8 * sizes[-2]  # big tasks first, tiny ones last, so no worker waits long at the end
    assert sum(sizes[-4:]) <= 4 * MIN_FILES_PER_TASK


def test_pool_results_equal_serial_results_in_the_order_given():
    """Forking needs no other thread alive (xdist keeps one), so the pool runs in a fresh interpreter."""
    script = """
        import json, sys
        from pathlib import Path
        import store.ingest_pool as pool
        from store.paths import seed_files
        pool.PARALLEL_MIN_FILES = 2
        pool.MIN_FILES_PER_TASK = 1
        # Seeds plus a missing file and a duplicate, in a shuffled order: errors and repeats keep their places.
        files = list(reversed(seed_files())) + [Path("/nonexistent/missing.txt"), seed_files()[0]]
        parallel = pool.prepare_files(files, None)
        serial = [pool.prepare_file(f, None) for f in files]
        print(json.dumps({
            "paths": [str(p.path) for p in parallel] == [str(f) for f in files],
            "equal": parallel == serial,
            "errors": [p.error is not None for p in parallel],
            "articles": sum(len(p.normalised.articles) for p in parallel if p.normalised),
        }))
    """
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["paths"] and result["equal"]
    assert result["errors"] == [False] * 5 + [True, False]
    assert result["articles"] == 20 + 1  # the seeds' 20 articles, and the repeated first seed's one


# --- the database written in pieces ----------------------------------------------------------------


def _database(rows: int) -> dict[str, dict[str, object]]:
    passages = {
        str(i): Passage(
            id=f"a-{i:03d}", article_id="a", kind="body", text=f'Quote "{i}" — naïve ✓\n', order=i,
            topics=[TopicHit("troops", ["troops", "soldiers"])] if i % 3 == 0 else [],
        )
        for i in range(1, rows + 1)
    }
    claims = {
        str(i): Claim(
            id=f"c{i}", article_id="a", passage_id=f"a-{i:03d}", text="About 11,000 troops.", start=0, end=20,
            claimant=None if i % 2 else "Kim", figures=[Figure(11000.0, None, None, "troops", "approx", "About 11,000")],
        )
        for i in range(1, rows + 1)
    }
    return {
        "meta": {"1": {"schema": 1, "generation": "abc"}},
        "files": {},
        "passages": passages,
        "claims": claims,
        "outlets": {str(i): {"name": f"Outlet {i}", "credits": []} for i in range(1, rows + 1)},
    }


@pytest.mark.parametrize("rows", [0, 1, 4, 5, 9, 10, 23])
def test_writing_in_pieces_gives_the_bytes_of_one_dump(monkeypatch, rows):
    monkeypatch.setattr(storage, "_ROWS_PER_PIECE", 5)
    data = _database(rows)
    written = io.BytesIO()
    storage._write_json(written, data)
    assert written.getvalue() == orjson.dumps(data)


def test_writing_in_pieces_without_orjson_gives_the_same_document(monkeypatch):
    data = _database(7)
    monkeypatch.setattr(storage, "orjson", None)
    written = io.BytesIO()
    storage._write_json(written, data)
    assert json.loads(written.getvalue()) == orjson.loads(orjson.dumps(data))


def test_a_database_written_in_pieces_reads_back(tmp_path, monkeypatch):
    monkeypatch.setattr(storage, "_ROWS_PER_PIECE", 3)
    data = _database(11)
    store_file = AtomicJSONStorage(tmp_path / "db.json")
    store_file.write(data)
    assert (tmp_path / "db.json").read_bytes() == orjson.dumps(data)
    assert store_file.read() == orjson.loads(orjson.dumps(data))
    assert list(tmp_path.iterdir()) == [tmp_path / "db.json"]  # no temp file left behind


def test_a_failed_write_in_pieces_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    monkeypatch.setattr(storage, "_ROWS_PER_PIECE", 2)
    path = tmp_path / "db.json"
    store_file = AtomicJSONStorage(path)
    store_file.write({"meta": {"1": {"schema": 1}}})
    before = path.read_bytes()
    broken = _database(6)
    broken["claims"]["5"] = object()  # not JSON: fails half-way through the claims table
    with pytest.raises(TypeError):
        store_file.write(broken)
    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]

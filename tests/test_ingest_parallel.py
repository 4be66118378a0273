"""Ingest's parallel parts: forked steps, compact worker pickles, and the same outputs either way.

Forking is only done with no other thread alive, and pytest-xdist keeps a
thread in each worker, so everything that must really fork runs in a fresh
``python`` subprocess here.
"""

from __future__ import annotations

import copyreg
import json
import marshal
import re
import pickle
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import orjson
import pytest

from store.analysis.echoes import apply_echo_links, assign_echo_groups, echo_links
from store.forked import ForkedTask, fork_is_safe
from store.ingest_pool import COMPACT_CLASSES, PreparedFile, prepare_file, use_compact_pickles
from store.models import Passage
from store.paths import seed_files
from store.repository import FileRecord, StoredCorpus

ROOT = Path(__file__).resolve().parents[1]


def _run(script: str, *args: str) -> str:
    done = subprocess.run(
        # The timeout only ends a hung child: generous, as a busy or slow machine (CI) is many times slower.
        [sys.executable, "-c", textwrap.dedent(script), *args], cwd=ROOT, capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


# --- ForkedTask -------------------------------------------------------------------------------


def test_a_forked_step_runs_in_a_child_and_returns_its_value():
    out = _run("""
        import json, os
        from store.forked import ForkedTask, Gate
        parent = os.getpid()
        task = ForkedTask(lambda in_child: (in_child, os.getpid(), list(range(100_000))))
        in_child, pid, values = task.result()
        failing = ForkedTask(lambda in_child: 1 / 0 if in_child else "ran in the parent")
        gate = Gate()
        waiting = ForkedTask(lambda in_child: "stopped" if gate.wait() is None else "went on")
        gate.close()
        print(json.dumps({
            "in_child": in_child, "other_pid": pid != parent, "values": values == list(range(100_000)),
            "ran_in_child": task.ran_in_child,
            "fallback": failing.result(), "fallback_in_child": failing.ran_in_child,
            "gate": waiting.result(),
        }))
    """)
    seen = json.loads(out)
    assert seen == {
        "in_child": True, "other_pid": True, "values": True, "ran_in_child": True,
        "fallback": "ran in the parent", "fallback_in_child": False,
        "gate": "stopped",
    }


def test_an_opened_gate_lets_the_child_go_on_with_its_payload():
    out = _run("""
        import json
        from store.forked import ForkedTask, Gate
        plain, loaded = Gate(), Gate()
        empty = ForkedTask(lambda in_child: plain.wait())
        big = ForkedTask(lambda in_child: loaded.wait())
        payload = bytes(range(256)) * 40_000  # 10 MB: far more than a pipe holds
        loaded.open(payload)  # returns at once: the child is not reading yet, nothing blocks
        plain.open()
        print(json.dumps([empty.result().hex(), big.result() == payload, empty.ran_in_child, big.ran_in_child]))
    """)
    assert json.loads(out) == ["", True, True, True]


def test_with_another_thread_alive_the_step_runs_in_the_parent_when_asked():
    release = threading.Event()
    helper = threading.Thread(target=release.wait)
    helper.start()
    try:
        assert not fork_is_safe()
        calls = []
        task = ForkedTask(lambda in_child: calls.append(in_child) or "done")
        assert calls == []  # nothing ran yet: the step waits for result()
        assert task.result() == "done" and calls == [False] and not task.ran_in_child
        assert task.result() == "done" and calls == [False]  # asked twice, run once
    finally:
        release.set()
        helper.join()


# --- compact pickles ------------------------------------------------------------------------------


@pytest.fixture
def compact_pickles():
    saved = {cls: copyreg.dispatch_table.get(cls) for cls in COMPACT_CLASSES}
    use_compact_pickles()
    yield
    for cls, reducer in saved.items():
        if reducer is None:
            copyreg.dispatch_table.pop(cls, None)
        else:
            copyreg.dispatch_table[cls] = reducer


def test_compact_pickles_rebuild_the_same_records(compact_pickles):
    prepared = [prepare_file(path) for path in seed_files()]
    assert any(p.claims for p in prepared) and any(hit for p in prepared for a in p.normalised.articles
                                                   for passage in a.passages for hit in passage.topics)
    blob = pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL)
    copyreg.dispatch_table.pop(PreparedFile)  # unpickling needs no reducer: the class is called
    back = pickle.loads(blob)
    assert back == prepared
    assert [p.normalised.to_dict() for p in back] == [p.normalised.to_dict() for p in prepared]
    # records shared in the worker stay shared (marshal, in the read snapshot, writes shared objects once)
    article = back[0].normalised.articles[0]
    assert all(p.article_id is article.passages[0].article_id for p in article.passages)


def test_compact_pickles_are_smaller_than_plain_ones(compact_pickles):
    prepared = [prepare_file(path) for path in seed_files()]
    compact = len(pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL))
    for cls in COMPACT_CLASSES:
        copyreg.dispatch_table.pop(cls)
    assert compact < len(pickle.dumps(prepared, protocol=pickle.HIGHEST_PROTOCOL))


# --- the stored corpus's sha lookup ----------------------------------------------------------------


def _record(path: str, sha: str) -> FileRecord:
    return FileRecord(source_path=path, source_file=Path(path).name, source_sha256=sha, encoding="utf-8")


def test_file_with_sha_finds_the_first_file_and_follows_drops_and_adds():
    stored = StoredCorpus(files={p: _record(p, s) for p, s in (("/a", "1"), ("/b", "2"), ("/c", "1"))})
    assert stored.file_with_sha("1").source_path == "/a"
    assert stored.file_with_sha("3") is None
    stored.drop_file("/a")
    assert stored.file_with_sha("1").source_path == "/c"  # the other file with those bytes
    stored.add_file(_record("/d", "3"))
    assert stored.file_with_sha("3").source_path == "/d"
    stored.add_file(_record("/e", "2"))
    assert stored.file_with_sha("2").source_path == "/b"  # still the first one
    stored.drop_file("/c")
    assert stored.file_with_sha("1") is None


# --- echo links -----------------------------------------------------------------------------------


def test_echo_links_set_the_same_groups_as_assigning_them_directly():
    prepared = [prepare_file(path) for path in seed_files()]
    passages = [p for f in prepared for a in f.normalised.articles for p in a.passages]
    repeated = [
        Passage(id=f"zz{n}-000", article_id=f"zz{n}", kind=p.kind, text=p.text, order=0)
        for n, p in enumerate(passages[5:40])
    ]
    passages += repeated  # copies in other articles: echoes for sure
    count = assign_echo_groups(passages)
    direct = [p.echo_group for p in passages]
    assert count >= 1 and any(direct)
    links = echo_links(passages)
    assert apply_echo_links(passages, links) == count
    assert [p.echo_group for p in passages] == direct
    for member, namer in links:
        assert passages[member].echo_group is passages[namer].id  # the id string itself, not a copy


# --- whole ingests: forked and in-process give the same files -------------------------------------

_INGEST = """
    import sys
    from pathlib import Path
    import store.ingest as ingest, store.ingest_pool as pool
    corpus = Path(sys.argv[1])
    pool.PARALLEL_MIN_FILES = 8  # the pool, with its compact pickles, even for this small corpus
    files = sorted(corpus.iterdir())
    half = len(files) // 2
    for mode in sys.argv[2:]:
        db = corpus.parent / mode / "db.json"
        ingest.FORK_MIN_PASSAGES = 0 if mode == "forked" else 10**12
        first = ingest.ingest_paths(files[:half], db)   # a new database,
        second = ingest.ingest_paths(files[half:] + [Path(str(corpus) + "-missing.txt")], db)  # then more, one missing
        print(mode, first.articles_added, second.articles_added, len(second.rejected))
"""


def _normalised_outputs(db: Path) -> dict[str, object]:
    from store.search.container import read_container

    data = orjson.loads(db.read_bytes())
    generation = next(iter(data["meta"].values()))["generation"]
    for row in data["meta"].values():
        row["generation"], row["updated"] = "", ""
    for row in data["files"].values():
        row["ingested_at"] = ""
    raw = Path(str(db) + ".read-cache").read_bytes()
    size = int.from_bytes(raw[:8], "little")
    header = marshal.loads(raw[8 : 8 + size])
    header_index, arrays = read_container(Path(str(db) + ".search-index"))
    assert header["generation"] == header_index["generation"] == generation
    return {
        "db": orjson.dumps(data),
        # everything after the header (which holds the generation and file stamp), with the files'
        # ingest times blanked as above (same length, so every offset stays the same)
        "snapshot": re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", b"T" * 25, raw[8 + size :]),
        "index": {name: (a.dtype.name, a.shape, a.tobytes()) for name, a in arrays.items()},
        "index_header": {k: v for k, v in header_index.items() if k != "generation"},
    }


def test_forked_and_in_process_ingests_write_identical_files(tmp_path):
    from store.search.synthetic import write_corpus

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 60, seed_files())
    # Both ingests run in one process, so both are made by the same code: the database records the
    # fingerprint of the analysers' source files (store/analysis/fingerprint.py), which two processes
    # started apart would read apart, and would read differently if those files were edited in between.
    modes = ("forked", "in-process")
    for mode in modes:
        (tmp_path / mode).mkdir()
    lines = _run(_INGEST, str(corpus), *modes).splitlines()
    assert [line.split()[0] for line in lines] == list(modes)
    outputs = {}
    for line in lines:
        mode, added_first, added_second, rejected = line.split()
        assert int(added_first) > 0 and int(added_second) > 0 and int(rejected) == 1
        db = tmp_path / mode / "db.json"
        outputs[mode] = _normalised_outputs(db)
        leftovers = [p.name for p in db.parent.iterdir() if p.name.endswith(".tmp")]
        assert leftovers == []
    assert outputs["forked"] == outputs["in-process"]


def test_a_killed_writers_pending_index_files_are_removed_by_the_next_writer(tmp_path):
    from store.repository import Repository

    db = tmp_path / "db.json"
    pending = tmp_path / ".db.json.index-123.tmp"
    half_written = tmp_path / "..db.json.index-123.tmp.x1y2.tmp"
    other = tmp_path / ".other.json.index-123.tmp"
    for path in (pending, half_written, other):
        path.write_bytes(b"partial")
    with Repository.open(db):
        pass
    assert not pending.exists() and not half_written.exists()
    assert other.exists()  # another database's files are not ours to remove

"""Adding a file to a database does only the work the file calls for, with the result of a full rebuild.

Claimant names are folded again only where the new names can move them
(``FoldedNames.refold``), and the database file is written from the old
file's bytes plus the rows that changed (``write_spliced``).  Each is checked
against doing everything at once: the same names, the same database, index
and snapshot.  And a writer killed mid-write leaves the old database whole.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import sys
import textwrap
from collections import Counter
from pathlib import Path

import orjson
import pytest

import store.storage as storage
from store.analysis.claimant_folding import canonical_names
from store.analysis.claimant_refold import FoldedNames
from store.ingest import ingest_paths
from store.paths import seed_files
from store.read_cache import load_read_cache
from store.repository import Repository

ROOT = Path(__file__).resolve().parents[1]

# --- folding names again ----------------------------------------------------------------------

_FIRST = ["Kyrylo", "K.", "Kyr.", "Volodymyr", "V.", "Anna", "Jong Un", "Min-ji", "Oleksandr", "Ole", "Dmytro", "Yoon"]
_SURNAMES = ["Budanov", "Budanow", "Zelensky", "Zelenskyy", "Zelenskiy", "Kim", "Kimm", "Syrskyi", "Syrsky",
             "Park", "Parks", "Shoigu", "Šojgu", "Suk-yeol", "Lavrov", "Peskov", "Peskow", "Kuleba"]
_BODIES = ["Ministry of Defence of Ukraine", "Ukraine's Ministry of Defence", "officials from South Korea, Ukraine, and the US",
           "Officials in the US, Ukraine, and South Korea", "the Pentagon", "Pentagon", "Yonhap", "NATO", "South Korea's military",
           "military of South Korea", "US officials", "officials US"]


def _name_pool(rng: random.Random) -> list[str]:
    people = [f"{rng.choice(_FIRST)} {rng.choice(_SURNAMES)}" for _ in range(60)]
    longer = [f"{name.split()[0]} Oleksandrovych {name.split()[-1]}" for name in rng.sample(people, 6)]
    # Surname first: another block, the same words (one word-order group across two blocks).
    reordered = [" ".join(reversed(name.split())) for name in rng.sample(people, 10)]
    return people + longer + reordered + _SURNAMES + _BODIES


@pytest.mark.parametrize("seed", range(12))
def test_refolding_after_a_change_gives_the_fold_of_the_whole(seed):
    rng = random.Random(seed)
    pool = _name_pool(rng)
    before = [rng.choice(pool) for _ in range(400)]
    previous = Counter(before)
    now = previous.copy()
    for name in rng.sample(pool, 8):  # a new file: names seen before, and new ones
        now[name] += rng.randint(1, 3)
    now.update(f"{rng.choice(_FIRST)} {rng.choice(_SURNAMES)}ko" for _ in range(3))
    if seed % 3 == 0:  # a replaced file: some names are written less often, or no longer
        for name in rng.sample(sorted(now), 10):
            now[name] = max(0, now[name] - 2)
        now = +now
    state = FoldedNames(previous, canonical_names(previous.elements()))
    whole = canonical_names(now.elements())
    assert state.refold(now) == whole


def test_refolding_moves_old_names_when_a_new_spelling_is_fuller():
    previous = Counter({"Kyrylo Budanov": 3, "K. Budanov": 2, "Budanov": 4, "Anna Park": 1})
    state = FoldedNames(previous, canonical_names(previous.elements()))
    assert state.final["Budanov"] == "Kyrylo Budanov"
    now = previous + Counter({"Kyrylo Oleksiyovych Budanov": 1})
    refolded = state.refold(now)
    assert refolded == canonical_names(now.elements())
    assert refolded["K. Budanov"] == refolded["Budanov"] == "Kyrylo Oleksiyovych Budanov"


def test_folded_names_are_not_read_from_claims_folded_two_ways():
    from store.models import Claim

    def claim(n: int, written: str | None, folded: str | None) -> Claim:
        return Claim(id=f"c{n}", article_id="a", passage_id="a-000", text="t", start=0, end=1,
                     claimant=folded, claimant_in_file=written)

    assert FoldedNames.of([claim(1, "K. Budanov", "Kyrylo Budanov"), claim(2, None, None)]) is not None
    assert FoldedNames.of([claim(1, "K. Budanov", "Kyrylo Budanov"), claim(2, "K. Budanov", "K. Budanov")]) is None
    assert FoldedNames.of([claim(1, None, "Kyrylo Budanov")]) is None  # stored before names kept their file's spelling


# --- adding files: the same database as one ingest ------------------------------------------------

_FULLER_NAMES = """\
Kyiv says more North Korean shells reached the front

Kyiv Ledger — March 3, 2025

Kyrylo Oleksiyovych Budanov said on Monday that North Korea had sent another 2 million artillery shells to Russia.

Volodymyr Oleksandrovych Zelensky said 12,000 North Korean soldiers were fighting in Kursk, according to a statement.

Ukraine's military intelligence chief Kyrylo Budanov told reporters that 3,000 more troops could arrive by spring.
"""


@pytest.fixture()
def corpus(tmp_path: Path) -> list[Path]:
    from store.search.synthetic import write_corpus

    files = sorted(write_corpus(tmp_path / "corpus", 24, seed_files()))
    fuller = tmp_path / "corpus" / "zz_fuller_names.txt"
    fuller.write_text(_FULLER_NAMES, encoding="utf-8")
    return [*seed_files(), *files, fuller]


def _echo_of_a_stored_passage(db: Path, folder: Path) -> Path:
    """A file repeating a stored passage that echoes nothing yet: adding it links an old passage."""
    stored = Repository.open(db, readonly=True).load()
    lone = next(p for a in stored.articles.values() for p in a.passages
                if p.echo_group is None and p.kind == "body" and len(p.text.split()) >= 25)
    echo = folder / "zz_echo.txt"
    echo.write_text(f"Reprinted from the wires\n\nEcho Wire — April 1, 2025\n\n{lone.text}\n", encoding="utf-8")
    return echo


def _contents(db: Path) -> dict[str, object]:
    """Everything a database's files say, without the generation and the times of writing."""
    from store.search.container import read_container

    data = orjson.loads(db.read_bytes())
    for row in data["meta"].values():
        row["generation"], row["updated"] = "", ""
    for row in data["files"].values():
        row["ingested_at"] = ""
    snapshot = load_read_cache(db)
    assert snapshot is not None, "no current snapshot"
    articles, claims, files = snapshot.whole_corpus()
    for record in files:
        record.ingested_at = ""
    _header, arrays = read_container(Path(str(db) + ".search-index"))
    return {
        "db": data,
        "snapshot": (articles, claims, files, snapshot.echo_groups, snapshot.summaries, snapshot.passage_count,
                     snapshot.all_claims(), snapshot.subject_claim_counts(), snapshot.figure_claim_counts(),
                     snapshot.article_topics, snapshot.article_claimants),
        "index": {name: (a.dtype.name, a.shape, a.tobytes()) for name, a in arrays.items()},
    }


@pytest.fixture()
def spies(monkeypatch) -> dict[str, list[object]]:
    """Records each incremental fold and each spliced write (and whether it could splice)."""
    import store.read_cache_writer as writer

    seen: dict[str, list[object]] = {"refolds": [], "splices": [], "snapshots": []}
    refold, splice, prepare = FoldedNames.refold, storage.write_spliced, writer.prepare_read_cache

    def counting_prepare(articles, claims, files=(), *, previous=None, changed=frozenset()):
        seen["snapshots"].append(None if previous is None else len(changed))
        return prepare(articles, claims, files, previous=previous, changed=changed)

    def counting_refold(self, counts):
        seen["refolds"].append(len(counts))
        return refold(self, counts)

    def counting_splice(*args, **kwargs):
        done = splice(*args, **kwargs)
        seen["splices"].append(done)
        return done

    monkeypatch.setattr(FoldedNames, "refold", counting_refold)
    monkeypatch.setattr(storage, "write_spliced", counting_splice)
    monkeypatch.setattr(writer, "prepare_read_cache", counting_prepare)
    return seen


def test_adding_files_one_at_a_time_gives_the_database_of_one_ingest(tmp_path, corpus, spies):
    stepwise, at_once = tmp_path / "stepwise" / "db.json", tmp_path / "at-once" / "db.json"
    ingest_paths(corpus[:-1], stepwise)
    assert spies["refolds"] == [] and spies["splices"] == []  # a new database: everything is new
    corpus = [*corpus, _echo_of_a_stored_passage(stepwise, tmp_path)]
    before = {c.claimant_in_file: c.claimant for c in Repository.open(stepwise).load().claims if c.claimant_in_file}
    echoed_before = {p.id for a in Repository.open(stepwise).load().articles.values() for p in a.passages if p.echo_group}
    for path in corpus[-2:]:
        assert ingest_paths([path], stepwise).articles_added >= 1
    assert len(spies["refolds"]) == 2 and spies["splices"] == [True, True]
    first, *added = spies["snapshots"]
    assert first is None and len(added) == 2 and all(changed >= 1 for changed in added)  # pieces reused

    ingest_paths(corpus, at_once)
    assert _contents(stepwise) == _contents(at_once)
    # The added files changed what old rows say, so the test saw rows replaced, not only appended.
    after = Repository.open(stepwise).load()
    moved = {written for written, folded in before.items()
             if any(c.claimant_in_file == written and c.claimant != folded for c in after.claims)}
    assert {"K. Budanov", "Kyrylo Budanov"} & moved or any("Budanov" in name for name in moved)
    echoed_after = {p.id for a in after.articles.values() for p in a.passages if p.echo_group}
    assert echoed_after - echoed_before


def test_a_spliced_write_is_the_whole_write_byte_for_byte(tmp_path, corpus, monkeypatch, spies):
    base = tmp_path / "base" / "db.json"
    ingest_paths(corpus[:-1], base)
    corpus = [*corpus, _echo_of_a_stored_passage(base, tmp_path)]
    copies = {}
    for mode in ("spliced", "whole"):
        folder = tmp_path / mode
        shutil.copytree(base.parent, folder, copy_function=shutil.copy2)  # times kept: the snapshot stays current
        copies[mode] = folder / "db.json"
    ingest_paths(corpus[-2:], copies["spliced"])
    assert spies["splices"] == [True]
    monkeypatch.setattr(Repository, "_save_changed_rows", lambda *args: False)
    ingest_paths(corpus[-2:], copies["whole"])
    blank = re.compile(rb'"(generation|updated|ingested_at)":"[^"]*"')
    spliced, whole = (blank.sub(rb'"\1":""', copies[mode].read_bytes()) for mode in ("spliced", "whole"))
    assert spliced == whole


def test_a_database_changed_since_it_was_read_is_written_whole(tmp_path, corpus):
    db = tmp_path / "db.json"
    ingest_paths(corpus[:-2], db)
    with Repository.open(db) as repo:
        stored = repo.load()
        assert stored.baseline is not None
        stamp = stored.baseline.stamp
        tables = [("meta", b'{"1":{}}'), storage.TableChanges("files", len(stored.files)), ("outlets", b"{}")]
        db.touch()  # another writer (or a copy) changed the file: its bytes are not the ones read
        assert storage.write_spliced(db, stamp, tables) is False


# --- a writer killed while it writes --------------------------------------------------------------

_KILLED_WRITER = """
    import os, signal, sys
    from pathlib import Path
    import store.storage as storage
    from store.ingest import ingest_paths

    def copy_then_die(*args):
        copy(*args)
        os.kill(os.getpid(), signal.SIGKILL)  # half of the new file written, nothing replaced yet

    copy = storage._copy_range
    storage._copy_range = copy_then_die
    ingest_paths([Path(sys.argv[2])], Path(sys.argv[1]))
"""


def test_a_writer_killed_mid_write_leaves_the_old_database_whole(tmp_path, corpus):
    db = tmp_path / "db.json"
    ingest_paths(corpus[:-2], db)
    before = db.read_bytes()
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(_KILLED_WRITER), str(db), str(corpus[-2])],
                          cwd=ROOT, capture_output=True, timeout=300)
    assert done.returncode == -9, done.stderr  # killed, as meant: the write had begun
    assert db.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]  # the half-written file, left over
    assert ingest_paths([corpus[-2]], db).articles_added >= 1  # the next writer removes it and adds the file
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert orjson.loads(db.read_bytes())["files"]

"""Adding files the database already holds answers from the file records, without loading the corpus."""

import shutil
from pathlib import Path

import pytest

from store.ingest import ingest_paths
from store.paths import seed_files
from store.repository import Repository


@pytest.fixture()
def seeded(tmp_path) -> Path:
    db = tmp_path / "db.json"
    ingest_paths(seed_files(), db)
    return db


def _refuse_load(self):  # noqa: ANN001
    raise AssertionError("the whole corpus was loaded")


def test_known_bytes_are_reported_unchanged_without_loading_the_corpus(seeded, tmp_path, monkeypatch):
    copy = tmp_path / "elsewhere.txt"
    shutil.copy(seed_files()[2], copy)  # same bytes under another path count as known too
    before = seeded.read_bytes()
    monkeypatch.setattr(Repository, "load", _refuse_load)
    report = ingest_paths([*seed_files(), copy], seeded)
    assert [f.status for f in report.files] == ["unchanged"] * 6
    assert [f.articles for f in report.files] == [1, 1, 16, 1, 1, 16]
    assert report.files[2].removed, "the furniture removed is still reported"
    assert seeded.read_bytes() == before


def test_one_new_file_among_known_ones_is_still_added(seeded, tmp_path):
    new = tmp_path / "new.txt"
    new.write_text("Seoul says 3,000 more troops\n\nSouth Korea's spy agency said on Monday that North Korea had "
                   "sent about 3,000 more troops to Russia this year.\n", encoding="utf-8")
    report = ingest_paths([*seed_files(), new], seeded)
    assert sorted(f.status for f in report.files) == ["added"] + ["unchanged"] * 5
    with Repository.open(seeded, readonly=True) as repo:
        assert len(repo.load().articles) == 21


def test_without_a_snapshot_the_file_records_still_answer(seeded, monkeypatch):
    from store.read_cache import read_cache_path

    read_cache_path(seeded).unlink()
    monkeypatch.setattr(Repository, "load", _refuse_load)
    report = ingest_paths(seed_files()[:1], seeded)
    assert [f.status for f in report.files] == ["unchanged"]


def _counting_normaliser(monkeypatch) -> list[str]:  # noqa: ANN001
    """Record the name of every file the normaliser is given (in this process: fewer files than the pool's minimum)."""
    import store.normalise as normalise

    seen: list[str] = []
    real = normalise.normalise_bytes

    def counting(data: bytes, source_file: str, **kwargs):  # noqa: ANN003, ANN202
        seen.append(source_file)
        return real(data, source_file, **kwargs)

    monkeypatch.setattr(normalise, "normalise_bytes", counting)
    return seen


def _new_article(path: Path, figure: str) -> Path:
    path.write_text(f"Seoul says {figure} more troops\n\nSouth Korea's spy agency said on Monday that North Korea had "
                    f"sent about {figure} more troops to Russia this year.\n", encoding="utf-8")
    return path


def test_files_the_database_holds_are_hashed_not_normalised_again(seeded, tmp_path, monkeypatch):
    new = _new_article(tmp_path / "new.txt", "3,000")
    seen = _counting_normaliser(monkeypatch)
    report = ingest_paths([*seed_files(), new], seeded)
    assert seen == ["new.txt"]
    assert sorted(f.status for f in report.files) == ["added"] + ["unchanged"] * 5
    unchanged = {Path(f.path).name: f for f in report.files if f.status == "unchanged"}
    assert unchanged[seed_files()[2].name].articles == 16
    assert unchanged[seed_files()[2].name].removed, "the furniture removed comes from the stored record"


def test_a_file_removed_after_it_was_hashed_is_prepared_under_the_lock(seeded, tmp_path, monkeypatch):
    """Another process may remove a file between the hashing and the lock: it is then added, not lost."""
    from store import ingest
    from store.ids import sha256_hex

    new = _new_article(tmp_path / "new.txt", "4,000")
    # As if the database had held the new file when the files were hashed, and lost it since.
    monkeypatch.setattr(ingest, "_stored_file_shas", lambda db_path: frozenset({sha256_hex(new.read_bytes())}))
    seen = _counting_normaliser(monkeypatch)
    report = ingest_paths([new], seeded)
    assert [f.status for f in report.files] == ["added"]
    assert seen == ["new.txt"]
    with Repository.open(seeded, readonly=True) as repo:
        texts = [p.text for a in repo.load().articles.values() for p in a.passages]
    assert any("4,000 more troops" in text for text in texts)


def test_a_folder_of_known_files_and_one_new_one_in_the_process_pool(tmp_path):
    from store.ingest_pool import PARALLEL_MIN_FILES

    folder = tmp_path / "articles"
    folder.mkdir()
    db = tmp_path / "db.json"
    first = [_new_article(folder / f"a{i:02}.txt", f"{1_000 + i:,}") for i in range(PARALLEL_MIN_FILES)]
    ingest_paths(first, db)
    latest = _new_article(folder / "latest.txt", "9,999")
    report = ingest_paths([*first, latest], db)
    assert [f.status for f in report.files].count("unchanged") == len(first)
    assert [f.path for f in report.files if f.status == "added"] == [str(latest)]
    with Repository.open(db, readonly=True) as repo:
        assert len(repo.load().articles) == len(first) + 1


def test_the_writer_reuses_the_snapshot_read_before_the_lock_unless_it_went_stale(seeded, tmp_path, monkeypatch):
    import store.repository as repository
    from store.read_cache import load_read_cache

    reads: list[Path] = []
    real = repository._writers_snapshot
    monkeypatch.setattr(repository, "_writers_snapshot", lambda path: reads.append(path) or real(path))
    ingest_paths([_new_article(tmp_path / "one.txt", "5,000")], seeded)
    assert reads == [], "the snapshot read to hash the files is the writer's too"

    before = load_read_cache(seeded)
    ingest_paths([_new_article(tmp_path / "two.txt", "6,000")], seeded)
    with Repository.open(seeded, snapshot=before) as repo:
        assert reads == [seeded], "a snapshot of an older generation is read again"
        assert repo.generation != before.generation
        assert len(repo.load().articles) == 22

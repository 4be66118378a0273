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

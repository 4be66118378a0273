"""Removing sources: named as the user knows them, all or nothing, and nothing of them left in derived files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from store.corpus import Corpus
from store.errors import StoreError
from store.ingest import ingest_paths
from store.paths import seed_files
from store.removal import match_stored_files, preview_removal, remove_sources
from store.repository import Repository


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, list[Path]]:
    """Three seed files copied under two folders, ingested into a fresh database."""
    seeds = seed_files()
    placed = []
    for number, seed in enumerate(seeds[:3]):
        folder = tmp_path / ("older" if number == 0 else "newer")
        folder.mkdir(exist_ok=True)
        placed.append(Path(shutil.copy(seed, folder / seed.name)))
    db = tmp_path / "db" / "db.json"
    assert not ingest_paths(placed, db).rejected
    return db, placed


def _stored(db: Path):  # type: ignore[no-untyped-def]
    with Repository.open(db, readonly=True) as repo:
        return repo.load()


def test_names_match_by_path_folder_file_name_moved_bytes_and_sha(library, tmp_path: Path) -> None:
    db, placed = library
    stored = _stored(db)
    files = stored.files
    by = lambda *targets: [r.source_path for r in match_stored_files(targets, stored)]
    assert by(placed[0]) == [str(placed[0].resolve())]
    assert sorted(by(tmp_path / "newer")) == sorted(str(p.resolve()) for p in placed[1:])
    assert by(placed[2].name) == [str(placed[2].resolve())]
    moved = Path(shutil.move(placed[1], tmp_path / "moved.txt"))
    assert by(moved) == [str(placed[1].resolve())], "a moved file is found by its bytes"
    assert by(placed[1]) == [str(placed[1].resolve())], "a path no longer on disk is found as stored"
    sha = files[str(placed[2].resolve())].source_sha256
    assert by(f"sha256:{sha}") == [str(placed[2].resolve())]
    assert by(placed[0], tmp_path / "older") == [str(placed[0].resolve())], "each file once"


def test_a_file_name_stored_twice_is_an_error_naming_both(tmp_path: Path) -> None:
    seed = seed_files()[0]
    first = Path(shutil.copy(seed, tmp_path / "a.txt"))
    (tmp_path / "b").mkdir()
    second = tmp_path / "b" / "a.txt"
    second.write_bytes(seed_files()[1].read_bytes())
    db = tmp_path / "db.json"
    ingest_paths([first, second], db)
    with pytest.raises(StoreError, match="2 stored files have this name") as caught:
        match_stored_files(["a.txt"], _stored(db))
    assert str(first.resolve()) in str(caught.value) and str(second.resolve()) in str(caught.value)


def test_one_unknown_name_removes_nothing(library) -> None:
    db, placed = library
    before = db.read_bytes()
    with pytest.raises(StoreError, match="no-such-file.txt"):
        remove_sources([placed[0], "no-such-file.txt"], db)
    assert db.read_bytes() == before


def test_dry_run_reports_and_changes_nothing(library) -> None:
    db, placed = library
    before = db.read_bytes()
    report = remove_sources([placed[2]], db, dry_run=True)
    expected = [a for a in Corpus.open(db).articles.values() if a.source_file == placed[2].name]
    assert report.dry_run and report.articles == len(expected) > 0
    assert db.read_bytes() == before


def test_the_apps_preview_from_the_snapshot_matches_a_dry_run_of_the_database(library) -> None:
    db, placed = library
    corpus = Corpus.open(db)
    for path in placed:
        dry = remove_sources([path], db, dry_run=True)
        (record,) = dry.files
        preview = preview_removal(corpus, record.source_sha256)
        assert (preview.articles, preview.claims, preview.files[0].source_path) == (dry.articles, dry.claims, record.source_path)
        assert preview.articles > 0 and preview.dry_run
    with pytest.raises(StoreError, match="no stored file has these bytes"):
        preview_removal(corpus, "0" * 64)


def test_removal_leaves_nothing_of_the_file_in_the_corpus_claims_or_search(library) -> None:
    db, placed = library
    corpus = Corpus.open(db)
    doomed = {a.id for a in corpus.articles.values() if a.source_file == placed[2].name}
    kept = set(corpus.articles) - doomed
    doomed_passage = next(p for a in corpus.articles.values() if a.id in doomed for p in a.passages if len(p.text) > 80)
    query = " ".join(doomed_passage.text.split()[2:7])
    assert any(h.passage_id == doomed_passage.id for h in corpus.search(query, limit=20))

    report = remove_sources([placed[2]], db)
    assert report.articles == len(doomed)

    after = Corpus.open(db)
    assert set(after.articles) == kept
    assert not any(c.article_id in doomed for c in after.claims)
    assert not any(h.passage_id == doomed_passage.id for h in after.search(query, limit=50))
    assert str(placed[2].resolve()) not in _stored(db).files


def test_a_removed_file_can_be_added_again(library) -> None:
    db, placed = library
    count = len(Corpus.open(db).articles)
    remove_sources([placed[0]], db)
    report = ingest_paths([placed[0]], db)
    assert [f.status for f in report.files] == ["added"]
    assert len(Corpus.open(db).articles) == count


def test_no_database_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database here"):
        remove_sources(["a.txt"], tmp_path / "none.json")
    assert not (tmp_path / "none.json").exists()


# Three files about two people sharing a surname: "Budanov" alone is one of them only while the
# other is not in the corpus, so the lone surname's folding depends on which files are present.
_BUDANOV_FILES = {
    "a.txt": "Kursk update\n\nBudanov said 11,000 North Korean troops were deployed to Kursk in November.\n",
    "b.txt": "Intelligence chief speaks\n\nKyrylo Budanov said 12,000 North Korean troops had arrived in Russia by December.\n",
    "c.txt": "Another Budanov\n\nOleksandr Budanov said 3,000 North Korean troops were wounded in the fighting last month.\n",
}


def _claimants(db: Path) -> dict[str, str | None]:
    return {c.text.split(" said")[0]: c.claimant for c in Corpus.open(db).claims}


@pytest.fixture
def budanov_files(tmp_path: Path) -> dict[str, Path]:
    for name, text in _BUDANOV_FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {name: tmp_path / name for name in _BUDANOV_FILES}


def test_claimant_names_do_not_depend_on_the_order_files_were_ingested(budanov_files, tmp_path: Path) -> None:
    together, one_by_one = tmp_path / "together" / "db.json", tmp_path / "apart" / "db.json"
    ingest_paths(list(budanov_files.values()), together)
    ingest_paths([budanov_files["a.txt"], budanov_files["b.txt"]], one_by_one)
    assert _claimants(one_by_one)["Budanov"] == "Kyrylo Budanov"  # the only Budanov with a first name so far
    ingest_paths([budanov_files["c.txt"]], one_by_one)
    assert _claimants(one_by_one) == _claimants(together)
    assert _claimants(together)["Budanov"] == "Budanov"  # two people it could be: left as written


def test_a_removed_files_spelling_of_a_name_does_not_linger_in_other_claims(budanov_files, tmp_path: Path) -> None:
    db = tmp_path / "db.json"
    ingest_paths([budanov_files["a.txt"], budanov_files["b.txt"]], db)
    assert _claimants(db)["Budanov"] == "Kyrylo Budanov"
    remove_sources([budanov_files["b.txt"]], db)
    assert _claimants(db) == {"Budanov": "Budanov"}  # nothing left in the corpus says "Kyrylo"

"""After an upgrade: stale claims are flagged, and `reanalyse` redoes them exactly as a fresh ingest would."""

from __future__ import annotations

from pathlib import Path

import pytest

import store.ingest
from store.corpus import Corpus
from store.errors import StoreError
from store.ingest import ingest_paths, rewrite_corpus
from store.paths import seed_files
from store.reanalysis import reanalyse
from store.repository import Repository


def _claims(db: Path) -> list[dict]:
    return sorted((c.to_dict() for c in Corpus.open(db).claims), key=lambda c: c["id"])


def _ingest_with_old_rules(files: list[Path], db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ingest as an older release would have: its analysers' fingerprint differs, and its claimants differ."""
    with monkeypatch.context() as patched:
        patched.setattr(store.ingest, "analysis_fingerprint", lambda: "older-release")
        ingest_paths(files, db)
    with Repository.open(db) as repo:  # what older rules made of the same text: other names
        stored = repo.load()
        for claim in stored.claims:
            claim.claimant = claim.claimant_in_file = "someone else" if claim.claimant else None
        rewrite_corpus(repo, stored, db, lambda *_: None)


def test_a_fresh_database_is_current_and_an_older_releases_is_flagged(tmp_path: Path, monkeypatch) -> None:
    fresh, old = tmp_path / "fresh" / "db.json", tmp_path / "old" / "db.json"
    ingest_paths(seed_files()[:2], fresh)
    assert Corpus.open(fresh).claims_are_current()
    _ingest_with_old_rules(seed_files()[:2], old, monkeypatch)
    assert not Corpus.open(old).claims_are_current()
    ingest_paths(seed_files()[2:3], old)  # new files get new claims, but the old ones are still stale
    assert not Corpus.open(old).claims_are_current()


def test_reanalyse_redoes_every_claim_as_a_fresh_ingest_would(tmp_path: Path, monkeypatch) -> None:
    fresh, old = tmp_path / "fresh" / "db.json", tmp_path / "old" / "db.json"
    ingest_paths(seed_files(), fresh)
    _ingest_with_old_rules(seed_files(), old, monkeypatch)
    assert _claims(old) != _claims(fresh)

    def by_the_old_name() -> set[str]:
        return {h.passage_id for h in Corpus.open(old).search("Budanov", limit=50, claimant="someone else")}

    assert by_the_old_name()
    report = reanalyse(old)
    assert report.articles == len(Corpus.open(fresh).articles) and report.claims_after == len(_claims(fresh))
    assert _claims(old) == _claims(fresh)
    assert Corpus.open(old).claims_are_current()
    assert not by_the_old_name()  # the index's claimant filter was rebuilt too


def test_reanalysing_nothing_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database here"):
        reanalyse(tmp_path / "none.json")


def _topics(db: Path) -> dict[str, list]:
    return {p.id: [h.topic for h in p.topics] for a in Corpus.open(db).articles.values() for p in a.passages}


def test_reanalysing_over_several_cores_gives_what_one_core_does(tmp_path: Path, monkeypatch) -> None:
    """The articles cut into three slices, two analysed in forked children: the same claims and topics."""
    import store.forked
    import store.reanalysis

    fresh, old = tmp_path / "fresh" / "db.json", tmp_path / "old" / "db.json"
    ingest_paths(seed_files(), fresh)
    _ingest_with_old_rules(seed_files(), old, monkeypatch)
    with Repository.open(old) as repo:  # and topics lost, so the children's tags must come back
        stored = repo.load()
        for article in stored.articles.values():
            for passage in article.passages:
                passage.topics = []
        rewrite_corpus(repo, stored, old, lambda *_: None)
    assert _topics(old) != _topics(fresh)

    children: list[bool] = []

    class WatchedTask(store.forked.ForkedTask):
        def result(self):  # type: ignore[no-untyped-def]
            value = super().result()
            children.append(self.ran_in_child)
            return value

    monkeypatch.setattr(store.reanalysis, "PARALLEL_MIN_ARTICLES", 1)
    monkeypatch.setattr("os.cpu_count", lambda: 3)
    monkeypatch.setattr(store.forked, "ForkedTask", WatchedTask)
    reanalyse(old)
    assert children == [True, True]
    assert _claims(old) == _claims(fresh)
    assert _topics(old) == _topics(fresh)

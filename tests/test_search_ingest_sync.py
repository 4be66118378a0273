"""Ingest keeps the saved index in step with the database."""

from __future__ import annotations

from pathlib import Path

from store.corpus import Corpus
from store.ingest import ingest_paths
from store.paths import seed_files
from store.search import SearchIndex, ensure_index, index_path_for

EXTRA_ARTICLE = """Zorbulatvik depot hit by drones

The Kyiv Observer — March 3, 2025
By Olena Marchenko

Ukrainian drones struck the Zorbulatvik ammunition depot, where North Korean shells were stored, officials said.

Satellite images showed several warehouses destroyed at the site, according to analysts who studied them.
"""


def test_ingest_writes_a_current_index_and_updates_it(tmp_path: Path) -> None:
    db_path = tmp_path / "db.json"
    first = ingest_paths(seed_files(), db_path)
    saved = SearchIndex.load(index_path_for(db_path), expect_generation=first.generation)
    corpus = Corpus.open(db_path)
    index = ensure_index(corpus)
    assert index.is_mapped  # loaded from the file ingest wrote, not rebuilt
    assert len(index) == len(corpus.passages) == len(saved)
    top = corpus.search("kursk casualtis", limit=5)
    assert top and all("kursk" in hit.text.lower() or "casualt" in hit.text.lower() for hit in top)
    assert "kursk" in top[0].text.lower() and "casualt" in top[0].text.lower()
    assert corpus.search("zorbulatvik") == []

    extra = tmp_path / "extra.txt"
    extra.write_text(EXTRA_ARTICLE, encoding="utf-8")
    second = ingest_paths([extra], db_path)
    assert second.generation != first.generation
    reopened = Corpus.open(db_path)
    reindexed = ensure_index(reopened)
    assert reindexed.is_mapped and reindexed.generation == second.generation
    hits = reopened.search("zorbulatvk depot")  # with a typo
    assert hits and "Zorbulatvik" in hits[0].text
    assert hits[0].passage_id in reopened.passages

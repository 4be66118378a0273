"""The bench's corpus generator and query maker, at a tiny size (no timings asserted)."""

from __future__ import annotations

import random
from pathlib import Path

from rapidfuzz.distance import OSA

from store.bench import RESULT_KEYS, BenchRun, format_table
from store.paths import seed_files
from store.search.synthetic import (
    ambiguity,
    make_queries,
    one_edit,
    read_seed_material,
    write_corpus,
)


def test_seed_material_is_found_by_general_rules() -> None:
    material = read_seed_material(seed_files())
    assert len(material.sentences) > 100
    assert material.headings and material.rare_names and material.substitutes


def test_generated_files_have_every_layout_and_the_requested_articles(tmp_path: Path) -> None:
    files = write_corpus(tmp_path, 60, seed_files(), seed=3)
    assert {p.suffix for p in files} >= {".txt"}
    assert all(p.stat().st_size > 200 for p in files)
    digests = [p for p in files if p.name.startswith("digest_")]
    singles = len(files) - len(digests)
    in_digests = sum(p.read_bytes().count(b"Read the original article on") for p in digests)
    assert singles + in_digests == 60
    again = write_corpus(tmp_path / "again", 60, seed_files(), seed=3)
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in files]  # reproducible


def test_one_edit_is_exactly_one_edit() -> None:
    rng = random.Random(5)
    for word in ["casualties", "kursk", "language", "barrier", "sungri"] * 20:
        assert OSA.distance(word, one_edit(word, rng)) == 1


def test_queries_come_from_their_passage_with_one_typo() -> None:
    passages = [
        (f"p{i}", f"Passage {i} mentions artillery shells, Kursk casualties and unusual{i} word{i} marker{i} here.")
        for i in range(40)
    ]
    queries = make_queries(passages, 30, seed=1)
    assert len(queries) == 30
    texts = dict(passages)
    for query in queries:
        assert 2 <= len(query.words) <= 4
        assert all(word in texts[query.source].lower() for word in query.words)
        typed = query.text.split()
        assert sum(a != b for a, b in zip(typed, query.words, strict=True)) == 1
    assert all(count >= 1 for count in ambiguity(passages, queries))


def test_table_lists_every_figure() -> None:
    run = BenchRun(figures=dict.fromkeys(RESULT_KEYS, 1.0))
    run.figures["ready_s"] = None
    run.note("fzf / rg", "not installed")
    table = format_table(run)
    for key in RESULT_KEYS:
        assert key in table
    assert "null" in table and "not installed" in table

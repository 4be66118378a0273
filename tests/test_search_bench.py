"""The bench's corpus generator and query maker, at a tiny size (no timings asserted)."""

from __future__ import annotations

import random
import re
from collections import Counter
from pathlib import Path

import pytest
from rapidfuzz.distance import OSA

from store.bench import RESULT_KEYS, BenchRun, format_table
from store.paths import seed_files
from store.search.synthetic import (
    ArticleFactory,
    ambiguity,
    make_queries,
    one_edit,
    read_seed_material,
    write_corpus,
)
from store.search.synthetic_seeds import clause_joints
from store.search.synthetic_sentences import INITIAL_PEOPLE, figure_like, reorder_clauses


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


# --- the generator's model (see store.search.synthetic's docstring) --------------------


@pytest.fixture(scope="module")
def generated() -> tuple[ArticleFactory, list[dict]]:
    factory = ArticleFactory(read_seed_material(seed_files()), random.Random(11))
    return factory, [factory.article() for _ in range(150)]


def test_wording_does_not_repeat_outside_syndication(generated) -> None:
    factory, articles = generated
    paragraphs = [p for a in articles for p in a["paragraphs"]]
    counts = Counter(p for p in paragraphs if len(p.split()) >= 12)
    repeated = sum(n for n in counts.values() if n > 1)
    # Every verbatim copy makes at least two equal paragraphs; anything beyond that is wording repeating itself.
    assert repeated <= 2 * factory.paragraphs_copied + 0.02 * sum(counts.values())
    assert 0 < factory.paragraphs_copied < 0.15 * len(paragraphs)  # some syndication, not a copy farm


def test_vocabulary_grows_along_heaps_curve(generated) -> None:
    factory, _ = generated
    supply = factory.supply
    assert supply.target() > read_seed_material(seed_files()).vocabulary  # the corpus is longer than the seeds
    # Name slots are too few to keep up with the curve early on: every one then names someone new.
    assert 0.45 * supply.target() <= len(supply.vocabulary) <= 1.05 * supply.target()
    assert len(supply.people) > INITIAL_PEOPLE  # new people were named along the way


def test_events_are_retold_by_several_articles(generated) -> None:
    _, articles = generated
    per_date_outlet = Counter((a["date"], a["title"]) for a in articles)
    assert len({a["date"] for a in articles}) < len(articles)  # several articles share an event's date
    assert len(per_date_outlet) > len(articles) // 2


def test_figures_are_mostly_round_and_keep_their_shape() -> None:
    rng = random.Random(2)
    figures = [figure_like("12,345", rng) for _ in range(400)]
    assert all(re.fullmatch(r"\d{1,3}(,\d{3})*", f) for f in figures)
    round_share = sum(f.replace(",", "").rstrip("0") != f.replace(",", "") for f in figures) / len(figures)
    assert 0.5 < round_share < 0.9
    assert re.fullmatch(r"\d+\.\d", figure_like("1.5", rng))
    assert 2015 <= int(figure_like("2023", rng)) <= 2026


def test_clause_operations_keep_the_words() -> None:
    sentence = "On Monday, the ministry said that North Korean troops had moved to the front lines."
    moved = reorder_clauses(sentence)
    assert moved == "The ministry said that North Korean troops had moved to the front lines on Monday."
    attributed = reorder_clauses("The troops suffered heavy losses near the border, officials said.")
    assert attributed == "Officials said the troops suffered heavy losses near the border."
    text = "The factory, which opened in 2015, employs about 1,600 workers, according to state media reports."
    joints = clause_joints(text)
    assert joints and all(text[j : j + 2] == ", " and text[j + 2].islower() for j in joints)


def test_the_add_probe_adds_one_file_and_reports_its_cost(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    from store.corpus import Corpus
    from store.ingest import ingest_paths
    from store.paths import seed_files

    db = tmp_path / "db.json"
    ingest_paths(seed_files()[:3], db)
    before = len(Corpus.open(db).articles)
    later = write_corpus(tmp_path / "later", 1, seed_files(), seed=20250102)
    finished = subprocess.run(
        [sys.executable, "-m", "store.add_probe", "--db", str(db), str(later[0])], capture_output=True, text=True, check=True
    )
    result = json.loads(finished.stdout.strip().splitlines()[-1])
    assert result["articles_added"] == 1 and not result["rejected"]
    assert len(Corpus.open(db).articles) == before + 1
    assert result["seconds"] > 0 and result["peak_mb"] > 20
    assert "Writing the database" in [name for name, _ in result["phases"]]

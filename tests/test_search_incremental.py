"""Adding articles extends the saved index instead of rebuilding it, with the full build's result.

``store.search.incremental`` restores the forward builder to its state before
the old texts' last batch and reads on from there.  Each test compares with a
full build of the same articles: the saved arrays one for one, and search
results with their scores.  Batches are made small here so that the old texts
span many of them and the new ones join the last.
"""

from __future__ import annotations

import dataclasses
import random
from pathlib import Path

import numpy as np
import pytest

from store import ingest_index
from store.forked import ForkedTask, Gate
from store.ingest_index import PreviousIndex, folded_names, index_step
from store.models import Article, Claim, Passage, TopicHit
from store.search import SearchIndex, incremental, persistence
from store.search import forward as forward_module
from store.search.container import read_container
from store.search.incremental import extended_parts, load_extendable
from store.search.persistence import parts_arrays

_WORDS = [
    "Kursk", "kursk,", "(Kim", "Korea's", "KOREA’S", "11,000", "1.5", "40%", "self-propelled", "Su-jin", "Sŭngri",
    "Łódź", "—", "“quoted”", "T-72", "Пхеньян", "평양", "国家情報", "x" * 70, "11k", "pct", "per", "cent", "12", "000",
    "twelve", "thousand", "million", "percent", "3", "1,500", "shells", "troops", "artillery", "Budanov", "missiles",
]
_QUERIES = [
    "kursk", "korea 11000", "sungri", "self propelled", '"su jin"', "lodz", "kursj", "평양", "12000", "twelve thousand",
    "percent", "troops -artillery", "budanov shells", "missil", "情報", "t72", "quoted kim", "1500 troops",
]


def _article(rng: random.Random, number: int, batch: str) -> tuple[Article, list[Claim]]:
    article_id = f"{batch}{number}"
    passages, claims = [], []
    for order in range(rng.randint(1, 5)):
        pid = f"{article_id}-{order:03d}"
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 14))]
        if rng.random() < 0.2:
            words.append(f"only{batch}{rng.randint(0, 30)}")  # words the other batch lacks
        topics = [TopicHit(topic=rng.choice(["casualties", "artillery", f"t-{batch}"]), terms=[]) for _ in range(rng.randint(0, 2))]
        passages.append(Passage(id=pid, article_id=article_id, kind="body", text=" ".join(words), order=order, topics=topics))
        for c in range(rng.randint(0, 2)):
            who = rng.choice(["Ministry", "K. Budanov", "Analyst", None])
            claims.append(Claim(id=f"{pid}@{c}", article_id=article_id, passage_id=pid, text="x", start=0, end=1, claimant=who))
    title = f"{rng.choice(_WORDS)} headline{batch}{rng.randint(0, 9)} {rng.choice(_WORDS)}"
    outlet = rng.choice(["Alpha Daily", "Beta Wire", f"{batch} Times", None])
    return Article(id=article_id, source_file="f", source_sha256="0" * 64, ordinal=number, title=title, outlet=outlet,
                   passages=passages), claims  # fmt: skip


def _corpus(seed: int, old: int, new: int) -> tuple[list[Article], list[Article], list[Claim]]:
    rng = random.Random(seed)
    made = [_article(rng, i, "a") for i in range(old)] + [_article(rng, i, "b") for i in range(new)]
    articles = [a for a, _ in made]
    return articles[:old], articles, [c for _, claims in made for c in claims]


def _arrays(parts) -> tuple[dict, dict[str, tuple[str, tuple, bytes]]]:
    header, arrays = parts_arrays(parts)
    return header, {name: (a.dtype.name, a.shape, np.ascontiguousarray(a).tobytes()) for name, a in arrays.items()}


def _saved(path: Path) -> dict[str, tuple[str, tuple, bytes]]:
    _, arrays = read_container(path)
    return {name: (a.dtype.name, a.shape, a.tobytes()) for name, a in arrays.items()}


def _results(index: SearchIndex) -> list[object]:
    found = []
    for query in _QUERIES:
        for filters in ({}, {"outlet": "Beta Wire"}, {"topic": "casualties"}, {"claimant": "Kyrylo Budanov"}):
            found.append([(h.passage_id, h.score, h.spans, h.title) for h in index.search(query, limit=20, **filters)])
    return found


@pytest.fixture()
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forward_module, "_BATCH_CHARS", 700)  # many batches, the old texts' last one shared


@pytest.mark.parametrize(("seed", "old", "new"), [(1, 60, 3), (2, 40, 25), (3, 5, 1), (4, 80, 0)])
def test_an_extended_index_is_the_full_build_array_for_array(tmp_path, small_batches, monkeypatch, seed, old, new) -> None:
    def never(*args):
        raise AssertionError("the saved postings' term frequencies should have been proved")

    monkeypatch.setattr(incremental, "_counted_again", never)
    before, articles, claims = _corpus(seed, old, new)
    SearchIndex.from_articles(before, claims, generation="g1").save(tmp_path / "old")
    saved = load_extendable(tmp_path / "old", "g1")
    assert saved is not None and len(saved.resume.text_batches) > 1
    parts = extended_parts(saved, articles, len(before))
    assert parts is not None
    full = SearchIndex.from_articles(articles, claims)
    assert parts.claimants.names == []  # names come last (see ``ingest_index``)
    parts.claimants = full.parts.claimants
    assert _arrays(parts) == _arrays(full.parts)
    SearchIndex(parts, generation="g2").save(tmp_path / "extended")
    assert _results(SearchIndex.load(tmp_path / "extended")) == _results(full)


def test_term_frequencies_that_cannot_be_proved_are_counted_again(tmp_path, small_batches, monkeypatch) -> None:
    before, articles, claims = _corpus(9, 50, 5)
    SearchIndex.from_articles(before, claims, generation="g1").save(tmp_path / "old")
    proved = []
    real = incremental.recovered_tf

    def unprovable(postings, lengths, avgdl):
        for start, terms, docs, tf in real(postings, lengths, avgdl):
            proved.append(tf is not None)
            yield start, terms, docs, None  # as if an impact had not come out the same

    monkeypatch.setattr(incremental, "recovered_tf", unprovable)
    parts = extended_parts(load_extendable(tmp_path / "old", "g1"), articles, len(before))
    assert parts is not None and proved == [True]
    full = SearchIndex.from_articles(articles, claims)
    parts.claimants = full.parts.claimants
    assert _arrays(parts) == _arrays(full.parts)


def test_the_index_step_extends_the_old_index_with_the_names_folded_since(tmp_path, small_batches, monkeypatch) -> None:
    before, articles, claims = _corpus(5, 50, 4)
    SearchIndex.from_articles(before, claims, generation="g1").save(tmp_path / "old")
    extended: list[bool] = []
    real = incremental.extended_parts
    monkeypatch.setattr(incremental, "extended_parts", lambda *a: extended.append(True) or real(*a))
    # The new article's fuller spelling refolds an old claim's name: the facet must show the new name only.
    refolded = [c for c in claims if c.claimant == "K. Budanov"]
    assert refolded
    for claim in refolded:
        claim.claimant = "Kyrylo Budanov"
    previous = PreviousIndex(tmp_path / "old", "g1", len(before))
    index_step(tmp_path / "new", articles, claims, "g2", Gate(), previous)(False)
    assert extended == [True]
    full = SearchIndex.from_articles(articles, claims, generation="g2")
    full.save(tmp_path / "full")
    assert _saved(tmp_path / "new") == _saved(tmp_path / "full")
    loaded = SearchIndex.load(tmp_path / "new", expect_generation="g2")
    assert "K. Budanov" not in loaded.parts.claimants.names and "Kyrylo Budanov" in loaded.parts.claimants.names
    assert _results(loaded) == _results(full)


def test_in_a_forked_child_the_names_arrive_through_the_gate(tmp_path, small_batches) -> None:
    before, articles, claims = _corpus(6, 30, 2)
    SearchIndex.from_articles(before, claims, generation="g1").save(tmp_path / "old")
    names = Gate()
    task = ForkedTask(index_step(tmp_path / "new", articles, claims, "g2", names, PreviousIndex(tmp_path / "old", "g1", 30)))
    for claim in claims:  # folded in the parent after the child started
        if claim.claimant == "Analyst":
            claim.claimant = "An Analyst"
    names.open(folded_names(claims))
    names.close()
    task.result()
    SearchIndex.from_articles(articles, claims, generation="g2").save(tmp_path / "full")
    assert _saved(tmp_path / "new") == _saved(tmp_path / "full")


def test_any_doubt_about_the_old_index_means_a_full_build(tmp_path, small_batches, monkeypatch) -> None:
    before, articles, claims = _corpus(7, 30, 3)
    SearchIndex.from_articles(before, claims, generation="g1").save(tmp_path / "old")
    assert load_extendable(tmp_path / "old", "another generation") is None
    assert load_extendable(tmp_path / "missing", "g1") is None
    saved = load_extendable(tmp_path / "old", "g1")
    assert saved is not None
    assert extended_parts(saved, articles, 0) is None  # nothing kept
    assert extended_parts(saved, articles[1:], 29) is None  # an old article gone
    retitled = [*articles]
    retitled[3] = dataclasses.replace(retitled[3], title="Another title")
    assert extended_parts(saved, retitled, 30) is None  # an old article changed
    moved = [*articles]
    moved[3] = dataclasses.replace(moved[3], passages=moved[3].passages[:-1])
    assert extended_parts(saved, moved, 30) is None
    assert extended_parts(saved, [*articles, articles[-1]], 30) is None  # repeated ids
    # Saved by a build that kept no resume state (an index of format 6): nothing to go on from.
    old_style = SearchIndex.from_articles(before, claims, generation="g1")
    old_style.parts.resume = None
    old_style.save(tmp_path / "old-style")
    assert load_extendable(tmp_path / "old-style", "g1") is None
    # Built by other code (a tokeniser changed since): what it holds may not be what this code reads.
    real = persistence.code_fingerprint
    monkeypatch.setattr(persistence, "code_fingerprint", lambda: "another version")
    assert load_extendable(tmp_path / "old", "g1") is None
    monkeypatch.setattr(persistence, "code_fingerprint", real)
    assert load_extendable(tmp_path / "old", "g1") is not None
    # Batches of another size than when it was built: the term ids would not be the ones built whole.
    monkeypatch.setattr(forward_module, "_BATCH_CHARS", 900)
    assert load_extendable(tmp_path / "old", "g1") is None


class _NamesArrived:
    """What a forked child's gate gives once the parent has folded the names (``Gate.wait``)."""

    def __init__(self, claims: list[Claim]) -> None:
        self.payload = folded_names(claims)

    def wait(self) -> bytes:
        return self.payload


@pytest.mark.parametrize(
    ("renaming", "as_wholes"),
    [({"Analyst": "An Analyst"}, True), ({"Analyst": "Ministry", "K. Budanov": "Kyrylo Budanov"}, True),
     ({"Ministry": None}, False), ({"Analyst": "An Analyst", "every other": "Ann Analyst"}, False)],
)  # fmt: skip
def test_names_folded_after_the_old_index_was_saved_reach_its_claimant_facet(
    tmp_path, small_batches, monkeypatch, renaming, as_wholes
) -> None:
    before, articles, claims = _corpus(10, 40, 3)
    SearchIndex.from_articles(before, claims, generation="g1").save(tmp_path / "old")
    old_ids = {a.id for a in before}
    folded = [dataclasses.replace(c) for c in claims]  # the parent's claims, folded after the child forked
    analysts = [c for c in folded if c.claimant == "Analyst" and c.article_id in old_ids]
    for claim in folded:
        if claim.claimant in renaming:
            claim.claimant = renaming[claim.claimant]
    if "every other" in renaming:  # one name as loaded becomes two: not a renaming of the old facet
        for claim in analysts[::2]:
            claim.claimant = renaming["every other"]
    seen: list[bool] = []
    real = ingest_index._refolded_claimants
    monkeypatch.setattr(ingest_index, "_refolded_claimants", lambda *a: seen.append((found := real(*a)) is not None) or found)
    step = index_step(tmp_path / "new", articles, claims, "g2", _NamesArrived(folded), PreviousIndex(tmp_path / "old", "g1", 40))
    step(True)
    assert seen == [as_wholes]
    SearchIndex.from_articles(articles, folded, generation="g2").save(tmp_path / "full")
    assert _saved(tmp_path / "new") == _saved(tmp_path / "full")
    names = SearchIndex.load(tmp_path / "new").parts.claimants.names
    assert not (renaming.keys() - {"every other"}) & set(names)  # the names as loaded are gone from the facet


def test_a_damaged_old_index_costs_a_full_build_not_a_wrong_one(tmp_path, small_batches) -> None:
    before, articles, claims = _corpus(8, 30, 3)
    SearchIndex.from_articles(before, claims, generation="g1").save(tmp_path / "old")
    data = (tmp_path / "old").read_bytes()
    (tmp_path / "old").write_bytes(data[: len(data) // 2])
    index_step(tmp_path / "new", articles, claims, "g2", Gate(), PreviousIndex(tmp_path / "old", "g1", 30))(False)
    SearchIndex.from_articles(articles, claims, generation="g2").save(tmp_path / "full")
    assert _saved(tmp_path / "new") == _saved(tmp_path / "full")


def test_ingest_extends_the_index_and_removal_leaves_nothing_of_a_file(tmp_path, small_batches, monkeypatch) -> None:
    from store.ingest import ingest_paths
    from store.paths import seed_files
    from store.removal import remove_sources
    from store.repository import Repository
    from store.search.synthetic import write_corpus

    files = sorted(write_corpus(tmp_path / "corpus", 8, seed_files()))
    db = tmp_path / "db.json"
    ingest_paths(files[:-1], db)
    extended: list[bool] = []
    real = incremental.extended_parts
    monkeypatch.setattr(incremental, "extended_parts", lambda *a: extended.append((found := real(*a)) is not None) or found)
    added = tmp_path / "added.txt"
    added.write_text("Zyxwquorp Report — May 2, 2025\n\nThe zyxwquorp brigade moved 12 000 shells towards Kursk, "
                     "officials said.\n\nKyrylo Budanov said more troops would follow.\n", encoding="utf-8")
    assert ingest_paths([files[-1], added], db).articles_added >= 2
    assert extended == [True]

    def whole_build(path: Path) -> dict[str, tuple[str, tuple, bytes]]:
        with Repository.open(db, readonly=True) as repo:
            stored = repo.load()
        SearchIndex.from_articles(stored.articles.values(), stored.claims).save(path)
        return _saved(path)

    index_file = Path(str(db) + ".search-index")
    assert _saved(index_file) == whole_build(tmp_path / "whole")
    with Repository.open(db, readonly=True) as repo:
        generation = repo.generation
    index = SearchIndex.load(index_file, expect_generation=generation)  # the app's generation check
    assert index.search("zyxwquorp")

    remove_sources([added], db)
    assert _saved(index_file) == whole_build(tmp_path / "whole-after")
    with Repository.open(db, readonly=True) as repo:
        generation = repo.generation
    index = SearchIndex.load(index_file, expect_generation=generation)
    assert not index.search("zyxwquorp") and index.parts.vocabulary.lookup("zyxwquorp") is None
    assert not any("zyxwquorp" in index.parts.texts[d].lower() for d in range(len(index)))

"""Removing files shrinks the saved index instead of building it again, with the full build's result.

``store.search.shrink`` keeps the saved postings of the passages before the
batch holding the first removed one, and renumbers the saved terms of the rest
as a build would number them (``store.search.renumbered``): no text goes
through the tokenising builder.  Each test compares with a full build of what
remains: the saved arrays one for one, and search results with their scores.
Batches are made small so that the texts span many of them.
"""

from __future__ import annotations

import dataclasses
import json
import random
from pathlib import Path

import numpy as np
import pytest

from store.forked import Gate
from store.ingest_index import IndexBeforeRemoval, index_step
from store.models import Article, Claim, Passage, TopicHit
from store.search import SearchIndex, incremental, persistence, shrink
from store.search import builder as builder_module
from store.search import forward as forward_module
from store.search.container import read_container
from store.search.incremental import load_extendable
from store.search.persistence import parts_arrays
from store.search.shrink import shrunk_parts
from store.search.vocabulary import Vocabulary

_WORDS = [
    "Kursk",
    "kursk,",
    "(Kim",
    "Korea's",
    "KOREA’S",
    "11,000",
    "1.5",
    "40%",
    "self-propelled",
    "Su-jin",
    "Sŭngri",
    "Łódź",
    "—",
    "“quoted”",
    "T-72",
    "Пхеньян",
    "평양",
    "国家情報",
    "x" * 70,
    "11k",
    "pct",
    "per",
    "cent",
    "12",
    "000",
    "twelve",
    "thousand",
    "million",
    "percent",
    "3",
    "1,500",
    "shells",
    "troops",
    "artillery",
    "Budanov",
    "missiles",
]
_QUERIES = [
    "kursk",
    "korea 11000",
    "sungri",
    "self propelled",
    '"su jin"',
    "lodz",
    "kursj",
    "평양",
    "12000",
    "twelve thousand",
    "percent",
    "troops -artillery",
    "budanov shells",
    "missil",
    "情報",
    "t72",
    "quoted kim",
    "1500 troops",
    "only3",
    "headline4",
    "rare17",
]


def _article(rng: random.Random, number: int) -> tuple[Article, list[Claim]]:
    article_id = f"a{number}"
    passages, claims = [], []
    for order in range(rng.randint(0 if rng.random() < 0.05 else 1, 5)):
        pid = f"{article_id}-{order:03d}"
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 14))]
        if rng.random() < 0.3:
            words.insert(rng.randint(0, len(words)), f"rare{number}")  # a word of this article alone
        if rng.random() < 0.2:
            words.append(f"only{rng.randint(0, 30)}")
        topics = [
            TopicHit(topic=rng.choice(["casualties", "artillery", f"t-{number % 7}"]), terms=[])
            for _ in range(rng.randint(0, 2))
        ]
        passages.append(
            Passage(id=pid, article_id=article_id, kind="body", text=" ".join(words), order=order, topics=topics)
        )
        for c in range(rng.randint(0, 2)):
            who = rng.choice(["Ministry", "K. Budanov", "Analyst", f"Speaker {number % 5}", None])
            claims.append(
                Claim(id=f"{pid}@{c}", article_id=article_id, passage_id=pid, text="x", start=0, end=1, claimant=who)
            )
    title = f"{rng.choice(_WORDS)} headline{rng.randint(0, 9)} {rng.choice(_WORDS)} title{number}"
    outlet = rng.choice(["Alpha Daily", "Beta Wire", f"Times {number % 4}", None])
    return Article(id=article_id, source_file=f"f{number}", source_sha256="0" * 64, ordinal=number, title=title,
                   outlet=outlet, passages=passages), claims  # fmt: skip


def _corpus(seed: int, count: int) -> tuple[list[Article], list[Claim]]:
    rng = random.Random(seed)
    made = [_article(rng, i) for i in range(count)]
    return [a for a, _ in made], [c for _, claims in made for c in claims]


def _without(articles: list[Article], claims: list[Claim], gone: set[int]) -> tuple[list[Article], list[Claim]]:
    kept = [a for i, a in enumerate(articles) if i not in gone]
    ids = {a.id for a in kept}
    return kept, [c for c in claims if c.article_id in ids]


def _arrays(parts) -> dict[str, tuple[str, tuple, bytes]]:
    header, arrays = parts_arrays(parts)
    return {"header": json.dumps(header, sort_keys=True)} | {
        name: (a.dtype.name, a.shape, np.ascontiguousarray(a).tobytes()) for name, a in arrays.items()
    }


def _saved(path: Path) -> dict[str, tuple[str, tuple, bytes]]:
    header, arrays = read_container(path)
    return {"avgdl": header["avgdl"], "facets": header["facets"]} | {
        name: (a.dtype.name, a.shape, a.tobytes()) for name, a in arrays.items()
    }


def _results(index: SearchIndex) -> list[object]:
    found = []
    for query in _QUERIES:
        for filters in ({}, {"outlet": "Beta Wire"}, {"topic": "casualties"}, {"claimant": "Analyst"}):
            found.append([(h.passage_id, h.score, h.spans, h.title) for h in index.search(query, limit=20, **filters)])
    return found


@pytest.fixture()
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forward_module, "_BATCH_CHARS", 700)  # many batches, the first removed passage mid-way


@pytest.fixture()
def no_tokenising(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many texts a tokenising builder reads from now on (none should: the saved index has their terms)."""
    read: list[int] = []
    real = forward_module.ForwardBuilder.add_batch

    def counting(self, texts: list[str]):
        read.append(len(texts))
        return real(self, texts)

    monkeypatch.setattr(forward_module.ForwardBuilder, "add_batch", counting)
    return read


def _never(*args, **kwargs):
    raise AssertionError("the remaining index should not have been built whole")


_BUILD_PARTS = builder_module.build_parts
_SHRUNK_PARTS = shrink.shrunk_parts
_CODE_FINGERPRINT = persistence.code_fingerprint


def _restore(monkeypatch: pytest.MonkeyPatch) -> None:
    """Undo this file's stand-ins, leaving the fixtures' small batches."""
    monkeypatch.setattr(builder_module, "build_parts", _BUILD_PARTS)
    monkeypatch.setattr(shrink, "shrunk_parts", _SHRUNK_PARTS)
    monkeypatch.setattr(persistence, "code_fingerprint", _CODE_FINGERPRINT)


_ECHOED = "echo"  # the removed articles' passages repeat those of the articles after them


@pytest.mark.parametrize(
    ("seed", "count", "gone"),
    [
        (1, 60, {31}),  # one file in the middle
        (2, 60, {4, 17, 18, 40, 59}),  # several, one of them the last
        (3, 50, {0}),  # the first: every term renumbered, still nothing tokenised
        (4, 50, {49}),  # the last
        (5, 50, {20, _ECHOED}),  # a file whose passages echo others
        (6, 40, set(range(1, 40))),  # all but the first
    ],
)
def test_a_shrunk_index_is_the_full_build_array_for_array(
    tmp_path, small_batches, no_tokenising, monkeypatch, seed, count, gone
) -> None:
    monkeypatch.setattr(incremental, "_counted_again", _never)  # the saved term frequencies are proved
    articles, claims = _corpus(seed, count)
    if _ECHOED in gone:
        gone = gone - {_ECHOED}
        echo = articles[min(gone)]
        for offset, passage in enumerate(echo.passages):
            source = articles[min(gone) + 1 + offset].passages
            passage.text = source[0].text if source else passage.text
    SearchIndex.from_articles(articles, claims, generation="g1").save(tmp_path / "old")
    saved = load_extendable(tmp_path / "old", "g1")
    assert saved is not None and len(saved.resume.text_batches) > 3
    remaining, remaining_claims = _without(articles, claims, gone)
    no_tokenising.clear()
    with monkeypatch.context() as patched:
        patched.setattr(Vocabulary, "build", _never)  # the old vocabulary's per-term work is reused
        parts = shrunk_parts(saved, articles, [a for a in remaining if a.passages])
    assert parts is not None
    assert no_tokenising == []
    assert parts.claimants.names == []  # names come last (see ``ingest_index``)
    full = SearchIndex.from_articles(remaining, remaining_claims)
    parts.claimants = full.parts.claimants
    assert _arrays(parts) == _arrays(full.parts)
    assert [parts.passage_ids[i] for i in range(len(full))] == [full.parts.passage_ids[i] for i in range(len(full))]
    assert [parts.titles[i] for i in range(len(full.parts.titles))] == [a.title for a in remaining if a.passages]
    SearchIndex(parts, generation="g2").save(tmp_path / "shrunk")
    assert _results(SearchIndex.load(tmp_path / "shrunk")) == _results(full)


def _loaded_and_kept(tmp_path: Path, seed: int, count: int, gone: set[int]):
    articles, claims = _corpus(seed, count)
    SearchIndex.from_articles(articles, claims, generation="g1").save(tmp_path / "old")
    remaining, remaining_claims = _without(articles, claims, gone)
    return articles, remaining, remaining_claims


def test_the_index_step_shrinks_the_old_index_and_takes_the_names_folded_since(
    tmp_path, small_batches, monkeypatch
) -> None:
    loaded, remaining, claims = _loaded_and_kept(tmp_path, 11, 50, {27, 40})
    monkeypatch.setattr(builder_module, "build_parts", _never)
    for claim in claims:  # the removal refolded a name: the facet must show the new one only
        if claim.claimant == "K. Budanov":
            claim.claimant = "Kyrylo Budanov"
    previous = IndexBeforeRemoval(tmp_path / "old", "g1", loaded)
    index_step(tmp_path / "new", remaining, claims, "g2", Gate(), previous)(False)
    _restore(monkeypatch)
    full = SearchIndex.from_articles(remaining, claims, generation="g2")
    full.save(tmp_path / "full")
    assert _saved(tmp_path / "new") == _saved(tmp_path / "full")
    shrunk = SearchIndex.load(tmp_path / "new", expect_generation="g2")
    assert "K. Budanov" not in shrunk.parts.claimants.names and "Kyrylo Budanov" in shrunk.parts.claimants.names
    assert _results(shrunk) == _results(full)


def _shrink_step(
    tmp_path: Path, loaded: list[Article], remaining: list[Article], claims: list[Claim], saved_for: str
) -> None:
    """The removal's index step, in this process, saving to ``new``; the old index was saved for ``saved_for``."""
    index_step(
        tmp_path / "new", remaining, claims, "g2", Gate(), IndexBeforeRemoval(tmp_path / "old", saved_for, loaded)
    )(False)


def _full_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    built: list[int] = []
    monkeypatch.setattr(
        builder_module, "build_parts", lambda columns, *a: built.append(len(columns)) or _BUILD_PARTS(columns, *a)
    )
    return built


def _same_as_full_build(tmp_path: Path, remaining: list[Article], claims: list[Claim]) -> bool:
    SearchIndex.from_articles(remaining, claims, generation="g2").save(tmp_path / "full")
    return _saved(tmp_path / "new") == _saved(tmp_path / "full")


def test_a_damaged_old_index_costs_a_full_build_not_a_wrong_one(tmp_path, small_batches, monkeypatch) -> None:
    loaded, remaining, claims = _loaded_and_kept(tmp_path, 12, 40, {30})
    data = (tmp_path / "old").read_bytes()
    (tmp_path / "old").write_bytes(data[: len(data) // 2])
    built = _full_builds(monkeypatch)
    _shrink_step(tmp_path, loaded, remaining, claims, "g1")
    assert built and _same_as_full_build(tmp_path, remaining, claims)


def test_an_index_built_by_other_code_or_for_another_database_is_built_again(
    tmp_path, small_batches, monkeypatch
) -> None:
    loaded, remaining, claims = _loaded_and_kept(tmp_path, 13, 40, {30})
    built = _full_builds(monkeypatch)
    monkeypatch.setattr(persistence, "code_fingerprint", lambda: "another version")  # a tokeniser changed since
    _shrink_step(tmp_path, loaded, remaining, claims, "g1")
    assert len(built) == 1 and _same_as_full_build(tmp_path, remaining, claims)
    _restore(monkeypatch)
    built = _full_builds(monkeypatch)
    # Saved for another version of the database: its arrays need not describe ``loaded``.
    _shrink_step(tmp_path, loaded, remaining, claims, "g0")
    assert len(built) == 1 and _same_as_full_build(tmp_path, remaining, claims)


def test_articles_that_are_not_the_loaded_ones_less_some_are_refused(tmp_path, small_batches) -> None:
    loaded, remaining, _ = _loaded_and_kept(tmp_path, 14, 40, {30})
    saved = load_extendable(tmp_path / "old", "g1")
    kept = [a for a in remaining if a.passages]
    assert shrunk_parts(saved, loaded, kept) is not None
    assert shrunk_parts(saved, loaded, kept[::-1]) is None  # reordered
    assert shrunk_parts(saved, loaded, [*kept, kept[-1]]) is None  # repeated
    copy = dataclasses.replace(kept[30])  # equal, but not the object loaded
    assert shrunk_parts(saved, loaded, [copy if a is kept[30] else a for a in kept]) is None  # not the loaded object
    assert shrunk_parts(saved, loaded[:-1], kept[:-1]) is None  # the saved index holds one more article
    assert shrunk_parts(saved, loaded, []) is None  # nothing left: a full build of nothing is cheap
    retold = kept[-1].passages[0]
    retold.text += " zyxwquorp"  # a chunk the saved index never met: it does not describe this text
    assert shrunk_parts(saved, loaded, kept) is None
    saved.resume = None  # an index saved before builds kept their state
    assert shrunk_parts(saved, loaded, kept) is None


def _ingested(tmp_path: Path, count: int) -> tuple[Path, list[Path]]:
    from store.ingest import ingest_paths
    from store.paths import seed_files
    from store.search.synthetic import write_corpus

    files = sorted(write_corpus(tmp_path / "corpus", count, seed_files()))
    db = tmp_path / "db.json"
    ingest_paths(files, db)
    return db, files


def _whole_build(db: Path, path: Path) -> dict[str, tuple[str, tuple, bytes]]:
    from store.repository import Repository

    with Repository.open(db, readonly=True) as repo:
        stored = repo.load()
    SearchIndex.from_articles(stored.articles.values(), stored.claims).save(path)
    return _saved(path)


def _index_after_removal(db: Path) -> SearchIndex:
    from store.repository import Repository

    with Repository.open(db, readonly=True) as repo:
        generation = repo.generation
    return SearchIndex.load(Path(str(db) + ".search-index"), expect_generation=generation)  # the app's check


def _shrinking_only(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """From now on a full build fails; the list says, for each shrinking, whether it gave an index."""
    shrunk: list[bool] = []
    monkeypatch.setattr(shrink, "shrunk_parts", lambda *a: shrunk.append((got := _SHRUNK_PARTS(*a)) is not None) or got)
    monkeypatch.setattr(builder_module, "build_parts", _never)
    return shrunk


def test_the_remove_verb_shrinks_the_index(tmp_path, small_batches, monkeypatch, capsys) -> None:
    from store.cli import main

    db, files = _ingested(tmp_path, 10)
    articles_before = len(_index_after_removal(db).parts.article_ids)
    shrunk = _shrinking_only(monkeypatch)
    assert main(["--db", str(db), "remove", str(files[4]), str(files[7])]) == 0
    assert "Removed" in capsys.readouterr().out
    _restore(monkeypatch)
    assert shrunk == [True]
    assert _saved(Path(str(db) + ".search-index")) == _whole_build(db, tmp_path / "whole")
    assert 0 < len(_index_after_removal(db).parts.article_ids) < articles_before


def test_the_apps_removal_child_shrinks_the_index(tmp_path, small_batches, monkeypatch, capsys) -> None:
    from store import ingest_runner
    from store.ids import sha256_hex

    db, _ = _ingested(tmp_path, 8)
    added = tmp_path / "added.txt"
    added.write_text(
        "Zyxwquorp Report — May 2, 2025\n\nThe zyxwquorp brigade moved 12 000 shells towards Kursk, "
        "officials said.\n\nKyrylo Budanov said more troops would follow.\n",
        encoding="utf-8",
    )
    from store.ingest import ingest_paths

    ingest_paths([added], db)
    assert _index_after_removal(db).search("zyxwquorp")
    shrunk = _shrinking_only(monkeypatch)
    # What the app's RemoveSourceDialog runs (``remove_in_child``), here in this process.
    assert ingest_runner.main(["--db", str(db), "--remove", f"sha256:{sha256_hex(added.read_bytes())}"]) == 0
    report = [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")][-1]
    assert report["report"]["articles"] == 1
    _restore(monkeypatch)
    assert shrunk == [True]
    assert _saved(Path(str(db) + ".search-index")) == _whole_build(db, tmp_path / "whole")
    index = _index_after_removal(db)
    assert not index.search("zyxwquorp") and index.parts.vocabulary.lookup("zyxwquorp") is None


def _written(number: int, *texts: str, title: str = "A report") -> Article:
    article_id = f"w{number}"
    passages = [
        Passage(id=f"{article_id}-{i:03d}", article_id=article_id, kind="body", text=text, order=i)
        for i, text in enumerate(texts)
    ]
    return Article(id=article_id, source_file=f"w{number}", source_sha256="0" * 64, ordinal=number, title=title,
                   outlet="Alpha Daily", passages=passages)  # fmt: skip


@pytest.mark.parametrize(
    "corpus",
    [
        # "percent" first met in the removed article; what remains says "per cent" first: "percent" is then
        # numbered with "cent", before the rest of that chunk's batch, not where joining makes it.
        [("Inflation hit 40 percent and 3%.",), ("Prices rose 5 per cent, officials said.", "Then 7 percent more.")],
        # Figures joined in one order in the removed article, the other way round in what remains: the
        # joined terms are numbered as the remaining text makes them.
        [("twelve thousand shells and three million rounds",), ("3 million rounds, then 12 000 shells", "more")],
        # A figure made by joining in one passage and written whole in a later one of the same batch.
        [("Some 1,500 troops.",), ("eleven thousand troops", "11000 troops arrived", "11k more")],
        # Headlines hold the only use of a word once the first article is gone.
        [("Budanov spoke.",), ("Troops moved.",)],
    ],
)
def test_terms_are_numbered_as_a_build_of_what_remains_numbers_them(tmp_path, no_tokenising, corpus) -> None:
    articles = [
        _written(i, *texts, title=f"Budanov on {i} fronts" if i else "Opening") for i, texts in enumerate(corpus)
    ]
    articles.append(_written(len(corpus), "Kursk shells twelve thousand per cent"))
    SearchIndex.from_articles(articles, [], generation="g1").save(tmp_path / "old")
    saved = load_extendable(tmp_path / "old", "g1")
    no_tokenising.clear()
    parts = shrunk_parts(saved, articles, articles[1:])
    assert parts is not None and no_tokenising == []
    full = SearchIndex.from_articles(articles[1:], [])
    parts.claimants = full.parts.claimants
    assert _arrays(parts) == _arrays(full.parts)

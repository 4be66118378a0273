"""Saving and loading the index, staleness, and the corpus-level entry points."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.corpus import Corpus
from store.models import Article, Claim, Passage, TopicHit
from store.search import (
    IndexFileError,
    SearchIndex,
    ensure_index,
    index_docs_from,
    index_path_for,
    search_corpus,
    write_index_for,
)
from store.search.container import MAGIC

TEXTS = [
    "North Korean troops suffered heavy casualties in the Kursk region, officials said.",
    "A language barrier between Russian and North Korean units caused friendly fire.",
    "The Sŭngri chemical plant near the Russian border has laid dormant since the 1990s.",
    "Kim Jong Un inspected a tank factory; analysts expect exports of artillery shells.",
    "Ukraine's intelligence agency estimated casualties at 4,000 dead and wounded.",
    "Pyongyang supplied about 40% of the shells Russia fired in Ukraine last year.",
]


def make_articles() -> tuple[list[Article], list[Claim]]:
    articles = []
    claims = []
    for a in range(3):
        passages = []
        for order in range(2):
            text = TEXTS[a * 2 + order]
            pid = f"art{a}-{order:03d}"
            topics = [TopicHit(topic="casualties", terms=["casualties"])] if "casualties" in text else []
            passages.append(Passage(id=pid, article_id=f"art{a}", kind="body", text=text, order=order, paragraph=order + 1, topics=topics))
            if "estimated" in text:
                claims.append(Claim(id=f"{pid}@0", article_id=f"art{a}", passage_id=pid, text=text, start=0, end=len(text), claimant="Ukrainian intelligence"))
        articles.append(
            Article(
                id=f"art{a}", source_file=f"f{a}.txt", source_sha256="0" * 64, ordinal=0, title=f"Title {a}",
                outlet=None if a == 2 else f"Outlet {a}", passages=passages,
            )
        )
    return articles, claims


def ids(hits) -> list[str]:
    return [h.passage_id for h in hits]


QUERIES = ["kursk casualtis", "langauge barrier", "Sungri", '"chemical plant"', "shells", "casualties 4,000"]


def test_save_and_load_give_identical_results(tmp_path: Path) -> None:
    articles, claims = make_articles()
    built = SearchIndex.build(index_docs_from(articles, claims), generation="g1")
    path = tmp_path / "db.json.search-index"
    built.save(path)
    loaded = SearchIndex.load(path, expect_generation="g1")
    assert loaded.generation == "g1"
    for query in QUERIES:
        assert loaded.search(query) == built.search(query)
    assert loaded.search("", outlet="Unknown outlet") == built.search("", outlet="Unknown outlet")
    assert ids(loaded.search("", topic="casualties")) == ["art0-000", "art2-000"]
    assert ids(loaded.search("", claimant="Ukrainian intelligence")) == ["art2-000"]


def test_seed_style_queries_find_the_right_passages() -> None:
    articles, claims = make_articles()
    index = SearchIndex.build(index_docs_from(articles, claims))
    assert ids(index.search("kursk casualtis"))[0] == "art0-000"
    assert ids(index.search("langauge barrier"))[0] == "art0-001"
    top = index.search("Sungri")[0]
    assert top.passage_id == "art1-000"
    assert [top.text[s:e] for s, e in top.spans] == ["Sŭngri"]
    assert ids(index.search('"chemical plant"')) == ["art1-000"]
    assert index.search('"plant chemical"') == []
    assert set(ids(index.search("casual"))) == {"art0-000", "art2-000"}  # prefix while typing
    assert index.search("Pyongyang")[0].outlet is None and index.search("kursk")[0].outlet == "Outlet 0"


def test_stale_or_damaged_index_is_detected(tmp_path: Path) -> None:
    articles, claims = make_articles()
    path = tmp_path / "x.search-index"
    SearchIndex.build(index_docs_from(articles, claims)).save(path, generation="old")
    with pytest.raises(IndexFileError, match="stale"):
        SearchIndex.load(path, expect_generation="new")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(IndexFileError, match="truncated"):
        SearchIndex.load(path)
    path.write_bytes(b"not an index at all, just some text")
    with pytest.raises(IndexFileError):
        SearchIndex.load(path)
    path.write_bytes(MAGIC + (5).to_bytes(8, "little") + b"{oops")
    with pytest.raises(IndexFileError):
        SearchIndex.load(path)
    with pytest.raises(IndexFileError):
        SearchIndex.load(tmp_path / "missing")


def test_save_is_atomic_and_leaves_no_temp_files(tmp_path: Path) -> None:
    articles, claims = make_articles()
    index = SearchIndex.build(index_docs_from(articles, claims))
    path = tmp_path / "db.json.search-index"
    index.save(path, generation="a")
    loaded = SearchIndex.load(path)  # memory-mapped while the next save replaces the file
    index.save(path, generation="b")
    assert loaded.search("kursk") and loaded.generation == "a"
    assert SearchIndex.load(path).generation == "b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.json.search-index"]


def test_ensure_index_loads_a_current_file_and_rebuilds_a_stale_one(tmp_path: Path) -> None:
    articles, claims = make_articles()
    db_path = tmp_path / "db.json"
    write_index_for(db_path, articles, claims, "gen-1")
    assert index_path_for(db_path).exists()

    current = Corpus(articles, claims, db_path=db_path, generation="gen-1")
    index = ensure_index(current)
    assert index.generation == "gen-1" and current._search_index is index
    assert ids(search_corpus(current, "kursk casualtis"))[0] == "art0-000"

    # The database moved on (an ingest elsewhere) but the index file did not: rebuild and re-save.
    changed = [articles[0], articles[2]]
    stale = Corpus(changed, [], db_path=db_path, generation="gen-2")
    rebuilt = ensure_index(stale)
    assert rebuilt.generation == "gen-2" and len(rebuilt) == 4
    assert SearchIndex.load(index_path_for(db_path)).generation == "gen-2"
    assert search_corpus(stale, "Sŭngri") == []


def test_corpus_without_generation_builds_in_memory(tmp_path: Path) -> None:
    articles, claims = make_articles()
    corpus = Corpus.from_records(articles, claims)
    assert ids(corpus.search("langauge barrier"))[0] == "art0-001"
    assert not list(tmp_path.iterdir())

"""A topic's passages, read article by article as the list is looked at."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.corpus import Corpus
from store.ingest import ingest_paths
from store.paths import seed_files
from store.read_cache import StoredArticle
from store.topic_listing import TopicPassages


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("topics") / "db.json"
    assert not ingest_paths(seed_files(), db).rejected
    return db


def _every_entry(corpus: Corpus, topic_id: str) -> list[tuple[str, str]]:
    """Brute force: newest article first (as the article list orders them), passages in reading order."""
    return [
        (article.id, passage.id)
        for article in corpus.list_articles(topic=topic_id)
        for passage in article.passages
        if any(hit.topic == topic_id for hit in passage.topics)
    ]


def test_the_listing_holds_every_tagged_passage_in_order_and_knows_its_length_up_front(seeds_db: Path) -> None:
    corpus = Corpus.open(seeds_db)
    for summary in corpus.topic_summaries:
        listing = TopicPassages(Corpus.open(seeds_db), summary.id)
        assert len(listing) == summary.passage_count  # before anything is read
        entries = [(article.id, passage.id) for article, passage, _hit in listing[: len(listing)]]
        assert entries == _every_entry(corpus, summary.id)
        assert all(hit.topic == summary.id for _a, _p, hit in listing[:3])


def test_a_first_page_reads_only_the_articles_it_needs(seeds_db: Path) -> None:
    corpus = Corpus.open(seeds_db)
    topic = corpus.topic_summaries[0]  # the topic on most passages
    assert topic.article_count > 3
    listing = TopicPassages(corpus, topic.id)
    first = listing[:2]
    read = [a for a in corpus.articles.values() if isinstance(a, StoredArticle) and a._snapshot is None]
    assert len(first) == 2
    assert 1 <= len(read) < topic.article_count, "only the newest articles were decoded"


def test_an_unknown_topic_is_an_empty_list(seeds_db: Path) -> None:
    listing = TopicPassages(Corpus.open(seeds_db), "no-such-topic")
    assert len(listing) == 0 and listing[:10] == []

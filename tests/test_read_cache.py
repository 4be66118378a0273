"""The snapshot gives exactly the database's records, lazily, and is ignored the moment it is stale."""

import os
from pathlib import Path

import pytest

from store.corpus import Corpus
from store.ingest import ingest_paths
from store.paths import seed_files
from store.read_cache import StoredArticle, load_read_cache, read_cache_path
from store.repository import Repository


def _records(articles, claims):
    return sorted(repr(a.to_dict()) for a in articles), sorted(repr(c.to_dict()) for c in claims)


def _from_json(db):
    with Repository.open(db, readonly=True) as repo:
        articles, claims = repo.load_all()
        return articles, claims, repo.generation


def test_snapshot_matches_the_database_and_goes_stale_with_it(tmp_path):
    db = tmp_path / "db.json"
    ingest_paths(seed_files()[3:], db)
    snapshot = load_read_cache(db)
    assert snapshot is not None
    articles, claims, generation = _from_json(db)
    assert _records(snapshot.articles.values(), snapshot.all_claims()) == _records(articles, claims)
    assert snapshot.generation == generation

    ingest_paths(seed_files()[:1], db)  # a new generation: the snapshot is rewritten with it
    fresh = load_read_cache(db)
    assert fresh is not None and fresh.generation != generation

    db.write_bytes(db.read_bytes() + b" ")  # the database changed behind the snapshot's back
    assert load_read_cache(db) is None
    corpus = Corpus.open(db)  # falls back to the JSON, and rewrites the snapshot
    assert len(corpus.articles) == 3
    assert load_read_cache(db) is not None


def test_opening_without_a_snapshot_says_what_it_does_and_the_next_open_is_quick(tmp_path):
    db = tmp_path / "db.json"
    ingest_paths(seed_files()[3:], db)
    read_cache_path(db).unlink()  # as when a database is copied without its snapshot
    heard: list[tuple[str, int, int]] = []
    corpus = Corpus.open(db, progress=lambda message, done, total: heard.append((message, done, total)))
    assert [(done, total) for _message, done, total in heard] == [(0, 3), (1, 3), (2, 3)]
    assert "Reading the whole database" in heard[0][0] and "snapshot" in heard[1][0]
    assert len(corpus.articles) == 2 and corpus.meta.get("generation") == corpus.generation
    heard.clear()
    assert len(Corpus.open(db, progress=lambda *event: heard.append(event)).articles) == 2
    assert heard == []  # from the snapshot just written: nothing slow to report


def test_a_damaged_snapshot_is_ignored(tmp_path):
    db = tmp_path / "db.json"
    ingest_paths(seed_files()[4:], db)
    read_cache_path(db).write_bytes(b"\x00garbage")
    assert load_read_cache(db) is None
    assert len(Corpus.open(db).articles) == 1
    whole = read_cache_path(db).read_bytes()
    read_cache_path(db).write_bytes(whole[:-100])  # cut short inside the last piece
    assert load_read_cache(db) is None
    corpus = Corpus.open(db)
    articles, claims, _generation = _from_json(db)
    assert _records(corpus.articles.values(), corpus.claims) == _records(articles, claims)


def test_a_corpus_opened_from_the_snapshot_answers_like_one_built_in_memory(tmp_path):
    db = tmp_path / "db.json"
    ingest_paths(seed_files(), db)
    articles, claims, _generation = _from_json(db)
    eager = Corpus.from_records(articles, claims)
    lazy = Corpus.open(db)
    assert all(isinstance(a, StoredArticle) for a in lazy.articles.values())

    assert lazy.outlet_summaries == eager.outlet_summaries
    assert lazy.claimant_summaries == eager.claimant_summaries
    assert lazy.topic_summaries == eager.topic_summaries
    assert lazy.subject_summaries == eager.subject_summaries
    assert lazy.figure_claim_counts == eager.figure_claim_counts
    assert (lazy.passage_count, lazy.claim_count) == (eager.passage_count, eager.claim_count)

    def ids(found):
        return [a.id for a in found]

    assert ids(lazy.list_articles()) == ids(eager.list_articles())
    for outlet in eager.outlet_summaries:
        assert ids(lazy.list_articles(outlet=outlet.name)) == ids(eager.list_articles(outlet=outlet.name))
    for topic in eager.topic_summaries:
        assert ids(lazy.list_articles(topic=topic.id)) == ids(eager.list_articles(topic=topic.id))
        assert [p.id for p, _h in lazy.topic_passages(topic.id)] == [p.id for p, _h in eager.topic_passages(topic.id)]
    for claimant in eager.claimant_summaries[:10]:
        assert ids(lazy.list_articles(claimant=claimant.name)) == ids(eager.list_articles(claimant=claimant.name))
    for subject in [*eager.figure_claim_counts]:
        assert sorted(c.id for c in lazy.claims_about(subject)) == sorted(c.id for c in eager.claims_about(subject))

    for passage_id, passage in eager.passages.items():
        assert lazy.passages[passage_id].to_dict() == passage.to_dict()
        assert [c.id for c in lazy.claims_in_passage(passage_id)] == [c.id for c in eager.claims_in_passage(passage_id)]
        assert [p.id for p in lazy.echoes_of(passage_id)] == [p.id for p in eager.echoes_of(passage_id)]
    assert "nope-001" not in lazy.passages and lazy.claims_in_passage("nope-001") == []
    assert sorted(lazy.passages) == sorted(eager.passages)


def test_opening_reads_no_passages_until_asked(tmp_path):
    db = tmp_path / "db.json"
    ingest_paths(seed_files(), db)
    corpus = Corpus.open(db)
    corpus.list_articles(), corpus.outlet_summaries, corpus.figure_claim_counts
    assert all(a._snapshot is not None for a in corpus.articles.values()), "nothing decoded yet"
    first = next(iter(corpus.articles.values()))
    assert first.passages and first._snapshot is None
    assert sum(a._snapshot is None for a in corpus.articles.values()) == 1


def test_only_the_latest_articles_read_stay_decoded_and_the_rest_read_again(tmp_path, monkeypatch):
    import store.read_cache as read_cache

    monkeypatch.setattr(read_cache, "DECODED_ARTICLES", 3)
    db = tmp_path / "db.json"
    ingest_paths(seed_files(), db)
    articles, claims, _generation = _from_json(db)
    eager = Corpus.from_records(articles, claims)
    lazy = Corpus.open(db)
    ids = list(lazy.articles)
    assert len(ids) > 6
    for article_id in ids:  # one pass over every article, as an export or a comparison does
        assert lazy.articles[article_id].passages == eager.articles[article_id].passages
        for passage in eager.articles[article_id].passages:
            assert lazy.claims_in_passage(passage.id) == eager.claims_in_passage(passage.id)
    still_decoded = [a for a in lazy.articles.values() if a._snapshot is None]
    assert [a.id for a in still_decoded] == ids[-3:], "the three read last, and only they"
    first = lazy.articles[ids[0]]
    assert first.passages == eager.articles[ids[0]].passages, "a forgotten article is read again, the same"
    # Passages put in by hand are the caller's: they are never forgotten.
    replaced = lazy.articles[ids[-1]]
    replaced.passages = list(replaced.passages[:1])
    for article_id in ids[:4]:
        lazy.articles[article_id].passages  # noqa: B018 - reading pushes the older ones out
    assert len(replaced.passages) == 1


def test_a_writer_reads_the_corpus_from_a_current_snapshot_exactly_as_from_the_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from store.storage import AtomicJSONStorage

    db = tmp_path / "db.json"
    seeds = seed_files()
    ingest_paths(seeds[:3], db)
    ingest_paths(seeds[3:], db)  # a second ingest: claims of two batches, the second read from the snapshot
    with Repository.open(db, readonly=True) as reader:  # readers never use it: this parses the JSON
        from_json = reader.load()
    def parse_refused(self):  # type: ignore[no-untyped-def]
        raise AssertionError("the writer parsed the JSON although its snapshot is current")

    monkeypatch.setattr(AtomicJSONStorage, "read", parse_refused)
    with Repository.open(db) as writer:
        from_snapshot = writer.load()
        assert writer.generation == from_json.meta["generation"]
    assert from_snapshot.meta == from_json.meta
    assert from_snapshot.files == from_json.files
    assert list(from_snapshot.articles) == list(from_json.articles)
    assert from_snapshot.articles == from_json.articles
    assert from_snapshot.claims == from_json.claims
    assert len(from_json.claims) > 100 and any(p.topics for a in from_json.articles.values() for p in a.passages)


def test_a_writer_parses_the_json_when_the_snapshot_is_stale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from store import read_cache

    db = tmp_path / "db.json"
    ingest_paths(seed_files()[:2], db)
    os.utime(db, ns=(db.stat().st_atime_ns, db.stat().st_mtime_ns + 1_000_000_000))  # touched since it was written
    decoded = []
    monkeypatch.setattr(read_cache.Snapshot, "whole_corpus", lambda self: decoded.append(self))
    with Repository.open(db) as writer:
        stored = writer.load()
    assert not decoded  # the snapshot was not trusted
    assert len(stored.files) == 2 and set(stored.articles) == {i for f in stored.files.values() for i in f.article_ids}


def test_claims_in_passage_from_the_snapshot_match_the_records_and_read_each_article_once(tmp_path, monkeypatch):
    from store.corpus import Corpus
    from store.ingest import ingest_paths
    from store.paths import seed_files
    from store.repository import Repository

    db = tmp_path / "db.json"
    ingest_paths(seed_files(), db)
    with Repository.open(db, readonly=True) as repo:
        articles, claims = repo.load_all()
    expected = Corpus.from_records(articles, claims)
    corpus = Corpus.open(db)
    assert corpus._snapshot is not None
    reads: list[str] = []
    real = Corpus.claims_of_article
    monkeypatch.setattr(Corpus, "claims_of_article", lambda self, article_id: reads.append(article_id) or real(self, article_id))
    passages = [p.id for a in articles for p in a.passages]
    for passage_id in passages:
        got = corpus.claims_in_passage(passage_id)
        assert [c.to_dict() for c in got] == [c.to_dict() for c in expected.claims_in_passage(passage_id)]
    assert sum(1 for c in claims if c.passage_id in set(passages)) > 0
    assert len(reads) == len(articles), "the reader's passage-by-passage questions read each article's claims once"

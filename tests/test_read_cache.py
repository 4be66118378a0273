"""The marshal read cache gives exactly the database's records, and is ignored the moment it is stale."""

from store.corpus import Corpus
from store.ingest import ingest_paths
from store.paths import seed_files
from store.read_cache import load_read_cache, read_cache_path
from store.repository import Repository


def _records(articles, claims):
    return sorted(repr(a.to_dict()) for a in articles), [c.to_dict() for c in claims]


def test_cache_matches_the_database_and_goes_stale_with_it(tmp_path):
    db = tmp_path / "db.json"
    ingest_paths(seed_files()[3:], db)
    cached = load_read_cache(db)
    assert cached is not None
    with Repository.open(db, readonly=True) as repo:
        articles, claims = repo.load_all()
        generation = repo.generation
    assert _records(cached[0], cached[1]) == _records(articles, claims)
    assert cached[2] == generation

    ingest_paths(seed_files()[:1], db)  # a new generation: the cache is rewritten with it
    fresh = load_read_cache(db)
    assert fresh is not None and fresh[2] != generation

    db.write_bytes(db.read_bytes() + b" ")  # the database changed behind the cache's back
    assert load_read_cache(db) is None
    corpus = Corpus.open(db)  # falls back to the JSON, and rewrites the cache
    assert len(corpus.articles) == 3
    assert load_read_cache(db) is not None


def test_a_damaged_cache_is_ignored(tmp_path):
    db = tmp_path / "db.json"
    ingest_paths(seed_files()[4:], db)
    read_cache_path(db).write_bytes(b"\x00garbage")
    assert load_read_cache(db) is None
    assert len(Corpus.open(db).articles) == 1

"""Adding a file compares the loaded rows with the new ones once, for the snapshot and the save alike.

At ten thousand articles each comparison walks some 300,000 passages and as many claims: it was done
twice per added file.  The spliced database must stay what a whole write gives (tests/test_add_incremental.py
checks the bytes); here, that the comparison runs once and that rows handed to ``save`` are not trusted
once the loaded records no longer lead.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import store.storage as storage
from store.ingest import ingest_paths
from store.loaded_rows import LoadedRows
from store.paths import seed_files
from store.repository import Repository


@pytest.fixture()
def seeded(tmp_path: Path) -> tuple[Path, Path]:
    seeds = sorted(seed_files())
    db = tmp_path / "db.json"
    ingest_paths(seeds[:-1], db)
    return db, seeds[-1]


def test_adding_a_file_compares_the_rows_once_and_still_splices(seeded, monkeypatch):
    db, extra = seeded
    calls, splices = [], []
    compare, splice = LoadedRows.changed_rows, storage.write_spliced

    def counting_compare(self, articles, claims):
        calls.append(len(articles))
        return compare(self, articles, claims)

    def counting_splice(*args, **kwargs):
        splices.append(splice(*args, **kwargs))
        return splices[-1]

    monkeypatch.setattr(LoadedRows, "changed_rows", counting_compare)
    monkeypatch.setattr(storage, "write_spliced", counting_splice)
    assert ingest_paths([extra], db).articles_added >= 1
    assert len(calls) == 1 and splices == [True]


def test_rows_given_to_save_are_recomputed_when_the_loaded_records_no_longer_lead(seeded):
    db, _extra = seeded
    repo = Repository.open(db)
    stored = repo.load()
    loaded = stored.baseline
    first_id = next(iter(stored.articles))
    article = stored.articles[first_id]
    # A loaded article replaced by a retitled copy: no longer the object loaded, so its old row's bytes
    # must not be copied, as rows compared before the change ("nothing changed") would have them.
    fields = {name: getattr(article, name) for name in article.__dataclass_fields__}
    stored.articles[first_id] = type(article)(**{**fields, "title": "A title given after the rows were compared"})
    assert loaded.leads(list(stored.articles.values()), stored.claims) is None
    stale = ([], [])
    repo.save(stored, [], reuse_rows=True, changed_rows=stale)
    again = Repository.open(db, readonly=True).load()
    assert again.articles[first_id].title == "A title given after the rows were compared"
    assert set(again.articles) == set(stored.articles)
    assert sum(len(a.passages) for a in again.articles.values()) == sum(len(a.passages) for a in stored.articles.values())

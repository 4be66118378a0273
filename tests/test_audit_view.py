"""The audit trail of one article: its own removed blocks, its file's repairs, in the store and in the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static
from tui_fixtures import running_app, until

from store.audit import audit_article
from store.corpus import Corpus
from store.ingest import ingest_paths
from store.paths import seed_files
from store.repository import Repository
from tui.app import build_app
from tui.screens.audit import AuditScreen
from tui.widgets.lists import NavList

DIGEST = """\
Morning digest

Pyongyang ships more shells
By Mina Park
North Korea has shipped another 3 million artillery shells to Russia, Seoul said on Monday.
Advertisement
The shipments have grown since the autumn, officials said.

Seoul questions troop figures
By Jae Kim
South Korea's spy agency said 11,000 troops were deployed, but analysts doubt the count.
Share this article
The agency briefed lawmakers behind closed doors on Tuesday.
"""


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("audit") / "db.json"
    assert not ingest_paths(seed_files(), db).rejected
    return db


def test_each_article_gets_its_own_blocks_and_together_they_are_the_files_whole_trail(seeds_db: Path) -> None:
    corpus = Corpus.open(seeds_db)
    with Repository.open(seeds_db, readonly=True) as repo:
        records = repo.files()
    for record in records:
        articles = [corpus.articles[aid] for aid in record.article_ids]
        audits = [audit_article(corpus, article) for article in articles]
        own = [r for audit in audits for r in audit.removed[: len(audit.removed) - audit.shared_removals]]
        shared = audits[0].removed[len(audits[0].removed) - audits[0].shared_removals :]
        # every block once: each article's own, plus the blocks around them, which every article lists
        assert sorted(map(_key, own + shared)) == sorted(map(_key, record.removed))
        for article, audit in zip(articles, audits, strict=True):
            assert all(r.article_ordinal in (article.ordinal, None) for r in audit.removed)
            assert audit.repairs == record.repairs and audit.source_path == record.source_path


def _key(removal):  # type: ignore[no-untyped-def]
    return (removal.line, removal.reason, removal.text)


def test_mojibake_repair_is_reported_for_every_article_of_the_file(seeds_db: Path) -> None:
    corpus = Corpus.open(seeds_db)
    biggest = max(corpus.articles.values(), key=lambda a: a.ordinal)  # an article of the 16-article file
    audit = audit_article(corpus, biggest)
    assert any(repair.startswith("mojibake") for repair in audit.repairs)


def test_an_article_unknown_to_the_database_has_no_trail_rather_than_anothers(seeds_db: Path) -> None:
    corpus = Corpus.open(seeds_db)
    stranger = next(iter(corpus.articles.values()))
    from dataclasses import replace

    audit = audit_article(corpus, replace(stranger, source_sha256="0" * 64))
    assert audit.source_path is None and audit.removed == []


async def test_r_shows_the_reader_articles_removed_blocks_safely(tmp_path: Path) -> None:
    hostile = DIGEST.replace("Advertisement", "[@click=app.quit]Advertisement[/]")
    source = tmp_path / "digest.txt"
    source.write_text(hostile, encoding="utf-8")
    db = tmp_path / "db.json"
    assert not ingest_paths([source], db).rejected
    app = build_app(db, state_path=tmp_path / "state.json", export_dir=tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(pilot, lambda: app.is_ready, "first screen", attempts=500)
        article = app.screen.query_one("Reader").article
        await pilot.press("r")
        await until(pilot, lambda: isinstance(app.screen, AuditScreen) and app.screen.query_one(NavList).option_count > 0,
                    "the audit trail", attempts=300)
        expected = audit_article(Corpus.open(db), article)
        assert app.screen.query_one(NavList).option_count == len(expected.removed) > 0
        heading = str(app.screen.query_one("#audit-heading", Static).render())
        assert str(source) in heading and "removed" in heading
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, AuditScreen) and app.is_running


async def test_a_corpus_held_only_in_memory_says_it_has_no_trail_in_one_line(tmp_path: Path) -> None:
    async with running_app(tmp_path) as (app, pilot):
        await pilot.press("r")
        await until(pilot, lambda: "holds no record" in str(app.screen.query_one("#audit-heading", Static).render()),
                    "the one-line notice")
        assert app.screen.query_one(NavList).option_count == 0


def _count_database_reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    opened: list[Path] = []
    real_open = Repository.open

    def counting_open(path, **kw):  # type: ignore[no-untyped-def]
        if kw.get("readonly"):  # the audit's reads; ingest opens to write
            opened.append(path)
        return real_open(path, **kw)

    monkeypatch.setattr(Repository, "open", counting_open)
    return opened


def _ingest_digest(tmp_path: Path, db: Path, name: str, text: str = DIGEST) -> Path:
    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    assert not ingest_paths([source], db).rejected
    return source


def test_from_the_snapshot_the_trail_costs_no_read_of_the_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "db.json"
    first = _ingest_digest(tmp_path, db, "digest.txt")
    opened = _count_database_reads(monkeypatch)
    corpus = Corpus.open(db)
    audits = [audit_article(corpus, article) for article in corpus.articles.values()]
    assert opened == [], "the snapshot holds the trail"
    assert all(a.source_path == str(first.resolve()) for a in audits)
    own_texts = {r.text for a in audits for r in a.removed[: len(a.removed) - a.shared_removals]}
    assert {"Advertisement", "Share this article"} <= own_texts
    monkeypatch.undo()
    with Repository.open(db, readonly=True) as repo:
        (record,) = repo.files()
    assert {r.text for r in record.removed if r.article_ordinal is not None} == own_texts
    second = _ingest_digest(tmp_path, db, "more.txt", DIGEST.replace("Morning digest", "Evening digest").replace("Monday", "Friday"))
    newcomer = next(a for a in Corpus.open(db).articles.values() if a.source_file == "more.txt")
    assert audit_article(Corpus.open(db), newcomer).source_path == str(second.resolve())
    assert audit_article(corpus, newcomer).source_path is None, "the corpus opened before knows only its own files"


def test_without_a_snapshot_the_trail_is_read_once_per_database_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from store.read_cache import read_cache_path

    db = tmp_path / "db.json"
    _ingest_digest(tmp_path, db, "digest.txt")
    read_cache_path(db).unlink()
    opened = _count_database_reads(monkeypatch)
    corpus = Corpus.open(db)  # reads the database (and writes a snapshot for next time)
    del opened[:]
    for article in corpus.articles.values():
        assert audit_article(corpus, article).source_path is not None
    assert len(opened) == 1, "one read of the database for every article of it"
    second = _ingest_digest(tmp_path, db, "more.txt", DIGEST.replace("Morning digest", "Evening digest").replace("Monday", "Friday"))
    stale = next(a for a in Corpus.open(db).articles.values() if a.source_file == "more.txt")
    assert audit_article(corpus, stale).source_path == str(second.resolve()), "a write makes the cached trail stale"
    assert len(opened) == 2, "and once more after the write"

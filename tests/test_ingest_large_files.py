"""A file of many articles (an export, a mailbox) is analysed in parts over all cores: the same result, with progress."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import store.ingest_pool as ingest_pool
from store.ingest_pool import prepare_file
from store.paths import seed_files


def _many_article_file() -> Path:
    """The seed file that holds sixteen articles, whose claimants fold across articles."""
    return max(seed_files(), key=lambda path: path.read_bytes().count(b"\n"))


def _facts(prepared) -> tuple[list, list]:  # noqa: ANN001
    topics = [[(p.id, [t.to_dict() for t in p.topics]) for p in a.passages] for a in prepared.normalised.articles]
    claims = [c.to_dict() for c in prepared.claims]
    return topics, claims


@pytest.fixture()
def small_parts(monkeypatch):  # noqa: ANN201
    # Sixteen articles in parts of three: six parts, and names to fold across them.
    monkeypatch.setattr(ingest_pool, "SPLIT_MIN_ARTICLES", 4)
    monkeypatch.setattr(ingest_pool, "ARTICLES_PER_PART", 3)
    monkeypatch.setattr(ingest_pool, "worker_count", lambda: 2)


def test_analysing_a_file_in_parts_gives_the_same_topics_and_claims(small_parts):
    path = _many_article_file()
    whole = prepare_file(path)
    steps: list[tuple[str, int, int]] = []
    parted = prepare_file(path, progress=lambda message, done, total: steps.append((message, done, total)))
    assert len(parted.normalised.articles) == 16
    assert json.dumps(_facts(parted), sort_keys=True) == json.dumps(_facts(whole), sort_keys=True)
    assert any(c.claimant_in_file for c in parted.claims)
    assert steps[0] == (f"Analysing {path.name}: articles", 0, 16)
    assert steps[-1] == (f"Analysing {path.name}: articles", 16, 16)
    assert len(steps) == 1 + 6, "one report a part"


def test_a_file_of_few_articles_is_analysed_in_one_go(small_parts, monkeypatch):
    def no_pool(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a pool was started for a small file")

    monkeypatch.setattr(ingest_pool, "_process_pool", no_pool)
    steps: list[tuple[str, int, int]] = []
    one_article = next(p for p in seed_files() if p != _many_article_file())
    prepared = prepare_file(one_article, progress=lambda *step: steps.append(step))
    assert prepared.error is None and steps == []
    assert prepared.normalised.articles and prepared.claims  # analysed, not skipped


@pytest.fixture()
def small_progress_steps(monkeypatch):  # noqa: ANN201
    import store.analysis.claims as claims_module

    # A seed article of a few dozen passages stands in for a pasted dump of 200,000.
    monkeypatch.setattr(ingest_pool, "PROGRESS_MIN_PASSAGES", 10)
    monkeypatch.setattr(claims_module, "PROGRESS_EVERY", 10)


def test_one_long_article_reports_its_passages_and_keeps_its_claims(small_progress_steps):
    one_article = next(p for p in seed_files() if p != _many_article_file())
    whole = prepare_file(one_article)
    steps: list[tuple[str, int, int]] = []
    counted = prepare_file(one_article, progress=lambda *step: steps.append(step))
    passages = sum(len(a.passages) for a in counted.normalised.articles)
    assert passages > 20
    assert json.dumps(_facts(counted), sort_keys=True) == json.dumps(_facts(whole), sort_keys=True)
    assert {message for message, _, _ in steps} == {f"Analysing {one_article.name}: passages"}
    assert {total for _, _, total in steps} == {passages}
    done = [d for _, d, _ in steps]
    assert done == sorted(done) and done[-1] == passages
    assert len(set(done)) >= passages // 10, "a report every ten passages"


def test_many_articles_where_forking_is_unsafe_are_counted_in_one_process(small_parts, small_progress_steps, monkeypatch):
    # The TUI ingests in a thread, where a fork could deadlock: no pool, but progress all the same.
    def no_pool(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a pool was started where forking is unsafe")

    monkeypatch.setattr(ingest_pool, "_process_pool", no_pool)
    monkeypatch.setattr(ingest_pool, "fork_is_safe", lambda: False)
    path = _many_article_file()
    steps: list[tuple[str, int, int]] = []
    prepared = prepare_file(path, progress=lambda *step: steps.append(step))
    assert len(prepared.normalised.articles) == 16
    assert steps and all(message == f"Analysing {path.name}: passages" for message, _, _ in steps)
    assert steps[-1][1] == steps[-1][2] == sum(len(a.passages) for a in prepared.normalised.articles)

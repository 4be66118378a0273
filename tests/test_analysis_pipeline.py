"""The whole analysis on the seeds, through the real normaliser: the issue's acceptance points."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from store.analysis import analyse_articles, assign_echo_groups
from store.analysis.subjects import summarise_subjects
from store.analysis.topics import rank_article_topics
from store.models import Article, Claim

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture(scope="module")
def seeds() -> tuple[list[Article], list[Claim]]:
    from store import normalise

    articles: list[Article] = []
    for path in sorted(SEEDS.glob("*.txt")):
        articles.extend(normalise.normalise_bytes(path.read_bytes(), path.name, suffix=path.suffix).articles)
    started = time.process_time()
    claims = analyse_articles(articles)
    print(
        f"\nanalysis of {len(articles)} seed articles: {time.process_time() - started:.3f} s CPU, {len(claims)} claims"
    )
    return articles, claims


def test_the_three_troop_figures_share_a_subject_across_three_articles(
    seeds: tuple[list[Article], list[Claim]],
) -> None:
    _articles, claims = seeds
    wanted = {
        ("Volodymyr Zelenskyy", 12_000),
        ("South Korean officials", 15_000),
        ("the US", 11_000),
    }
    found = {
        (c.claimant, c.figures[0].value): c for c in claims if c.figures and (c.claimant, c.figures[0].value) in wanted
    }
    assert set(found) == wanted
    assert {c.subject for c in found.values()} == {"troops_deployed"}
    assert len({c.article_id for c in found.values()}) == 3


@pytest.mark.parametrize(
    ("claimant", "value"),
    [
        ("Kyrylo Budanov", 40),
        ("Newsweek", 2e10),
        ("Korea Institute for Defence Analyses", 2e10),
        ("Oryx", 3_960),
        ("Dmytro Ponomarenko", 15_000),
        ("Dmytro Ponomarenko", 100_000),
    ],
)
def test_key_figures_have_the_right_claimant(
    seeds: tuple[list[Article], list[Claim]], claimant: str, value: float
) -> None:
    _articles, claims = seeds
    assert any(c.claimant == claimant and any(f.value == value for f in c.figures) for c in claims)


def test_every_claim_points_at_its_passage(seeds: tuple[list[Article], list[Claim]]) -> None:
    articles, claims = seeds
    passages = {p.id: p for a in articles for p in a.passages}
    assert len(claims) > 200  # the seeds hold some 285 claims: an empty list would pass the loop below
    for claim in claims:
        assert passages[claim.passage_id].text[claim.start : claim.end] == claim.text
        for figure in claim.figures:
            assert claim.text[figure.start : figure.end] == figure.surface


def test_topics_and_echoes_on_the_seeds(seeds: tuple[list[Article], list[Claim]]) -> None:
    articles, claims = seeds
    assert all(rank_article_topics(a) for a in articles if len(a.passages) > 3)
    groups = assign_echo_groups(p for a in articles for p in a.passages)
    members = [p for a in articles for p in a.passages if p.echo_group]
    ponomarenko = {p.article_id for p in members if p.text.startswith("Dmytro Ponomarenko")}
    assert groups >= 2 and len(ponomarenko) >= 2
    assert any(s.id == "troops_deployed" and s.claim_count >= 5 for s in summarise_subjects(claims))


def test_remembered_sentences_give_the_same_results_as_parsing_afresh(
    seeds: tuple[list[Article], list[Claim]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The per-sentence memo (store.analysis.sentence_memo) is invisible: warm, cold or bypassed, same claims."""
    import copy

    import store.analysis.claims as claims_module
    from store.analysis import sentence_memo
    from store.analysis.attribution import find_anchors
    from store.analysis.numbers import find_figures

    articles, first = seeds

    def analysed() -> tuple[list[dict], list[list]]:
        fresh = copy.deepcopy(articles)
        found = analyse_articles(fresh)
        return [c.to_dict() for c in found], [[p.to_dict() for p in a.passages] for a in fresh]

    warm = analysed()  # every sentence of the seeds is remembered by now
    sentence_memo.forget()
    cold = analysed()

    def parse_figures(sentence, starts, subjects, classify):  # type: ignore[no-untyped-def]
        figures = find_figures(sentence, starts)
        return figures, classify(sentence, figures, subjects)

    monkeypatch.setattr(claims_module, "sentence_anchors", find_anchors)
    monkeypatch.setattr(claims_module, "sentence_figures", parse_figures)
    bypassed = analysed()
    assert warm == cold == bypassed
    assert [c.to_dict() for c in first] == warm[0]


def test_analysis_restores_the_garbage_collector() -> None:
    import gc

    from store.models import Passage, PassageKind

    passage = Passage(id="a-000", article_id="a", kind=PassageKind.BODY, text="Officials said 12,000 troops.", order=0)
    article = Article(id="a", source_file="a", source_sha256="0" * 64, ordinal=0, title="t", passages=[passage])
    assert gc.isenabled()
    analyse_articles([article])
    assign_echo_groups(article.passages)
    assert gc.isenabled()
    gc.disable()
    try:
        analyse_articles([article])
        assert not gc.isenabled()  # a caller's own pause is left alone
    finally:
        gc.enable()

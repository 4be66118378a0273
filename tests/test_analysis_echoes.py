"""Echo groups: near-identical passages across articles, found without comparing all pairs."""

from __future__ import annotations

import random

import numpy as np
import pytest

import store.analysis.echoes as echoes
from store.analysis.echoes import assign_echo_groups
from store.models import Passage, PassageKind

PONOMARENKO_A = (
    "Dmytro Ponomarenko, Ukraine's ambassador to South Korea, told Voice of America last month that the number could "
    "reach 15,000, with troops rotated out every two to three months. He said a cumulative 100,000 North Korean "
    "soldiers could serve in Russia within a year."
)
PONOMARENKO_B = (
    "Dmytro Ponomarenko, Ukraine's ambassador to South Korea, told Voice of America last month that the number could "
    "reach 15,000, with troops rotated out every two to three months, with a cumulative 100,000 North Korean "
    "soldiers serving in Russia within a year."
)
PONOMARENKO_D = (
    "Dmytro Ponomarenko, Ukraine's ambassador to South Korea, told Voice of America earlier this month that the number "
    "of North Korean soldiers deployed to help Russia could rise to 15,000, which would mean about 100,000 soldiers "
    "serving in rotation within a year, he said."
)
UNRELATED = (
    "The Hang Seng Index ended the day up 141 points, or 0.6 percent, as shares extended a global rise following "
    "data indicating the US economy remained resilient."
)


def passage(article: str, order: int, text: str, kind: PassageKind = PassageKind.BODY) -> Passage:
    return Passage(id=f"{article}-{order:03d}", article_id=article, kind=kind, text=text, order=order)


def test_reworded_paragraphs_in_different_articles_form_one_group() -> None:
    passages = [
        passage("bbb", 4, PONOMARENKO_B),
        passage("aaa", 7, PONOMARENKO_A),
        passage("ddd", 2, PONOMARENKO_D),
        passage("ccc", 1, UNRELATED),
    ]
    assert assign_echo_groups(passages) == 1
    assert {p.echo_group for p in passages[:3]} == {"aaa-007"}  # the smallest member id names the group
    assert passages[3].echo_group is None


def test_repeats_inside_one_article_are_not_echoes() -> None:
    passages = [passage("aaa", 1, PONOMARENKO_A), passage("aaa", 2, PONOMARENKO_A)]
    assert assign_echo_groups(passages) == 0
    assert all(p.echo_group is None for p in passages)


def test_short_passages_and_credits_are_ignored() -> None:
    passages = [
        passage("aaa", 1, "Read the original article on Business Insider"),
        passage("bbb", 1, "Read the original article on Business Insider"),
        passage(
            "aaa",
            2,
            "Korean Central News Agency/Korea News Service via AP plus a few more words here",
            PassageKind.CREDIT,
        ),
        passage(
            "bbb",
            2,
            "Korean Central News Agency/Korea News Service via AP plus a few more words here",
            PassageKind.CREDIT,
        ),
    ]
    assert assign_echo_groups(passages) == 0


def test_stale_groups_are_cleared() -> None:
    lone = passage("aaa", 1, UNRELATED)
    lone.echo_group = "old-group"
    assign_echo_groups([lone])
    assert lone.echo_group is None


def test_group_ids_are_stable_whatever_the_order() -> None:
    def build() -> list[Passage]:
        return [passage("bbb", 4, PONOMARENKO_B), passage("aaa", 7, PONOMARENKO_A), passage("ddd", 2, PONOMARENKO_D)]

    forward, backward = build(), build()[::-1]
    assign_echo_groups(forward)
    assign_echo_groups(backward)
    assert {p.id: p.echo_group for p in forward} == {p.id: p.echo_group for p in backward}


def _synthetic(count: int, seed: int = 7) -> tuple[list[Passage], list[list[str]]]:
    """Random prose over a shared vocabulary, with some paragraphs copied (lightly reworded) into other articles."""
    rng = random.Random(seed)
    vocabulary = [
        "".join(rng.choice("abcdefghijklmnoprstuvwy") for _ in range(rng.randint(3, 9))) for _ in range(5_000)
    ]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]  # Zipf-like, as in prose
    passages: list[Passage] = []
    planted: list[list[str]] = []
    for index in range(count):
        article = f"art{index // 30:05d}"
        words = rng.choices(vocabulary, weights, k=rng.randint(25, 60))
        text = " ".join(words).capitalize() + "."
        passages.append(passage(article, index % 30, text))
        if index % 500 == 0:  # syndicated copy: the same paragraph, one word changed, in two other articles
            group = [passages[-1].id]
            for copy in (1, 2):
                varied = list(words)
                varied[rng.randrange(len(varied))] = rng.choice(vocabulary)
                passages.append(passage(f"copy{index:05d}{copy}", 0, " ".join(varied).capitalize() + "."))
                group.append(passages[-1].id)
            planted.append(group)
    return passages, planted


def test_scales_without_comparing_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    passages, planted = _synthetic(20_000)
    calls = 0
    real = echoes._similar_pairs

    def counting(flats: list[bytes], left: np.ndarray, right: np.ndarray) -> np.ndarray:
        nonlocal calls
        calls += len(left)
        return real(flats, left, right)

    monkeypatch.setattr(echoes, "_similar_pairs", counting)
    groups = assign_echo_groups(passages)
    n = len(passages)
    print(
        f"\n{n} passages, {calls} similarity checks ({calls / n:.2f} per passage; all pairs would be {n * (n - 1) // 2})"
    )
    assert calls < 5 * n  # linear, nowhere near the ~2e8 pairs
    by_id = {p.id: p for p in passages}
    for group in planted:
        assert len({by_id[pid].echo_group for pid in group}) == 1 and by_id[group[0]].echo_group is not None
    assert groups >= len(planted)

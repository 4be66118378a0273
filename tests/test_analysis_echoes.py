"""Echo groups: near-identical passages across articles, found without comparing all pairs."""

from __future__ import annotations

import random

import numpy as np
import pytest

import store.analysis.echoes as echoes
from store.analysis.echo_keys import EDGE_BYTES, passage_keys
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


def _counted_checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """From now on, how many pairs the fuzzy comparison is asked about: the list's one item."""
    checks = [0]
    real = echoes._similar_pairs

    def counting(flats: list[bytes], left: np.ndarray, right: np.ndarray) -> np.ndarray:
        checks[0] += len(left)
        return real(flats, left, right)

    monkeypatch.setattr(echoes, "_similar_pairs", counting)
    return checks


def test_scales_without_comparing_all_pairs(monkeypatch: pytest.MonkeyPatch) -> None:
    passages, planted = _synthetic(20_000)
    checks = _counted_checks(monkeypatch)
    groups = assign_echo_groups(passages)
    calls = checks[0]
    n = len(passages)
    print(
        f"\n{n} passages, {calls} similarity checks ({calls / n:.2f} per passage; all pairs would be {n * (n - 1) // 2})"
    )
    assert calls < 5 * n  # linear, nowhere near the ~2e8 pairs
    by_id = {p.id: p for p in passages}
    for group in planted:
        assert len({by_id[pid].echo_group for pid in group}) == 1 and by_id[group[0]].echo_group is not None
    assert groups >= len(planted)


# --- bulk keys and the crowd rules -------------------------------------------------------------


def _reference_flat(text: str) -> bytes:
    """The flat form spelled out: lower-case UTF-8, clause marks and other punctuation dropped."""
    raw = text.encode("utf-8").lower()
    for mark in ("—", "–", "“", "”", "‘", "’"):
        raw = raw.replace(mark.encode(), b"")
    for ch in ",.;:!?\"()[]'-/&*%$#@+=<>{}\\_`~^|":
        raw = raw.replace(ch.encode(), b"")
    return raw.translate(bytes.maketrans(b"\t\n\r\x0b\x0c", b"     "))


def test_bulk_keys_match_their_definition() -> None:
    rng = random.Random(11)
    alphabet = list("abcdefg XYZ 0123456789,.;:'\"“”—–()-é\n")
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))) for _ in range(3_000)]
    texts += ["A sentence, “quoted” — and 15,000 troops.", ""]
    keys = passage_keys(texts)
    flats = [_reference_flat(t) for t in texts]
    assert keys.flats == flats
    assert keys.lengths.tolist() == [len(f) for f in flats]
    assert keys.spaces.tolist() == [f.count(b" ") for f in flats]
    by_start: dict[int, bytes] = {}
    for flat, start in zip(flats, keys.start.tolist(), strict=True):
        if len(flat) >= EDGE_BYTES:
            assert by_start.setdefault(start, flat[:EDGE_BYTES]) == flat[:EDGE_BYTES]  # one key, one opening
    assert len({k for f, k in zip(flats, keys.start.tolist(), strict=True) if len(f) >= EDGE_BYTES}) == len(
        {f[:EDGE_BYTES] for f in flats if len(f) >= EDGE_BYTES}
    )


def test_quote_and_dash_styles_do_not_hide_an_echo() -> None:
    curly = "“We will send 15,000 troops,” the official said — adding that more could follow within a year."
    straight = '"We will send 15,000 troops," the official said - adding that more could follow within a year.'
    passages = [passage("aaa", 1, curly), passage("bbb", 1, straight)]
    assert assign_echo_groups(passages) == 1


def test_exact_copies_need_no_fuzzy_comparison(monkeypatch: pytest.MonkeyPatch) -> None:
    checks = _counted_checks(monkeypatch)
    passages = [passage(article, 1, PONOMARENKO_A) for article in ("aaa", "bbb", "ccc", "ddd")]
    assert assign_echo_groups(passages) == 1
    assert {p.echo_group for p in passages} == {"aaa-001"}
    assert checks[0] == 0


def test_a_stock_opening_shared_by_many_still_finds_the_copies() -> None:
    rng = random.Random(5)
    words = ["".join(rng.choice("abcdefghiklmnoprstuvwy") for _ in range(rng.randint(3, 9))) for _ in range(2_000)]
    opening = "North Korea has sent thousands of troops to Russia, and "
    passages = [
        passage(f"art{i:03d}", 1, opening + " ".join(rng.choice(words) for _ in range(25)) + ".") for i in range(60)
    ]
    # Syndicated copies: one with a closing sentence added, one with its last words reworded.
    passages.append(passage("copy1", 1, passages[17].text + " Officials said."))
    passages.append(passage("copy2", 1, passages[40].text.rsplit(" ", 3)[0] + " across the border."))
    assign_echo_groups(passages)
    assert passages[-2].echo_group == passages[17].echo_group is not None
    assert passages[-1].echo_group == passages[40].echo_group is not None
    assert sum(p.echo_group is not None for p in passages) == 4

"""Speed paths of session 19 give exactly what the paths they stand in for give.

Claimant folding scores a block of few surnames pair by pair instead of with one rapidfuzz matrix
call (one file's blocks hold a name or two); both ways must fold every name set alike.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from store.analysis import claimant_folding
from store.analysis.claimant_folding import _matching_surname_pairs, fold_counted_names

# Surnames of one block (the same first two letters), spelling variants among them, and a few short ones.
_STEMS = ["Kovalenko", "Kovalenkov", "Kovalenco", "Kowalenko", "Kovalchuk", "Kovach", "Kov", "Ko", "Kovalenk"]
_FIRST = ["Olena", "O.", "Oleksandr", "Olek", "Ivan", "I.", "Iryna", "Petro"]


def _variant(rng: random.Random, stem: str) -> str:
    """A spelling variant: one letter dropped, doubled or swapped for another, or the stem itself."""
    if len(stem) < 4 or rng.random() < 0.4:
        return stem
    at = rng.randrange(2, len(stem))
    kind = rng.choice(("drop", "double", "swap"))
    if kind == "drop":
        return stem[:at] + stem[at + 1 :]
    if kind == "double":
        return stem[:at] + stem[at] + stem[at:]
    return stem[:at] + rng.choice("aeiouykhsz") + stem[at + 1 :]


def _matrix_pairs(surnames: list[str]) -> set[tuple[str, str]]:
    """The pairs the rapidfuzz matrix path yields, forced for any block size."""
    saved = claimant_folding._SCORED_ONE_BY_ONE
    claimant_folding._SCORED_ONE_BY_ONE = 0
    try:
        return set(_matching_surname_pairs(surnames))
    finally:
        claimant_folding._SCORED_ONE_BY_ONE = saved


@pytest.mark.parametrize("seed", range(40))
def test_a_small_block_pairs_surnames_as_the_matrix_does(seed: int) -> None:
    rng = random.Random(seed)
    surnames = list(dict.fromkeys(_variant(rng, rng.choice(_STEMS)).lower() for _ in range(rng.randint(1, 12))))
    assert len(surnames) < claimant_folding._SCORED_ONE_BY_ONE
    one_by_one = set(_matching_surname_pairs(surnames))
    assert one_by_one == _matrix_pairs(surnames)
    assert {(s, s) for s in surnames} <= one_by_one  # each surname meets its own first names


def test_the_pair_by_pair_path_finds_close_spellings_and_rejects_short_or_distant_ones() -> None:
    pairs = set(_matching_surname_pairs(["kovalenko", "kovalenkov", "kovach", "ko"]))
    assert ("kovalenko", "kovalenkov") in pairs
    assert ("kovalenko", "kovach") not in pairs
    assert ("kovalenko", "ko") not in pairs


def _names(rng: random.Random, count: int) -> Counter[str]:
    names: Counter[str] = Counter()
    for _ in range(count):
        surname = _variant(rng, rng.choice(_STEMS))
        form = rng.random()
        name = surname if form < 0.25 else f"{rng.choice(_FIRST)} {surname}"
        names[name] += rng.randint(1, 3)
    return names


@pytest.mark.parametrize("seed", range(25))
def test_names_fold_alike_whichever_way_their_blocks_are_scored(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    counts = _names(random.Random(seed), random.Random(seed).randint(2, 40))
    usual = fold_counted_names(counts)
    monkeypatch.setattr(claimant_folding, "_SCORED_ONE_BY_ONE", 0)  # every block (and lone surnames) by matrix
    by_matrix = fold_counted_names(counts)
    monkeypatch.setattr(claimant_folding, "_SCORED_ONE_BY_ONE", 10**9)  # every block pair by pair
    one_by_one = fold_counted_names(counts)
    assert usual == by_matrix == one_by_one
    assert set(usual) == set(counts)

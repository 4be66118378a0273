"""Folding names again after a file is added gives the full fold for one-word names too.

A one-word name is a word-order group of its own spellings: "Pentagon" and "the Pentagon" (list glue
aside), "Experts" and "experts".  The full fold maps the group to its commonest spelling; the incremental
fold skipped such groups, so a file that made "the Pentagon" the commoner spelling left the corpus split
between two names for one claimant until the next full fold.  (It surfaced when an alias was added.)
"""

from __future__ import annotations

import random
from collections import Counter

import pytest

from store.analysis.claimant_folding import canonical_names
from store.analysis.claimant_refold import FoldedNames


def _refold(before: Counter[str], now: Counter[str]) -> dict[str, str]:
    return FoldedNames(before, canonical_names(before.elements())).refold(now)


def test_the_commoner_spelling_of_a_one_word_body_wins_after_an_add():
    before = Counter({"Pentagon": 5, "the Pentagon": 4})
    now = before + Counter({"the Pentagon": 3})
    assert canonical_names(now.elements())["Pentagon"] == "the Pentagon"
    assert _refold(before, now) == {"Pentagon": "the Pentagon", "the Pentagon": "the Pentagon"}


def test_a_capitalised_common_noun_follows_the_count_as_the_full_fold_does():
    before = Counter({"Experts": 3, "experts": 2, "Kyrylo Budanov": 1})
    now = before + Counter({"experts": 4})
    assert _refold(before, now) == canonical_names(now.elements())


_ONE_WORD = ["Pentagon", "the Pentagon", "Kremlin", "the Kremlin", "Experts", "experts", "Analysts", "analysts",
             "Budanov", "Kyrylo Budanov", "NATO", "Nato", "Yonhap", "officials", "Officials", "the officials"]


@pytest.mark.parametrize("seed", range(20))
def test_refolding_one_word_names_gives_the_fold_of_the_whole(seed):
    rng = random.Random(seed)
    before = Counter(rng.choice(_ONE_WORD) for _ in range(60))
    now = before.copy()
    for name in rng.sample(_ONE_WORD, 4):
        now[name] += rng.randint(1, 4)
    if seed % 2:  # a file replaced: some spellings written less often, or no longer
        for name in rng.sample(sorted(now), 4):
            now[name] = max(0, now[name] - 3)
        now = +now
    assert _refold(before, now) == canonical_names(now.elements())

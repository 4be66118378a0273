"""A body named with its country three ways ("South Korea's", "South Korean", "South Korea") is one claimant."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from store.analysis.claimant_folding import canonical_names
from store.analysis.claimant_refold import FoldedNames
from store.analysis.country_words import country_stem


def test_possessive_and_people_word_name_one_body():
    names = ["South Korea's Joint Chiefs of Staff"] * 2 + ["South Korean Joint Chiefs of Staff",
                                                            "South Korea’s Joint Chiefs of Staff"]
    folded = canonical_names(names)
    assert set(folded.values()) == {"South Korea's Joint Chiefs of Staff"}  # the commonest spelling


def test_the_commonest_spelling_wins_whichever_form_it_is():
    names = ["Russian defence ministry"] * 3 + ["Russia's defence ministry", "defence ministry of Russia"]
    assert set(canonical_names(names).values()) == {"Russian defence ministry"}


@pytest.mark.parametrize("apart", [
    ["North Korean military", "South Korean military"],  # the first word still counts
    ["Russian officials", "Ukrainian officials"],
    ["US officials", "American officials"],  # no shared letters to read them by: left apart, not guessed
    ["Russian", "Russia"],  # one word: a people-word alone is no claimant "Russia"
])
def test_other_countries_and_lone_words_stay_apart(apart):
    folded = canonical_names(apart)
    assert folded == {name: name for name in apart}


def test_a_country_stem_stays_inside_every_spelling_it_stands_for():
    # claimant_refold's sieve finds a name by the longest word of its key as a substring
    for word in ("ukraine", "ukrainian", "ukraine's", "korea’s", "korean", "chinese", "british"):
        assert country_stem(word) in word
    assert country_stem("kim's") == "kim's"


_BODIES = ["South Korea's Joint Chiefs of Staff", "South Korean Joint Chiefs of Staff", "Joint Chiefs of Staff",
           "Russia's Defence Ministry", "Russian Defence Ministry", "the Russian defence ministry",
           "Ukraine's military intelligence", "Ukrainian military intelligence", "military intelligence of Ukraine",
           "Russian", "Russia", "Japan's government", "Japanese government", "NIS", "Kim Yong-hyun", "Kim"]


@pytest.mark.parametrize("seed", range(8))
def test_refolding_after_a_change_gives_the_fold_of_the_whole(seed):
    rng = random.Random(seed)
    previous = Counter(rng.choice(_BODIES) for _ in range(60))
    now = previous.copy()
    for name in rng.sample(_BODIES, 4):
        now[name] += rng.randint(1, 4)
    state = FoldedNames(previous, canonical_names(previous.elements()))
    assert state.refold(now) == canonical_names(now.elements())

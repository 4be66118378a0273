"""Word expansion and ranking rules that the brute-force tests cannot see (their vocabulary has no stems)."""

from __future__ import annotations

import pytest
from rapidfuzz.distance import OSA

from store.search import IndexDoc, SearchIndex
from store.search.ranking import (
    EDIT_WEIGHTS,
    FAR_SIBLING_WEIGHT,
    SIBLING_OF_TYPO,
    STEM_WEIGHT,
    expand_word,
)

FILLER = "officials described the morning near the frontier village while observers counted vehicles on the road"


def doc(number: int, text: str) -> IndexDoc:
    return IndexDoc(
        passage_id=f"p{number:03d}", article_id=f"a{number:03d}", title="t", outlet=None, text=text, topics=[], claimants=[]
    )


@pytest.fixture(scope="module")
def landing_corpus() -> tuple[SearchIndex, str]:
    """One long passage with "landed" and "raid"; many short ones with the bare stem "land" and "raid"."""
    target = doc(0, f"The helicopter landed at the base after the raid, {FILLER}, {FILLER}.")
    shorter = [doc(i, f"The raid took land near the river {i}.") for i in range(1, 16)]
    others = [doc(100 + i, f"{FILLER} number {i}.") for i in range(30)]
    return SearchIndex.build([target, *shorter, *others]), target.passage_id


def test_sibling_of_a_typo_neighbour_weighs_by_its_own_distance(landing_corpus) -> None:
    index, _ = landing_corpus
    vocabulary = index.parts.vocabulary
    plan = expand_word(vocabulary, "lvnded", allow_prefix=False)
    weights = {vocabulary.terms[t]: w for t, w in plan.variants.items()}
    assert weights["landed"] == EDIT_WEIGHTS[1]
    # "land" is a stem sibling of "landed", but three edits from what was typed.
    assert OSA.distance("lvnded", "land") == 3
    assert weights["land"] == pytest.approx(FAR_SIBLING_WEIGHT * SIBLING_OF_TYPO)
    assert weights["land"] < EDIT_WEIGHTS[1] * SIBLING_OF_TYPO


def test_siblings_of_the_typed_word_itself_keep_the_stem_weight(landing_corpus) -> None:
    index, _ = landing_corpus
    vocabulary = index.parts.vocabulary
    plan = expand_word(vocabulary, "lands", allow_prefix=False)  # not in the corpus; its stem is
    weights = {vocabulary.terms[t]: w for t, w in plan.variants.items()}
    assert weights["land"] == STEM_WEIGHT


def test_no_typo_variant_weighs_more_than_its_distance_allows(landing_corpus) -> None:
    index, _ = landing_corpus
    vocabulary = index.parts.vocabulary
    for typed in ["lvnded", "landde", "hlicopter", "helicoptr", "obsevrers", "villge", "vehicls"]:
        assert vocabulary.lookup(typed) is None
        plan = expand_word(vocabulary, typed, allow_prefix=False)
        assert plan.matched, typed
        for term_id, weight in plan.variants.items():
            edits = OSA.distance(typed, vocabulary.terms[term_id])
            assert weight <= EDIT_WEIGHTS.get(edits, FAR_SIBLING_WEIGHT) + 1e-9, (typed, vocabulary.terms[term_id])


def test_passage_with_the_typed_word_beats_shorter_ones_with_its_bare_stem(landing_corpus) -> None:
    index, target = landing_corpus
    hits = index.search("lvnded raid", limit=10)
    assert hits[0].passage_id == target
    # The bare stem still counts, below it: a typo search keeps its recall.
    assert {h.passage_id for h in hits[1:]} <= {f"p{i:03d}" for i in range(1, 16)}
    assert len(hits) == 10


def test_a_typo_that_is_itself_a_word_still_reaches_the_intended_word() -> None:
    """"plans" typed for "plays": the exact word counts most, but its neighbours stay candidates."""
    docs = [doc(0, f"The orchestra plays in the capital tonight, {FILLER}.")]
    docs += [doc(i, f"The ministry plans a parade {i}.") for i in range(1, 12)]
    docs += [doc(100 + i, f"{FILLER} number {i}.") for i in range(20)]
    index = SearchIndex.build(docs)
    vocabulary = index.parts.vocabulary
    plan = expand_word(vocabulary, "plans", allow_prefix=False)
    weights = {vocabulary.terms[t]: w for t, w in plan.variants.items()}
    assert weights["plans"] == 1.0 and weights["plays"] == EDIT_WEIGHTS[1]
    hits = index.search("orchestra plans ", limit=5)
    assert hits[0].passage_id == "p000"  # holds both query words, one of them through the typo
    only_plans = index.search("plans ", limit=20)
    assert only_plans[-1].passage_id == "p000"  # alone, the exact word's passages come first


def test_percent_signs_and_thousands_shorthand_are_searched_as_words_and_figures() -> None:
    """"percent of shells" finds "50% of the shells"; "11k troops" and "11,000 troops" find each other."""
    docs = [
        doc(0, "North Korea supplies 50% of the shells Russia fires, officials estimate."),
        doc(1, "Kyiv says about 11k troops from North Korea are in the Kursk region."),
        doc(2, "Seoul puts the deployment at 12,000 troops, up from its first estimate."),
        doc(3, "The shells are old."),  # shorter: on "shells" alone it would come first
        doc(4, "Pyongyang sends as much as 40 per cent of Moscow's ammunition."),
        doc(5, "Moscow pays 40 roubles a round for its ammunition."),
    ]
    docs += [doc(100 + i, f"{FILLER} number {i}.") for i in range(20)]
    index = SearchIndex.build(docs)
    assert index.search("percent shells", limit=3)[0].passage_id == "p000"
    assert index.search("perecnt shels", limit=3)[0].passage_id == "p000"  # typos in both words
    assert index.search("11,000 troops", limit=3)[0].passage_id == "p001"
    assert index.search("12k troops", limit=3)[0].passage_id == "p002"
    assert index.search("50 pct", limit=3)[0].passage_id == "p000"
    assert index.search("40% ammunition", limit=3)[0].passage_id == "p004"  # "per cent" is the word "%" is
    assert index.search('"40 percent"', limit=3)[0].passage_id == "p004"  # as a phrase too

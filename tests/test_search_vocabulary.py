"""The vocabulary's lookups against brute force: hashing, typo neighbours, stems, prefixes."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from store.search.hashing import (
    deletion_hashes,
    deletion_table,
    hash_terms,
    string_hash,
)
from store.search.terms import stem
from store.search.vocabulary import Vocabulary

words = st.text(alphabet="abcdeklnorstuŭ", min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(st.lists(words, min_size=1, max_size=30, unique=True))
def test_vectorised_hashes_match_the_python_hash(terms: list[str]) -> None:
    assert hash_terms(terms).tolist() == [string_hash(t) for t in terms]
    hashes, owners = deletion_table(terms, np.arange(len(terms), dtype=np.int32))
    expected = sorted((h, i) for i, t in enumerate(terms) for h in deletion_hashes(t))
    assert sorted(zip(hashes.tolist(), owners.tolist(), strict=True)) == expected


@settings(max_examples=80, deadline=None)
@given(st.lists(words, min_size=1, max_size=60, unique=True), words)
def test_near_finds_every_term_one_edit_away(terms: list[str], query: str) -> None:
    vocabulary = Vocabulary.build(terms, np.ones(len(terms), dtype=np.int32))
    eligible = [t for t in terms if 3 <= len(t) <= 24 and t.isalpha()]
    found = {vocabulary.terms[i]: edits for i, edits in vocabulary.near(query, 2)}
    one_edit = {t for t in eligible if OSA.distance(query, t) == 1}
    assert one_edit <= set(found)
    for term, edits in found.items():  # anything extra is verified, never a guess
        assert edits == OSA.distance(query, term) and 1 <= edits <= 2


def test_lookup_stems_and_prefixes() -> None:
    terms = ["casualty", "casualties", "kursk", "kill", "killed", "killing", "language", "langley", "sungri"]
    vocabulary = Vocabulary.build(terms, np.array([5, 9, 7, 3, 4, 2, 6, 1, 1], dtype=np.int32))
    assert vocabulary.lookup("kursk") == 2
    assert vocabulary.lookup("kurs") is None
    assert {terms[i] for i in vocabulary.stem_siblings("casualties")} == {"casualty", "casualties"}
    assert {terms[i] for i in vocabulary.stem_siblings("kills")} == {"kill", "killed", "killing"}
    assert [terms[i] for i in vocabulary.with_prefix("lang", 10)] == ["language", "langley"]  # by frequency
    assert [terms[i] for i in vocabulary.with_prefix("kill", 10)] == ["killed", "killing"]
    assert {terms[i] for i, _ in vocabulary.near("langauge", 2)} == {"language"}
    assert {terms[i] for i, _ in vocabulary.near("casualtis", 2)} >= {"casualties"}


def test_vocabulary_round_trips_through_arrays() -> None:
    terms = ["alpha", "beta", "gamma", "sŭngri"]
    vocabulary = Vocabulary.build(terms, np.array([1, 2, 3, 4], dtype=np.int32))
    arrays = {k: np.array(v) for k, v in vocabulary.to_arrays().items()}
    loaded = Vocabulary.from_arrays(arrays)
    assert [loaded.terms[i] for i in range(len(loaded))] == terms
    assert loaded.lookup("sŭngri") == 3
    assert loaded.near("gamna", 1) == [(2, 1)]
    assert stem("casualties") == stem("casualty")


def _edit(word: str, kind: int, position: int, letter: str) -> str:
    position = 2 + position % max(len(word) - 2, 1)  # past the first two letters
    if kind == 0:
        return word[:position] + letter + word[position:]  # insert
    if kind == 1:
        return word[:position] + word[position + 1 :]  # delete
    if kind == 2:
        return word[:position] + letter + word[position + 1 :]  # substitute
    return word[:position] + word[position + 1 : position + 2] + word[position : position + 1] + word[position + 2 :]


edits = st.tuples(st.integers(0, 3), st.integers(0, 20), st.sampled_from("abcdeklnorstuŭ"))


@settings(max_examples=150, deadline=None)
@given(st.lists(words, min_size=1, max_size=60, unique=True), st.data())
def test_two_typos_past_the_first_letters_still_find_the_term(terms: list[str], data: st.DataObject) -> None:
    meant = data.draw(st.sampled_from(terms))
    typed = _edit(_edit(meant, *data.draw(edits)), *data.draw(edits))
    distance = OSA.distance(typed, meant)
    if typed in terms or not 1 <= distance <= 2 or len(typed) < 2 or typed[:2] != meant[:2]:
        return  # the edits cancelled out, or hit a word the corpus has, or a very short word
    if abs(len(typed.encode()) - len(meant.encode())) > 4:
        return  # beyond two letters of two bytes each (see ``_first_letters_band``)
    vocabulary = Vocabulary.build(terms, np.ones(len(terms), dtype=np.int32))
    found = dict(vocabulary.near(typed, 2))
    assert found.get(terms.index(meant)) == distance


def test_a_swap_and_a_missing_letter_still_find_the_name() -> None:
    terms = ["zelenskyy", "zelensky", "zealous", "yellow", "kyiv"]
    vocabulary = Vocabulary.build(terms, np.ones(len(terms), dtype=np.int32))
    found = {vocabulary.terms[i]: edits for i, edits in vocabulary.near("zelenksy", 2)}
    assert found == {"zelensky": 1, "zelenskyy": 2}
    assert vocabulary.near("zelenksy", 1) == [(1, 1)]  # one edit allowed: the band is not searched

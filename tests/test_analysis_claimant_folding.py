"""Folding people's names across the corpus, grouped by surname and first name, misses no pair the rule joins."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from store.analysis.claimant_folding import _first_names_compatible, _surnames_match, canonical_names
from store.analysis.claimants import fold, looks_like_person
from store.disjoint_sets import DisjointSets

FIRSTS = ["Kyrylo", "Kyr.", "K.", "Vlad", "Vladimir", "Volodymyr", "Anna", "Ann", "Ánna", "Dmytro", "Jo", "Jo.", "Jon",
          "J."]
SURNAMES = ["Budanov", "Budanow", "Budanoff", "Zelensky", "Zelenskyy", "Zelenskiy", "Kim", "Kimm", "Ponomarenko",
            "Ponomarenco", "Šoigu", "Shoigu"]


def _joined_by_the_rule(a: str, b: str) -> bool:
    """The pairwise rule the grouped folding implements (both names people)."""
    sa, sb = a.split()[-1], b.split()[-1]
    same_block = fold(sa)[:2] == fold(sb)[:2] and fuzz.ratio(fold(sa), fold(sb)) >= 85
    return same_block and _surnames_match(sa, sb) and _first_names_compatible(a.split()[0], b.split()[0])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(FIRSTS), st.sampled_from(SURNAMES)), min_size=1, max_size=25))
def test_every_pair_the_rule_joins_is_folded_together(pairs: list[tuple[str, str]]) -> None:
    names = [f"{first} {surname}" for first, surname in pairs]
    mapping = canonical_names(names)
    people = [n for n in set(names) if looks_like_person(n)]
    for a in people:
        for b in people:
            if _joined_by_the_rule(a, b):
                assert mapping[a] == mapping[b], (a, b)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(FIRSTS), st.sampled_from(SURNAMES)), min_size=1, max_size=25))
def test_people_fold_together_exactly_when_a_chain_of_rule_pairs_joins_them(pairs: list[tuple[str, str]]) -> None:
    """The same partition as joining every pair the rule accepts, one by one (the brute force)."""
    names = [f"{first} {surname}" for first, surname in pairs]
    mapping = canonical_names(names)
    people = sorted(n for n in set(names) if looks_like_person(n))
    chains = DisjointSets(len(people))
    for i, a in enumerate(people):
        for j, b in enumerate(people):
            if _joined_by_the_rule(a, b):
                chains.union(i, j)
    for i, a in enumerate(people):
        for j, b in enumerate(people):
            assert (mapping[a] == mapping[b]) == (chains.find(i) == chains.find(j)), (a, b)


def test_spellings_of_one_person_fold_and_different_people_do_not() -> None:
    mapping = canonical_names(["Kyrylo Budanov", "K. Budanow", "Kyrylo Budanov", "Anna Budanov", "Vlad Kim", "Anna Kim"])
    assert mapping["K. Budanow"] == mapping["Kyrylo Budanov"] != mapping["Anna Budanov"]
    assert mapping["Vlad Kim"] != mapping["Anna Kim"]


@settings(max_examples=300, deadline=None)
@given(
    st.sets(st.text(alphabet="abkyrijw.", max_size=6), max_size=12),
    st.sets(st.text(alphabet="abkyrijw.", max_size=6), max_size=12),
)
def test_first_names_are_paired_by_prefix_lookup_exactly_as_the_pairwise_rule_pairs_them(
    left: set[str], right: set[str]
) -> None:
    """Looking up each name's short prefixes on the other side finds every pair the rule accepts, and no other."""
    from store.analysis.claimant_folding import _compatible_first_names, _ShortPrefixes

    from store.analysis.claimant_folding import first_name_key

    # Keyed as ``fold_people`` keys them: names of one key are one group before any pairing.
    left_folded = {first_name_key(fold(a).rstrip(".")): [a] for a in left}
    right_folded = {first_name_key(fold(b).rstrip(".")): [b] for b in right}
    found = {(left_folded[a][0], right_folded[b][0]) for a, b in _compatible_first_names(left_folded, right_folded, _ShortPrefixes())}
    expected = {(names_a[0], names_b[0]) for names_a in left_folded.values() for names_b in right_folded.values()
                if _first_names_compatible(names_a[0], names_b[0])}
    assert found == expected


def test_romanisations_of_one_first_name_fold_and_the_english_spelling_names_the_person() -> None:
    """English, German and Ukrainian systems spell one Slavic first name differently (Dmitry, Dmitri,
    Dmitrij; Sergey, Sergej; Volodymyr, Wolodymyr): with one surname they are one person."""
    mapping = canonical_names(["Dmitry Peskov", "Dmitri Peskov", "Dmitrij Peskov", "Sergey Shoigu", "Sergej Shoigu",
                               "Volodymyr Zelensky", "Wolodymyr Zelensky", "Yuri Ushakov", "Jurij Ushakov"])
    assert mapping["Dmitri Peskov"] == mapping["Dmitry Peskov"] == mapping["Dmitrij Peskov"]
    assert mapping["Sergej Shoigu"] == mapping["Sergey Shoigu"]
    assert mapping["Jurij Ushakov"] == mapping["Yuri Ushakov"]
    # As long and as often written: the name keeps the spelling the key settles on, not the German one.
    assert mapping["Wolodymyr Zelensky"] == mapping["Volodymyr Zelensky"] == "Volodymyr Zelensky"


def test_first_names_that_are_not_one_romanisation_stay_apart() -> None:
    mapping = canonical_names(["Alexander Kim", "Alexandra Kim", "Andrei Yermak", "Andriy Yermak", "John Smith", "J. Smith"])
    assert mapping["Alexander Kim"] != mapping["Alexandra Kim"]
    assert mapping["Andrei Yermak"] != mapping["Andriy Yermak"]  # Russian and Ukrainian forms: not one spelling
    assert mapping["J. Smith"] == mapping["John Smith"]  # an initial still stands for its name

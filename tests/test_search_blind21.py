"""Blind round 21 of search: a quoted figure is the figure, however the query and the passage write it.

An analyst quotes '"eleven thousand troops"' from a transcript; the wire wrote "11,000 troops", the
European edition "11 000 troops".  Both spell one figure, so the quoted phrase must find them, and the
other way round.  A scale word typed after digits ('"3 million rounds"') stays as written
(tests/test_search_blind49.py).
"""

from __future__ import annotations

import numpy as np
import pytest

from store.search import IndexDoc, SearchIndex
from store.search.query import parse_query
from store.search.ranking import phrase_docs

TEXTS = {
    "wire": "Seoul said North Korea had sent 11,000 troops to the Kursk region by December.",
    "spaced": "Le renseignement sud-coréen estime que 11 000 troops nord-coréens sont engagés.",
    "spoken": "He told the committee that about eleven thousand troops were now at the front.",
    "shorthand": "Analysts counted some 11k troops near the border.",
    "apart": "Of the 11,000 who left, many were later described as troops.",
    "other-figure": "Another 12,000 troops may follow in the spring.",
    "rounds-words": "North Korea may be supplying half of the 3 million rounds Moscow fires.",
    "rounds-digits": "Estimates put the total at 3,000,000 rounds a year.",
    "rubles": "Each soldier is paid 2 тысяч rubles a day, the report said.",
    "rubles-digits": "Each soldier is paid 2,000 rubles a day, a defector said.",
    "two-figures": "Between 10,000 and 12,000 troops were rotated, with 3,000 troops wounded.",
}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(
        IndexDoc(passage_id=pid, article_id=pid, title=f"Report {i}", outlet=None, text=text)
        for i, (pid, text) in enumerate(TEXTS.items())
    )


def _ids(index: SearchIndex, query: str) -> set[str]:
    return {hit.passage_id for hit in index.search(query, limit=20)}


ELEVEN_THOUSAND_TROOPS = {"wire", "spaced", "spoken", "shorthand"}


@pytest.mark.parametrize(
    "query",
    ['"eleven thousand troops"', '"Eleven Thousand troops"', '"11,000 troops"', '"11 000 troops"', '"11k troops"'],
)
def test_a_quoted_figure_finds_it_in_digits_groups_words_and_shorthand(index: SearchIndex, query: str) -> None:
    assert _ids(index, query) == ELEVEN_THOUSAND_TROOPS, query


def test_a_quoted_scale_word_typed_after_digits_is_still_wanted_as_written(index: SearchIndex) -> None:
    assert _ids(index, '"3 million rounds"') == {"rounds-words"}
    # Spelled out or in digits alone, the figure is the figure.
    assert _ids(index, '"three million rounds"') == {"rounds-words", "rounds-digits"}
    assert _ids(index, '"3,000,000 rounds"') == {"rounds-words", "rounds-digits"}


def test_a_foreign_scale_word_in_the_passage_is_the_same_figure(index: SearchIndex) -> None:
    assert _ids(index, '"2,000 rubles"') == {"rubles", "rubles-digits"}
    assert _ids(index, '"two thousand rubles a day"') == {"rubles", "rubles-digits"}


def test_a_phrase_with_two_figures_and_the_order_still_required(index: SearchIndex) -> None:
    assert _ids(index, '"twelve thousand troops were rotated"') == {"two-figures"}
    assert _ids(index, '"three thousand troops wounded"') == {"two-figures"}
    assert _ids(index, '"troops eleven thousand"') == set()  # the words in the order quoted, still
    assert _ids(index, '"eleven thousand soldiers"') == set()  # nor another word after the figure


def test_a_quoted_figure_alone_is_every_way_of_writing_it(index: SearchIndex) -> None:
    assert _ids(index, '"eleven thousand"') == ELEVEN_THOUSAND_TROOPS | {"apart"}


def test_the_query_records_which_scale_words_were_typed_after_digits() -> None:
    assert parse_query('"3 million rounds" and "three million shells"').written_scales == [frozenset({1}), frozenset()]
    assert parse_query('"12 000 troops"').written_scales == [frozenset()]


def test_an_optional_word_never_joins_two_passages() -> None:
    # Passage 0 ends "... 11000 thousand", passage 1 starts "troops": no phrase spans the two.
    forward_ptr = np.array([0, 3, 5], dtype=np.int64)
    forward_terms = np.array([7, 1, 2, 3, 9], dtype=np.int32)  # 1 = 11000, 2 = thousand, 3 = troops
    phrase = [np.array([1], dtype=np.int32), np.array([2], dtype=np.int32), np.array([3], dtype=np.int32)]
    candidates = np.array([0, 1], dtype=np.int32)
    assert phrase_docs(forward_ptr, forward_terms, candidates, phrase, frozenset({1})).tolist() == []
    joined = np.array([1, 2, 3, 0, 0], dtype=np.int32)
    assert phrase_docs(forward_ptr, joined, candidates, phrase, frozenset({1})).tolist() == [0]
    skipped = np.array([1, 3, 0, 0, 0], dtype=np.int32)
    assert phrase_docs(forward_ptr, skipped, candidates, phrase, frozenset({1})).tolist() == [0]


EXCLUDING = {
    "nk-troops": "North Korean troops were seen near Kursk.",
    "apart": "Troops from the North were trained by Korean instructors.",
    "south": "North of the line, South Korean observers counted Russian troops.",
    "russian": "Russian troops regrouped near Sudzha.",
}


@pytest.fixture(scope="module")
def excluding() -> SearchIndex:
    return SearchIndex.build(
        IndexDoc(passage_id=pid, article_id=pid, title=f"Item {i}", outlet=None, text=text)
        for i, (pid, text) in enumerate(EXCLUDING.items())
    )


@pytest.mark.parametrize("query", ['troops -"north korean"', '-"North Korean" troops', 'troops −"north korean"'])
def test_a_minus_before_a_quoted_phrase_leaves_the_phrase_out(excluding: SearchIndex, query: str) -> None:
    # Not a phrase the passages must hold (the quotes' usual meaning), and not its words apart either:
    # "North ... Korean" and "North of the line, South Korean" are no "North Korean".
    assert _ids(excluding, query) == {"apart", "south", "russian"}, query
    assert parse_query(query).phrases == []


def test_a_minus_before_a_quoted_figure_leaves_out_every_way_of_writing_it(index: SearchIndex) -> None:
    assert _ids(index, 'troops -"eleven thousand troops"') == _ids(index, "troops") - ELEVEN_THOUSAND_TROOPS
    assert "apart" in _ids(index, 'troops -"eleven thousand troops"')  # 11,000 and troops, not side by side


def test_a_headline_holding_the_figure_in_words_leads_for_the_figure_in_digits() -> None:
    title = "Eleven thousand troops reach Kursk"
    docs = [
        IndexDoc(passage_id="t-000", article_id="t", title=title, outlet=None, text="Officials confirmed the arrival."),
        IndexDoc(passage_id="t-001", article_id="t", title=title, outlet=None, text="More were expected."),
        IndexDoc(passage_id="u-000", article_id="u", title="Other news", outlet=None, text="Nothing on troops here."),
    ]
    index = SearchIndex.build(docs)
    assert _ids(index, '"11,000 troops"') == {"t-000"}  # the lead passage holds what its headline holds
    assert _ids(index, 'troops -"11 000 troops reach"') == {"u-000"}

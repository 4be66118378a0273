"""Query syntax beyond plain words: "-word" exclusions, and letters run into digits ("kn23")."""

from __future__ import annotations

import random

import pytest

from store.search import IndexDoc, SearchIndex
from store.search.query import parse_query
from test_search_index import brute_force, make_docs, terms_of


def test_a_minus_word_is_excluded_not_searched_and_never_prefix_matched() -> None:
    parsed = parse_query("shells -Kursk")
    assert parsed.words == ["shells"] and parsed.excluded == [["kursk"]] and not parsed.last_word_open
    assert parse_query("troops −Kursk’s").excluded == [["kursk"]]  # a typographic minus; the possessive folds
    assert parse_query("-KN-23 missiles").excluded == [["kn", "23"]]
    # A hyphen inside a word, a lone dash and a quoted "-" are no exclusions.
    for text in ("Russia-Ukraine war", "troops - Kursk", '"-kursk" shells'):
        assert parse_query(text).excluded == [], text


@pytest.fixture(scope="module")
def corpus() -> tuple[list[IndexDoc], list[str], SearchIndex]:
    docs, vocab = make_docs(seed=11)
    return docs, vocab, SearchIndex.build(docs)


def test_excluding_a_word_gives_the_brute_force_ranking_without_the_passages_holding_it(corpus) -> None:
    docs, vocab, index = corpus
    rng = random.Random(5)
    checked = 0
    for _ in range(30):
        wanted, unwanted = rng.sample(vocab[: len(vocab) // 3], 2)
        holding = {d.passage_id for d in docs if unwanted in terms_of(d.text)}
        expected = [pid for pid, _ in brute_force(docs, [wanted], limit=len(docs)) if pid not in holding][:10]
        got = [h.passage_id for h in index.search(f"{wanted} -{unwanted.upper()}", limit=10)]
        assert got == expected, (wanted, unwanted)
        checked += bool(holding & {pid for pid, _ in brute_force(docs, [wanted], limit=len(docs))})
    assert checked >= 10  # most pairs really removed something, so the exclusion was exercised


def test_exclusions_apply_to_filter_only_listings_and_alone_find_nothing(corpus) -> None:
    docs, vocab, index = corpus
    word = vocab[0]
    assert index.search(f"-{word}", limit=500) == []
    listed = index.search(f"-{word}", topic="artillery", limit=500)
    expected = [d.passage_id for d in docs if "artillery" in d.topics and word not in terms_of(d.text)]
    assert [h.passage_id for h in listed] == expected and expected


def _doc(number: int, text: str) -> IndexDoc:
    return IndexDoc(passage_id=f"p{number}", article_id=f"a{number}", title="t", outlet=None, text=text)


def test_letters_run_into_digits_find_the_hyphenated_form_and_the_joined_one_where_written() -> None:
    docs = [
        _doc(0, "Russia fired KN-23 missiles at Kharkiv."),
        _doc(1, "The Hwasong-19 was tested this week."),
        _doc(2, "Troops arrived in Kursk in the autumn."),
        _doc(3, "Some outlets write KN23 without the hyphen."),
    ]
    index = SearchIndex.build(docs)
    assert [h.passage_id for h in index.search("hwasong19 ")] == ["p1"]
    # The corpus writes "KN23" too: the joined word is searched as written, not split.
    assert [h.passage_id for h in index.search("kn23 ")] == ["p3"]
    assert {h.passage_id for h in index.search("kn 23 ")} >= {"p0"}
    without_joined = SearchIndex.build(docs[:3])
    assert [h.passage_id for h in without_joined.search("KN23 missiles ")][:1] == ["p0"]

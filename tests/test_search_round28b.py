"""Round 28b of search: a figure does not outweigh the subject, names of several words and the subject's nouns
across scripts; each checked against a brute-force reading of the passages.

- A query of words and a figure ("shels 50 percent") ranks every passage holding one of its words (here a
  typo of "shells") above every passage holding only the figure and "percent" (a stock price), which keep
  their order among themselves; a query of figures alone ranks as before.
- A Latin name of several words ("North Korea", "Korean Peninsula") finds the Korean, Japanese and Chinese
  passages writing it ("북한", "北朝鮮", "朝鲜"; "한반도", "朝鮮半島"), after the passages in Latin letters.
- The subject's common nouns cross scripts as names do: "북한 병사" (North Korean soldiers) finds "soldiers",
  and "soldiers" finds "兵士" and "병사" (the search's note on names read stays about names).
"""

from __future__ import annotations

import re

import pytest

from search_builders import index_of
from store.search import SearchIndex
from store.search.conflict_names import query_reading

SHARES = {
    "shells-half": "Shells from Pyongyang now make up about half of the artillery ammunition Russia fires.",
    "shells-count": "Ukraine's intelligence says the shells arrived by rail through Khasan.",
    "stock": "Samsung Electronics stock rose 50 percent this year as memory prices recovered.",
    "budget": "The city budget grew 50 percent after the new tax was introduced.",
    "both": "About 50 percent of the shells Russia fires come from North Korea, officials said.",
    "weather": "Rain fell across the capital on Tuesday.",
}

SCRIPTS = {
    "nk-en": "North Korea sent more troops to Russia, officials said.",
    "nk-ko": "북한은 러시아에 병력을 추가로 보냈다.",
    "nk-ja": "北朝鮮がロシアに兵士を追加で派遣した。",
    "nk-zh": "朝鲜向俄罗斯增派了军队。",
    "pen-en": "Tension on the Korean Peninsula rose again.",
    "pen-ko": "한반도 긴장이 다시 고조됐다.",
    "pen-ja": "朝鮮半島の緊張が再び高まった。",
    "soldier-ko": "북한 병사 두 명이 우크라이나군에 붙잡혔다.",
    "soldier-en": "Two North Korean soldiers were captured in Kursk.",
    "other-ko": "서울의 날씨는 맑았다.",
    "other-ja": "東京の天気は晴れだった。",
    "other-en": "The weather in London was mild.",
}


@pytest.fixture(scope="module")
def shares() -> SearchIndex:
    return index_of(SHARES)


@pytest.fixture(scope="module")
def scripts() -> SearchIndex:
    return index_of(SCRIPTS)


def _found(index: SearchIndex, query: str) -> list[str]:
    return [hit.passage_id for hit in index.search(query, limit=50)]


def _holding(texts: dict[str, str], pattern: str) -> set[str]:
    return {pid for pid, text in texts.items() if re.search(pattern, text, re.IGNORECASE)}


@pytest.mark.parametrize("query", ["shels 50 percent", "shells 50%", "ammunition 50 per cent"])
def test_a_passage_with_a_word_of_the_query_outranks_one_with_only_its_figure(shares: SearchIndex, query: str) -> None:
    found = _found(shares, query)
    topical = _holding(SHARES, r"shell|ammunition")
    figure_only = _holding(SHARES, r"50 ?(percent|per cent|%)") - topical
    assert figure_only <= set(found) and topical <= set(found)
    last_topical = max(found.index(pid) for pid in topical)
    assert all(found.index(pid) > last_topical for pid in figure_only), found
    assert found[0] == "both"  # the word and the figure together first
    # A query of figures alone ranks by the figure, as before.
    found = _found(shares, "50 percent")
    assert set(found) >= _holding(SHARES, r"50 percent")
    assert not {"shells-count", "weather"} & set(found)


@pytest.mark.parametrize(
    ("query", "latin", "others"),
    [("North Korea", r"north korea", {"nk-ko", "nk-ja", "nk-zh"}), ("Korean Peninsula", r"korean peninsula", {"pen-ko", "pen-ja"})],
)
def test_a_latin_name_of_several_words_finds_its_korean_japanese_and_chinese_forms(
    scripts: SearchIndex, query: str, latin: str, others: set[str]
) -> None:
    found = _found(scripts, query)
    assert others <= set(found), found
    own = _holding(SCRIPTS, latin)
    assert own and max(found.index(pid) for pid in own) < min(found.index(pid) for pid in others)
    assert not {"other-ko", "other-ja", "other-en"} & set(found)


def test_a_korean_noun_of_the_subject_finds_the_english_word(scripts: SearchIndex) -> None:
    found = _found(scripts, "북한 병사")
    assert found[0] == "soldier-ko"
    assert "soldier-en" in found
    assert "병사" not in (query_reading(scripts.parts, "북한 병사") or "")  # a word translated: no name to confirm


def test_an_english_noun_of_the_subject_finds_it_in_korean_and_japanese(scripts: SearchIndex) -> None:
    found = _found(scripts, "soldiers")
    assert found[0] == "soldier-en"
    assert {"soldier-ko", "nk-ja"} <= set(found)
    assert not {"other-ko", "other-ja", "other-en"} & set(found)

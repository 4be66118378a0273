"""Chinese and Japanese, written without spaces, are searchable by any word in them.

A run of kanji and kana is indexed, and a query read, as its overlapping pairs of characters (as CJK
search engines do): "砲弾" used to find nothing in "…ロシアに砲弾を送った…", whose whole run was one term.
"""

from __future__ import annotations

import pytest

from store.search import IndexDoc, SearchIndex
from store.search.terms import query_terms, split_chunk

TEXTS = {
    "ja": "韓国の国家情報院は13日、北朝鮮がロシアに砲弾を送ったと明らかにした。",
    "ja-apart": "国家の情報は院にある。",  # the same characters, not the same word
    "zh": "据韩联社报道，朝鲜已向俄罗斯派遣约1.1万名士兵。",
    "ko": "국가정보원은 북한군 사상자가 3000명에 달한다고 밝혔다.",
    "en": "South Korea's spy agency said North Korea sent 11,000 troops.",
}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(
        IndexDoc(passage_id=pid, article_id=pid, title=pid, outlet=None, text=text) for pid, text in TEXTS.items()
    )


def _lit(index: SearchIndex, query: str) -> dict[str, list[str]]:
    return {hit.passage_id: [hit.text[a:b] for a, b in hit.spans] for hit in index.search(query, limit=10)}


def test_a_word_inside_a_japanese_or_chinese_run_is_found_and_lit_whole(index: SearchIndex) -> None:
    assert _lit(index, "砲弾") == {"ja": ["砲弾"]}
    assert _lit(index, "士兵") == {"zh": ["士兵"]}
    # The Japanese "北朝鮮" is the same North Korea: traditional forms fold to simplified ones.
    assert _lit(index, "朝鲜 士兵") == {"zh": ["朝鲜", "士兵"], "ja": ["朝鮮"], "en": ["Korea's", "North", "Korea"]}


def test_a_longer_word_ranks_where_its_pairs_stand_together_first(index: SearchIndex) -> None:
    hits = _lit(index, "国家情報院")
    assert list(hits)[0] == "ja" and hits["ja"] == ["国家情報院"]
    assert list(_lit(index, '"国家情報院"')) == ["ja"]  # as a phrase, only where the word is written


def test_korean_and_english_keep_their_words(index: SearchIndex) -> None:
    assert _lit(index, "국가정보원") == {"ko": ["국가정보원은"]}
    assert split_chunk("(Korea's") == (("korea", 1, 8),)
    assert query_terms("11,000 troops") == ["11000", "troops"]


def test_a_run_is_split_into_overlapping_pairs_with_their_offsets() -> None:
    terms = split_chunk("北朝鮮が13日")
    # Folded as every term is: "が" loses its voicing mark as "é" its accent, and "鮮" is the simplified "鲜",
    # on both sides of a search.
    assert [t for t, _, _ in terms] == ["北朝", "朝鲜", "鲜か", "13", "日"]
    assert [(s, e) for _, s, e in terms] == [(0, 2), (1, 3), (2, 4), (4, 6), (6, 7)]

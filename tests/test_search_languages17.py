"""Search across languages and query shapes, as an analyst types them.

- one kanji, kana or hanzi ("弾") finds the words holding it, though the index holds only pairs;
- a Korean word finds its forms with particles and its compounds ("북한" -> "북한이", "북한군은"), typo'd too;
- Russian and Ukrainian case endings ("Курск" / "Курской", "снаряды" / "снарядов" / "снарядів");
- figures as Europe writes them ("12.000", "12 тысяч", "1,5 млн"), initials ("D.P.R.K."), pasted tags.
"""

from __future__ import annotations

import unicodedata

import pytest

from store.search import IndexDoc, SearchIndex
from store.search.figures import join_figures
from store.search.terms import fold, query_terms, split_chunk, stem
from store.search.title_marks import lit_terms, query_title_spans

TEXTS = {
    "ja": "韓国の国家情報院は13日、北朝鮮がロシアに砲弾を送ったと明らかにした。弾道ミサイルも供与された。",
    "ja-army": "北朝鮮軍の兵士約1万1千人がクルスク州に派遣された。",
    "ja-fuel": "ロシアはｶﾞｿﾘﾝを北朝鮮に送った。",
    "zh": "据韩联社报道，朝鲜已向俄罗斯派遣约1.1万名士兵，朝鲜军队在库尔斯克州参加战斗。",
    "ko-forms": "국가정보원은 북한군은 쿠르스크 지역에 파병됐다고 밝혔다. 북한이 포탄을 보냈다.",
    "ko-bare": "북한 외무성 대변인은 성명을 냈다.",
    "ko-other": "부산에서 열린 회의에서 국방부는 입장을 밝혔다.",
    "ru": "Северокорейские солдаты воюют в Курской области. В Курске заявили, что поставки снарядов продолжатся.",
    "ru-figures": "Численность контингента оценивают в 12 тысяч человек, передано 1,5 млн снарядов.",
    "uk": "КНДР передала Росії мільйони снарядів, а втрати становлять понад 3 тисячі осіб.",
    "de": "Nordkorea hat rund 12.000 Soldaten nach Russland geschickt und 3 Millionen Granaten geliefert.",
    "de-compounds": "Die Bundesregierung verurteilte die Munitionslieferungen und Waffenlieferungen an Moskau.",
    "en-dprk": "The D.P.R.K. has denied sending troops; a plan B was not discussed, the KCNA said.",
    "en": "The DPRK sent 1.5 million shells to Kursk, U.S. officials said.",
    "en-lookalike": "A Telegram channel claimed Hwas\u043eng-19 units moved near Belgorod.",  # a Cyrillic "о"
}
TITLES = {"ko-forms": "북한군, 쿠르스크 전선에 투입", "ja": "北朝鮮、ロシアに砲弾"}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(
        IndexDoc(
            passage_id=pid,
            article_id=pid,
            title=TITLES.get(pid, pid),
            outlet=None,
            text=text,
        )
        for pid, text in TEXTS.items()
    )


def _lit(index: SearchIndex, query: str) -> dict[str, list[str]]:
    """Passage id -> the stretches lit in it, for the passages whose text matched (not only the headline)."""
    return {
        hit.passage_id: [hit.text[a:b] for a, b in hit.spans]
        for hit in index.search(query, limit=20)
        if hit.spans
    }


# --- one kanji, kana or hanzi -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("弾", {"ja"}),
        # Traditional (and Japanese) forms fold to the simplified ones: "軍" is "军", "鮮" is "鲜".
        ("軍", {"ja-army", "zh"}),
        ("军", {"ja-army", "zh"}),
        ("鲜", {"ja", "ja-army", "ja-fuel", "zh"}),
        ("ガ", {"ja-fuel"}),
    ],
)
def test_a_single_character_finds_the_words_holding_it(
    index: SearchIndex, query: str, found: set[str]
) -> None:
    lit = _lit(index, query)
    assert set(lit) == found
    # What lights is the character itself (as written: half-width "ｶﾞ" for "ガ"), not the pairs it was found in.
    assert all(
        fold(unicodedata.normalize("NFKC", stretch)) == fold(query) for stretches in lit.values() for stretch in stretches
    )


def test_a_single_character_inside_a_longer_query_and_as_phrase_or_exclusion(
    index: SearchIndex,
) -> None:
    assert next(iter(_lit(index, "北朝鮮 弾"))) == "ja"  # it holds both
    assert set(_lit(index, '"弾"')) == {"ja"}
    assert "ja" not in _lit(index, "北朝鮮 -弾") and "ja-army" in _lit(
        index, "北朝鮮 -弾"
    )


def test_a_headline_lights_the_character_alone(index: SearchIndex) -> None:
    hits = index.search("弾")
    title = TITLES["ja"]
    assert [title[a:b] for a, b in query_title_spans(title, "弾", lit_terms(hits))] == [
        "弾"
    ]


def test_half_width_katakana_pairs_as_full_width_does() -> None:
    full_width = [t for t, _, _ in split_chunk("ガソリン")]
    assert full_width and [t for t, _, _ in split_chunk("ｶﾞｿﾘﾝ")] == full_width


# --- Korean particles and compounds -----------------------------------------------------------------


@pytest.mark.parametrize("query", ["북한", "북한 ", "북한 파병 ", "북헌 "])
def test_a_korean_word_finds_its_forms_with_particles_and_compounds(
    index: SearchIndex, query: str
) -> None:
    lit = _lit(index, query)
    # Found even though "ko-bare" holds the bare word, and not only while it is being typed.
    assert "ko-bare" in lit and "ko-forms" in lit
    assert {"북한군은", "북한이"} <= set(lit["ko-forms"])


def test_a_korean_word_matches_whole_syllables_only(index: SearchIndex) -> None:
    # "부" is the start of the syllable "북", not a syllable of "북한": no match once the word is typed.
    assert "ko-bare" not in _lit(index, "부 ")
    assert "ko-other" in _lit(index, "부산 ")


def test_a_korean_headline_lights_the_compound(index: SearchIndex) -> None:
    title = TITLES["ko-forms"]
    assert [title[a:b] for a, b in query_title_spans(title, "북한")] == ["북한군"]


# --- Russian and Ukrainian case endings ---------------------------------------------------------------


def test_slavic_case_endings_share_a_stem() -> None:
    assert (
        stem("курск") == stem("курскои") == stem("курске") == stem("курская")
    )  # folded: "й" is "и"
    assert stem("снаряд") == stem("снарядов") == stem("снарядів") == stem("снаряды")
    assert (
        stem("кндр") == "кндр" and stem("мир") == "мир"
    )  # no ending, or too short to cut


@pytest.mark.parametrize(
    ("query", "found"),
    [("Курск ", {"Курской", "Курске"}), ("Курской ", {"Курской", "Курске"})],
)
def test_a_russian_place_name_finds_its_cases(
    index: SearchIndex, query: str, found: set[str]
) -> None:
    assert set(_lit(index, query)["ru"]) == found


def test_a_russian_plural_finds_ukrainian_and_russian_forms(index: SearchIndex) -> None:
    lit = _lit(index, "снаряды ")
    assert {"ru", "uk"} <= set(lit) and lit["uk"] == ["снарядів"]


def test_a_german_word_finds_the_compounds_it_is_the_head_of(
    index: SearchIndex,
) -> None:
    for query in ("Lieferungen", "Lieferung "):
        assert set(_lit(index, query)["de-compounds"]) == {
            "Munitionslieferungen",
            "Waffenlieferungen",
        }, query
    assert _lit(index, "Lieferungxyz") == {}  # nothing holds it: no compound either


# --- figures, initials, markup --------------------------------------------------------------------------


def test_european_figures_are_the_same_figure() -> None:
    assert join_figures(query_terms("12 тысяч")) == ["12000", "тысяч"]
    assert join_figures(query_terms("1,5 мільйона"))[0] == "1500000"
    assert join_figures(query_terms("3 Millionen Granaten"))[0] == "3000000"


def test_figures_are_found_however_they_are_grouped(index: SearchIndex) -> None:
    for query in ("12000", "12,000", "12.000", "12 thousand"):
        assert {"de", "ru-figures"} <= set(_lit(index, query)), query
    lit = _lit(index, "1.5 million")
    assert {"en", "ru-figures"} <= set(lit) and "1,5 млн" in lit["ru-figures"]
    assert "3 Millionen" in _lit(index, "3,000,000")["de"]


def test_initials_with_full_stops_are_one_word(index: SearchIndex) -> None:
    assert [t for t, _, _ in split_chunk("(D.P.R.K.)")] == ["dprk"]
    lit = _lit(index, "D.P.R.K.")
    assert lit.get("en") == ["DPRK"] and lit.get("en-dprk") == ["D.P.R.K."]
    assert "en" in _lit(index, "US officials")


def test_a_word_mixing_lookalike_latin_and_cyrillic_letters_is_read_in_one_script(index: SearchIndex) -> None:
    assert [t for t, _, _ in split_chunk("K\u0443\u0440\u0441\u043a")] == ["курск"]  # a Latin "K" in "Курск"
    assert set(_lit(index, "Hwasong ")) == {"en-lookalike"}
    assert "ru" in _lit(index, "K\u0443\u0440\u0441\u043a ")


def test_markup_tags_in_a_pasted_query_are_not_words(index: SearchIndex) -> None:
    lit = _lit(index, "<b>Kursk</b>")
    assert lit.get("en") == ["Kursk"]  # and the Russian passage's "Курской", the name in the other script
    assert all("B" not in stretches for stretches in lit.values())  # not the "B" of "plan B"


@pytest.mark.parametrize(
    "query",
    [
        "[red]",
        "(",
        "*",
        "\\",
        "a*b",
        "\\d+",
        "C++",
        '"',
        "-",
        "((((",
        "the of and",
        "北" * 2000,
    ],
)
def test_odd_queries_neither_fail_nor_find_by_their_punctuation(
    index: SearchIndex, query: str
) -> None:
    for hit in index.search(query):
        assert all(
            hit.text[a:b].strip('[]()*\\+"-') == hit.text[a:b] for a, b in hit.spans
        )

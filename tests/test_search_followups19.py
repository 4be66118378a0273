"""Search across scripts: passages in the query's own script come first when they hold the same words.

A Latin query word also finds its Cyrillic spelling (``cross_script``), weighed 0.8; BM25's length
weighting could still rank a short Russian passage above longer English ones holding the same words.
The analyst who typed English words expects English passages first, and the Cyrillic ones after,
still found; a Cyrillic query puts Cyrillic passages (Russian or Ukrainian) first in the same way.
"""

from __future__ import annotations

import pytest

from store.search import IndexDoc, SearchIndex

TEXTS = {
    # English passages holding both words, longer than the Russian ones.
    "en-long": (
        "Ukraine's military intelligence chief Kyrylo Budanov said on Tuesday that the brigade, which had been "
        "moved from the southern front after weeks of heavy shelling near the river, was now being refitted."
    ),
    "en-mid": (
        "According to Budanov, a North Korean brigade numbering several thousand soldiers has been attached to "
        "Russian airborne units operating in the border region since late autumn."
    ),
    # Russian and Ukrainian passages holding the same two words, short.
    "ru-short": "Буданов: бригада КНДР под Курском.",
    "uk-short": "Буданов заявив, що бригада КНДР воює.",
    # And the other way round: a long Russian passage, a short English one.
    "ru-long": (
        "Как сообщил в интервью начальник украинской военной разведки Кирилл Буданов, бригада, которую "
        "перебросили с южного направления после нескольких недель боёв у реки, сейчас проходит доукомплектование."
    ),
    "en-short": "Budanov: brigade moved.",
    # Distractors: one of the words only, in either script, or neither.
    "en-one": "The brigade commander declined to comment on the reports of casualties among the new arrivals.",
    "ru-one": "Буданов ранее называл другие цифры.",
    "en-none": "Pyongyang denied that any soldiers had crossed into Russia, the state news agency said.",
    "ru-none": "Пхеньян отрицает отправку солдат в Россию.",
    # Only in Cyrillic: a name English passages never write.
    "ru-only": "Глава ГУР Буданов сообщил о переброске частей под Суджу в начале недели.",
    "en-sudzha-distractor": "Officials in Seoul said the number of troops remained unclear and declined to say more.",
    # Korean.
    "ko-both": "부다노프 국장은 북한군 여단이 쿠르스크에 배치됐다고 밝혔다.",
    "ko-one": "북한군 관련 보도가 이어졌다.",
    "ko-none": "국방부는 입장을 밝혔다.",
}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(
        IndexDoc(passage_id=pid, article_id=pid, title=f"Report {n}", outlet=None, text=text)
        for n, (pid, text) in enumerate(TEXTS.items())
    )


def _ranked(index: SearchIndex, query: str) -> list[str]:
    return [hit.passage_id for hit in index.search(query, limit=20)]


def _before(ranked: list[str], first: set[str], then: set[str]) -> bool:
    """Every passage of ``first`` is found, every one of ``then`` too, and all of ``first`` come earlier."""
    if not first <= set(ranked) or not then <= set(ranked):
        return False
    return max(ranked.index(p) for p in first) < min(ranked.index(p) for p in then)


@pytest.mark.parametrize("query", ["Budanov's brigade", "budanov brigade", "Budanov brigade "])
def test_a_latin_query_ranks_english_passages_holding_its_words_before_cyrillic_ones(index: SearchIndex, query: str) -> None:
    ranked = _ranked(index, query)
    assert _before(ranked, {"en-long", "en-mid", "en-short"}, {"ru-short", "uk-short", "ru-long"}), ranked


def test_cyrillic_passages_holding_both_words_still_rank_above_those_holding_one(index: SearchIndex) -> None:
    ranked = _ranked(index, "Budanov brigade")
    assert _before(ranked, {"ru-short", "uk-short", "ru-long"}, {"en-one", "ru-one"}), ranked
    assert "en-none" not in ranked and "ru-none" not in ranked


@pytest.mark.parametrize("query", ["Буданов бригада", "буданов бригады"])
def test_a_cyrillic_query_ranks_russian_and_ukrainian_passages_before_english_ones(index: SearchIndex, query: str) -> None:
    ranked = _ranked(index, query)
    assert _before(ranked, {"ru-short", "uk-short", "ru-long"}, {"en-long", "en-mid", "en-short"}), ranked


def test_a_single_latin_word_ranks_its_own_script_first(index: SearchIndex) -> None:
    ranked = _ranked(index, "Budanov")
    english = {"en-long", "en-mid", "en-short"}
    cyrillic = {"ru-short", "uk-short", "ru-long", "ru-one", "ru-only"}
    assert _before(ranked, english, cyrillic), ranked


def test_a_query_matching_only_the_other_script_still_finds_it(index: SearchIndex) -> None:
    # "Sudzha" is written only in Cyrillic ("Суджу"): the Russian passage is the answer.
    assert _ranked(index, "Sudzha")[:1] == ["ru-only"]
    # And the other way round: "Пхеньян" also finds the English "Pyongyang", after the Russian passage.
    ranked = _ranked(index, "Пхеньян")
    assert _before(ranked, {"ru-none"}, {"en-none"}), ranked


def test_a_typo_still_finds_both_scripts(index: SearchIndex) -> None:
    ranked = _ranked(index, "Budanv brigade")
    assert {"en-long", "en-mid", "en-short", "ru-short", "uk-short", "ru-long"} <= set(ranked[:6]), ranked


def test_a_korean_query_ranks_korean_passages_by_words_held(index: SearchIndex) -> None:
    ranked = _ranked(index, "북한군 여단")
    assert ranked[:2] == ["ko-both", "ko-one"], ranked
    assert "ko-none" not in ranked


def test_a_query_mixing_scripts_ranks_passages_holding_each_word_in_its_own_script_first(index: SearchIndex) -> None:
    # "Budanov" typed in Latin, "бригада" in Cyrillic: no passage holds both as typed; every one holding
    # both words is found, the ones holding both in any script before those holding one.
    ranked = _ranked(index, "Budanov бригада")
    assert _before(ranked, {"en-long", "en-mid", "en-short", "ru-short", "uk-short", "ru-long"}, {"en-one", "ru-one"}), ranked


def test_a_typo_neighbour_in_the_query_script_does_not_push_the_word_in_the_other_script_down() -> None:
    # "Sudzah" is one letter off "Sudzha": a typo neighbour, no closer a match than "Судже" (the word itself).
    index = SearchIndex.build(
        IndexDoc(passage_id=pid, article_id=pid, title=pid, outlet=None, text=text)
        for pid, text in {
            "ru": "Северокорейские части замечены в Судже, сообщил источник в штабе группировки войск.",
            "en-neighbour": "A convoy was seen near the Sudzah bridge, a source in the regional staff said.",
            "en-other": "A convoy was seen near the border, a source in the regional staff said.",
        }.items()
    )
    assert _ranked(index, "Sudzha")[:2] == ["ru", "en-neighbour"]

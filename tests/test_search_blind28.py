"""Blind round 28 of search: names across scripts, words holding a name, figures as terms, the trade's initials;
each checked against a brute-force reading of the passages.

- A place or person typed in Latin letters ("Zelensky", "Kursk", "Pokrovsk", "Pyongyang", with a typo too)
  finds the Chinese, Japanese and Korean passages naming it, after the passages in Latin letters.
- A word holding a listed name that names something else is not read as the name: "朝鮮半島" is the Korean
  Peninsula, "南北朝鮮" both Koreas, "朝鮮日報" a newspaper, "朝鮮人民軍" the KPA, none of them North Korea;
  "北朝鮮" and "朝鲜" still are.
- A figure in a query weighs as a term in every form it is printed in ("12.000", "12 000", "12,000", "12000",
  "12 Tsd.", "12 mil", "12 mila"), however many passages print it: a passage holding the figure and the word
  ranks above every passage holding only one of them.  A figure typed with its scale word ("11 тисяч") finds
  the passages writing it so first.
- The trade's initials and the words they stand for find each other ("POWs" / "prisoners of war", "KIA",
  "MoD", "MLRS", "UAF", "NK"), as do "oblast" and "region".
"""

from __future__ import annotations

import re

import pytest

from search_builders import index_of
from store.search import SearchIndex
from store.search.conflict_names import query_reading

NAMES = {
    "zel-en": "President Volodymyr Zelensky said the North Korean units had suffered heavy losses.",
    "zel-zh": "泽连斯基表示，朝鲜士兵遭受重大伤亡。",
    "zel-zht": "澤倫斯基說，朝鮮士兵傷亡慘重。",
    "kursk-zh": "朝鲜军队已抵达库尔斯克地区。",
    "kursk-zht": "朝鮮軍隊已抵達庫爾斯克地區。",
    "kursk-ko": "북한군이 쿠르스크에서 전투에 투입됐다.",
    "pok-en": "Russian forces pressed toward Pokrovsk.",
    "pok-ja": "ロシア軍はポクロウシクに向けて前進した。",
    "pok-zh": "俄军向波克罗夫斯克推进。",
    "pyongyang-ja": "平壌に代表団が到着した。",
    "crimea-zh": "他们曾在克里米亚作战。",
    "sudzha-en": "Shelling hit Sudzha overnight.",
    "other-zh": "天气晴朗，市场上涨。",
    "other-ja": "東京の天気は晴れだった。",
}

# Per name: every way the passages write it (the brute force looks for these).
SPELLINGS = {
    "zelensky": r"zelenskyy?|泽连斯基|澤倫斯基|ゼレンスキー|젤렌스키",
    "kursk": r"kursk|库尔斯克|庫爾斯克|クルスク|쿠르스크",
    "pokrovsk": r"pokrovsk|ポクロウシク|ポクロフスク|波克罗夫斯克|포크롭스크|포크로우스크",
    "pyongyang": r"pyongyang|平壌|平壤|ピョンヤン|평양",
}


@pytest.fixture(scope="module")
def names() -> SearchIndex:
    return index_of(NAMES)


def _found(index: SearchIndex, query: str) -> list[str]:
    return [hit.passage_id for hit in index.search(query, limit=50)]


def _naming(name: str) -> set[str]:
    pattern = re.compile(SPELLINGS[name], re.IGNORECASE)
    return {pid for pid, text in NAMES.items() if pattern.search(text)}


@pytest.mark.parametrize(
    ("query", "name"),
    [("Zelensky", "zelensky"), ("Zelenskyy", "zelensky"), ("Zelenksy", "zelensky"), ("Kursk", "kursk"),
     ("Pokrovsk", "pokrovsk"), ("Pyongyang", "pyongyang")],
)  # fmt: skip
def test_a_latin_name_finds_it_in_chinese_japanese_and_korean(names: SearchIndex, query: str, name: str) -> None:
    found = _found(names, query)
    assert set(found) == _naming(name), found  # not "克里米亚" (Crimea), which holds "克" and "斯克" of Kursk
    latin = [pid for pid in found if NAMES[pid].isascii()]
    assert found[: len(latin)] == latin  # the passages in the query's own script first


COMPOUNDS = {
    "pen-en": "Tension on the Korean Peninsula rose again after the launch.",
    "nk-en": "North Korea sent troops to Russia, officials said.",
    "pen-ja": "朝鮮半島の緊張が高まっている。",
    "pen-zh": "朝鲜半岛局势再度紧张。",
    "pen-ko": "한반도의 긴장이 높아지고 있다.",
    "nk-ja": "北朝鮮は兵士を派遣した。",
    "nk-zh": "朝鲜向俄罗斯派兵。",
    "chosun": "朝鮮日報によると、兵士が派遣された。",
    "both-ja": "南北朝鮮の対話は途絶えている。",
}


@pytest.fixture(scope="module")
def compounds() -> SearchIndex:
    return index_of(COMPOUNDS)


@pytest.mark.parametrize("query", ["朝鮮半島", "朝鲜半岛", "한반도"])
def test_the_korean_peninsula_is_not_north_korea(compounds: SearchIndex, query: str) -> None:
    note = query_reading(compounds.parts, query) or ""
    assert "North Korea" not in note and "Korean Peninsula" in note
    found = _found(compounds, query)
    assert "pen-en" in found and "nk-en" not in found, found
    for north_korea in ("北朝鮮", "朝鲜"):  # the name alone is still read as it
        assert "North Korea" in (query_reading(compounds.parts, north_korea) or "")
        assert "nk-en" in _found(compounds, north_korea)


@pytest.mark.parametrize("query", ["南北朝鮮", "朝鮮日報", "朝鮮人民軍"])
def test_other_words_holding_the_name_are_not_read_as_it(compounds: SearchIndex, query: str) -> None:
    assert "North Korea" not in (query_reading(compounds.parts, query) or "")
    assert "nk-en" not in _found(compounds, query)


# A German corpus in which the figure is everywhere (the war's 12,000 troops) and "Soldaten" rare: the passage
# holding both is long, those holding "Soldaten" alone are short and say it twice.
_FILLER = (
    "Die Lage an der Front bleibt nach Angaben von Beobachtern weiterhin angespannt, während die Verhandlungen "
    "über einen Waffenstillstand stocken und in Brüssel neue Sanktionen gegen Moskau diskutiert werden. "
)
_FORMS = ["12.000", "12 000", "12,000", "12000"]
FIGURES = {
    "both-dots": "Der HUR spricht von 12.000 Soldaten aus Nordkorea in der Region Kursk. " + _FILLER * 3,
    "both-spaces": "Nach Angaben Kiews stehen 12 000 Soldaten im Einsatz. " + _FILLER * 3,
    "both-tsd": "Insgesamt seien 12 Tsd. Soldaten entsandt worden. " + _FILLER * 2,
    "only-1": "Soldaten in Kursk, Soldaten überall.",
    "only-2": "Verwundete Soldaten, gefangene Soldaten.",
    **{f"figure-{i}": f"Die Zahl von {_FORMS[i % 4]} wird oft genannt." for i in range(24)},
    **{f"filler-{i}": _FILLER for i in range(8)},
    "es-both": "Corea del Norte envió unos 12 mil soldados a Rusia. " + _FILLER,
    "es-only": "Soldados, soldados y más soldados.",
    "it-both": "Sono circa 12 mila i soldati nordcoreani. " + _FILLER,
}


@pytest.fixture(scope="module")
def figures() -> SearchIndex:
    return index_of(FIGURES)


_TWELVE_THOUSAND = re.compile(r"\b12(?:[.,  ]?000|\s+(?:tsd|mil|mila)\b)", re.IGNORECASE)


def _holding(word: str) -> tuple[set[str], set[str]]:
    """Brute force: the passages holding the figure and the word, and those holding only one of them."""
    both, one = set(), set()
    for pid, text in FIGURES.items():
        held = (bool(_TWELVE_THOUSAND.search(text)), word.casefold() in text.casefold())
        if all(held):
            both.add(pid)
        elif any(held):
            one.add(pid)
    return both, one


@pytest.mark.parametrize(
    ("query", "word"),
    [("12.000 Soldaten", "soldaten"), ("12 000 Soldaten", "soldaten"), ("12,000 Soldaten", "soldaten"),
     ("12000 Soldaten", "soldaten"), ("12 Tsd. Soldaten", "soldaten"), ("12.000 soldados", "soldados")],
)  # fmt: skip
def test_a_figure_weighs_as_a_term_in_every_form(figures: SearchIndex, query: str, word: str) -> None:
    found = _found(figures, query)
    both, one = _holding(word)
    assert both and set(found[: len(both)]) == both, found[:8]


def test_a_figure_with_a_foreign_scale_word_is_the_figure(figures: SearchIndex) -> None:
    for query, pid in (("12000 soldati", "it-both"), ("12.000 soldados", "es-both"), ("12,000 Soldaten", "both-tsd")):
        assert _found(figures, query)[:4].count(pid) == 1, query


INITIALS = {
    "kursk-only": "Kursk was quiet that week.",  # first: a tie would put it first
    "pow-full": "Two prisoners of war were questioned by the SBU.",
    "pow-abbr": "The two POWs asked to stay in Ukraine.",
    "kia-abbr": "At least 300 KIA, the source said.",
    "kia-full": "About 300 were killed in action in December.",
    "mod-abbr": "The MoD said it had no information.",
    "mod-uk": "Britain's Ministry of Defence released an update.",
    "mod-us": "The defense ministry in Seoul declined to comment.",
    "mlrs-abbr": "North Korea sent 240mm MLRS to Russia.",
    "mlrs-full": "Pyongyang supplied multiple rocket launchers.",
    "uaf-abbr": "The UAF repelled the assault near Sudzha.",
    "uaf-full": "The Armed Forces of Ukraine repelled the attack.",
    "nk-abbr": "NK troops were seen near the border.",
    "nk-full": "North Korea denied sending troops.",
    "oblast": "Fighting continued in Kursk oblast.",
    "region": "Fighting continued in the Kursk region.",
    "northkorea-tag": "Posts tagged #NorthKorea spread fast.",  # "north korea" is also "northkorea" here
    "other": "The markets rose and the weather was mild.",
}


@pytest.fixture(scope="module")
def initials() -> SearchIndex:
    return index_of(INITIALS)


@pytest.mark.parametrize(
    ("query", "mine", "other"),
    [("POWs", "pow-abbr", {"pow-full"}), ("prisoners of war", "pow-full", {"pow-abbr"}),
     ("KIA", "kia-abbr", {"kia-full"}), ("killed in action", "kia-full", {"kia-abbr"}),
     ("MoD", "mod-abbr", {"mod-uk", "mod-us"}), ("ministry of defence", "mod-uk", {"mod-abbr"}),
     ("MLRS", "mlrs-abbr", {"mlrs-full"}), ("multiple rocket launchers", "mlrs-full", {"mlrs-abbr"}),
     ("UAF", "uaf-abbr", {"uaf-full"}), ("armed forces of ukraine", "uaf-full", {"uaf-abbr"}),
     ("NK", "nk-abbr", {"nk-full"}), ("north korea", "nk-full", {"nk-abbr"}),
     ("Kursk oblast", "oblast", {"region"}), ("Kursk region", "region", {"oblast"})],
)  # fmt: skip
def test_initials_and_the_words_they_stand_for_find_each_other(
    initials: SearchIndex, query: str, mine: str, other: set[str]
) -> None:
    found = _found(initials, query)
    assert found[0] == mine, found  # the words typed first
    assert other <= set(found), found
    assert "other" not in found
    if "kursk-only" in found:  # a passage holding the other word of the pair is the better match
        assert max(found.index(pid) for pid in other) < found.index("kursk-only"), found


WRITTEN = {
    "digits": "Q: And how many are there in total? Seoul says 11,000.",
    "words-uk": "За даними розвідки, загалом у Курській області перебувало близько 11 тисяч північнокорейських "
    "військових, з яких понад 4 тисячі вбиті або поранені.",
    "digits-en": "The agency earlier said about 11,000 North Korean soldiers had been sent to Russia.",
    "words-en": "Officials in Kyiv put the number at 11 thousand, with more on the way, and said the soldiers had "
    "been moved from training grounds in the Far East to the Kursk region over several weeks.",
    "other": "Some 3,000 were killed or wounded.",
}


@pytest.mark.parametrize(("query", "written"), [("11 тисяч", {"words-uk", "words-en"}), ("11 thousand", {"words-uk", "words-en"})])
def test_a_figure_typed_with_its_scale_word_finds_it_so_written_first(query: str, written: set[str]) -> None:
    # "11 тисяч" finds "11,000" as well, but a passage writing the figure as typed is the literal match.
    found = _found(index_of(WRITTEN), query)
    digits = {pid for pid, text in WRITTEN.items() if "11,000" in text}
    assert digits <= set(found)
    assert set(found[: len(written)]) == written, found

"""Search follow-ups: names across scripts, simplified and traditional hanzi, "3bn" figures, "Uns" possessives.

- "Kursk" / "Kurskaya" find "Курск", "Курской"; "Курск" finds "Kursk", below the query's own script;
- "军" finds "軍" and "軍隊" finds "军队";
- "3bn", "$3bn", "3 billion", "3,000,000,000" are one figure; "1.5bn", "2mn", "3 bn" too;
- "Kim Jong Uns" (a possessive typed without its apostrophe) finds "Kim Jong Un's".
"""

from __future__ import annotations

import pytest

from store.search import IndexDoc, SearchIndex
from store.search.cross_script import latin_stem, romanised
from store.search.terms import fold, query_terms, split_chunk

TEXTS = {
    "ru-kursk": "Северокорейские солдаты воюют в Курской области, сообщили в Курске.",
    "ru-kursk-gen": "Глава Курска заявил о новых атаках.",
    "en-kursk": "North Korean troops were deployed to Kursk, officials said.",
    "en-kurds": "The ministry denied the report about the Kurds.",
    "ru-other": "Переговоры в Москве продолжатся на следующей неделе.",
    "zh-simplified": "朝鲜军队在库尔斯克州参加战斗。",
    "zh-traditional": "北韓軍隊在庫爾斯克州參戰。",
    "zh-unrelated": "韩联社报道了会谈。",
    "fig-bn": "Russia paid $3bn for the shells, and a further 1.5bn was pledged; 2mn rounds were sent.",
    "fig-words": "Officials put the trade at 3 billion dollars.",
    "fig-digits": "Trade reached 3,000,000,000 roubles last year.",
    "fig-million": "Some 3 million shells were shipped.",
    "kim": "Kim Jong Un's sister spoke on Tuesday.",
    "kim-other": "Kim Yo Jong spoke on Tuesday.",
}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(
        IndexDoc(passage_id=pid, article_id=pid, title="", outlet=None, text=text)
        for pid, text in TEXTS.items()
    )


def _hits(index: SearchIndex, query: str) -> list[str]:
    return [hit.passage_id for hit in index.search(query, limit=20)]


def _lit(index: SearchIndex, query: str) -> dict[str, list[str]]:
    return {
        hit.passage_id: [hit.text[a:b] for a, b in hit.spans]
        for hit in index.search(query, limit=20)
    }


# --- 1. names across scripts ---------------------------------------------------------------------


def test_romanisation_reads_folded_cyrillic_and_cuts_latin_case_endings() -> None:
    assert romanised(fold("Курской")) == "kurskoi"
    assert romanised(fold("Харків")) == "kharkiv"
    assert latin_stem("kurskaya") == latin_stem("kurskoi") == "kursk"
    assert latin_stem("kursk") == "kursk"


@pytest.mark.parametrize("query", ["Kursk", "Kurskaya", "kurskoy"])
def test_a_latin_name_finds_its_cyrillic_spelling_in_any_case(
    index: SearchIndex, query: str
) -> None:
    lit = _lit(index, query)
    assert {"ru-kursk", "ru-kursk-gen"} <= set(lit)
    assert lit["ru-kursk"] == ["Курской", "Курске"]
    assert "ru-other" not in lit


@pytest.mark.parametrize("query", ["Курск", "Курской"])
def test_a_cyrillic_name_finds_its_latin_spelling(
    index: SearchIndex, query: str
) -> None:
    lit = _lit(index, query)
    assert lit.get("en-kursk") == ["Kursk"]
    assert "en-kurds" not in lit


def test_the_querys_own_script_ranks_first(index: SearchIndex) -> None:
    latin = _hits(index, "Kursk")
    assert latin[0] == "en-kursk"
    cyrillic = _hits(index, "Курск")
    assert cyrillic.index("en-kursk") > max(
        cyrillic.index("ru-kursk"), cyrillic.index("ru-kursk-gen")
    )


def test_a_different_latin_word_is_not_taken_for_the_cyrillic_name(
    index: SearchIndex,
) -> None:
    assert _hits(index, "Kurds") == ["en-kurds"]


def test_a_pasted_paragraph_takes_its_words_as_written(index: SearchIndex) -> None:
    # 24 distinct words or more: no typo or other-script expansion for the words the corpus holds.
    paragraph = " ".join(["Kursk"] + [f"filler{n}" for n in range(30)])
    assert _hits(index, paragraph) == ["en-kursk"]  # the word as written, not its Cyrillic spellings
    assert {"ru-kursk", "ru-kursk-gen"} <= set(_hits(index, "Kursk"))  # which a typed query finds


# --- 2. simplified and traditional Chinese ---------------------------------------------------------


def test_traditional_and_simplified_hanzi_fold_to_one_term() -> None:
    assert query_terms("軍隊") == query_terms("军队") != []
    assert fold("韓") == fold("韩")


@pytest.mark.parametrize("query", ["军", "軍"])
def test_one_character_finds_both_forms_and_lights_them(
    index: SearchIndex, query: str
) -> None:
    lit = _lit(index, query)
    assert lit.get("zh-simplified") == ["军"]
    assert lit.get("zh-traditional") == ["軍"]


@pytest.mark.parametrize("query", ["军队", "軍隊"])
def test_a_word_finds_both_forms(index: SearchIndex, query: str) -> None:
    lit = _lit(index, query)
    assert lit.get("zh-simplified") == ["军队"]
    assert lit.get("zh-traditional") == ["軍隊"]
    assert "zh-unrelated" not in lit


def test_a_traditional_name_finds_the_simplified_one(index: SearchIndex) -> None:
    assert set(_hits(index, "韓")) == {"zh-traditional", "zh-unrelated"}


# --- 3. "3bn" figures --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "figure"),
    [
        ("3bn", "3000000000"),
        ("$3bn", "3000000000"),
        ("1.5bn", "1500000000"),
        ("2mn", "2000000"),
        ("2MLN", "2000000"),
        ("1,5mn", "1500000"),  # a decimal comma, as "1,5 млн" is read
        ("1,500bn", "1,500bn"),  # no decimal comma, and no figure grouped so: left as written
    ],
)
def test_shorthand_figures_fold_to_the_figure(written: str, figure: str) -> None:
    # A currency sign is a term of its own ("$" is "dollar", round 24): the figure is the rest.
    assert [term for term, _, _ in split_chunk(written) if term != "dollar"] == [figure]


def test_a_shorthand_that_is_no_whole_count_stays_as_written() -> None:
    assert fold("1.0005k") == "1.0005k"
    assert fold("1.2345bn") == "1234500000"


@pytest.mark.parametrize("query", ["3bn", "$3bn", "3 billion", "3,000,000,000", "3 bn"])
def test_every_way_of_writing_three_billion_meets(
    index: SearchIndex, query: str
) -> None:
    hits = set(_hits(index, query))
    assert {"fig-bn", "fig-words", "fig-digits"} <= hits
    assert "fig-million" not in hits


def test_the_passage_lights_the_shorthand(index: SearchIndex) -> None:
    assert _lit(index, "3 billion")["fig-bn"] == ["3bn"]
    assert _lit(index, "1.5 billion")["fig-bn"] == ["1.5bn"]
    assert _lit(index, "2 million")["fig-bn"] == ["2mn"]


def test_a_built_index_reads_shorthand_as_the_query_does(index: SearchIndex) -> None:
    # The builder settles ASCII chunks without the tokeniser; "$3bn," must not become the term "3bn".
    vocabulary = index.parts.vocabulary
    assert vocabulary.lookup("3bn") is None
    assert vocabulary.lookup("3000000000") is not None


# --- 4. possessives typed without the apostrophe ----------------------------------------------------------


def test_a_possessive_without_apostrophe_finds_the_name(index: SearchIndex) -> None:
    lit = _lit(index, "Kim Jong Uns")
    assert next(iter(lit)) == "kim"
    assert "Un's" in lit["kim"]
    assert _hits(index, "Uns") == ["kim"]


@pytest.mark.parametrize(
    "chunk", ["$3bn,", "3bn-dollar", "(1.5bn)", "11k-strong", "2mn."]
)
def test_the_builder_reads_a_chunk_as_the_tokeniser_does(chunk: str) -> None:
    # The builder's fast paths for ASCII chunks must give the terms ``split_chunk`` gives.
    from store.search.forward import ForwardBuilder

    builder = ForwardBuilder()
    ids, _ = builder.add_batch([chunk])
    assert [list(builder.term_ids)[i] for i in ids.tolist()] == [
        term for term, _, _ in split_chunk(chunk)
    ]

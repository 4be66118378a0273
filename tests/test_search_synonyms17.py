"""Query-time synonyms: "shells" also finds "rounds", below the passages that say "shells".

Coverage of the subject writes one thing several ways ("3 million shells", "3 million artillery
rounds"); a search in one wording should find the other, without outranking the typed word.
"""

from __future__ import annotations

import pytest

from store.search import SearchIndex
from store.search.documents import IndexDoc
from store.search.synonyms import default_synonyms, parse_synonyms
from store.search.terms import stem

TEXTS = [
    "Shares rose 5% on the stock market as investors cheered the earnings.",  # p0
    "The index fell 3% after the announcement by the central bank.",  # p1
    "North Korea supplied up to 50% of the 3 million rounds of artillery Russia fired.",  # p2
    "Pyongyang shipped artillery shells to Russia by rail, officials said.",  # p3
    "The soldiers were killed near Kursk, the ministry said.",  # p4
    "Ukraine reported heavy casualties near Kursk.",  # p5
    "The troops crossed the border at dawn.",  # p6
    "A rocket hit a residential block.",  # p7
    "Russian forces advanced on the village.",  # p8
    "Kursk: rounds fired.",  # p9
    "Artillery shells were fired near Kursk on Monday, officials in the region said.",  # p10
]


def _docs() -> list[IndexDoc]:
    return [
        IndexDoc(passage_id=f"p{i}", article_id=f"a{i}", title=f"Report {i}", outlet="Example Wire", text=text)
        for i, text in enumerate(TEXTS)
    ]


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.build(_docs())


def _ids(index: SearchIndex, query: str) -> list[str]:
    return [hit.passage_id for hit in index.search(query, limit=10)]


def test_a_synonym_finds_the_passage_that_says_it_otherwise(index: SearchIndex) -> None:
    assert "p2" in _ids(index, "shells")
    assert "p3" in _ids(index, "rounds")


def test_the_typed_word_ranks_above_its_synonym(index: SearchIndex) -> None:
    ids = _ids(index, "shells")
    assert ids.index("p3") < ids.index("p2")
    scores = {hit.passage_id: hit.score for hit in index.search("shells", limit=10)}
    assert min(scores["p3"], scores["p10"]) > 1.5 * max(scores["p2"], scores["p9"])  # clearly lower, no near tie


def test_a_typo_corrected_word_expands_and_outranks_passages_holding_one_word(index: SearchIndex) -> None:
    # "percnt" is "percent" (the "%" of every passage here); "shels" is "shells", hence "rounds".
    ids = _ids(index, "percnt of shels")
    assert ids[0] == "p2"
    assert ids.index("p2") < ids.index("p0") and ids.index("p2") < ids.index("p1")


def test_singular_and_plural_both_expand(index: SearchIndex) -> None:
    assert "p2" in _ids(index, "shell")
    assert "p6" in _ids(index, "soldier")
    assert "p4" in _ids(index, "troop")


def test_the_synonym_is_highlighted(index: SearchIndex) -> None:
    hit = next(h for h in index.search("shells", limit=10) if h.passage_id == "p2")
    assert [hit.text[a:b] for a, b in hit.spans] == ["rounds"]


def test_a_quoted_word_is_not_expanded(index: SearchIndex) -> None:
    assert sorted(_ids(index, '"shells"')) == ["p10", "p3"]
    hit = index.search('"artillery shells"', limit=10)[0]
    assert "rounds" not in [hit.text[a:b] for a, b in hit.spans]


def test_an_exclusion_excludes_only_the_typed_word(index: SearchIndex) -> None:
    ids = _ids(index, "rounds -shells")
    assert "p2" in ids and "p3" not in ids
    assert "p3" in _ids(index, "artillery -rounds")


def test_narrower_words_are_found_one_way(index: SearchIndex) -> None:
    assert "p8" in _ids(index, "troops")  # "forces" are troops
    assert "p6" not in _ids(index, "forces")  # "forces" (also a verb) is no query for troops


def test_a_loose_group_weighs_less_than_a_close_one(index: SearchIndex) -> None:
    # "rocket" for "missile" is a loose match; the same passage shape scores less than a close synonym would.
    table = default_synonyms()
    assert dict(table.of(stem("missile")))[stem("rocket")] < dict(table.of(stem("shell")))[stem("round")]
    assert _ids(index, "missile") == ["p7"]


def test_a_word_outside_every_group_is_unchanged(index: SearchIndex) -> None:
    assert _ids(index, "border") == ["p6"]


def test_the_table_rejects_malformed_groups() -> None:
    with pytest.raises(ValueError, match="one word"):
        parse_synonyms({"group": [{"words": ["north korea", "dprk"]}]})
    with pytest.raises(ValueError, match="weight"):
        parse_synonyms({"group": [{"words": ["shell", "round"], "weight": 1.0}]})
    with pytest.raises(ValueError, match="words"):
        parse_synonyms({"group": [{"narrower": ["killed"]}]})


def test_every_shipped_word_is_one_folded_word() -> None:
    table = default_synonyms()
    assert table.related  # the table is read
    for source, targets in table.related.items():
        assert source == stem(source) and " " not in source
        assert all(0 < weight <= 0.45 for _, weight in targets)


def test_a_word_held_through_a_synonym_counts_less_than_the_word(index: SearchIndex) -> None:
    # Both passages hold "Kursk"; p9 holds "shells" only as "rounds", and is much the shorter one.
    ids = _ids(index, "kursk shels")
    assert ids[:2] == ["p10", "p9"]


def test_a_headline_is_matched_without_synonyms() -> None:
    docs = [
        IndexDoc(passage_id="lead", article_id="a", title="Soldiers arrive", outlet="W", text="A train came."),
        IndexDoc(passage_id="other", article_id="b", title="Report", outlet="W", text="A train came."),
    ]
    hits = {h.passage_id: h.score for h in SearchIndex.build(docs).search("troops train", limit=10)}
    assert hits["lead"] == pytest.approx(hits["other"])

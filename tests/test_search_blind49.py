"""Blind round 49: queries an analyst types, over a small realistic corpus.

Each test names a defect found by typing such queries: figures written in
words or in spaced groups, words typed without their space or hyphen
("kimjongun", "kpop"), "50pct", prefixes of figures, and a very long query.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.search import IndexDoc, SearchIndex
from store.search.figures import join_figures
from store.search.forward import build_forward
from store.search.highlight import highlight_spans
from store.search.terms import query_terms
from store.search.query import parse_query

TEXTS = {
    "zelensky-words": "Volodymyr Zelensky said about twelve thousand troops from North Korea were fighting in Kursk.",
    "nis-commas": "The NIS said North Korea had decided to send 12,000 troops, including special forces, to Russia.",
    "hur-spaced": "According to Skibitskyi, about 12 000 soldiers from the DPRK arrived in late 2024.",
    "kcna-shorthand": "Officials estimated that North Korea had shipped more than 12k containers of munitions.",
    "hundreds": "A few hundred troops were seen, and 120 more arrived, and 1,200 later.",
    "rounds-words": "North Korea might be providing up to half of the 3 million rounds of artillery Moscow fires.",
    "rounds-digits": "Estimates put the total at 3,000,000 rounds a year.",
    "barrels": "Russia has sent North Korea 1 million barrels of oil since March.",
    "budget": "The opposition voted to cut almost $3 billion from the budget.",
    "estonia": "Estonian intelligence estimates that fifty per cent of the shells Russia fires come from the North.",
    "kpop": "South Korea resumed K-pop broadcasts along the border.",
    "pop-only": "Pop songs and news are broadcast from loudspeakers near the border.",
    "nkorea": "Lawmakers said that N. Korea's troops suffered heavy casualties.",
    "kim": "North Korean leader Kim Jong Un inspected a munitions factory.",
    "kim-il": "His grandfather Kim Il Sung founded the state; Kim Jong Il followed.",
    "miss": "Miss Les Dawson was not there.",
    "missiles": "Pyongyang shipped ballistic missiles to Russia.",
    "share-digits": "The North supplies 50% of the shells.",
    "fifteen": "Up to 15,000 workers may be sent.",
    "fifteen-hundred": "About 1,500 special forces soldiers were moved first.",
}


def _index() -> SearchIndex:
    return SearchIndex.build(
        IndexDoc(passage_id=pid, article_id=pid, title=pid, outlet=None, text=text) for pid, text in TEXTS.items()
    )


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return _index()


def _ids(index: SearchIndex, query: str, limit: int = 10) -> list[str]:
    return [hit.passage_id for hit in index.search(query, limit=limit)]


def test_every_way_of_writing_twelve_thousand_finds_every_other(index: SearchIndex) -> None:
    written = {"zelensky-words", "nis-commas", "hur-spaced", "kcna-shorthand"}
    for query in ("12000", "12,000", "12 000", "12k", "12 thousand", "twelve thousand", "Twelve Thousand "):
        assert set(_ids(index, query)) == written, query


def test_a_figure_in_words_or_groups_is_highlighted_whole(index: SearchIndex) -> None:
    shown = {hit.passage_id: [hit.text[a:b] for a, b in hit.spans] for hit in index.search("12,000")}
    assert shown["zelensky-words"] == ["twelve thousand"]
    assert shown["hur-spaced"] == ["12 000"]
    assert shown["nis-commas"] == ["12,000"]
    text = "About 12 000, then 12 000,000 and (12 000). Twelve  thousand."
    assert [text[a:b] for a, b in highlight_spans(text, set(), {"12000"})] == ["12 000", "12 000", "Twelve  thousand"]


def test_millions_match_in_digits_and_in_words_and_the_scale_word_still_counts(index: SearchIndex) -> None:
    assert set(_ids(index, "3 million")) == {"rounds-words", "rounds-digits"}
    assert set(_ids(index, "3,000,000")) == {"rounds-words", "rounds-digits"}
    assert _ids(index, '"3 million rounds"') == ["rounds-words"]
    assert _ids(index, "million barrels")[0] == "barrels"  # "1 million" keeps its word "million"
    assert "budget" not in _ids(index, "3,000,000")  # 3 billion is no completion of 3 million


def test_number_words_before_per_cent_are_the_figure(index: SearchIndex) -> None:
    assert set(_ids(index, "50%")) == {"estonia", "share-digits"}
    # Both passages hold the figure and "percent", whichever way the query writes it.
    assert _ids(index, "fifty percent") == _ids(index, "50 per cent") == _ids(index, "50%")


def test_a_figure_is_not_completed_as_if_it_were_being_typed(index: SearchIndex) -> None:
    assert _ids(index, "1,500") == ["fifteen-hundred"]
    assert _ids(index, "120") == ["hundreds"]


def test_join_figures_reads_the_usual_shapes_and_leaves_the_rest() -> None:
    assert join_figures("about 12 000 men".split()) == ["about", "12000", "men"]
    assert join_figures(["twenty", "five", "thousand"]) == ["25000", "thousand"]
    assert join_figures("three hundred thousand".split()) == ["300000", "thousand"]
    assert join_figures("1.5 million".split()) == ["1500000", "million"]
    assert join_figures("in 2024 100 soldiers".split()) == ["in", "2024", "100", "soldiers"]  # a year heads no group
    for unchanged in ("one of the", "twenty five soldiers", "thousands of troops", "a thousand"):
        assert join_figures(unchanged.split()) == unchanged.split()


def test_the_query_joins_a_figure_once_even_inside_quotes() -> None:
    assert parse_query("12 000 troops").words == ["12000", "troops"]
    assert parse_query('"twelve thousand troops"').phrases == [["12000", "thousand", "troops"]]
    assert parse_query("3-million").words == ["3000000", "million"]  # not joined again into 3 trillion


def test_words_typed_without_their_space_or_hyphen(index: SearchIndex) -> None:
    assert _ids(index, "kpop")[0] == "kpop"
    assert _ids(index, "nkorea")[0] == "nkorea"
    assert _ids(index, "kimjongun")[0] == "kim"
    assert _ids(index, "kim jongun")[0] == "kim"
    hit = index.search("kpop")[0]
    assert [hit.text[a:b] for a, b in hit.spans] == ["K", "pop"]


def test_a_misspelling_that_cuts_into_words_keeps_its_typo_neighbours(index: SearchIndex) -> None:
    # "missles" is "miss" + "les", and the corpus has "Miss Les" side by side; still it is one edit
    # from "missiles", a word of its own, and that is what an analyst means.
    assert _ids(index, "missles")[0] == "missiles"
    assert _ids(index, "misiles")[0] == "missiles"


def test_letters_run_into_a_per_cent_shorthand(index: SearchIndex) -> None:
    assert set(_ids(index, "50pct")) == {"estonia", "share-digits"}


def test_a_two_thousand_letter_word_is_answered_without_hashing_its_deletions(
    index: SearchIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It took over a second when every deletion of the word was hashed: a cost growing with the square of
    # its length. Counted, not timed (the bench judges speed): no word that long is looked at for typos.
    import store.search.vocabulary as vocabulary

    real = vocabulary.deletion_hashes
    hashed: list[int] = []
    monkeypatch.setattr(vocabulary, "deletion_hashes", lambda text: (hashed.append(len(text)), real(text))[1])
    assert index.search("x" * 2_000) == []
    assert index.search("kursk" + "q" * 1_995) == []
    assert all(length <= 30 for length in hashed), hashed
    index.search("missilez")  # a typo of a word of ordinary length is still hashed: the count above can fail
    assert 8 in hashed, hashed


def test_pasting_a_whole_long_passage_finds_that_passage_first() -> None:
    # Over 255 query words held: the per-passage count of words held wrapped round (one byte), so a
    # passage holding 255 of them outranked the one holding all 300.
    words = [f"term{n}x" for n in range(300)]
    docs = [
        IndexDoc(passage_id="whole", article_id="a", title="t", outlet=None, text=" ".join(words)),
        IndexDoc(passage_id="most", article_id="b", title="t", outlet=None, text=" ".join(words[:255])),
        IndexDoc(passage_id="other", article_id="c", title="t", outlet=None, text="unrelated words only"),
    ]
    assert [hit.passage_id for hit in SearchIndex.build(docs).search(" ".join(words) + " ")] == ["whole", "most"]


def test_a_saved_index_gives_the_same_figures(tmp_path: Path, index: SearchIndex) -> None:
    path = tmp_path / "search-index"
    index.save(path)
    loaded = SearchIndex.load(path)
    for query in ("twelve thousand", "3,000,000", "kpop", "fifty percent"):
        found = _ids(index, query)
        assert found and _ids(loaded, query) == found, query


FIGURE_PIECES = [
    "12", "000", "000,", "3", "1.5", "2024", "twelve", "Twenty-five", "five", "thousand", "Million", "hundred",
    "per", "cent", "percent", "%", "50%", "fifty", "troops", "a", "12,000", "0", "999", "1,5", "one", "ninety",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(FIGURE_PIECES), max_size=14).map(" ".join), min_size=1, max_size=12))
def test_the_index_reads_figures_in_passages_as_the_query_reads_them(texts: list[str]) -> None:
    forward = build_forward(texts)
    ends = np.cumsum(forward.lengths)
    for text, end, length in zip(texts, ends.tolist(), forward.lengths.tolist(), strict=True):
        indexed = [forward.terms[t] for t in forward.forward[end - length : end].tolist()]
        assert indexed == join_figures(query_terms(text)), text

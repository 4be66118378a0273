"""Blind round 23b of search: what an analyst types that the passages write another way.

- A Korean given name whose syllable is an English stop word ("Kim Chen In", "Kim In Chol") finds that
  person first, not every Kim; "in" elsewhere stays a stop word.
- A contraction is the words it stands for: "didn't confirm" and "did not confirm", "can't" and "cannot"
  rank the passages of both forms alike.
- "US$20bn" is "$20bn"; "300 million pounds" finds "£300m" and the other way round.
- An emoji or a flag is a word: "🚂" finds the posts that use it.

Each is checked against a brute-force reading of the passages.
"""

from __future__ import annotations

import re

import pytest

from store.search import SearchIndex
from search_builders import index_of

TEXTS = {
    "kci": "Kim Chen In was named in the Russian report as a brigade commander.",
    "kji": "General Kim Jong In led the delegation to Moscow.",
    "kju": "Kim Jong Un spoke.",
    "kich": "Kim In Chol, a defector, described the training camps.",
    "kchol": "Kim Chol spoke to reporters in Seoul.",
    "kim": "Kim visited the factory on Monday.",
    "in": "Troops in Kursk were seen in large numbers in December.",
    "didnot": "The ministry did not confirm the casualty figures.",
    "didnt": "The ministry didn't confirm the casualty figures.",
    "confirm": "Officials confirm the figures were accurate.",
    "willnot": "Moscow will not send more troops, the envoy said.",
    "wont": "Moscow won't send more troops, the envoy said.",
    "cannot": "Seoul cannot verify the claims about casualties.",
    "cant": "Seoul can't verify the claims about casualties.",
    "theyare": "They are moving the shells by rail at night.",
    "theyre": "They're moving the shells by rail at night.",
    "hasnot": "The Kremlin has not commented on the footage.",
    "hasnt": "The Kremlin hasn't commented on the footage.",
    "usd": "The arms deal is worth $20bn to Pyongyang, analysts estimate.",
    "usd-words": "Pyongyang may earn 20 billion dollars from the arms deal.",
    "usd-other": "Exports reached $20 million last year.",
    "us": "US officials met their counterparts in Seoul.",
    "gbp": "Britain sanctioned firms worth £300m over the shipments.",
    "gbp-words": "The shipments were valued at 300 million pounds in total.",
    "gbp-figure": "Some 300,000,000 rounds were counted by the analysts.",
    "platoons": "He predicted that Russian officers are likely to send the North Korean platoons to the front.",
    "range": "Between 10,000 and 12,000 troops were deployed there, officials said.",
    "range-dash": "An estimated 10,000–12,000 soldiers crossed the border.",
    "range-one": "Some 12,000 troops were counted near the border.",
    "train-emoji": "The channel posted the convoy 🚂 at dawn with a short caption.",
    "train-words": "The channel posted trains at dawn with a short caption.",
    "flags": "Posts showed 🇰🇵 and 🇷🇺 flags side by side.",
    "thumbs": "Readers answered with 👍🏽 under the post.",
}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return index_of(TEXTS)


def _hits(index: SearchIndex, query: str) -> dict[str, float]:
    return {hit.passage_id: hit.score for hit in index.search(query, limit=50)}


def _ranked(index: SearchIndex, query: str) -> list[str]:
    return [hit.passage_id for hit in index.search(query, limit=50)]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def _holding_run(*run: tuple[str, ...]) -> set[str]:
    """Brute force: the passages whose words hold, side by side, one word of each slot of ``run``."""
    n = len(run)
    return {
        pid
        for pid, text in TEXTS.items()
        for w in [_words(text)]
        if any(all(w[i + k] in run[k] for k in range(n)) for i in range(len(w) - n + 1))
    }


@pytest.mark.parametrize(
    ("query", "run"),
    [
        ("Kim Chen In ", (("kim",), ("chen", "jong"), ("in",))),
        ("Kim Jong In ", (("kim",), ("chen", "jong"), ("in",))),
        ("Kim In Chol ", (("kim",), ("in",), ("chol",))),
    ],
)
def test_a_korean_name_whose_syllable_is_a_stop_word_finds_that_person_first(
    index: SearchIndex, query: str, run: tuple[tuple[str, ...], ...]
) -> None:
    wanted = _holding_run(*run)
    assert wanted, query
    ranked = _ranked(index, query)
    assert set(ranked[: len(wanted)]) == wanted, ranked
    # "in" counts only beside the name: a passage holding no other word of it is no hit.
    names = {word for slot in run for word in slot if word != "in"} | {"un"}
    assert all(set(_words(TEXTS[pid])) & names for pid in ranked), ranked
    # With no given name ("Kim in Seoul") "in" stays a stop word: no passage holding only it is a hit.
    assert "in" not in _ranked(index, "Kim in Seoul ")


CONTRACTIONS = [
    ("didn't confirm ", "did not confirm ", "didnt", "didnot"),
    ("didnt confirm ", "did not confirm ", "didnt", "didnot"),
    ("won't send ", "will not send ", "wont", "willnot"),
    ("can't verify ", "cannot verify ", "cant", "cannot"),
    ("They're moving shells ", "they are moving shells ", "theyre", "theyare"),
    ("hasn’t commented ", "has not commented ", "hasnt", "hasnot"),
]


@pytest.mark.parametrize(("contracted", "written_out", "short", "long"), CONTRACTIONS)
def test_a_contraction_and_its_words_rank_both_forms_alike(
    index: SearchIndex, contracted: str, written_out: str, short: str, long: str
) -> None:
    for query in (contracted, written_out):
        hits = _hits(index, query)
        top = sorted(hits, key=hits.get, reverse=True)[:2]
        assert set(top) == {short, long}, (query, hits)
        assert min(hits[short], hits[long]) >= 0.8 * max(hits[short], hits[long]), (query, hits)
    assert _hits(index, contracted) == pytest.approx(_hits(index, written_out)), contracted


def test_a_contraction_alone_or_quoted_or_excluded_means_what_was_typed(index: SearchIndex) -> None:
    # Written out, "didn't" alone would be stop words only: as typed, it finds the passage writing it.
    assert _ranked(index, "didn't ")[:1] == ["didnt"]
    # Quoted, it is the words it stands for, standing together: both spellings (round 24).
    assert set(_ranked(index, '"didn\'t confirm"')) == {"didnt", "didnot"}
    assert "didnt" not in _ranked(index, "-didn't confirm ") and "didnot" in _ranked(index, "-didn't confirm ")
    # "not" counts, in either form: the passage confirming ranks below the two that do not.
    hits = _hits(index, "did not confirm ")
    assert hits["confirm"] < min(hits["didnt"], hits["didnot"]), hits


def test_a_dollar_s_country_is_no_word_the_passages_must_hold(index: SearchIndex) -> None:
    plain = _hits(index, "$20bn ")
    assert {"usd", "usd-words"} <= set(plain), plain
    for query in ("US$20bn ", "HK$20bn ", "US$ 20bn "):
        assert _hits(index, query) == pytest.approx(plain), query
    # "US" apart from a dollar is still a word.
    assert _ranked(index, "US officials ")[:1] == ["us"]


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("300 million pounds ", {"gbp", "gbp-words", "gbp-figure"}),
        ("£300m ", {"gbp", "gbp-words", "gbp-figure"}),
        ("300m ", {"gbp", "gbp-words", "gbp-figure"}),
    ],
)
def test_millions_written_short_and_in_full_find_each_other(index: SearchIndex, query: str, wanted: set[str]) -> None:
    ranked = _ranked(index, query)
    assert set(ranked[: len(wanted)]) == wanted, ranked


@pytest.mark.parametrize("query", ["10-12k troops ", "10–12K troops ", "10 - 12k troops "])
def test_a_range_s_shorthand_scale_is_both_figures(index: SearchIndex, query: str) -> None:
    written_out = _hits(index, "10,000-12,000 troops ")
    both = {pid for pid, text in TEXTS.items() if "10,000" in text and "12,000" in text}
    ranked = _ranked(index, query)
    assert set(ranked[: len(both)]) == both, ranked
    assert _hits(index, query) == pytest.approx(written_out)


def _holding_character(character: str) -> set[str]:
    return {pid for pid, text in TEXTS.items() if character in text}


@pytest.mark.parametrize(("query", "character"), [("🚂 ", "🚂"), ("🇰🇵 ", "🇰🇵"), ("👍 ", "👍"), ("👍🏼 ", "👍")])
def test_an_emoji_or_a_flag_finds_the_passages_using_it(index: SearchIndex, query: str, character: str) -> None:
    wanted = _holding_character(character)
    assert wanted
    assert set(_ranked(index, query)) == wanted


def test_an_emoji_beside_words_ranks_the_passage_holding_both_first(index: SearchIndex) -> None:
    ranked = _ranked(index, "channel posted 🚂 ")
    assert ranked[:2] == ["train-emoji", "train-words"], ranked
    hit = index.search("🚂 ")[0]
    assert [hit.text[start:end] for start, end in hit.spans] == ["🚂"]


@pytest.mark.parametrize(
    "query",
    [
        'that Russian officers "likely to send North the Korean platoons',  # from memory: words swapped, one lost
        "predicted Russian officers “likely send the platoons Korean North",
    ],
)
def test_a_sentence_from_memory_with_one_quotation_mark_finds_its_passage(index: SearchIndex, query: str) -> None:
    words = set(_words(query.replace("“", " ").replace('"', " ")))
    best = max(TEXTS, key=lambda pid: len(words & set(_words(TEXTS[pid]))))
    assert _ranked(index, query)[:1] == [best]
    # A phrase the user closed, or an exclusion, still means what it says.
    assert _ranked(index, '"likely send the North"') == []
    assert _ranked(index, '-"North Korean') == []

"""Blind round 26 of search: what an analyst types that the passages write another way, checked by brute force.

- A place or person romanised by another system ("Sudja" / "Sudzha", "Homutovka" / "Khomutovka",
  "Malaia Loknia" / "Malaya Loknya") finds every spelling, the one typed first.
- A three-letter word one letter off two names ("Kin": "Kim", "Jin") ranks the passages of the name the
  corpus holds more often first.
- A phrase in quotes with a typo inside ('"grave provocaton"') still finds nothing (a phrase is held as
  written), but the spelling that finds it is offered ('"grave provocation"'), which finds only the passages
  holding its words together, in order.
- A word typed with letters of both scripts that look like none of the other ("Курsk": the keyboard
  switched mid-word) finds the name.
"""

from __future__ import annotations

import re

import pytest

from search_builders import index_of
from store.search import SearchIndex

TEXTS = {
    # one town, three romanisations
    "sudzha": "Fighting continued near Sudzha on Monday, officials said.",
    "sudja": "Troops were seen outside Sudja, a border town, on Tuesday.",
    "sudza": "Ukrainian units held Sudža for several weeks in the autumn.",
    "khomutovka": "Drones struck a depot in Khomutovka overnight.",
    "homutovka": "Residents of Homutovka were told to leave.",
    "loknya": "The village of Malaya Loknya was retaken in March.",
    "loknia": "Shelling hit Malaia Loknia again, a governor said.",
    # names one letter apart
    "kim-1": "Kim Jong Un inspected the artillery units.",
    "kim-2": "Kim praised the soldiers sent abroad, state media said.",
    "kim-3": "Kim Yo Jong warned Seoul against leaflets.",
    "jin": "Jin said the talks had stalled.",
    "kin-word": "Their next of kin were not told.",
    # a quotation
    "grave": 'The ministry called the deployment "a grave provocation" against the region.',
    "grave-apart": "A provocation at the grave of the soldier angered veterans.",
    "grave-other": "The provocations grew more grave by the week.",
    # a name in Cyrillic and Latin
    "kursk-en": "North Korean troops arrived in Kursk in late October.",
    "kursk-ru": "Северокорейские военные прибыли в Курск в конце октября.",
    "other": "The weather in Seoul was mild and the markets rose.",
}


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return index_of(TEXTS)


def _ranked(index: SearchIndex, query: str) -> list[str]:
    return [hit.passage_id for hit in index.search(query, limit=60)]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _holding(*spellings: str) -> set[str]:
    """By brute force: the passages holding any of these words (diacritics typed as they are written)."""
    wanted = {s.lower() for s in spellings}
    return {pid for pid, text in TEXTS.items() if wanted & set(_words(text))}


# --- other romanisations ---------------------------------------------------------------------------

ROMANISED = [("Sudzha", "Sudja", "Sudža"), ("Khomutovka", "Homutovka"), ("Loknya", "Loknia")]


def test_a_name_romanised_another_way_finds_every_spelling_the_typed_one_first(index: SearchIndex) -> None:
    for spellings in ROMANISED:
        every = _holding(*spellings)
        for typed in spellings:
            ranked = _ranked(index, typed + " ")
            assert set(ranked) == every, (typed, ranked)
            assert ranked[0] in _holding(typed), (typed, ranked)
    for typed in ("Malaia Loknia ", "Malaya Loknya "):  # a place of two words
        assert set(_ranked(index, typed)[:2]) == {"loknya", "loknia"}, typed


# --- a short name one letter off two -----------------------------------------------------------------


def test_a_three_letter_typo_prefers_the_name_the_corpus_holds_more_often(index: SearchIndex) -> None:
    kims = {pid for pid, text in TEXTS.items() if "kim" in _words(text)}
    ranked = _ranked(index, "Kin ")
    # "kin" is a word some passage holds: it is no typo, and it comes first.
    assert ranked[0] == "kin-word", ranked
    ranked = _ranked(index, "Kym ")  # no passage holds it: one letter off "Kim" only
    assert set(ranked) == kims, ranked
    ranked = _ranked(index, "Jim ")  # one letter off "Kim" (three passages) and "Jin" (one)
    assert set(ranked[: len(kims)]) == kims and "jin" in ranked[len(kims) :], ranked


def test_a_three_letter_typo_of_two_names_ranks_the_commoner_first(index: SearchIndex) -> None:
    ranked = _ranked(index, "Kim Jin ")  # both held: no typo, both found
    assert {"jin", "kim-1"} <= set(ranked)
    ranked = _ranked(index, "Kjm ")  # "Kim" by one slip; "Jin"? two letters off: not at all
    assert "jin" not in ranked
    ranked = _ranked(index, "Jim ")
    assert ranked.index("jin") > max(ranked.index(pid) for pid in ("kim-1", "kim-2", "kim-3")), ranked


# --- a phrase with a typo inside -----------------------------------------------------------------------


@pytest.mark.parametrize("query", ['"grave provocaton"', '"grvae provocation"', '"a grave provocaton" against'])
def test_a_quoted_phrase_with_a_typo_is_offered_the_spelling_that_finds_it(index: SearchIndex, query: str) -> None:
    # A phrase is held as written (round 25): the typo finds nothing, but the respelt query is offered.
    assert _ranked(index, query) == []
    respelt = index.respelt_phrases(query)
    assert respelt is not None and '"' in respelt, respelt
    together = {pid for pid, text in TEXTS.items() if "grave provocation" in text.lower()}
    assert set(_ranked(index, respelt)) == together, respelt  # not the passages holding both words apart


def test_a_quoted_phrase_is_offered_nothing_when_nothing_would_find_it(index: SearchIndex) -> None:
    assert index.respelt_phrases('"provocation grave"') is None  # every word held: no typo to respell
    assert index.respelt_phrases('"grave provocation"') is None  # found as typed
    assert index.respelt_phrases('"provocaton grave"') is None  # respelt, it is still no phrase any passage holds
    assert index.respelt_phrases('"grave provocaton"') == '"grave provocation"'


# --- both scripts in one word --------------------------------------------------------------------------


def test_a_word_typed_in_both_scripts_finds_the_name(index: SearchIndex) -> None:
    for typed in ("Курsk", "Kурsк", "Kуrsk"):
        ranked = _ranked(index, typed + " ")
        assert ranked and set(ranked) <= {"kursk-en", "kursk-ru"} and "kursk-en" in ranked, (typed, ranked)

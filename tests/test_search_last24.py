"""Last round 24 of search: shares written as fractions in digits and in words meet; the form typed wins a tie.

- "2/3" finds "two-thirds" and "two thirds", and back; "1/3" also "one-third" and "a third"; "3/4"
  "three quarters"; "1/2" "half".  Checked against brute force: the passages writing the same share,
  however, rank above every passage that does not.
- A figure written another way with the same meaning ("eleventh" for "11th", "12.000" for "12000") is
  found, but below every passage holding the form typed, even a longer one.
"""

from __future__ import annotations

import re
from fractions import Fraction

import pytest

from store.search import SearchIndex
from search_builders import index_of

TEXTS = {
    "23-hyph": "Two-thirds of the shells came from North Korea, officials said on Monday.",
    "23-words": "About two thirds of the artillery rounds fired were duds.",
    "23-digits": "Some 2/3 of the rounds were North Korean.",
    "13-a": "A third of the troops were killed.",
    "13-hyph": "One-third of the unit was lost in the first week.",
    "13-digits": "Nearly 1/3 of the force was wounded, the ministry said.",
    "34-words": "Three quarters of the shells failed.",
    "34-hyph": "Roughly three-quarters of the shipments went by rail through Tumangang.",
    "34-digits": "Officials said 3/4 of the shells were old stock.",
    "12-half": "Half of the troops left the region in January.",
    "12-digits": "By one estimate 1/2 of the missiles missed.",
    # other figures, ordinals and the same digits in no share: what no share query is for
    "ordinal": "The third battalion arrived in the spring.",
    "digits": "Two brigades and 3 regiments were moved.",
    "quarter": "In the third quarter deliveries rose.",
    # ordinals: the passage writing the other form is the shorter (BM25 favours it)
    "11th": "The 11th Airborne Brigade was moved to the Kursk region on Tuesday night, a source said.",
    "eleventh": "The Eleventh Corps fought.",
    "first": "First casualties came.",
    "12th": "The 12th Brigade.",
    "twelfth": "The twelfth round of talks between Moscow and Pyongyang ended without a statement on troops.",
    "1st": "The 1st Guards Tank Army held the line near Sudzha for several weeks, analysts said.",
    "12000-dots": "12.000 troops",
    "12000": "An estimated 12000 troops were sent to Russia by the end of the year, officials said.",
}

_DIGITS = re.compile(r"\b([1-9])/([1-9]|10)\b")
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3}
_DENOMINATORS = {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_WORDS = re.compile(r"\b(a|one|two|three)[\s-]+(half|thirds?|quarters?)\s+of\b", re.IGNORECASE)


def _shares(text: str) -> set[Fraction]:
    """Brute force: the shares a passage writes, in digits or in words ("Half of" is a half)."""
    found = {Fraction(int(a), int(b)) for a, b in _DIGITS.findall(text)}
    found |= {Fraction(_NUMERATORS[a.lower()], _DENOMINATORS[b.lower()]) for a, b in _WORDS.findall(text)}
    if re.match(r"half of\b", text, re.IGNORECASE):
        found.add(Fraction(1, 2))
    return found


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return index_of(TEXTS)


def _ranked(index: SearchIndex, query: str) -> list[str]:
    return [hit.passage_id for hit in index.search(query, limit=60)]


@pytest.mark.parametrize(
    ("query", "share"),
    [("2/3 ", Fraction(2, 3)), ("two-thirds ", Fraction(2, 3)), ("two thirds ", Fraction(2, 3)),
     ("1/3 ", Fraction(1, 3)), ("one-third ", Fraction(1, 3)), ("3/4 ", Fraction(3, 4)),
     ("three quarters ", Fraction(3, 4)), ("three-quarters of the shells ", Fraction(3, 4)), ("1/2 ", Fraction(1, 2))],
)  # fmt: skip
def test_a_share_in_digits_and_in_words_meet(index: SearchIndex, query: str, share: Fraction) -> None:
    wanted = {pid for pid, text in TEXTS.items() if share in _shares(text)}
    assert len(wanted) >= 2, share
    ranked = _ranked(index, query)
    assert set(ranked[: len(wanted)]) == wanted, ranked


def test_a_digit_pair_that_is_no_share_finds_no_share_words(index: SearchIndex) -> None:
    # "4/3" is no share coverage writes: its digits find digits, never "three quarters".
    assert not set(_ranked(index, "4/3 ")) & {"34-words", "34-hyph"}
    # ... while "3/4" does.
    assert {"34-words", "34-hyph"} <= set(_ranked(index, "3/4 "))


@pytest.mark.parametrize(("typed", "other"), [("11th ", "eleventh"), ("twelfth ", "12th"), ("1st ", "first"),
                                              ("12000 ", "12000-dots")])  # fmt: skip
def test_the_form_typed_wins_a_tie_of_meaning(index: SearchIndex, typed: str, other: str) -> None:
    ranked = _ranked(index, typed)
    own = {pid for pid, text in TEXTS.items() if re.search(rf"\b{re.escape(typed.strip())}\b", text, re.IGNORECASE)}
    assert own and other in ranked  # the other form is still found
    assert set(ranked[: len(own)]) == own, ranked


@pytest.mark.parametrize(("query", "pid", "lit"), [("2/3 ", "23-hyph", ["Two", "thirds"]), ("1/3 ", "13-a", ["third"]),
                                                   ("1/2 ", "12-half", ["Half"]), ("two thirds ", "23-digits", ["2", "3"])])  # fmt: skip
def test_the_share_written_the_other_way_is_what_lights_up(index: SearchIndex, query: str, pid: str, lit: list[str]) -> None:
    # The share's words, never the "A" or "of" around them (every "a" of the passage would light up).
    hit = next(hit for hit in index.search(query, limit=60) if hit.passage_id == pid)
    assert [hit.text[a:b] for a, b in hit.spans] == lit

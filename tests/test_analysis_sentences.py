"""The sentence splitter: abbreviations, initials, decimals, quotes and brackets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.analysis.sentences import sentences_of, split_sentences


@pytest.mark.parametrize(
    "text",
    [
        "Pentagon press secretary Maj. Gen. Patrick Ryder said they had indications of losses.",
        "Lt. Col. Ivan Petrov and Gen. Kim spoke to Dr. Lee and Mr. Park at No. 10 Downing St. in London.",
        "U.S. officials and U.K. diplomats met on Dec. 10 and again on Jan. 5 in Seoul.",
        "Joseph S. Bermudez Jr., an expert at the Center, told BI they rarely learn each other's language.",
        "The Hang Seng Index ended up 0.6 percent while the OECD forecast 2.1% growth.",
        "He spoke (as the U.K. report put it. Quite long.) and then left the room.",
    ],
)
def test_abbreviations_and_decimals_do_not_break_a_sentence(text: str) -> None:
    assert sentences_of(text) == [text]


def test_sentence_ends_after_double_stop_of_an_acronym() -> None:
    text = "They learn to use them against South Korea and/or the U.S.. Thirdly, Kim wants technology."
    assert sentences_of(text) == [
        "They learn to use them against South Korea and/or the U.S..",
        "Thirdly, Kim wants technology.",
    ]


def test_acronym_at_sentence_end_breaks_before_an_opener() -> None:
    assert sentences_of("The deal was signed in the U.K. The next day it failed.") == [
        "The deal was signed in the U.K.",
        "The next day it failed.",
    ]


def test_quoted_sentences_stay_with_their_speaker() -> None:
    text = '"Kim was furious. Many paid severe prices," said Bennet. "I think it is unlikely."'
    assert sentences_of(text) == [
        '"Kim was furious. Many paid severe prices," said Bennet.',
        '"I think it is unlikely."',
    ]


def test_question_exclamation_and_line_breaks() -> None:
    assert sentences_of("Why now? Nobody knows! Line one\nLine two.") == [
        "Why now?",
        "Nobody knows!",
        "Line one",
        "Line two.",
    ]


def test_offsets_point_into_the_text() -> None:
    text = "  First one.  Second one?\n\nThird."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == ["First one.", "Second one?", "Third."]


def test_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    text = 'He said "this. It goes on. And on.'
    assert len(sentences_of(text)) == 3


@given(st.text(alphabet=st.sampled_from(list('ab .?!"()U.S.Dr 12,')), max_size=80))
def test_every_visible_character_belongs_to_one_sentence(text: str) -> None:
    spans = split_sentences(text)
    covered = "".join(text[a:b] for a, b in spans)
    assert covered.replace(" ", "").replace("\n", "") == text.replace(" ", "").replace("\n", "")
    assert all(a < b for a, b in spans)
    assert all(b1 <= a2 for (_, b1), (a2, _) in zip(spans, spans[1:], strict=False))

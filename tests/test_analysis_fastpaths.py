"""The fast paths of the analysis against the plain code they replace: same answers on any text.

Each fast path (a combined scan, a C-level search instead of a compiled pattern, words read from the
right instead of all of them) is checked against a straightforward reference on generated text full
of the characters that make the difference: digits next to letters, dots and commas, accents,
characters that change length when lower-cased, quotes and white space of several kinds.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from store.analysis.number_starts import figure_starts
from store.analysis.phrases import _last_words
from store.analysis.speakers import _occurrences

_TRICKY = list("abcXYZ İıé0123456789,.;:'\"“”()[]—–-$%€£₩_ \n\t\u00a0٣")
texts = st.lists(
    st.sampled_from(_TRICKY) | st.sampled_from(["one", " two ", "hundred", "a few ", "US$", "15,000", "Kim"]),
    max_size=40,
).map("".join)


def reference_figure_starts(text: str) -> list[int]:
    """What figure_starts did before its digits were found by one pattern."""
    from store.analysis.number_starts import _WORD_START

    lowered = text.lower()
    starts = []
    for m in re.finditer(r"[0-9$€£¥₩₽]", text):
        i = m.start()
        if i and text[i].isdigit() and (text[i - 1].isalnum() or text[i - 1] in ".,"):
            continue
        starts.append(i)
    if len(lowered) == len(text):
        words = [m.start() for m in _WORD_START.finditer(lowered)]
        if words:
            starts = sorted(set(starts).union(words))
    return starts


@settings(max_examples=400, deadline=None)
@given(texts)
def test_figure_starts_match_the_reference(text: str) -> None:
    assert figure_starts(text) == reference_figure_starts(text)


@settings(max_examples=400, deadline=None)
@given(texts, st.integers(min_value=0, max_value=30), st.integers(min_value=1, max_value=16))
def test_last_words_match_a_full_scan(text: str, window: int, count: int) -> None:
    body = text.rstrip()
    window = min(window, len(body))
    expected = [(m.start(), m.group()) for m in re.finditer(r"\S+", body[window:])][-count:]
    expected = [(start + window, word) for start, word in expected]
    assert _last_words(body, window, count) == expected


@settings(max_examples=400, deadline=None)
@given(texts, st.text(alphabet="abK .-_İ1", min_size=1, max_size=3))
def test_word_occurrences_match_the_pattern(text: str, word: str) -> None:
    assert _occurrences(text, word) == [m.start() for m in re.finditer(re.escape(word) + r"\b", text)]

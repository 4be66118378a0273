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
    if starts and starts[0] == 0 and re.match(r"\d{1,2}[.)]\s", text):
        del starts[0]  # a numbered list item's "2. " counts nothing (since list items keep their numbers)
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


# --- patterns searched behind one space ("\W" before the words instead of "\b") ----------------------

_WORDY = texts | st.lists(
    st.sampled_from(
        [" said", "Said ", "told ", "reportedly", " may ", "could not verify", "expected to", "interview with ",
         "shells", "Shell", "drones,", "troops", "front lines", "front\nlines", "ICBMs", "KN-23", "_said", "said_",
         "-said", "unsaid", "saying", "tens of", "us$", "one"]
    ) | st.sampled_from(_TRICKY),
    max_size=30,
).map("".join)


def reference_folded_hits(matcher, text: str) -> list[tuple[int, int, str, tuple]]:
    """What TermMatcher found with "\\b" before its folded terms (before the search behind one space)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        pattern, subject = re.compile(matcher._folded_pattern), lowered
    else:
        pattern, subject = re.compile(matcher._folded_pattern, re.IGNORECASE), text
    found = []
    for m in pattern.finditer(subject):
        payloads = matcher._folded.get(" ".join(m.group().lower().split()))
        if payloads:
            found.append((m.start(), m.end(), text[m.start() : m.end()], payloads))
    return found


@settings(max_examples=400, deadline=None)
@given(_WORDY)
def test_topic_terms_match_the_word_boundary_pattern(text: str) -> None:
    from store.analysis.topics import load_topic_taxonomy

    matcher = load_topic_taxonomy().matcher
    assert matcher._folded_after_space is not None  # the fast path is the one under test
    assert matcher._folded_hits(text) == reference_folded_hits(matcher, text)


@settings(max_examples=400, deadline=None)
@given(_WORDY)
def test_verb_starts_match_the_verb_pattern(text: str) -> None:
    from store.analysis.phrases import VERB_PATTERN, verb_hits

    assert [start for start, _end, _verb in verb_hits(text)] == [m.start() for m in VERB_PATTERN.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_WORDY)
def test_hedge_search_matches_the_word_boundary_pattern(text: str) -> None:
    from store.analysis import claims

    reference = re.compile(r"\b" + claims._HEDGE.pattern.removeprefix(r"\W"))
    assert bool(claims._HEDGE.search(" " + text.lower())) == bool(reference.search(text.lower()))


@settings(max_examples=400, deadline=None)
@given(_WORDY)
def test_relay_triggers_match_the_word_boundary_pattern(text: str) -> None:
    from store.analysis import relays

    reference = re.compile(r"\b(?:" + relays._RELAY_TRIGGER.pattern.removeprefix(r"\W(").removesuffix(r")\b") + r")\b")
    found = [(m.start(1) - 1, m.end(1) - 1) for m in relays._RELAY_TRIGGER.finditer(" " + text)]
    assert found == [m.span() for m in reference.finditer(text)]


def test_preload_builds_what_workers_would_otherwise_build() -> None:
    from store.analysis.preload import preload as preload_analysis
    from store.analysis.topics import _cache as topic_cache
    from store.normalise.preload import preload as preload_normaliser

    preload_normaliser()
    preload_analysis()
    assert topic_cache, "the topic taxonomy is loaded"
    import sys

    assert "ftfy" in sys.modules


def reference_strip_trailing_adverbs(text: str) -> str:
    """strip_trailing_adverbs before its last-word shortcut."""
    from store.analysis.phrases import (
        _TRAILING_PAIRS,
        _TRAILING_TRIPLES,
        _TRAILING_WORDS,
    )

    while True:
        words = text.rsplit(None, 3)[-3:]
        if not words:
            return text
        for size, known in ((3, _TRAILING_TRIPLES), (2, _TRAILING_PAIRS), (1, _TRAILING_WORDS)):
            if len(words) >= size and " ".join(words[-size:]).lower() in known:
                text = text.rstrip()
                for word in reversed(words[-size:]):
                    text = text[: len(text) - len(word)].rstrip()
                text += " "
                break
        else:
            return text


_ADVERBIAL = st.lists(
    st.sampled_from(["Kirby", " on ", "Monday", " also ", "has", "Earlier", " this ", "WEEK", "told", " reporters",
                     " ", "\n", "last", "year", "İ", ",", "officials"]),
    max_size=12,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_ADVERBIAL | texts)
def test_trailing_adverbs_shortcut_matches_the_full_loop(text: str) -> None:
    from store.analysis.phrases import strip_trailing_adverbs

    assert strip_trailing_adverbs(text) == reference_strip_trailing_adverbs(text)


_CLAUSY = st.lists(
    st.sampled_from([" - ", " – ", "-", " ", ",", "—", "but", " but ", "butter", "while", "(", "]", "x", "é", "_but"])
    | st.sampled_from(_TRICKY),
    max_size=25,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_CLAUSY)
def test_clause_breaks_match_the_one_pattern(text: str) -> None:
    from store.analysis.subjects import _CLAUSE_BREAK, clause_breaks

    assert clause_breaks(text) == [m.start() for m in _CLAUSE_BREAK.finditer(text)]


# --- claimant folding -------------------------------------------------------------------

_SURNAMES = ["Budanov", "Budanow", "Budanoff", "Kim", "Kimm", "Zelensky", "Zelenskyy", "Zelenskiy", "Shoigu", "Lee", "Leeh"]
_FIRST = ["Kyrylo", "Kirill", "K.", "Jong", "Volodymyr", "Sergei", "Jae-myung", "Lee"]
claimant_names = st.lists(
    st.sampled_from(_SURNAMES)
    | st.builds(lambda first, last: f"{first} {last}", st.sampled_from(_FIRST), st.sampled_from(_SURNAMES)),
    min_size=1,
    max_size=30,
)


def reference_lone_surnames(counts, surname_groups) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The lone-surname rule as it was written before it was scored block by block."""
    from store.analysis.claimant_folding import _surnames_match
    from store.analysis.claimants import could_be_surname, fold

    folded = {}
    for name in counts:
        if " " in name or not could_be_surname(name):
            continue
        candidates = {full for full in surname_groups.get(fold(name)[:2], ()) if _surnames_match(name, full.split()[-1])}
        if len(candidates) == 1:
            folded[name] = candidates.pop()
    return folded


@settings(max_examples=200, deadline=None)
@given(claimant_names)
def test_lone_surnames_fold_as_the_pairwise_rule_says(names: list[str]) -> None:
    from collections import Counter, defaultdict

    from store.analysis.claimant_folding import _fold_lone_surnames
    from store.analysis.claimants import fold

    counts = Counter(names)
    surname_groups: dict[str, set[str]] = defaultdict(set)
    for name in counts:
        if " " in name:
            surname_groups[fold(name.split()[-1])[:2]].add(name)
    mapping: dict[str, str] = {}
    _fold_lone_surnames(mapping, counts, surname_groups)
    assert mapping == reference_lone_surnames(counts, surname_groups)

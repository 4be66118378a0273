"""Where the matched words sit in a hit's text, for the TUI to highlight.

Tokenising every hit's text again would cost more than the search itself
when a hundred hits are shown.  The index keeps, for each term, the distinct
whitespace chunks it occurs in ("Kursk", "Kursk's", "(Kursk-based"); a hit's
wanted chunks are then one set intersection away, and only their
occurrences are located and tokenised.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from store.search.figures import ENGLISH_SCALES, FOREIGN_SCALE_SPELLINGS, NUMBER_WORDS, SCALE_SPELLINGS, join_figures
from store.search.strings import StringColumn
from store.search.terms import chunk_terms, fold, is_unspaced_character, query_terms

if TYPE_CHECKING:  # the index's parts and plans import this module
    from store.search.builder import IndexParts
    from store.search.query import ParsedQuery
    from store.search.ranking import WordPlan

_NUMBER_WORD = "(?:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"
_WORDS_NUMBER = rf"{_NUMBER_WORD}(?:[\s-]+{_NUMBER_WORD})?"
# The shapes ``figures.join_figures`` makes one term of; each match is checked by joining it.
_FIGURE_PHRASE = re.compile(
    rf"(?<![\w.,])(?:[0-9]{{1,3}}(?:[^\S\n][0-9]{{3}})+(?!\w|[.,][0-9])"
    rf"|(?:[0-9]+(?:\.[0-9]+|,[0-9]{{1,2}})?|{_WORDS_NUMBER})(?:\s+(?:{'|'.join(SCALE_SPELLINGS)}))+(?!\w)"
    rf"|{_WORDS_NUMBER}\s*(?:per[\s-]*cent|percent|%)(?!\w))",
    re.IGNORECASE,
)
# What every figure phrase holds (a digit group after a space, a scale word, "per cent" or "percent", "%"):
# a text without any is spared the long pattern above.
# Foreign scale words only after a digit: a branch that starts with a digit costs little at the many
# places a text has none, while each word tried everywhere would cost a pass over the text.
_FIGURE_HINT = re.compile(
    rf"[0-9](?:[^\S\n][0-9]|\s+(?:{'|'.join(FOREIGN_SCALE_SPELLINGS)}))|{'|'.join(ENGLISH_SCALES)}|per[\s-]*cent|%", re.IGNORECASE
)
# "per cent" is the one term "percent" (``terms.join_per_cent``), but two chunks, neither holding it.
_BEYOND = 1 << 62  # past any text's end: (start, _BEYOND) sorts after every span starting at ``start``
_CHUNK = re.compile(r"\S+")  # what ``str.split`` cuts
_PER_CENT = re.compile(r"(?<![^\W_])per[\s-]+cent(?![^\W_])", re.IGNORECASE)


@dataclass(slots=True)
class WantedSpans:
    """What to light in a search's hits: ``highlight_spans``' terms and chunks, and ``beside``: terms lit
    only right beside a word whose term is in ``names``, as the stop word "in" is a syllable of "Kim Chen
    In" only there."""

    terms: set[str]
    chunks: set[str] | None
    any_figure: bool
    beside: set[str]
    names: set[str]

    def spans(self, text: str) -> list[tuple[int, int]]:
        spans = highlight_spans(text, self.chunks, self.terms, any_figure=self.any_figure) if self.chunks or self.terms else []
        if self.beside and spans:
            named = [(start, end) for start, end in spans if fold(text[start:end]) in self.names]
            found = spans_beside(text, named, highlight_spans(text, self.chunks, self.beside, any_figure=False))
            spans = sorted(set(spans) | set(found))
        return spans


_NAME_GAP = frozenset(" \t-‐‑")  # what may stand between two syllables of a name: "Chen In", "Jong-in"
_NAME_GAP_WIDTH = 2


def spans_beside(text: str, spans: list[tuple[int, int]], candidates: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (in order) with each of ``candidates`` that stands right beside one of them, a space or a
    hyphen apart."""
    ends = {end for _, end in spans}
    starts = {start for start, _ in spans}
    kept = []
    for start, end in candidates:
        left, right = start, end
        while left > 0 and start - left < _NAME_GAP_WIDTH and text[left - 1] in _NAME_GAP:
            left -= 1
        while right < len(text) and right - end < _NAME_GAP_WIDTH and text[right] in _NAME_GAP:
            right += 1
        if (left < start and left in ends) or (right > end and right in starts):
            kept.append((start, end))
    return sorted(spans + kept) if kept else spans


@dataclass(slots=True)
class ChunkTable:
    chunks: StringColumn
    term_ptr: np.ndarray  # int64 CSR by term id
    chunk_ids: np.ndarray  # int32

    def chunks_holding(self, term_ids: Iterable[int]) -> set[str]:
        found: set[str] = set()
        for term in term_ids:
            for number in self.chunk_ids[self.term_ptr[term] : self.term_ptr[term + 1]].tolist():
                found.add(self.chunks[number])
        return found


def highlight_spans(
    text: str, wanted_chunks: set[str] | None, wanted_terms: set[str], *, any_figure: bool | None = None
) -> list[tuple[int, int]]:
    """Spans, in order, of the tokens of ``text`` whose folded term is in ``wanted_terms``.

    ``wanted_chunks`` must hold every chunk that contains such a token (the
    chunk table guarantees it for indexed texts); others are never looked at.
    None: every chunk of the text is looked at (through the cache of
    ``chunk_terms``), cheaper for a pasted paragraph, whose hundreds of words
    are held by thousands of distinct chunks.  ``any_figure``: whether a
    wanted term is a figure, if the caller knows (it highlights many hits).
    """
    spans: list[tuple[int, int]] = []
    # (This runs for every hit: a pass over the terms' lengths in C first spares most of them the set.)
    if 1 in map(len, wanted_terms) and (characters := {term for term in wanted_terms if is_unspaced_character(term)}):
        spans.extend(_character_spans(text, wanted_chunks, characters))
    if wanted_chunks is None:
        for match in _CHUNK.finditer(text):
            offset = match.start()
            spans.extend((offset + s, offset + e) for term, s, e in chunk_terms(match.group()) if term in wanted_terms)
    else:
        for chunk in wanted_chunks.intersection(text.split()):
            inner = [(start, end) for term, start, end in chunk_terms(chunk) if term in wanted_terms]
            offset = _whole_chunk_at(text, chunk, 0)
            while offset >= 0:
                spans.extend((offset + start, offset + end) for start, end in inner)
                offset = _whole_chunk_at(text, chunk, offset + len(chunk))
    if "percent" in wanted_terms:
        spans.extend(match.span() for match in _PER_CENT.finditer(text))
    if (any_figure if any_figure is not None else any(term.isdigit() for term in wanted_terms)) and _FIGURE_HINT.search(text):
        figure_spans = [match.span() for match in _FIGURE_PHRASE.finditer(text) if _figure_of(match.group()) in wanted_terms]
        if figure_spans:  # the whole "twelve thousand", not its words one by one
            spans = [s for s in spans if not _inside(s, figure_spans)] + figure_spans
    spans.sort()
    return _joined_overlaps(spans)


_SOUND_MARKS = frozenset("\uff9e\uff9f\u3099\u309a")  # (half-width) voiced and semi-voiced marks


def _character_spans(text: str, wanted_chunks: set[str] | None, characters: set[str]) -> list[tuple[int, int]]:
    """Where the wanted single kanji, kana or hanzi stand: the index holds them only inside pairs
    ("弾" in "砲弾を" is "砲弾" and "弾を"), but the reader asked for the character, so it alone lights."""
    chunks = text.split() if wanted_chunks is None else wanted_chunks.intersection(text.split())
    spans = []
    for chunk in set(chunks):
        inner = []
        for i, ch in enumerate(chunk):
            # Half-width "ｶﾞ" is one "ガ" written as two characters: the sound mark goes with its kana.
            width = 2 if chunk[i + 1 : i + 2] in _SOUND_MARKS else 1
            if ch in characters or (not ch.isascii() and fold(chunk[i : i + width]) in characters):
                inner.append((i, i + width))
        offset = _whole_chunk_at(text, chunk, 0) if inner else -1
        while offset >= 0:
            spans.extend((offset + start, offset + end) for start, end in inner)
            offset = _whole_chunk_at(text, chunk, offset + len(chunk))
    return spans


def _joined_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones made one: a Chinese or Japanese word's pairs of characters
    ("国家", "家情", "情報") overlap, and light up as the one word they spell."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and start < joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


def _inside(span: tuple[int, int], ordered: list[tuple[int, int]]) -> bool:
    """Whether ``span`` lies within one of ``ordered``, non-overlapping spans in text order (regex matches).

    Only the last of them starting at or before it can hold it: every earlier one ends before that starts.
    """
    at = bisect_right(ordered, (span[0], _BEYOND)) - 1
    return at >= 0 and ordered[at][1] >= span[1]


def _figure_of(written: str) -> str:
    """The term a figure phrase such as "12 000" or "twelve thousand" is indexed as."""
    return join_figures(query_terms(written))[0]


def _whole_chunk_at(text: str, chunk: str, start: int) -> int:
    """The next occurrence of ``chunk`` at or after ``start`` with whitespace (or an edge) on both sides."""
    offset = text.find(chunk, start)
    while offset >= 0:
        end = offset + len(chunk)
        if (offset == 0 or text[offset - 1].isspace()) and (end == len(text) or text[end].isspace()):
            return offset
        offset = text.find(chunk, offset + 1)
    return -1


def wanted_spans(
    parts: IndexParts,
    plan_of: Callable[..., WordPlan],
    plans: list[WordPlan],
    parsed: ParsedQuery,
    names: tuple[set[str], set[str]],
    *,
    by_chunk: bool,
) -> WantedSpans:
    """The terms to highlight (every matched variant, and phrase words) and the chunks that hold them
    (None unless ``by_chunk``: a pasted paragraph's words are in too many chunks to list).  ``names``:
    a Korean name's syllables that are stop words ("in" of "Kim Chen In"), lit only beside another
    word of the name, and those other words."""
    terms = parts.vocabulary.terms
    term_ids: set[int] = set()
    wanted: set[str] = set()
    syllables, name_words = names
    beside: set[str] = set()
    named: set[str] = set()
    phrase_plans = [plan_of(word, allow_prefix=False, typos=False) for phrase in parsed.phrases for word in phrase]
    for plan in [*plans, *phrase_plans]:
        term_ids.update(plan.variants)
        term_ids.update(plan.phrase_terms)  # "North Korea" lit where "DPRK" found it
        if is_unspaced_character(plan.word):
            wanted.add(plan.word)  # "弾" was found inside the pairs "砲弾", "弾を": light the character alone
        else:
            lit = {terms[t] for t in [*plan.variants, *plan.phrase_terms]}
            (beside if plan.word in syllables else wanted).update(lit)
            if plan.word in name_words:
                named.update(lit)
    chunks = parts.chunks.chunks_holding(term_ids) if by_chunk else None
    return WantedSpans(wanted, chunks, any(term.isdigit() for term in wanted), beside - wanted, named)

"""Run-on text: an article whose paragraph breaks were lost, as one line of thousands of characters.

A body pasted out of a PDF, a JSON field flattened to one line, a page's text
copied without its breaks: the whole article arrives as one paragraph, with
its headline and byline glued to the front ("Title. By Jane Doe, Outlet,
19 December 2024. North Korea has ...").  Such a unit is cut at sentence
boundaries into passages of a few sentences each; the leading sentences
that read as a headline and header lines become lines of their own, so that
the title and byline are found as in any other file.  Every character but
the spaces at the cuts stays in some unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.metadata import parse_header
from store.normalise.shapes import is_title_like
from store.normalise.units import Unit

RUN_ON_LENGTH = 1600  # longer than any paragraph writers set on purpose (the longest seen is ~1,300)
_PASSAGE_LENGTH = 500  # a passage is closed once it reaches this length (about three sentences)
_HEAD_SENTENCES = 4
# A sentence ends at ".", "!", "?" or "…" (closing quotes and brackets stay with it) before a space
# and a capital, digit or opening quote.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*(\s+)(?=[\"'“‘(\[]?[A-Z0-9])")
# Words whose full stop ends no sentence: titles, months, initials' company.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen col lt sgt capt cpt maj adm prof sen rep gov pres st mt no nos vs etc inc corp ltd co jr sr
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e approx est fig dept""".split()
)


def _sentences(text: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for found in _SENTENCE_END.finditer(text):
        stop = found.start(1)
        word = text[max(start, text.rfind(" ", start, found.start()) + 1) : found.start()].lower()
        if word.rstrip(".") in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue  # "Gen. Ryder", "Dec. 5", "J. Smith": no sentence ends here
        pieces.append(text[start:stop])
        start = found.end(1)
    pieces.append(text[start:])
    return [p for p in pieces if p]


def _firm_header(sentence: str) -> bool:
    header = parse_header(sentence.rstrip(". "))
    return header is not None and not header.soft


def _head_count(sentences: Sequence[str]) -> int:
    """How many leading sentences are a headline and header lines rather than prose."""
    n = 0
    if len(sentences) > 2 and is_title_like(sentences[0].rstrip(".")) and _firm_header(sentences[1]):
        n = 1  # a headline counts only with a header line after it: a short first sentence is often prose
    while n < min(_HEAD_SENTENCES, len(sentences) - 1) and _firm_header(sentences[n]):
        n += 1
    return n


def _passages(sentences: Sequence[str]) -> list[str]:
    passages: list[str] = []
    current: list[str] = []
    size = 0
    for sentence in sentences:
        current.append(sentence)
        size += len(sentence) + 1
        if size >= _PASSAGE_LENGTH:
            passages.append(" ".join(current))
            current, size = [], 0
    if current:
        if passages and size < _PASSAGE_LENGTH // 3:
            passages[-1] += " " + " ".join(current)  # a last sentence or two joins the passage before
        else:
            passages.append(" ".join(current))
    return passages


def _pieces(unit: Unit, first: bool) -> list[Unit] | None:
    sentences = _sentences(unit.text)
    if len(sentences) < 4:
        return None
    head = _head_count(sentences) if first else 0
    texts = [s.rstrip(".") for s in sentences[:head]]  # the full stop that glued a headline to the text
    raws = list(sentences[:head])
    for passage in _passages(sentences[head:]):
        texts.append(passage)
        raws.append(passage)
    pieces = []
    for n, (text, raw) in enumerate(zip(texts, raws, strict=True)):
        piece = Unit(text, raw, unit.line, indent=unit.indent, quote=unit.quote, form_feed=unit.form_feed and n == 0)
        pieces.append(piece)
    return pieces


def split_run_on(units: list[Unit]) -> list[Unit]:
    """``units`` (one article's) with every kept run-on unit cut into passages (the same list when none is).

    Only kept units are cut: a run-on line the furniture rules removed goes to the audit whole.
    """
    if not any(len(u.text) > RUN_ON_LENGTH for u in units):
        return units
    result: list[Unit] = []
    offset = 0  # later blocks move up by the number of pieces added
    first_kept = next((unit for unit in units if unit.removed is None), None)
    for unit in units:
        long_kept = len(unit.text) > RUN_ON_LENGTH and unit.removed is None and not unit.heading_level
        pieces = _pieces(unit, first=unit is first_kept) if long_kept else None
        if pieces is None:
            unit.block += offset
            result.append(unit)
            continue
        for n, piece in enumerate(pieces):
            piece.block = unit.block + offset + n  # each passage a block of its own
        offset += len(pieces) - 1
        result.extend(pieces)
    return result

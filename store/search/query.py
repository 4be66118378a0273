"""Query syntax, kept small on purpose.

- Plain words are matched typo-tolerantly, and through their synonyms at a
  lower weight (``synonyms.toml``), and ranked (a passage need not
  hold every word, but one that holds more of them ranks higher).
- "Quoted phrases" are required: a passage must hold the words in that order,
  next to each other (accents, case and plural endings still ignored, typos
  not).  An unclosed quote makes the rest of the query a phrase; if no passage
  holds it, its words are searched as plain words (``SearchIndex.search``); so are a sentence's, pasted
  with quotation marks of its own (``without_own_quotes``), when no passage holds its quotation as written.
  A verb and "not" in quotes are also the contraction: '"did not confirm"' finds "didn't confirm"
  (``phrase_slots``); a quoted contraction means itself.
- Punctuation is ignored, as in the passages; so are stop words unless the
  query has nothing else, except "not", which counts (and finds "didn't").
- A contraction among plain words is the words it stands for ("didn't" is "did
  not", "cannot" "can not"); "US$20bn" is "$20bn"; "10-12k" is "10k-12k".
- A currency sign is the word it is read as: "$20bn" is "dollar 20bn", "€" "euro".
- A word led by a minus ("-Kursk") excludes the passages that hold it (accents,
  case and plural endings ignored, typos not); "-KN-23" excludes those holding
  both its parts, and a quoted phrase led by a minus (-"North Korean") those
  holding the phrase.  Exclusions alone find nothing: there is nothing to rank.
- "NOT" in capitals before a word or a quoted phrase ("troops NOT Kursk", as Boolean search engines and
  news databases take it) excludes it as a minus does; "not" in lower case, or in a query typed all in
  capitals, is the word itself ("not confirmed").
- The last word, if the query does not end with a space, also matches terms
  it is the start of, so results make sense while a word is being typed
  (never for a figure: "1,500" is not the start of "15,000").
- Markup tags ("<b>", "</i>") are dropped: a pasted headline keeps its words, not its tags;
  so are invisible characters (soft hyphens, zero-width spaces), which passages never hold.
- A figure typed as several words is one, as in the passages (``figures``):
  "12 000", "12 thousand" and "twelve thousand" are "12000", like "12,000".
  Inside quotes a figure is the figure however a passage prints it
  ('"eleven thousand troops"' finds "11,000 troops", '"11,000 troops"' finds
  "eleven thousand troops"), except that a scale word typed after digits is
  wanted as written: '"3 million rounds"' is those words, not "3,000,000 rounds".
- A date typed in figures ("2024-11-04", "04.11.2024", "4/11/2024") also finds it in words ("4 November
  2024") and with dots (``iso_dates``).
- A share typed as a fraction ("2/3", "1/2") also finds it in words ("two-thirds", "two thirds",
  "half of"), and back (``fractions``); an ordinal in digits finds it in words ("11th": "eleventh"),
  and back, the form typed ranking first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.invisible_characters import INVISIBLE
from store.search.figures import join_figures, join_figures_noting_scales
from store.search.iso_dates import dotted_dates_in_iso_order
from store.search.contractions import NEGATION, with_negations_written_out, without_contractions
from store.search.terms import CURRENCY_SIGN, STOP_WORDS, fold, join_per_cent, query_terms

_QUOTES = re.compile(r"[\"“”„]")
_MINUS = "-−"  # hyphen-minus, or the minus sign a word processor puts there
# A minus standing alone right before an opening quote: -"North Korean" leaves the phrase out.
_MINUS_BEFORE_QUOTE = re.compile(rf"(?:^|\s)[{_MINUS}]$")
_NOT_OPERATOR = "NOT"
_NOT_BEFORE_QUOTE = re.compile(rf"(?:^|\s){_NOT_OPERATOR}\s+$")
# A query pasted from a web page may carry its tags ("<b>Kursk</b>"); passages never do (normalising
# strips markup), so a tag's name is no word to look for.
_MARKUP_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")

# "US$20bn", "HK$3m", "A$1.5bn": the country of a dollar is no word the figure's passages need to hold, and
# most write "$20bn" or "20 billion dollars"; typed, "us" would rank those below any passage with "US".
_DOLLAR_COUNTRY = re.compile(r"(?<![^\W_])[A-Z]{1,3}\$(?=\s?\d)")

# "10-12k troops", "$1.5-2bn": the shorthand scale of a range's second figure is its first's too ("10k-12k"),
# as the passages write it out ("10,000-12,000").
_SHORTHAND_RANGE = re.compile(r"(?<![\w.,-])(\d{1,3}(?:\.\d+)?)(\s?[-–—]\s?\d{1,3}(?:\.\d+)?)(k|bn|mn|mln|bln)\b", re.IGNORECASE)


@dataclass(slots=True)
class ParsedQuery:
    words: list[str] = field(default_factory=list)  # every folded term, phrase words included, in order
    phrases: list[list[str]] = field(default_factory=list)  # required runs of terms
    # Per phrase: where a scale word follows a figure typed in digits ("3 million"), required as written.
    written_scales: list[frozenset[int]] = field(default_factory=list)
    excluded: list[list[str]] = field(default_factory=list)  # each "-word": its terms, all held to exclude
    # Each -"quoted phrase": its terms and ``written_scales``; a passage holding the phrase is excluded.
    excluded_phrases: list[tuple[list[str], frozenset[int]]] = field(default_factory=list)
    last_word_open: bool = False  # the last word may be unfinished (no trailing space)
    signs: frozenset[str] = frozenset()  # words typed as currency signs ("£": "pound"), meant without typos

    @property
    def is_empty(self) -> bool:
        return not self.words


def parse_query(text: str) -> ParsedQuery:
    parsed = ParsedQuery()
    if not text.isascii():
        # Pasted soft hyphens and zero-width characters would cut a word in two; passages lose them too.
        text = INVISIBLE.sub("", text)
    text = _MARKUP_TAG.sub(" ", text)
    if "$" in text:
        text = _DOLLAR_COUNTRY.sub("$", text)
    if signs := CURRENCY_SIGN.findall(text):
        parsed.signs = frozenset(map(fold, signs))  # the word each is read as
    text = _SHORTHAND_RANGE.sub(r"\1\3\2\3", text)
    pieces = _QUOTES.split(text)
    last_chunk_excludes = False
    # "NOT" is an operator where the user types in lower case too: in a query all in capitals it is a word.
    operators = not text.isupper()
    for position, piece in enumerate(pieces):
        inside_quotes = position % 2 == 1
        if inside_quotes:
            terms, written_scales = join_figures_noting_scales(query_terms(piece))
            negations_out = query_terms(with_negations_written_out(piece))
            if negations_out != terms and any(term not in STOP_WORDS for term in negations_out):
                # A quoted "didn't confirm" is "did not confirm", which finds both forms; "didn't" alone stays
                # as typed (a phrase of stop words only finds nothing).
                terms, written_scales = join_figures_noting_scales(negations_out)
            before = pieces[position - 1]
            if _MINUS_BEFORE_QUOTE.search(before) or (operators and _NOT_BEFORE_QUOTE.search(before)):
                if terms:
                    parsed.excluded_phrases.append((terms, written_scales))
                continue
            parsed.words.extend(terms)
            if terms:
                parsed.phrases.append(terms)
                parsed.written_scales.append(written_scales)
            continue
        plain: list[str] = []
        written_out: list[str] = []  # the same with contractions written out (``without_contractions``)
        chunks = piece.split()
        if operators and position + 1 < len(pieces) and chunks and chunks[-1] == _NOT_OPERATOR:
            chunks.pop()  # it excludes the quoted phrase that follows
        negated = False
        for chunk in chunks:
            if operators and chunk == _NOT_OPERATOR:
                negated = True
                continue
            excluding = negated or (len(chunk) > 1 and chunk[0] in _MINUS and not chunk[1].isspace())
            if negated:
                negated = False
                chunk = "-" + chunk.lstrip(_MINUS)
            terms = query_terms(chunk[1:] if excluding else chunk)
            if not terms:
                continue
            last_chunk_excludes = excluding
            if excluding:
                parsed.excluded.append(terms)  # "-didn't" leaves out the passages holding what was typed
            else:
                plain.extend(terms)
                written_out.extend(query_terms(without_contractions(chunk)))
        # "didn't confirm" is "did not confirm"; "didn't" alone is no query of stop words only
        if any(term not in STOP_WORDS for term in written_out):
            plain = written_out
        # "40 per cent", "12 000", "twelve thousand": typed as several words, indexed as one figure.
        # Once only: joining is not idempotent ("12000 thousand" would become twelve million).
        parsed.words.extend(join_figures(join_per_cent(dotted_dates_in_iso_order(plain))))
    closed = len(pieces) % 2 == 1  # an even number of quote marks
    # Inside an open quote the user is typing a phrase, which never prefix-matches; nor does an exclusion.
    parsed.last_word_open = (
        closed and bool(text) and not text[-1].isspace() and not _QUOTES.match(text[-1]) and not last_chunk_excludes
    )
    return parsed


def without_unclosed_quote(text: str) -> str | None:
    """``text`` without its quotation marks if one is left open (an odd number), else None."""
    marks = len(_QUOTES.findall(text))
    return _QUOTES.sub(" ", text) if marks % 2 == 1 else None


# A query of this many distinct words (stop words aside), some outside quotation marks, is a sentence
# pasted or typed from memory: its quotation marks are the sentence's own, not a phrase the user requires.
SENTENCE_WORDS = 8


def without_own_quotes(text: str) -> str | None:
    """``text`` without its quotation marks when they need not be a phrase the user asked for: one is left
    open, or the query is a sentence with words outside its quotes (``SENTENCE_WORDS``); else None."""
    if (unclosed := without_unclosed_quote(text)) is not None:
        return unclosed
    parsed = parse_query(text)
    if not parsed.phrases:
        return None
    quoted = sum(len(phrase) for phrase in parsed.phrases)
    meaning = {word for word in parsed.words if word not in STOP_WORDS}
    return _QUOTES.sub(" ", text) if len(meaning) >= SENTENCE_WORDS and len(parsed.words) > quoted else None


# A word typed in capitals is an acronym even where its letters spell a stop word: "WHO", "IS", "US".
_CAPITALS_WORD = re.compile(r"\b[A-Z]{2,}\b")


def only_common_words(text: str) -> bool:
    """True for a query of stop words only ("the of and"), typed outside quotes and in no capitals: nearly
    every passage holds them, so as a query they rank noise.  "not" counts (it finds "didn't"), a phrase in
    quotes is meant as written, and "WHO" is the organisation."""
    if _QUOTES.search(text) or _CAPITALS_WORD.search(text):
        return False
    parsed = parse_query(text)
    return bool(parsed.words) and not parsed.excluded and all(
        word in STOP_WORDS and word != NEGATION for word in parsed.words
    )

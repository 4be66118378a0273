"""Where a query's words stand in a hit's headline, to light them as the passage's are.

The index highlights a hit's passage text itself (``SearchHit.spans``), but a headline is
searched as a field of its article's lead and comes back without spans.  The headline is one
short line, so its words are matched here with the index's own folding (``store.search.terms``):
the query's words as the index reads them (accents, case, possessives, figures folded), their
light-stem siblings ("casualty" / "casualties"), and every term the index lit in the passages
of the same search (``lit_terms``).  That last set is how a typo'd word ("troosp") lights
"troops" in a headline: the index matched it fuzzily and said so by lighting it in a passage,
so the headline shows the same word the passages do.  A typo neighbour the index did not match
stays dark: lit for being one letter off, it would claim a match the search never made.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from store.models import SearchHit
from store.search.figures import join_figures
from store.search.highlight import highlight_spans
from store.search.korean_forms import is_hangul, korean_form_weight
from store.search.query import parse_query
from store.search.terms import STOP_WORDS, is_unspaced_character, query_terms, stem, terms_with_offsets


@lru_cache(maxsize=64)
def _wanted(query: str) -> tuple[frozenset[str], frozenset[str]]:
    """The query's folded words and their stems; stop words only when the query has nothing else,
    as the index scores them, and every word of a quoted phrase, as the index lights them."""
    parsed = parse_query(query)
    words = [w for w in parsed.words if w not in STOP_WORDS] or parsed.words
    words += [w for phrase in parsed.phrases for w in phrase]
    return frozenset(words), frozenset(stem(w) for w in words)


def lit_terms(hits: Iterable[SearchHit]) -> frozenset[str]:
    """The index terms the search lit in these hits' passages: the variants it matched, typos included.

    Each lit stretch is one token, one figure or "per cent", folded as the query is ("11,000" and
    "twelve thousand" are figures, "per cent" is "percent"); its first term is the one the
    highlighter looked for (a figure's scale word, kept after it, was not).
    """
    found = set()
    for hit in hits:
        for start, end in hit.spans:
            if terms := join_figures(query_terms(hit.text[start:end])):
                found.add(terms[0])
    return frozenset(found)


def query_title_spans(title: str, query: str, matched: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Spans of ``title`` holding a word of ``query`` (or a light-stem sibling), in order.

    ``matched``: terms the index matched for this query (``lit_terms`` of its hits), lit too.
    """
    if not query.strip() or not title:
        return []
    words, stems = _wanted(query)
    if not words:
        return []
    # A single kanji, kana or hanzi lights alone; the pairs holding it, which the passages lit, do not.
    characters = {word for word in words if is_unspaced_character(word)}
    matched = frozenset(m for m in matched if not (characters and len(m) == 2 and characters.intersection(m)))
    korean = [word for word in words if is_hangul(word)]
    wanted = (
        set(words)
        | matched
        | {
            term
            for term, _, _ in terms_with_offsets(title)
            if stem(term) in stems
            or (korean and is_hangul(term) and any(korean_form_weight(w, term, typos=True) for w in korean))
        }
    )
    # The index's own highlighter: "11,000", "11 000" and "eleven thousand" are one figure there too.
    return highlight_spans(title, None, wanted)

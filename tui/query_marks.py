"""Where a query's words stand in a hit's headline, to light them as the passage's are.

The index highlights a hit's passage text itself (``SearchHit.spans``), but a headline is
searched as a field of its article's lead and comes back without spans.  The headline is one
short line, so its words are matched here with the index's own folding (``store.search.terms``):
the query's words as the index reads them (accents, case, possessives, figures folded) and
their light-stem siblings ("casualty" / "casualties").  Typo neighbours are left out: a title
word lit for being one letter off would claim a match the reader cannot see.
"""

from __future__ import annotations

from functools import lru_cache

from store.search.highlight import highlight_spans
from store.search.query import parse_query
from store.search.terms import STOP_WORDS, stem, terms_with_offsets


@lru_cache(maxsize=64)
def _wanted(query: str) -> tuple[frozenset[str], frozenset[str]]:
    """The query's folded words and their stems; stop words only when the query has nothing else,
    as the index scores them, and every word of a quoted phrase, as the index lights them."""
    parsed = parse_query(query)
    words = [w for w in parsed.words if w not in STOP_WORDS] or parsed.words
    words += [w for phrase in parsed.phrases for w in phrase]
    return frozenset(words), frozenset(stem(w) for w in words)


def query_title_spans(title: str, query: str) -> list[tuple[int, int]]:
    """Spans of ``title`` holding a word of ``query`` (or a light-stem sibling), in order."""
    if not query.strip() or not title:
        return []
    words, stems = _wanted(query)
    if not words:
        return []
    wanted = set(words) | {term for term, _, _ in terms_with_offsets(title) if stem(term) in stems}
    # The index's own highlighter: "11,000", "11 000" and "eleven thousand" are one figure there too.
    return highlight_spans(title, None, wanted)

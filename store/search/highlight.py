"""Where the matched words sit in a hit's text, for the TUI to highlight.

Worked out at search time for the hits shown only: keeping, for every term,
the chunks it occurs in would cost build time and index space for every
passage, while re-reading a hundred hits is well under a millisecond.  A
hit's distinct whitespace chunks are tokenised through the cached
:func:`chunk_terms` (a corpus repeats its chunks endlessly), and only the
chunks that hold a wanted term are located in the text.
"""

from __future__ import annotations

from store.search.terms import chunk_terms


def highlight_spans(text: str, wanted_terms: set[str] | frozenset[str]) -> list[tuple[int, int]]:
    """Spans, in order, of the tokens of ``text`` whose folded term is in ``wanted_terms``."""
    spans: list[tuple[int, int]] = []
    if not wanted_terms:
        return spans
    for chunk in set(text.split()):
        inner = [(start, end) for term, start, end in chunk_terms(chunk) if term in wanted_terms]
        if not inner:
            continue
        offset = _whole_chunk_at(text, chunk, 0)
        while offset >= 0:
            spans.extend((offset + start, offset + end) for start, end in inner)
            offset = _whole_chunk_at(text, chunk, offset + len(chunk))
    spans.sort()
    return spans


def _whole_chunk_at(text: str, chunk: str, start: int) -> int:
    """The next occurrence of ``chunk`` at or after ``start`` with whitespace (or an edge) on both sides."""
    offset = text.find(chunk, start)
    while offset >= 0:
        end = offset + len(chunk)
        if (offset == 0 or text[offset - 1].isspace()) and (end == len(text) or text[end].isspace()):
            return offset
        offset = text.find(chunk, offset + 1)
    return -1

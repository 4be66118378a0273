"""Per-sentence results that depend on the sentence alone, remembered by its text.

Wire copy and syndicated articles repeat sentences word for word, and a
corpus re-analysed after a taxonomy change repeats all of them.  What a
sentence yields before any article context comes in (its attributions, its
figures and their subjects) is a pure function of its text, so it is kept in
a bounded table: a repeated sentence costs a dictionary look-up, not the
attribution and figure parsers.

The speakers of the article (pronouns, surnames, relays) are resolved by the
caller afterwards, so remembering is invisible in the results: the anchors
are never modified once made, and figures are handed out as fresh copies
because the caller moves their offsets.
"""

from __future__ import annotations

from collections.abc import Callable

from store.analysis.attribution import Anchor, find_anchors
from store.analysis.foreign_figures import has_foreign_letters, with_foreign_figures
from store.analysis.numbers import find_figures
from store.analysis.reporting_verbs import VerbHit
from store.analysis.subjects import SubjectTaxonomy
from store.models import Figure

MEMO_LIMIT = 50_000  # sentences per table; a full table is emptied and refilled (cheap, and rarely reached)

_anchors: dict[str, list[Anchor]] = {}
# Per subject taxonomy (by id, with the taxonomy kept alive so the id stays its own).
_figures: dict[int, tuple[SubjectTaxonomy, dict[tuple[str, tuple[int, ...]], tuple[tuple, ...]]]] = {}

Classifier = Callable[[str, list[Figure], SubjectTaxonomy], dict[int, tuple[str | None, float]]]


def sentence_anchors(sentence: str, verbs: list[VerbHit] | None = None) -> list[Anchor]:
    """``find_anchors(sentence, verbs)``, remembered.  The list and its anchors must not be modified.

    ``verbs`` are the sentence's own verbs, so the result depends on the sentence alone.
    """
    found = _anchors.get(sentence)
    if found is None:
        if len(_anchors) >= MEMO_LIMIT:
            _anchors.clear()
        found = _anchors[sentence] = find_anchors(sentence, verbs)
    return found


def sentence_figures(
    sentence: str, number_starts: list[int], subjects: SubjectTaxonomy, classify: Classifier
) -> tuple[list[Figure], dict[int, tuple[str | None, float]]]:
    """Fresh figures of the sentence, classified, and each one's (subject, score) keyed by ``id(figure)``."""
    entry = _figures.get(id(subjects))
    if entry is None or entry[0] is not subjects:
        entry = _figures[id(subjects)] = (subjects, {})
    table = entry[1]
    key = (sentence, tuple(number_starts))
    rows = table.get(key)
    if rows is None:
        figures = find_figures(sentence, number_starts)
        if has_foreign_letters(sentence):
            figures = with_foreign_figures(sentence, figures)  # "1만1000명", "約11,000人", "11 тысяч"
        best = classify(sentence, figures, subjects)
        if len(table) >= MEMO_LIMIT:
            table.clear()
        table[key] = tuple(
            (f.value, f.low, f.high, f.unit, f.qualifier, f.surface, f.start, f.end, best.get(id(f), (None, 0.0)))
            for f in figures
        )
        return figures, best
    fresh = [Figure(*row[:8]) for row in rows]
    return fresh, {id(f): row[8] for f, row in zip(fresh, rows, strict=True)}


def forget() -> None:
    """Empty the tables (tests; or to free memory after a very large ingest)."""
    _anchors.clear()
    _figures.clear()

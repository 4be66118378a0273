"""A passage holding only a query's figure ranks below every passage holding one of its other words.

"shels 50 percent" asks about shells: a stock-market passage where shares "rose 50 percent" holds two of
the three words, a passage on North Korea's shells one, and by the share of words held the first came out
ahead.  A figure and the words that make it one (a scale, "percent") are printed in every subject; the
query's other words say which subject is meant.  So where a query has both, the passages holding none of
the other words (in any form, typo or synonym) keep their order among themselves but follow every passage
holding one.  A query of figures alone ("11 тисяч") ranks as before.
"""

from __future__ import annotations

import numpy as np

from store.search.builder import IndexParts
from store.search.figures import figure_kind
from store.search.holding import holding_terms
from store.search.ranking import WordPlan
from store.search.titles import TitleMatch

BELOW = 0.99  # the best figure-only passage scores this share of the weakest passage it follows


def is_figure_word(word: str) -> bool:
    """A query word that is (part of) a figure: digits, a number word, a scale word, "percent"."""
    return bool(figure_kind(word)) or word.replace(".", "").replace(",", "").isdigit()


def figure_only_below(
    parts: IndexParts, candidates: np.ndarray, final: np.ndarray, plans: list[WordPlan], titled: list[TitleMatch | None]
) -> np.ndarray:
    """``final`` with the passages holding only the query's figure words lowered below the others."""
    if len(candidates) < 2 or not any(is_figure_word(plan.word) for plan in plans):
        return final
    topical = [plan for plan in plans if not is_figure_word(plan.word)]
    if not topical:
        return final
    terms = np.fromiter({term for plan in topical for term in plan.variants}, dtype=np.int32)
    holding = holding_terms(parts, terms)
    for plan, in_titles in zip(plans, titled, strict=True):
        if is_figure_word(plan.word):
            continue
        for docs, _ in [*plan.phrase_synonyms, *plan.written_apart]:
            holding[docs] = True
        if in_titles is not None:  # a lead passage holds what its article's title holds
            holding[parts.title_index.lead[in_titles.articles]] = True
    on_topic = holding[candidates]
    if on_topic.all() or not on_topic.any():
        return final
    floor, top = final[on_topic].min(), final[~on_topic].max()
    if top < floor:
        return final
    lowered = final.copy()
    lowered[~on_topic] *= BELOW * floor / top if top > 0 else 0.0
    return lowered

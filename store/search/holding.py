"""Which passages hold given words, phrases or filter values: the sets a search meets its scores with
(exclusions, filters; see ``index``), worked out over the postings.  A lead passage holds what its article's
title holds; a phrase's word order is checked over the forward index (``ranking.phrase_docs``).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from store.models import UNKNOWN_OUTLET
from store.search.builder import IndexParts
from store.search.phrase_slots import phrase_slots
from store.search.ranking import gather_tokens, phrase_docs

VariantsOf = Callable[[str], np.ndarray]  # a word's exact variants' term ids, as a phrase matches them


def holding_terms(parts: IndexParts, terms: np.ndarray) -> np.ndarray:
    """Passages holding any of these term ids."""
    postings = parts.postings
    this = np.zeros(len(parts.passage_ids), dtype=bool)
    for term in terms.tolist():
        this[postings.docs[postings.ptr[term] : postings.ptr[term + 1]]] = True
    return this


def holding_any(parts: IndexParts, groups: list[list[str]], variants_of: VariantsOf) -> np.ndarray:
    """Passages holding every word of at least one group (each word in any of its exact variants);
    a lead passage holds what its article's title holds."""
    titles = parts.title_index
    n_docs = len(parts.passage_ids)
    found = np.zeros(n_docs, dtype=bool)
    for words in groups:
        holding = np.ones(n_docs, dtype=bool)
        titled: np.ndarray | None = None
        for word in words:
            variants = variants_of(word)
            holding &= holding_terms(parts, variants)
            arts = titles.articles_holding(variants)
            titled = arts if titled is None else np.intersect1d(titled, arts, assume_unique=True)
        found |= holding
        if titled is not None:
            found[titles.lead[titled]] = True
    return found


def holding_phrases(
    parts: IndexParts, phrases: list[tuple[list[str], frozenset[int]]], variants_of: VariantsOf, scales: np.ndarray
) -> np.ndarray:
    """Passages holding at least one of these phrases (as ``SearchIndex._with_phrases`` matches them; ``scales``: the scale words' term ids); a lead
    passage holds what its article's title holds."""
    n_docs = len(parts.passage_ids)
    found = np.zeros(n_docs, dtype=bool)
    for words, written in phrases:
        slots, optional = phrase_slots(words, written, variants_of, scales)
        required = [variants for slot, variants in enumerate(slots) if slot not in optional]
        if any(len(variants) == 0 for variants in required):
            continue  # a word no passage holds: no passage holds the phrase
        holding = np.ones(n_docs, dtype=bool)
        for variants in required:
            holding &= holding_terms(parts, variants)
        docs = np.flatnonzero(holding)
        found[phrase_docs(parts.forward_ptr, parts.forward_terms, docs, slots, optional)] = True
        found[parts.title_index.lead[parts.title_index.holding_phrase(slots, optional)]] = True
    return found


def filter_mask(parts: IndexParts, outlet: str | None, topic: str | None, claimant: str | None) -> np.ndarray | None:
    """Passages of this outlet, topic and claimant (each given), or None when no filter is given."""
    mask: np.ndarray | None = None
    p = parts
    for facet, value in ((p.outlets, outlet), (p.topics, topic), (p.claimants, claimant)):
        if value is None:
            continue
        if facet is p.outlets and value == UNKNOWN_OUTLET:
            docs = np.flatnonzero(p.article_outlet[p.doc_article] < 0)
        else:
            found = facet.docs_of(value)
            docs = found if found is not None else np.empty(0, dtype=np.int32)
        this = np.zeros(len(p.passage_ids), dtype=bool)
        this[docs] = True
        mask = this if mask is None else mask & this
    return mask


def holding_figure_with_scale(parts: IndexParts, docs: np.ndarray, figures: np.ndarray, scales: np.ndarray) -> np.ndarray:
    """Per passage of ``docs``: whether it writes one of these figure terms with one of these scale words
    right after it, as typed ("11 тисяч", indexed "11000 тисяч"), rather than in digits alone ("11,000")."""
    found = np.zeros(len(docs), dtype=bool)
    if len(docs) == 0 or len(figures) == 0 or len(scales) == 0:
        return found
    tokens, owner = gather_tokens(parts.forward_ptr, parts.forward_terms, docs)
    pair = np.isin(tokens[:-1], figures) & np.isin(tokens[1:], scales) & (owner[:-1] == owner[1:])
    found[owner[:-1][pair]] = True
    return found

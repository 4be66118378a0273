"""Adding up a query's BM25 impacts into one score per passage (step 2 and 3 of ``index``).

Each query word adds its best variant's stored impact to the passages that
hold it (a word's variants count once), and, through ``titles``, a share of
its title IDF to the lead passages of the articles whose headline holds it.
The sum is then scaled by the square of the share of query words a passage
holds, a word only its headline holds counting half for a lead: holding
three of four words beats holding one word many times.  A word a passage holds
only through a synonym (``synonyms``) counts ``SYNONYM_HELD`` of a word, and
headlines are matched without synonyms: a synonym is a weaker match.  So
are synonyms of several words ("dprk": "north korea"), whose passages the plan
brings along (``synonyms.add_phrase_synonyms``).
"""

from __future__ import annotations

import numpy as np

from store.search.builder import IndexParts
from store.search.ranking import WordPlan
from store.search.titles import TITLE_HELD, TITLE_WEIGHT, TitleIndex, TitleMatch

SYNONYM_HELD = 0.5  # a query word held only through a synonym, counted for the share of words held


def _own_words(plan: WordPlan) -> WordPlan:
    """The plan without its synonyms: what a headline is matched by."""
    if not plan.synonyms and not plan.phrase_synonyms:
        return plan
    variants = {t: w for t, w in plan.variants.items() if t not in plan.synonyms}
    return WordPlan(plan.word, variants, {t: s for t, s in plan.scales.items() if t not in plan.synonyms})


def title_matches(titles: TitleIndex, plans: list[WordPlan]) -> list[TitleMatch | None]:
    """Each plan's titles; a plan repeated (a word a pasted paragraph repeats) is matched once."""
    found: dict[int, TitleMatch | None] = {}
    for plan in plans:
        if id(plan) not in found:
            own = _own_words(plan)
            found[id(plan)] = titles.match(own) if own.matched else None
    return [found[id(plan)] for plan in plans]


def accumulate(parts: IndexParts, plans: list[WordPlan], titled: list[TitleMatch | None], *, group_repeats: bool) -> np.ndarray:
    """Per passage: the query's BM25 score times the squared share of query words held.

    With ``group_repeats`` a plan that recurs (the same word, repeated) is added once, times its count,
    which is what adding it each time amounts to (up to float rounding, hence only for long queries).
    """
    postings = parts.postings
    n_docs = len(parts.forward_ptr) - 1
    total = np.zeros(n_docs, dtype=np.float32)
    # How many query words each passage holds: uint16, as a pasted paragraph has hundreds of words.
    held = np.zeros(n_docs, dtype=np.uint16) if len(plans) > 1 else None
    held_in_titles: np.ndarray | None = None  # what leads hold only in their title, in TITLE_HELD steps
    held_as_synonym: np.ndarray | None = None  # words passages hold only through a synonym, in SYNONYM_HELD steps
    steps: dict[int, tuple[WordPlan, TitleMatch | None, int]] = {}
    for position, (plan, in_titles) in enumerate(zip(plans, titled, strict=True)):
        key = id(plan) if group_repeats else position
        _, _, count = steps.get(key, (plan, in_titles, 0))
        steps[key] = (plan, in_titles, count + 1)
    for plan, in_titles, count in steps.values():
        if not plan.matched:
            continue
        times = np.float32(count)
        if in_titles is not None:
            # The title is a field of its article's lead passage (see ``titles``).
            leads = parts.title_index.lead[in_titles.articles]
            total[leads] += (in_titles.scores * (TITLE_WEIGHT * count)).astype(np.float32)
            if held is not None:
                before_body = held[leads]
        if len(plan.scales) == 1 and not plan.synonyms and not plan.phrase_synonyms and not plan.written_apart:
            ((term, scale),) = plan.scales.items()
            docs = postings.docs[postings.ptr[term] : postings.ptr[term + 1]]
            impact = postings.impact[postings.ptr[term] : postings.ptr[term + 1]] * np.float32(scale)
            total[docs] += impact if count == 1 else impact * times
            if held is not None:
                held[docs] += count
        else:
            # Several variants of one word: a passage scores its best variant, once.  (np.maximum.at and
            # whole-array sums beat gathering and scattering the variants' passages, even when few.)
            best = np.zeros(n_docs, dtype=np.float32)
            for term, scale in plan.scales.items():
                docs = postings.docs[postings.ptr[term] : postings.ptr[term + 1]]
                np.maximum.at(best, docs, postings.impact[postings.ptr[term] : postings.ptr[term + 1]] * np.float32(scale))
            for docs, impacts in [*plan.phrase_synonyms, *plan.written_apart]:  # each passage once: a gather and a scatter
                best[docs] = np.maximum(best[docs], impacts)
            total += best if count == 1 else best * times
            if held is not None:
                holding = best > 0
                if plan.synonyms or plan.phrase_synonyms or plan.written_apart:
                    own = np.zeros(n_docs, dtype=bool)
                    for term in plan.scales:
                        if term not in plan.synonyms:
                            own[postings.docs[postings.ptr[term] : postings.ptr[term + 1]]] = True
                    for docs, _ in plan.written_apart:
                        own[docs] = True
                    if held_as_synonym is None:
                        held_as_synonym = np.zeros(n_docs, dtype=np.float32)
                    held_as_synonym[holding & ~own] += np.float32(SYNONYM_HELD * count)
                    holding &= own
                held += holding if count == 1 else holding.astype(np.uint16) * np.uint16(count)
        if held is not None and in_titles is not None:
            # A lead whose title holds the word and its body does not: held, in part (see ``titles``).
            if held_in_titles is None:
                held_in_titles = np.zeros(n_docs, dtype=np.float32)
            held_in_titles[leads[held[leads] == before_body]] += np.float32(TITLE_HELD * count)
    if held is None:
        return total
    share = held.astype(np.float32)
    if held_in_titles is not None:
        share += held_in_titles
    if held_as_synonym is not None:
        share += held_as_synonym
    share *= np.float32(1.0 / len(plans))
    total *= share
    total *= share
    return total

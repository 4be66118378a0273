"""Passages in the query's own script first, among those holding as many of its words as well.

A Latin query word also finds its Cyrillic spelling and a Cyrillic one its Latin spelling
(``cross_script``, ``spellings``), weighed below the word as typed.  A weight alone cannot keep the
order an analyst expects: BM25 favours short passages, so a two-line Russian wire holding "Буданов"
and "бригада" outscored English reports holding "Budanov" and "brigade" for "Budanov's brigade".
So, after scoring, a passage holding some query word only through the other script is ranked below
every passage that holds at least as many query words, each in the query word's own script, and
each at least as closely (the weakest word's weight no lower): found still, just after.  A passage
holding the words only through typos in the query's script is no closer match than the word itself
in the other script, and does not push that one down.  A lead passage holds the words of its
article's headline here as it does for scoring (``titles``): "Budanov" named only in an English
headline is held in the query's own script, ahead of the Russian wire's "Буданов".
"""

from __future__ import annotations

import numpy as np

from store.search.builder import IndexParts
from store.search.korean_forms import is_hangul
from store.search.ranking import WordPlan, gather_tokens
from store.search.terms import _UNSPACED_RUN

_LATIN, _CYRILLIC, _HANGUL, _UNSPACED = "latin", "cyrillic", "hangul", "kanji, kana or hanzi"


def script_of(word: str) -> str | None:
    """The script of a folded word by its first letter, for the scripts matched across (else None): Latin and
    Cyrillic, and Korean, Japanese and Chinese, whose names find their Latin spelling (``conflict_names``)."""
    for ch in word:
        if "a" <= ch <= "z":
            return _LATIN
        if "\u0400" <= ch <= "\u04ff":
            return _CYRILLIC
        if is_hangul(ch):
            return _HANGUL
        if _UNSPACED_RUN.match(ch):
            return _UNSPACED
        if ch.isalpha():
            return None
    return None


def _other_script_terms(parts: IndexParts, plan: WordPlan) -> set[int]:
    """The plan's terms written in the other of the two scripts than the word typed."""
    typed = script_of(plan.word)
    if typed is None:
        return set()
    terms = parts.vocabulary.terms
    return {t for t in plan.variants if (written := script_of(terms[t])) is not None and written != typed}


def _tokens_with_headlines(parts: IndexParts, candidates: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The candidates' term ids laid end to end with the position of the candidate each belongs to
    (``gather_tokens``), a lead passage's followed by its article's headline's."""
    tokens, owner = gather_tokens(parts.forward_ptr, parts.forward_terms, candidates)
    titles = parts.title_index
    if len(titles) == 0 or len(titles.forward_terms) == 0:
        return tokens, owner
    articles = parts.doc_article[candidates]
    leads = np.flatnonzero(titles.lead[articles] == candidates)
    if len(leads) == 0:
        return tokens, owner
    title_tokens, title_owner = gather_tokens(titles.forward_ptr, titles.forward_terms, articles[leads])
    return np.concatenate([tokens, title_tokens]), np.concatenate([owner, leads[title_owner]])


def own_script_first(
    parts: IndexParts, candidates: np.ndarray, final: np.ndarray, plans: list[WordPlan]
) -> tuple[np.ndarray, np.ndarray] | None:
    """Per candidate, the score to rank it by (its own, or at most that of the lowest passage it must
    follow) and whether it must follow passages of that score (the tie-break, see ``index.search``);
    None when no candidate holds a word only through the other script."""
    distinct = list({id(plan): plan for plan in plans if plan.variants}.values())
    crossing = [_other_script_terms(parts, plan) for plan in distinct]
    if not any(crossing) or len(candidates) == 0:
        return None
    tokens, owner = _tokens_with_headlines(parts, candidates)
    n = len(candidates)
    held = np.zeros(n, dtype=np.int32)
    crossed = np.zeros(n, dtype=bool)
    weakest = np.full(n, np.inf)  # the lowest weight a held word is held with, its best variant's
    for plan, other in zip(distinct, crossing, strict=True):
        ids = np.fromiter(plan.variants, dtype=np.int64, count=len(plan.variants))
        weights = np.fromiter(plan.variants.values(), dtype=np.float64, count=len(ids))
        is_other = np.fromiter((t in other for t in plan.variants), dtype=bool, count=len(ids))
        order = np.argsort(ids)
        ids, weights, is_other = ids[order], weights[order], is_other[order]
        at = np.minimum(np.searchsorted(ids, tokens), len(ids) - 1)
        hit = ids[at] == tokens
        own_best = np.zeros(n)
        other_best = np.zeros(n)
        own_hit, other_hit = hit & ~is_other[at], hit & is_other[at]
        np.maximum.at(own_best, owner[own_hit], weights[at[own_hit]])
        np.maximum.at(other_best, owner[other_hit], weights[at[other_hit]])
        best = np.maximum(own_best, other_best)
        holds = best > 0
        held += holds
        crossed |= (own_best == 0) & (other_best > 0)
        weakest = np.where(holds, np.minimum(weakest, best), weakest)
    if not crossed.any():
        return None
    rank_by = final.astype(np.float64).copy()
    behind = np.zeros(n, dtype=bool)
    plain = ~crossed & (held > 0)
    for words, closeness in set(zip(held[crossed].tolist(), weakest[crossed].tolist(), strict=True)):
        ahead = plain & (held >= words) & (weakest >= closeness)
        if ahead.any():
            these = crossed & (held == words) & (weakest == closeness)
            ceiling = final[ahead].min()
            behind[these & (rank_by >= ceiling)] = True
            rank_by[these] = np.minimum(rank_by[these], ceiling)
    return rank_by, behind

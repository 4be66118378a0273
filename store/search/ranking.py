"""How a query word becomes weighted vocabulary terms, and how nearness is rewarded.

A query word expands to: itself (weight 1.0), its stem siblings (0.9), terms
one or two edits away (0.7, 0.45), and, for a word still being typed, terms
it starts.  Every variant of one word is scored with the same, "blended",
IDF (that of the most frequent variant, as Lucene does for fuzzy queries):
otherwise a rare misspelling-neighbour ("forth" for "north") would outscore
the word the user meant just because it is rare.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from store.search.terms import fuzzy_budget, is_stop_word
from store.search.vocabulary import Vocabulary

EXACT_WEIGHT = 1.0
STEM_WEIGHT = 0.9
EDIT_WEIGHTS = {1: 0.7, 2: 0.45}
MAX_VARIANTS = 24
PREFIX_LIMIT = 16

PROXIMITY_WEIGHT = 0.35  # at most +35% for query words found side by side, in order
PROXIMITY_WINDOW = 3


@dataclass(slots=True)
class WordPlan:
    word: str
    variants: dict[int, float] = field(default_factory=dict)  # term id -> weight (penalty only)
    scales: dict[int, float] = field(default_factory=dict)  # term id -> factor applied to its stored impact

    @property
    def matched(self) -> bool:
        return bool(self.variants)


def expand_word(vocabulary: Vocabulary, word: str, *, allow_prefix: bool, typos: bool = True) -> WordPlan:
    plan = WordPlan(word)
    allow_stop = is_stop_word(word)

    def offer(term_id: int, weight: float) -> None:
        if weight > plan.variants.get(term_id, 0.0):
            plan.variants[term_id] = weight

    exact = vocabulary.lookup(word)
    if exact is not None:
        offer(exact, EXACT_WEIGHT)
    for sibling in vocabulary.stem_siblings(word):
        offer(sibling, STEM_WEIGHT)
    if typos:
        near = sorted(vocabulary.near(word, fuzzy_budget(word)), key=lambda te: (te[1], -int(vocabulary.df[te[0]])))
        for term_id, edits in near[:MAX_VARIANTS]:
            weight = EDIT_WEIGHTS[edits]
            offer(term_id, weight)
            for sibling in vocabulary.stem_siblings(vocabulary.terms[term_id]):
                offer(sibling, weight * STEM_WEIGHT)
    if (allow_prefix and len(word) >= 3) or (not plan.variants and len(word) >= 4):
        for term_id in vocabulary.with_prefix(word, PREFIX_LIMIT):
            # "casual" -> "casualties": closer to whole words weigh more, but never as much as a match.
            completion = len(word) / max(len(vocabulary.terms[term_id]), 1)
            offer(term_id, min(0.85, 0.45 + 0.45 * completion))

    if not allow_stop:
        for term_id in [t for t in plan.variants if is_stop_word(vocabulary.terms[t])]:
            del plan.variants[term_id]
    if len(plan.variants) > MAX_VARIANTS:
        kept = sorted(plan.variants.items(), key=lambda tw: (-tw[1], -int(vocabulary.df[tw[0]])))[:MAX_VARIANTS]
        plan.variants = dict(kept)
    return plan


def blend(plan: WordPlan, df: np.ndarray, n_docs: int) -> None:
    """Fill ``plan.scales``: stored impacts carry each term's own IDF; rescale to the blended one."""
    if not plan.variants:
        return
    ids = np.fromiter(plan.variants, dtype=np.int64, count=len(plan.variants))
    dfs = df[ids].astype(np.float64)
    idfs = np.log1p((n_docs - dfs + 0.5) / (dfs + 0.5))
    blended = float(np.log1p((n_docs - dfs.max() + 0.5) / (dfs.max() + 0.5)))
    for term_id, idf in zip(ids.tolist(), idfs.tolist(), strict=True):
        plan.scales[term_id] = plan.variants[term_id] * (blended / idf if idf > 0 else 0.0)


def proximity_bonus(sequence: list[int], word_of_term: dict[int, list[int]], n_words: int) -> float:
    """Share of consecutive query-word pairs found in order within a few tokens, times the weight."""
    if n_words < 2:
        return 0.0
    last_seen = [-(10**9)] * n_words
    satisfied = [False] * n_words  # satisfied[j]: word j-1 seen just before word j
    for position, term in enumerate(sequence):
        words = word_of_term.get(term)
        if words is None:
            continue
        for j in words:
            if j > 0 and position - last_seen[j - 1] <= PROXIMITY_WINDOW:
                satisfied[j] = True
        for j in words:
            last_seen[j] = position
    return PROXIMITY_WEIGHT * sum(satisfied[1:]) / (n_words - 1)


def phrase_docs(
    forward_ptr: np.ndarray,
    forward_terms: np.ndarray,
    candidates: np.ndarray,
    phrase_variants: list[np.ndarray],
) -> np.ndarray:
    """Those candidate passages where the phrase's words occur consecutively, in order."""
    if len(candidates) == 0 or not phrase_variants:
        return candidates
    starts = forward_ptr[candidates]
    lengths = forward_ptr[candidates + 1] - starts
    total = int(lengths.sum())
    if total == 0:
        return candidates[:0]
    # Gather the candidates' tokens into one run, remembering which passage each came from.
    owner = np.repeat(np.arange(len(candidates)), lengths)
    offsets = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    gathered = forward_terms[starts[owner] + offsets]
    k = len(phrase_variants)
    if total < k:
        return candidates[:0]
    width = total - k + 1
    hit = np.ones(width, dtype=bool)
    for shift, variants in enumerate(phrase_variants):
        window = gathered[shift : shift + width]
        hit &= np.isin(window, variants) if len(variants) > 1 else window == variants[0]
        hit &= owner[shift : shift + width] == owner[:width]
    return candidates[np.unique(owner[:width][hit])]

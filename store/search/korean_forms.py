"""A Korean query word's longer written forms: the word with its particles ("북한이"), or the head of a compound.

Split from ``planner``, which calls :func:`add_korean_forms` for a word in Hangul; ``title_marks`` weighs a
title's words with :func:`korean_form_weight` the same way.
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from store.search.ranking import EDIT_WEIGHTS, STEM_WEIGHT, WordPlan
from store.search.terms import fold, fuzzy_budget
from store.search.vocabulary import Vocabulary

# Korean writes a word's particles onto it ("북한이", "북한군은": North Korea + subject marker, North
# Korean army + topic marker), and its nouns run into compounds, so the index's terms are whole
# written words, and "북한" alone is rarely one of them.  A Korean query word therefore also stands
# for the terms that begin with it at a syllable boundary: with particles after it as a stem sibling
# would (phrases too), and, for a ranked word, as the head of a longer word, weighed as a word being
# typed is.  Terms are folded into jamo (NFKD: "북" is "북"), so a typo is one jamo off, and a typo'd
# head ("북헌이" for "북한이") is matched too; like the vocabulary's second-typo search, it trusts the
# first syllable, which is where the terms to compare are found.
_PARTICLES = frozenset(
    fold(particle)
    for particle in [
        "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "께", "께서", "한테", "로", "으로", "와", "과",
        "도", "만", "까지", "부터", "처럼", "보다", "이나", "나", "랑", "이랑", "하고", "이며", "며", "이다", "였다",
        "이었다", "입니다", "이고", "고", "측", "들", "쪽",
    ]
)  # fmt: skip
_HANGUL_JAMO_START, _HANGUL_JAMO_END = "\u1100", "\u11ff"
_LEADING_CONSONANTS = ("\u1100", "\u115f")  # a syllable starts at its leading consonant (choseong)
KOREAN_FORMS = 64  # forms of a Korean word a plan keeps, best weighted and most frequent first
_KOREAN_CANDIDATES = 5_000  # terms sharing the first syllable compared, most frequent first


def is_hangul(word: str) -> bool:
    """Whether a folded query word is Korean (Hangul folds into conjoining jamo)."""
    return bool(word) and _HANGUL_JAMO_START <= word[0] <= _HANGUL_JAMO_END


def _syllables(jamo: str) -> list[str]:
    starts = [i for i, ch in enumerate(jamo) if _LEADING_CONSONANTS[0] <= ch <= _LEADING_CONSONANTS[1]] or [0]
    starts[0] = 0
    return [jamo[a:b] for a, b in zip(starts, [*starts[1:], len(jamo)], strict=True)]


def _is_particles(syllables: list[str]) -> bool:
    """Whether the syllables are one or two particles ("은", "에서", "들이", "에서는")."""
    tail = "".join(syllables)
    return tail in _PARTICLES or any(tail[:i] in _PARTICLES and tail[i:] in _PARTICLES for i in range(1, len(tail)))


def add_korean_forms(vocabulary: Vocabulary, plan: WordPlan, *, typos: bool) -> None:
    """Add to a Korean word's plan the terms that are it with particles, or (``typos``: a ranked word)
    a longer word it begins, or it one jamo off in either."""
    word = plan.word
    found: dict[int, float] = {}
    for term_id in vocabulary.with_prefix(_syllables(word)[0], _KOREAN_CANDIDATES):
        if weight := korean_form_weight(word, vocabulary.terms[term_id], typos=typos):
            found[term_id] = weight
    best = sorted(found.items(), key=lambda tw: (-tw[1], -int(vocabulary.df[tw[0]])))[:KOREAN_FORMS]
    for term_id, weight in best:
        if weight > plan.variants.get(term_id, 0.0):
            plan.variants[term_id] = weight


def korean_form_weight(word: str, term: str, *, typos: bool) -> float:
    """How fully ``term`` stands for the Korean ``word`` as a longer written form of it (0: not one);
    the word itself and its one-jamo typos are the ordinary plan's."""
    typed, syllables = _syllables(word), _syllables(term)
    if len(syllables) <= len(typed):
        return 0.0
    head, rest = "".join(syllables[: len(typed)]), syllables[len(typed) :]
    if head == word:
        weight = 1.0
    elif typos and (budget := fuzzy_budget(word)) and OSA.distance(word, head, score_cutoff=budget) <= budget:
        weight = EDIT_WEIGHTS[1]
    else:
        return 0.0
    if _is_particles(rest):
        return weight * STEM_WEIGHT
    # "북한" -> "북한군은": the closer to whole, the more it weighs, never as much as a form.
    return weight * min(0.85, 0.45 + 0.45 * len(word) / len(term)) if typos else 0.0

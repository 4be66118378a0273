"""Words typed without their space or hyphen: "kimjongun", "jongun", "kpop", "nkorea"; and the
other way round, one word typed as two: "Pyong yang", "Vladi vostok".  A word some passages write
whole and others apart ("cooperation" / "co-operation", "Jongun" / "Jong Un") is both
(:func:`written_apart`; a word's plan takes those passages through :func:`add_written_apart`).

The passages write "Kim Jong Un", "Jong-un", "K-pop" and "N. Korea", which
index as separate terms, so the run-together word matches nothing, or only a
typo neighbour ("pop" for "kpop").  A word the vocabulary lacks is therefore
tried as two or three vocabulary terms written together; a split is taken
only if some passage holds its parts side by side, in order, so a misspelling
that happens to cut into words ("missles": "miss" + "les") keeps its typo
neighbours.  The cost is a few hash look-ups per letter of the word, plus a
bounded look at the passages holding every part.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np

from store.search.postings import Postings
from store.search.ranking import EXACT_WEIGHT, STEM_WEIGHT, WordPlan, phrase_docs
from store.search.terms import is_stop_word
from store.search.vocabulary import Vocabulary

if TYPE_CHECKING:
    from store.search.builder import IndexParts

MIN_LENGTH = 4  # "kpop" is the shortest worth splitting; three letters split into noise
MAX_LENGTH = 24
_MAX_PARTS_LENGTH_FOR_THREE = 16  # three-part splits cost a look-up per pair of cut points
_INTERSECTED_DOCS = 4_096  # passages of the rarest part looked up in the others' postings
_CHECKED_DOCS = 256  # passages holding every part that are read to find them side by side
_SINGLE_LETTERS_REFUSED = frozenset("ai")  # "a", "i": words, not initials ("N. Korea", "K-pop")


def split_run_together(
    vocabulary: Vocabulary,
    postings: Postings,
    forward_ptr: np.ndarray,
    forward_terms: np.ndarray,
    word: str,
) -> list[str] | None:
    """The parts of ``word`` as the corpus writes them apart, or None if it is a word of its own."""
    if not (MIN_LENGTH <= len(word) <= MAX_LENGTH) or not word.isalpha():
        return None
    # A word some passage holds, or its stem does, is a word of its own; one only a headline holds
    # (df 0: titles are not counted) is not, as the passages may still write it apart.
    own = vocabulary.lookup(word)
    if (own is not None and vocabulary.df[own] > 0) or any(vocabulary.df[s] > 0 for s in vocabulary.stem_siblings(word)):
        return None
    # Every head and tail of the word looked up at once; a three-part split's middles one by one, later.
    ends = [word[:i] for i in range(1, len(word))] + [word[i:] for i in range(1, len(word))]
    ids: dict[str, int | None] = dict(zip(ends, vocabulary.lookup_many([p if _usable(p) else "" for p in ends]), strict=True))

    def part_id(part: str) -> int | None:
        if part not in ids:
            ids[part] = vocabulary.lookup(part) if _usable(part) else None
        return ids[part]

    for splits in (_two_part_splits(word, part_id), _three_part_splits(word, part_id)):
        # The most balanced split first: "jong" + "un" is tried before "j" + "ongun".
        for parts in sorted(splits, key=lambda ps: -min(map(len, ps))):
            term_ids = [t for t in (ids[p] for p in parts) if t is not None]  # all of them: splits hold known parts
            if len(_together(postings, forward_ptr, forward_terms, term_ids)) > 0:
                return parts
    return None


# A word the passages also write apart: looked for in this many passages holding its parts side by side.
_APART_CHECKED_DOCS = 8
# Shorter words rarely have halves written apart, and looking costs a search on every word typed.
_APART_MIN_LENGTH = 6
_APART_MIN_PART = 2  # "e-mail" is "email" and "mail": one letter alone is no part of a word written apart
_HYPHENS = ("-", "\u2010", "\u2011")  # hyphen-minus, hyphen, non-breaking hyphen


def written_apart(
    vocabulary: Vocabulary,
    postings: Postings,
    forward_ptr: np.ndarray,
    forward_terms: np.ndarray,
    texts: Sequence[str],
    word: str,
    own: int | None = None,
) -> tuple[list[int], np.ndarray] | None:
    """A word the passages hold whole that some also write as two words: (its parts' term ids, the
    passages holding them side by side), or None.

    "cooperation" is also "co-operation", "ceasefire" "cease-fire", "Jongun" "Jong Un".  Written with a
    hyphen, the two are the word wherever they stand; written with a space only, they are taken for
    it where the corpus writes them apart at least as often as whole, since "over all" and "every
    one" are mostly other words than "overall" and "everyone".  ``own``: the word's term id, if known.
    """
    if not (_APART_MIN_LENGTH <= len(word) <= MAX_LENGTH) or not word.isalpha():
        return None
    own = vocabulary.lookup(word) if own is None else own
    if own is None or vocabulary.df[own] == 0:
        return None
    found = [
        (i, head, tail)
        for i, head, tail in vocabulary.lookup_cuts(word, _APART_MIN_PART)
        if _usable(word[:i]) and _usable(word[i:])
    ]
    # The most balanced split first, as for a run-together word.
    for i, head_id, tail_id in sorted(found, key=lambda cut: -min(cut[0], len(word) - cut[0])):
        head, rest = word[:i], word[i:]
        docs = _together(postings, forward_ptr, forward_terms, [head_id, tail_id])
        if len(docs) == 0:
            continue
        hyphenated = [f"{head}{hyphen}{rest}" for hyphen in _HYPHENS]
        if len(docs) >= vocabulary.df[own] or any(
            any(form in texts[int(d)].lower() for form in hyphenated) for d in docs[:_APART_CHECKED_DOCS]
        ):
            return [head_id, tail_id], docs
    return None


def _together(postings: Postings, forward_ptr: np.ndarray, forward_terms: np.ndarray, term_ids: list[int]) -> np.ndarray:
    """The passages holding these terms consecutively, in order; of the rarest term's passages, only the
    first few are looked at, so the work stays bounded however common the terms."""
    by_rarity = sorted(term_ids, key=lambda t: int(postings.ptr[t + 1] - postings.ptr[t]))
    docs = postings.docs[postings.ptr[by_rarity[0]] : postings.ptr[by_rarity[0] + 1]][:_INTERSECTED_DOCS]
    for term in by_rarity[1:]:
        these = postings.docs[postings.ptr[term] : postings.ptr[term + 1]]
        found = np.minimum(np.searchsorted(these, docs), len(these) - 1)
        docs = docs[these[found] == docs]
    variants = [np.asarray([t], dtype=np.int32) for t in term_ids]
    return np.asarray(phrase_docs(forward_ptr, forward_terms, docs[:_CHECKED_DOCS], variants), dtype=np.int32)


def written_together(vocabulary: Vocabulary, first: str, second: str) -> tuple[str, bool] | None:
    """Two query words the passages write as one ("Pyong yang", "Vladi vostok", "fire arms"):
    (the word they make, whether either part is no passage's word), or None if they make none.

    The inverse of :func:`split_run_together`.  When a part is no word of the passages, the user
    can only have meant the word the two make; when both are words, they may be meant apart too.
    """
    if not (first.isalpha() and second.isalpha()) or is_stop_word(first) or is_stop_word(second):
        return None
    joined = first + second
    if len(joined) < MIN_LENGTH or len(joined) > MAX_LENGTH or not _held(vocabulary, joined):
        return None
    return joined, not (_held(vocabulary, first) and _held(vocabulary, second))


def _held(vocabulary: Vocabulary, word: str) -> bool:
    """Whether some passage holds the word, or a form of it (headlines alone do not count).  The word
    itself, if a term, is one of its stem siblings: one look-up answers both."""
    return any(vocabulary.df[s] > 0 for s in vocabulary.stem_siblings(word))


def _usable(part: str) -> bool:
    """A part may be a word other than a function word, or an initial ("N", "K") other than "a" and "i"."""
    return not is_stop_word(part) if len(part) > 1 else part not in _SINGLE_LETTERS_REFUSED


def _two_part_splits(word: str, part_id: Callable[[str], int | None]) -> list[list[str]]:
    return [[word[:i], word[i:]] for i in range(1, len(word)) if part_id(word[:i]) is not None and part_id(word[i:]) is not None]


def _three_part_splits(word: str, part_id: Callable[[str], int | None]) -> list[list[str]]:
    if len(word) > _MAX_PARTS_LENGTH_FOR_THREE:
        return []
    heads = [i for i in range(1, len(word) - 1) if part_id(word[:i]) is not None]
    tails = [j for j in range(2, len(word)) if part_id(word[j:]) is not None]
    return [
        [word[:i], word[i:j], word[j:]]
        for i in heads
        for j in tails
        if j > i and part_id(word[i:j]) is not None
    ]


def add_written_apart(parts: IndexParts, plan: WordPlan) -> None:
    """Add to ``plan`` the passages writing its word as two ("co-operation", "Jong Un"), each scoring the
    rarer part's impact, as a stem sibling would."""
    # The word itself is its plan's only variant of full weight; a word no term spells has none.
    own = next((term for term, weight in plan.variants.items() if weight == EXACT_WEIGHT), None)
    if own is None or len(plan.word) < 2:
        return
    found = written_apart(parts.vocabulary, parts.postings, parts.forward_ptr, parts.forward_terms, parts.texts, plan.word, own)
    if found is None:
        return
    terms, docs = found
    postings = parts.postings
    best = np.zeros(len(docs), dtype=np.float32)
    for term in terms:
        these = postings.docs[postings.ptr[term] : postings.ptr[term + 1]]
        at = np.searchsorted(these, docs)  # every one of the passages holds the term: found where it is
        best = np.maximum(best, postings.impact[postings.ptr[term] + at])
    plan.written_apart.append((docs, best * np.float32(STEM_WEIGHT)))
    plan.phrase_terms.update(terms)  # "co-operation" lit where "cooperation" found it

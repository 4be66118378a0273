"""From a query's words to word plans (weighted vocabulary terms), cached across searches.

A short query, typed, gets the full expansion of every word: typo
neighbours, stem siblings, prefixes for the word being typed, run-together
words split.  A long one (``LONG_QUERY_WORDS`` distinct words or more) is a
pasted paragraph: its words were copied, not typed, so a word the vocabulary
holds exactly is taken as written (with its stem siblings) instead of being
looked at for typos and run-together splits, and only the first
``LONG_QUERY_TYPO_WORDS`` words the vocabulary lacks get typo expansion.
Repeated words are planned once.  That bounds a paste's cost by its distinct
words and a fixed number of fuzzy lookups.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

from store.search.builder import IndexParts
from store.search.compounds import split_run_together
from store.search.ranking import EDIT_WEIGHTS, WordPlan, blend, expand_word
from store.search.terms import fold

LONG_QUERY_WORDS = 24  # distinct scoring words: more than anyone types into a search box
LONG_QUERY_TYPO_WORDS = 16  # words of a long query the vocabulary lacks that still get typo expansion
_LETTERS_DIGITS = re.compile(r"[a-z]+\d+|\d+[a-z]+")  # a folded query word such as "kn23" or "19th"
_LETTER_OR_DIGIT_RUN = re.compile(r"[a-z]+|\d+")
_PLAN_CACHE_SIZE = 4_096


class QueryPlanner:
    def __init__(self, parts: IndexParts, n_docs: int) -> None:
        self.parts = parts
        self.n_docs = n_docs
        self._cache: OrderedDict[tuple[str, bool, bool], WordPlan] = OrderedDict()
        self._lock = threading.Lock()  # the cache is shared by TUI worker threads

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()

    def plans(self, scoring: list[str], being_typed: int) -> list[WordPlan]:
        """One plan per scoring word, in order (a word split in parts gives one per part).

        ``being_typed`` is the position of the word still being typed (prefixes allowed), or -1.
        """
        distinct = list(dict.fromkeys(scoring))
        if len(distinct) < LONG_QUERY_WORDS:
            return [plan for i, word in enumerate(scoring) for plan in self.plans_for(word, allow_prefix=i == being_typed)]
        known = self.parts.vocabulary.lookup_many(distinct)
        by_word: dict[str, list[WordPlan]] = {}
        typo_words = LONG_QUERY_TYPO_WORDS
        for word, term_id in zip(distinct, known, strict=True):
            if term_id is None and typo_words > 0:
                typo_words -= 1
                by_word[word] = self.plans_for(word, allow_prefix=False)
            else:
                by_word[word] = [self.plan(word, allow_prefix=False, typos=False)]
        return [
            plan
            for i, word in enumerate(scoring)
            # The word still being typed (the last) gets its prefixes and typos, as in a short query.
            for plan in (self.plans_for(word, allow_prefix=True) if i == being_typed else by_word[word])
        ]

    def plan(self, word: str, *, allow_prefix: bool, typos: bool = True) -> WordPlan:
        key = (word, allow_prefix, typos)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        plan = expand_word(self.parts.vocabulary, word, allow_prefix=allow_prefix, typos=typos)
        blend(plan, self.parts.vocabulary.df, self.n_docs)
        with self._lock:
            self._cache[key] = plan
            if len(self._cache) > _PLAN_CACHE_SIZE:
                self._cache.popitem(last=False)
        return plan

    def plans_for(self, word: str, *, allow_prefix: bool) -> list[WordPlan]:
        """The word's plan; or, for letters run into digits that the corpus never writes so ("kn23",
        "hwasong19"), the plans of its parts, as the passages' "KN-23" and "Hwasong-19" are indexed."""
        if _LETTERS_DIGITS.fullmatch(word) and self.parts.vocabulary.lookup(word) is None:
            # Each part folded as a word of its own: "50pct" is "50" and "percent", like "50 pct".
            parts = [fold(m.group()) for m in _LETTER_OR_DIGIT_RUN.finditer(word)]
            return [self.plan(part, allow_prefix=allow_prefix and n == len(parts) - 1) for n, part in enumerate(parts)]
        plan = self.plan(word, allow_prefix=allow_prefix)
        # "kimjongun", "kpop": the terms the passages write apart, each as typed; unless the word is one
        # edit from another term, a typo ("missles": "missiles", though "Miss Les" stand together).
        # Dropping the first letter of "nkorea" gives "korea", one of its parts: no rival then.
        terms, df = self.parts.vocabulary.terms, self.parts.vocabulary.df
        # Only the passages' terms are rivals: a word only headlines write may still be split.
        rivals = [terms[t] for t, weight in plan.variants.items() if weight >= EDIT_WEIGHTS[1] and df[t] > 0]
        if all(rival in word for rival in rivals):  # else no split could win: spare looking for one
            p = self.parts
            split = split_run_together(p.vocabulary, p.postings, p.forward_ptr, p.forward_terms, word)
            if split and all(rival in split for rival in rivals):
                return [self.plan(part, allow_prefix=False, typos=False) for part in split]
        return [plan]

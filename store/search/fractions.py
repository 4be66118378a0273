"""A share typed as a fraction in digits ("2/3") finds it in words ("two-thirds", "two thirds"), and back.

Coverage writes shares both ways: a wire's "2/3 of the shells", a paper's "two-thirds of
Russia's shells".  The index keeps both as two terms side by side ("2", "3"; "two", "thirds"),
so the query reads a numerator and a denominator side by side as a fraction, and the passages
writing that share the other way, its words side by side ("one half", "a third", "half of"),
hold both query words, as a word written apart does (``planner``; the index is unchanged).
Only side by side: "two brigades and 3 regiments" holds no share.  A denominator word counts
only after a numerator ("third" alone is as often an ordinal), and digits only as a numerator
below its denominator (1 to 9 over 2 to 10): "4/3" or "12 5" is no share coverage writes.
"a third" typed is the word "third" alone ("a" is a stop word the query drops): it does not find "1/3".
"""

from __future__ import annotations

import numpy as np

from store.search.builder import IndexParts
from store.search.ranking import STEM_WEIGHT, WordPlan, phrase_docs
from store.search.terms import STOP_WORDS

_NUMERATORS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
# Each denominator's words, singular and plural ("one third", "two thirds"); 4 is also "fourth(s)".
_DENOMINATORS = {
    2: ("half", "halves"), 3: ("third", "thirds"), 4: ("quarter", "quarters", "fourth", "fourths"),
    5: ("fifth", "fifths"), 6: ("sixth", "sixths"), 7: ("seventh", "sevenths"), 8: ("eighth", "eighths"),
    9: ("ninth", "ninths"), 10: ("tenth", "tenths"),
}  # fmt: skip
_DENOMINATOR_OF = {word: value for value, words in _DENOMINATORS.items() for word in words}
_NUMERATOR_OF = {word: value for value, word in enumerate(_NUMERATORS, start=1)}


def _fraction(top: str, bottom: str) -> tuple[int, int] | None:
    """(numerator, denominator) of two folded query words side by side, if they write a share."""
    if top.isdigit() and bottom.isdigit() and len(top) == 1 and len(bottom) <= 2:
        numerator, denominator = int(top), int(bottom)
    elif top in _NUMERATOR_OF and bottom in _DENOMINATOR_OF:
        numerator, denominator = _NUMERATOR_OF[top], _DENOMINATOR_OF[bottom]
    else:
        return None
    return (numerator, denominator) if 0 < numerator < denominator and denominator in _DENOMINATORS else None


def other_writings(top: str, bottom: str) -> list[tuple[str, ...]]:
    """The other runs of words a passage writes the share of ``top`` ``bottom`` with ("2", "3": "two thirds",
    "two third"; "one", "third": "1 3", "a third"); [] when the two are no share."""
    found = _fraction(top, bottom)
    if found is None:
        return []
    numerator, denominator = found
    words = _DENOMINATORS[denominator]
    runs = [(str(numerator), str(denominator)), *((_NUMERATORS[numerator - 1], word) for word in words)]
    if numerator == 1:  # "a third", "a half", "half of"
        runs += [("a", word) for word in words] + ([("half", "of")] if denominator == 2 else [])
    return [run for run in runs if run != (top, bottom)]


def with_fractions_written_otherwise(parts: IndexParts, scoring: list[str], plans: list[WordPlan]) -> None:
    """Give the two plans of each share ``scoring`` types (side by side in ``plans``, one per word) the
    passages writing that share the other way, as held by both."""
    vocabulary, postings = parts.vocabulary, parts.postings
    words = [plan.word for plan in plans]
    for at in range(len(scoring) - 1):
        if not (writings := other_writings(scoring[at], scoring[at + 1])):
            continue
        # The two words' plans: at ``at`` unless a word before was split in parts or joined to the next.
        mine = [j for j in range(len(plans) - 1) if words[j : j + 2] == scoring[at : at + 2]]
        if not mine:
            continue
        best = np.zeros(len(parts.forward_ptr) - 1, dtype=np.float32)
        lit: set[int] = set()  # the other writing's terms, lit where it is found
        for run in writings:
            ids = vocabulary.lookup_many(list(run))
            if any(term is None for term in ids):
                continue
            holding = [postings.docs[postings.ptr[t] : postings.ptr[t + 1]] for t in ids]
            rarer = min(holding, key=len)  # phrase_docs keeps those holding the run: no need to intersect first
            docs = phrase_docs(parts.forward_ptr, parts.forward_terms, rarer, [np.array([t]) for t in ids])
            if len(docs):  # not "a" nor "of" ("a third", "half of"): every "a" of the passage would light up
                lit.update(term for term, word in zip(ids, run, strict=True) if word not in STOP_WORDS)
            for term, these in zip(ids, holding, strict=True):  # a passage scores the higher of its words' impacts
                impact = postings.impact[postings.ptr[term] + np.searchsorted(these, docs)]
                best[docs] = np.maximum(best[docs], impact)
        docs = np.flatnonzero(best).astype(np.int32)
        if len(docs) == 0:
            continue
        impacts = best[docs] * np.float32(STEM_WEIGHT)  # a same-meaning form, as a stem sibling weighs
        for position in (mine[0], mine[0] + 1):
            plan = plans[position]
            plans[position] = WordPlan(plan.word, dict(plan.variants), dict(plan.scales), set(plan.synonyms),
                                       list(plan.phrase_synonyms), set(plan.phrase_terms) | lit,
                                       [*plan.written_apart, (docs, impacts)])  # fmt: skip

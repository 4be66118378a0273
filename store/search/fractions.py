"""A share typed as a fraction in digits ("2/3") finds it in words ("two-thirds", "two thirds"), and back.

Coverage writes shares both ways: a wire's "2/3 of the shells", a paper's "two-thirds of
Russia's shells".  The index keeps both as two terms side by side ("2", "3"; "two", "thirds"),
so the query reads a numerator and a denominator side by side as a fraction, and the passages
writing that share the other way, its words side by side ("one half", "a third", "half of"),
hold both query words, as a word written apart does (``planner``; the index is unchanged).
Only side by side: "two brigades and 3 regiments" holds no share.  A denominator word counts
only after a numerator ("third" alone is as often an ordinal), and digits only as a numerator
below its denominator (1 to 9 over 2 to 10): "4/3" or "12 5" is no share coverage writes.
"a third" and "a quarter" typed are the share too ("1/3", "one-third"; "1/4"), but only where the article
can only be a numerator: last in the query or before "of" ("a third", "a quarter of the shells").  Before
any other word it is the article of an ordinal ("a third battalion"), and the query drops it as a stop word
(see :func:`article_numerators`).  The article's plan holds no term of its own (every passage holds "a"):
it holds the passages writing the share, its own writing "a third" first, as the word typed.
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
# "one in three shells": a share written as two counts; "in" is a stop word, so a query's scoring words hold the
# counts side by side ("one", "three"), as they hold "1", "3" of "1/3".
_CARDINAL_OF = {**{word: value for word, value in _NUMERATOR_OF.items() if value > 1}, "ten": 10}
_IN = "in"
ARTICLES = frozenset({"a", "an"})  # "a third", "an eighth": one, when a share follows
_AFTER_SHARE = "of"  # "a third of the troops"; before any other word "a third" is an ordinal's article


def article_numerators(words: list[str]) -> set[int]:
    """Positions in ``words`` (every folded query word, stop words too) of an article that is a share's
    numerator: "a" or "an" before a denominator word that ends the query or stands before "of"."""
    return {
        at
        for at in range(len(words) - 1)
        if words[at] in ARTICLES
        and words[at + 1] in _DENOMINATOR_OF
        and (at + 2 == len(words) or words[at + 2] == _AFTER_SHARE)
    }


def is_share_article(scoring: list[str], at: int) -> bool:
    """Whether the scoring word at ``at`` is an article kept as a numerator (see :func:`article_numerators`):
    planned with no term of its own."""
    return scoring[at] in ARTICLES and at + 1 < len(scoring) and scoring[at + 1] in _DENOMINATOR_OF


def _fraction(top: str, bottom: str) -> tuple[int, int] | None:
    """(numerator, denominator) of two folded query words side by side, if they write a share."""
    if top.isdigit() and bottom.isdigit() and len(top) == 1 and len(bottom) <= 2:
        numerator, denominator = int(top), int(bottom)
    elif (top in _NUMERATOR_OF or top in ARTICLES) and bottom in _DENOMINATOR_OF:
        numerator, denominator = _NUMERATOR_OF.get(top, 1), _DENOMINATOR_OF[bottom]
    elif top in _NUMERATOR_OF and bottom in _CARDINAL_OF:  # "one (in) three"
        numerator, denominator = _NUMERATOR_OF[top], _CARDINAL_OF[bottom]
    else:
        return None
    return (numerator, denominator) if 0 < numerator < denominator and denominator in _DENOMINATORS else None


def other_writings(top: str, bottom: str) -> list[tuple[str, ...]]:
    """The other runs of words a passage writes the share of ``top`` ``bottom`` with ("2", "3": "two thirds",
    "two third", "2 in 3"; "one", "third": "1 3", "a third of", "one in three"); [] when the two are no share."""
    found = _fraction(top, bottom)
    if found is None:
        return []
    numerator, denominator = found
    words = _DENOMINATORS[denominator]
    runs = [(str(numerator), str(denominator)), *((_NUMERATORS[numerator - 1], word) for word in words)]
    counts = [(str(numerator), str(denominator))]
    counts += [(_NUMERATORS[numerator - 1], cardinal) for cardinal, value in _CARDINAL_OF.items() if value == denominator]
    runs += [(top_count, _IN, bottom_count) for top_count, bottom_count in counts]  # "one in three", "1 in 3"
    if numerator == 1:  # "a third of", "an eighth of", "half of"; "a third battalion" is an ordinal's article
        runs += [(article, word, _AFTER_SHARE) for article in sorted(ARTICLES) for word in words]
        runs += [("half", _AFTER_SHARE)] if denominator == 2 else []
    # (An article's own writing, "a third of", stays: its plan has no other way to hold it; ``is_share_article``.)
    return [run for run in runs if run != (top, bottom)]


def with_fractions_written_otherwise(parts: IndexParts, scoring: list[str], plans: list[WordPlan]) -> None:
    """Give the two plans of each share ``scoring`` types (side by side in ``plans``, one per word) the
    passages writing that share the other way, as held by both."""
    words = [plan.word for plan in plans]
    found: dict[tuple[str, str], tuple[np.ndarray, np.ndarray, set[int]]] = {}  # a share typed again: looked for once
    given: set[int] = set()  # plans already holding their share
    for at in range(len(scoring) - 1):
        pair = (scoring[at], scoring[at + 1])
        if not (writings := other_writings(*pair)):
            continue
        # The two words' plans: at ``at`` unless a word before was split in parts or joined to the next.
        mine = [j for j in range(len(plans) - 1) if words[j : j + 2] == list(pair) and j not in given]
        if not mine:
            continue
        if pair not in found:
            found[pair] = _written_otherwise(parts, writings)
        docs, impacts, lit = found[pair]
        if len(docs) == 0:
            continue
        given.add(mine[0])
        for position in (mine[0], mine[0] + 1):
            plan = plans[position]
            plans[position] = WordPlan(plan.word, dict(plan.variants), dict(plan.scales), set(plan.synonyms),
                                       list(plan.phrase_synonyms), set(plan.phrase_terms) | lit,
                                       [*plan.written_apart, (docs, impacts)])  # fmt: skip


def _written_otherwise(parts: IndexParts, writings: list[tuple[str, ...]]) -> tuple[np.ndarray, np.ndarray, set[int]]:
    """The passages writing a share in one of ``writings`` side by side, what each scores, and the terms to light."""
    vocabulary, postings = parts.vocabulary, parts.postings
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
    return docs, best[docs] * np.float32(STEM_WEIGHT), lit  # a same-meaning form, as a stem sibling weighs

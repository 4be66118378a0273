"""Query-time synonyms: "shells" also finds "rounds", at a lower weight (table: ``synonyms.toml``).

Coverage of the subject names one thing with several words ("shells",
"rounds", "ammunition"), so a query in one misses passages written in
another.  Expansion happens at query time only (the index is unchanged): a
query word whose stem is in a group gets the stem siblings of the group's
other words as variants, weighed ``group weight x weight of what triggered
it``, always below the typed word's own forms and one-edit typos.

What triggers a group: the typed word itself, if the vocabulary knows it (or
the table does); otherwise (a typo, "shels") its closest typo neighbours in
the table ("shells").  A known word never expands through its typo
neighbours: "rounds" is one edit from "wounds", which is no reason to look
for "casualties".  Phrases and exclusions are planned without typos and are
never expanded (see ``planner``).

A group may also list ``phrases`` of two to four words ("dprk": "north korea";
"nis": "national intelligence service"), found both ways: the word finds the
passages holding the phrase's words (:func:`add_phrase_synonyms`), and the
words typed side by side find the word (``planner``), each as a synonym, also with a typo in
a long word of the phrase ("natinal intelligence service").  An
acronym and the name it stands for are such a group: coverage writes "the NIS"
in one paragraph and "the National Intelligence Service" in the next.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from rapidfuzz.distance import OSA

from store.search.postings import Postings
from store.search.query import parse_query
from store.search.ranking import EDIT_WEIGHTS, EXACT_WEIGHT, STEM_WEIGHT, WordPlan
from store.search.terms import STOP_WORDS, fold, fuzzy_budget, stem
from store.search.vocabulary import Vocabulary

SYNONYMS_PATH = Path(__file__).with_name("synonyms.toml")
DEFAULT_SYNONYM_WEIGHT = 0.4  # below a two-edit typo of the typed word (0.45): a synonym is a weaker match
MAX_SYNONYM_WEIGHT = 0.45  # a group may ask for less, never more
MAX_PHRASE_WORDS = 4  # "korean central news agency": the longest name an acronym stands for that is listed


@dataclass(frozen=True, slots=True)
class SynonymTable:
    # stem of a query word -> (stem of a word it also finds, relative weight)
    related: dict[str, tuple[tuple[str, float], ...]]
    # stem of a query word -> (stems of a phrase it also finds, weight): "dprk" -> ("north", "korea")
    phrases: dict[str, tuple[tuple[tuple[str, ...], float], ...]] = field(default_factory=dict)
    # stems of query words side by side -> (stem of a word they also find, weight): the way back
    by_phrase: dict[tuple[str, ...], tuple[tuple[str, float], ...]] = field(default_factory=dict)

    def of(self, word_stem: str) -> tuple[tuple[str, float], ...]:
        return self.related.get(word_stem, ())

    def of_pair(self, first: str, second: str) -> tuple[tuple[str, float], ...]:
        """The words two query words side by side also find ("north korean": "dprk")."""
        return self.by_phrase.get((stem(first), stem(second)), ()) if self.by_phrase else ()

    def of_run(self, words: list[str]) -> tuple[int, tuple[tuple[str, float], ...]]:
        """How many of ``words`` (from the first) name a phrase of the table, the longest first, and the
        words that phrase also finds ("national intelligence service agents": 3, "nis"); (0, ()) if none."""
        if not self.by_phrase:
            return 0, ()
        stems = [stem(word) for word in words[:MAX_PHRASE_WORDS]]
        for size in range(len(stems), 1, -1):
            if found := self.by_phrase.get(tuple(stems[:size])):
                return size, found
        # A typo in the name ("natinal intelligence service"), each word within its own typo budget: the
        # acronym weighs as much as a one-edit neighbour of the typed word would.
        budgets = [fuzzy_budget(word) for word in stems]
        for size in range(len(stems), 1, -1):
            for phrase, found in self.by_phrase.items():
                if len(phrase) == size and _typo_of_phrase(stems, budgets, phrase):
                    return size, tuple((word, weight * EDIT_WEIGHTS[1]) for word, weight in found)
        return 0, ()


def _typo_of_phrase(typed: list[str], budgets: list[int], phrase: tuple[str, ...]) -> bool:
    """Whether each of the first typed words is its phrase word or, within its budget, a typo of it."""
    for word, budget, listed in zip(typed, budgets, phrase):
        if word != listed and (budget == 0 or OSA.distance(word, listed, score_cutoff=budget) > budget):
            return False
    return True


def phrase_stems(phrase: str) -> tuple[str, ...]:
    """A listed phrase as a query reads it: its words' stems, without the stop words a query drops
    ("institute for the study of war" -> institute, study, war)."""
    words = parse_query(phrase).words
    return tuple(stem(word) for word in words if word not in STOP_WORDS) or tuple(stem(word) for word in words)


def parse_synonyms(data: dict) -> SynonymTable:
    """The table from the TOML's ``[[group]]`` entries; ValueError names a malformed group."""
    found: dict[str, dict[str, float]] = {}
    phrase_found: dict[str, dict[tuple[str, str], float]] = {}
    pair_found: dict[tuple[str, str], dict[str, float]] = {}
    for number, group in enumerate(data.get("group", []), start=1):
        words = group.get("words")
        narrower = group.get("narrower", [])
        phrases = group.get("phrases", [])
        weight = group.get("weight", DEFAULT_SYNONYM_WEIGHT)
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in [*words, *narrower]):
            raise ValueError(f"synonym group {number}: 'words' must be a non-empty list of words")
        if not isinstance(weight, int | float) or not 0 < weight <= MAX_SYNONYM_WEIGHT:
            raise ValueError(f"synonym group {number}: 'weight' must be above 0 and at most {MAX_SYNONYM_WEIGHT}")
        if any(len(w.split()) > 1 for w in [*words, *narrower]):
            raise ValueError(f"synonym group {number}: one word per entry (query words are matched one by one)")
        if not isinstance(phrases, list) or not all(
            isinstance(p, str) and 2 <= len(phrase_stems(p)) <= MAX_PHRASE_WORDS for p in phrases
        ):
            raise ValueError(f"synonym group {number}: 'phrases' must be a list of phrases of 2 to {MAX_PHRASE_WORDS} words")
        stems = [stem(fold(w.strip())) for w in words]
        for phrase in phrases:
            pair = phrase_stems(phrase)
            for source in stems:
                phrase_found.setdefault(source, {})[pair] = float(weight)
                back = pair_found.setdefault(pair, {})
                back[source] = max(back.get(source, 0.0), float(weight))
        targets = stems + [stem(fold(w.strip())) for w in narrower]
        for source in stems:
            for target in targets:
                if target != source:
                    mine = found.setdefault(source, {})
                    mine[target] = max(mine.get(target, 0.0), float(weight))
    return SynonymTable(
        {source: tuple(targets.items()) for source, targets in found.items()},
        {source: tuple(pairs.items()) for source, pairs in phrase_found.items()},
        {pair: tuple(targets.items()) for pair, targets in pair_found.items()},
    )


@lru_cache(maxsize=1)
def default_synonyms() -> SynonymTable:
    """The shipped table, read once per process."""
    with open(SYNONYMS_PATH, "rb") as handle:
        return parse_synonyms(tomllib.load(handle))


def _triggers(vocabulary: Vocabulary, plan: WordPlan, listed: Mapping[str, object]) -> list[tuple[str, float]]:
    """(stem ``listed`` in the table, weight of what was typed for it): the word itself, or its closest typo
    neighbours among the corpus's words and the table's own ("nsi": "nis", which stands for a phrase, even
    where no passage writes "NIS")."""
    word = plan.word
    own = stem(word)
    if own in listed:
        return [(own, EXACT_WEIGHT)]
    if any(weight >= STEM_WEIGHT for weight in plan.variants.values()) or vocabulary.lookup(word) is not None:
        return []  # a word the corpus writes, and no group's: its typo neighbours are other words
    budget = fuzzy_budget(word) or (1 if len(word) == 3 else 0)
    closest: dict[str, int] = {}
    terms = [vocabulary.terms[term_id] for term_id in plan.variants]
    if budget:
        terms += [key for key in listed if abs(len(key) - len(word)) <= budget]
    for term in terms:
        if (term_stem := stem(term)) in listed:
            edits = OSA.distance(word, term, score_cutoff=budget)
            if edits <= budget and edits < closest.get(term_stem, budget + 1):
                closest[term_stem] = edits
    if not closest:
        return []
    fewest = min(closest.values())
    return [(term_stem, EDIT_WEIGHTS[edits]) for term_stem, edits in closest.items() if edits == fewest]


def add_synonyms(vocabulary: Vocabulary, plan: WordPlan, table: SynonymTable | None = None) -> None:
    """Add to a typed word's plan the terms of its synonyms, each below the forms of the word itself."""
    table = table or default_synonyms()
    if not table.related:
        return
    for source, typed_weight in _triggers(vocabulary, plan, table.related):
        for target, weight in table.of(source):
            for term_id in vocabulary.stem_siblings(target):
                if (synonym_weight := typed_weight * weight) > plan.variants.get(term_id, 0.0):
                    if term_id not in plan.variants:
                        plan.synonyms.add(term_id)
                    plan.variants[term_id] = synonym_weight


def add_phrase_synonyms(
    vocabulary: Vocabulary, postings: Postings, n_docs: int, plan: WordPlan, table: SynonymTable | None = None
) -> None:
    """Add to a typed word's plan the passages holding a phrase it stands for ("dprk": "north korea"), or
    its closest typo neighbour stands for ("nsi": "nis": "national intelligence service"), as ``add_synonyms``.

    A passage holds a phrase when it holds a form of each of its words; it scores the weakest word's
    impact times the group's weight.  Word order is not checked: that would mean reading every such
    passage, and "North" and "Korea" in one passage are, in this subject, North Korea.  Worked out once
    per plan (plans are cached), over the postings of the phrase's words.
    """
    table = table or default_synonyms()
    impacts: dict[str, np.ndarray] = {}  # per phrase word: each passage's best impact of its forms
    held: np.ndarray | None = None  # per passage: its best phrase's score

    def impacts_of(ids: list[int]) -> np.ndarray:
        best = np.zeros(n_docs, dtype=np.float32)
        for term in ids:
            start, end = postings.ptr[term], postings.ptr[term + 1]
            docs = postings.docs[start:end]  # distinct within a term: a gather and a scatter, not np.maximum.at
            best[docs] = np.maximum(best[docs], postings.impact[start:end])
        return best

    phrases = [(pair, weight * typed) for source, typed in _triggers(vocabulary, plan, table.phrases)
               for pair, weight in table.phrases[source]]  # fmt: skip
    for pair, weight in phrases:
        parts = [vocabulary.stem_siblings(part) for part in pair]
        if not all(parts):
            continue
        for part, ids in zip(pair, parts, strict=True):
            if part not in impacts:
                impacts[part] = impacts_of(ids)
        weakest = np.minimum.reduce([impacts[part] for part in pair]) * np.float32(weight)
        held = weakest if held is None else np.maximum(held, weakest)
        plan.phrase_terms.update(term for ids in parts for term in ids)
    if held is not None:  # the phrases as one list ("north korea", "north korean"): one scatter per search
        docs = np.flatnonzero(held)
        plan.phrase_synonyms.append((docs, held[docs]))

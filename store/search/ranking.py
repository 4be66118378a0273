"""How a query word becomes weighted vocabulary terms, and how nearness is rewarded.

A query word expands to: itself (weight 1.0), its stem siblings and irregular forms, and its spellings
in the other convention ("armour" / "armored", ``british_american``) or as a place's romanised adjective
("Kurskaya" / "Kursk") (0.9), terms
one or two edits away (0.7, 0.45; a short word's second typo is a last resort, ``short_typos``),
a "-ment" noun's verb and a verb's "-ment" noun, with their forms (0.6), the stem siblings of
typo neighbours (weighed by their own distance from what was typed, see ``_typo_sibling_weight``), and,
for a word still being typed, terms it starts.  No variant's IDF may exceed
that of the word's best variants (see ``blend``, after Lucene's blended
fuzzy scoring): otherwise a rare misspelling-neighbour ("forth" for
"north") would outscore the word the user meant just because it is rare.
"""

from __future__ import annotations

import math

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType

import numpy as np
from rapidfuzz.distance import OSA

from store.search.british_american import other_conventions
from store.search.cross_script import CROSS_SCRIPT_WEIGHT
from store.search.irregular_forms import irregular_forms
from store.search.postings import Postings, sorted_unique
from store.search.spellings import adjectives_of_place, other_spellings, place_of_adjective
from store.search.terms import fuzzy_budget, is_stop_word, stem
from store.search.transliterations import romanised_forms
from store.search.vocabulary import Vocabulary

EXACT_WEIGHT = 1.0
STEM_WEIGHT = 0.9
SIBLING_OF_TYPO = 0.9  # a stem sibling of a typo neighbour, relative to the neighbour
EDIT_WEIGHTS = {1: 0.7, 2: 0.45}
FAR_SIBLING_WEIGHT = 0.3  # a typo neighbour's sibling three or more edits from what was typed
# "deployment" also finds "deploy", "deployed", "deploying", and "deploy" (anywhere in the query, not only as
# the word being typed, which reaches it as a prefix) finds "deployment": a related word rather than the
# word, so below a one-edit typo.  Not where the noun is no action of the verb: "state" is no query for
# "statement" (the noun "state" is the usual one), nor "base" for "basement".
DERIVED_WEIGHT = 0.6
_NOUN_SUFFIX = "ment"
_VERB_MIN_LENGTH = 4  # "comment" is no "com", "element" no "ele"
_UNRELATED_MENT = frozenset(
    ["state", "base", "case", "vest", "ease", "depart", "apart", "compart", "supple", "parch", "battle"]
)
MAX_VARIANTS = 24
PREFIX_LIMIT = 16

FIGURE_MIN_SHARE = 0.1  # a figure weighs at least as a word one passage in ten holds (``one_figure_idf``)

PROXIMITY_WEIGHT = 0.35  # at most +35% for query words found side by side, in order
PROXIMITY_WINDOW = 3


@dataclass(slots=True)
class WordPlan:
    word: str
    variants: dict[int, float] = field(default_factory=dict)  # term id -> weight (penalty only)
    scales: dict[int, float] = field(default_factory=dict)  # term id -> factor applied to its stored impact
    synonyms: set[int] = field(default_factory=set)  # variants that are only synonyms (``synonyms``): no proximity bonus
    # Synonyms of several words ("dprk": "north korea"): per phrase, the passages holding its words and what each
    # scores (impacts already weighed), and the phrases' term ids, to highlight.  Counted as synonyms.
    phrase_synonyms: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list)
    phrase_terms: set[int] = field(default_factory=set)
    # The word as some passages write it apart ("co-operation" for "cooperation"): the passages and what each
    # scores.  The word itself, not a synonym: held in full.
    written_apart: list[tuple[np.ndarray, np.ndarray]] = field(default_factory=list)
    # The word as typed and the same figure or name written otherwise ("12.000" for "12000"): ranked below
    # it when the word is all a query asks for (``typed_form_first_alone``).
    typed_forms: tuple[int, tuple[int, ...]] | None = None

    @property
    def matched(self) -> bool:
        return bool(self.variants) or bool(self.phrase_synonyms) or bool(self.written_apart)


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
    if (bare := _without_possessive_s(word)) is not None and (term_id := vocabulary.lookup(bare)) is not None:
        offer(term_id, STEM_WEIGHT)
    # "kiev" finds "Kyiv": one name, two transliterations; "Пхеньяне" (inflected) finds "Pyongyang", below
    # the name in the query's own script, as a romanised match is (``cross_script``).
    for spelling in dict.fromkeys([*other_spellings(word), *other_spellings(stem(word))]):
        weight = STEM_WEIGHT if spelling.isascii() == word.isascii() else CROSS_SCRIPT_WEIGHT
        if (term_id := vocabulary.lookup(spelling)) is not None:
            offer(term_id, weight)
        for sibling in vocabulary.stem_siblings(spelling):
            offer(sibling, weight)
    # "Sudja" finds "Sudzha": one name under another romanisation system, letter group by letter group.
    for form in romanised_forms(word):
        if (term_id := vocabulary.lookup(form)) is not None:
            offer(term_id, STEM_WEIGHT)
    # "Kurskaya" (oblast) finds "Kursk", and "Kursk" "Kurskaya": the town and the region named after it.
    towns = place_of_adjective(word)  # and "Kurskoy" finds "Kurskaya": the town's other adjectives
    for form in dict.fromkeys([*towns, *(a for town in (word, *towns) for a in adjectives_of_place(town) if a != word)]):
        if (term_id := vocabulary.lookup(form)) is not None:
            offer(term_id, STEM_WEIGHT)
    # "armour" finds "armored", "programme" "program": one word in the other convention, with its forms.
    for spelling in other_conventions(word):
        if (term_id := vocabulary.lookup(spelling)) is not None:
            offer(term_id, STEM_WEIGHT)
        for sibling in vocabulary.stem_siblings(spelling):
            offer(sibling, STEM_WEIGHT)
    # "fought" finds "fight", "brings" finds "brought": forms no stemmer reaches.
    for form in dict.fromkeys([*irregular_forms(word), *irregular_forms(stem(word))]):
        for sibling in vocabulary.stem_siblings(form):
            offer(sibling, STEM_WEIGHT)
    if typos:  # a phrase or an exclusion means the word itself
        for related in [_verb_of_noun(word), *_nouns_of_verb(word)]:
            for sibling in vocabulary.stem_siblings(related) if related is not None else ():
                offer(sibling, DERIVED_WEIGHT)
    if typos:
        budget = fuzzy_budget(word)
        if budget == 0 and exact is None and len(word) == 3 and word.isalpha():
            budget = 1  # a three-letter word the corpus lacks is likely a longer word missing a letter
        offer_typos(vocabulary, plan, vocabulary.near(word, budget))
    # A figure is never completed: "1,500" is not the start of "15,000", nor "3,000,000" of "3 billion".
    is_figure = word.replace(".", "").isdigit()
    if not is_figure and ((allow_prefix and len(word) >= 3) or (not plan.variants and len(word) >= 4)):
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


def offer_typos(vocabulary: Vocabulary, plan: WordPlan, near: list[tuple[int, int]]) -> None:
    """Add typo neighbours ((term id, edits)), closest and most frequent first, with their stem siblings."""
    near = sorted(near, key=lambda te: (te[1], -int(vocabulary.df[te[0]])))
    for term_id, edits in near[:MAX_VARIANTS]:
        for variant, weight in [(term_id, EDIT_WEIGHTS[edits])] + [
            (sibling, _typo_sibling_weight(plan.word, vocabulary.terms[sibling], EDIT_WEIGHTS[edits]))
            for sibling in vocabulary.stem_siblings(vocabulary.terms[term_id])
        ]:
            if weight > plan.variants.get(variant, 0.0):
                plan.variants[variant] = weight


def _verb_of_noun(word: str) -> str | None:
    """The verb a "-ment" noun is made from ("deployments" -> "deploy", "shipment" -> "ship"), else None."""
    noun = stem(word)
    if noun.endswith(_NOUN_SUFFIX) and len(noun) - len(_NOUN_SUFFIX) >= _VERB_MIN_LENGTH and noun.isalpha():
        return noun[: -len(_NOUN_SUFFIX)]
    return None


def _nouns_of_verb(word: str) -> list[str]:
    """The "-ment" nouns a verb may make, as the index could write them ("deploys" -> "deployment",
    "reinforced" -> "reinforcement", "argue" -> "argument"); the vocabulary says which exist.  As few as
    the word's ending allows: each is a lookup, on every search word."""
    verb = stem(word)
    if len(verb) < _VERB_MIN_LENGTH or not verb.isalpha() or verb.endswith(_NOUN_SUFFIX):
        return []
    nouns = [verb + _NOUN_SUFFIX]
    if verb != word and word.endswith(("ed", "ing")):  # the stemmer may have cut a verb's "e" ("reinforc")
        nouns.append(verb + "e" + _NOUN_SUFFIX)
    elif verb.endswith("e"):
        nouns.append(verb[:-1] + _NOUN_SUFFIX)
    return [noun for noun in nouns if noun[: -len(_NOUN_SUFFIX)] not in _UNRELATED_MENT]


def _without_possessive_s(word: str) -> str | None:
    """The name in a possessive typed without its apostrophe ("uns" of "Kim Jong Uns", "chois"), which the
    stemmer keeps whole (three letters, or "-is" / "-us" endings): the index folds "Un's" to "un"."""
    if len(word) >= 3 and word[-1] == "s" and word[-2] != "s" and word.isalpha() and stem(word) == word:
        return word[:-1]
    return None


def _typo_sibling_weight(typed: str, sibling: str, neighbour_weight: float) -> float:
    """A stem sibling of a typo neighbour weighs no more than its own distance from what was typed allows.

    The sibling is two hops from the typed word ("lvnded" -> "landed" ->
    "land"): weighing it almost like the neighbour would let every shorter
    passage holding the bare stem outrank the passage holding the word one
    edit away.  Its own edit distance is what the user's keystrokes support.
    """
    edits = OSA.distance(typed, sibling, score_cutoff=len(EDIT_WEIGHTS))
    own = EDIT_WEIGHTS.get(edits, FAR_SIBLING_WEIGHT)
    return min(neighbour_weight * SIBLING_OF_TYPO, own * SIBLING_OF_TYPO)


def blend(plan: WordPlan, df: np.ndarray, n_docs: int) -> None:
    """Fill ``plan.scales``: the factor turning each variant's stored impact into its share of the word.

    Stored impacts carry each term's own IDF.  The word's IDF is that of its
    most frequent best-weighted variant (the exact term, or else the closest
    typo neighbours); no variant may weigh more than that, so a rare
    misspelling-neighbour cannot outrank the word, while a common sibling
    ("sanctions" for "sanctioned") keeps its own, lower, IDF.
    """
    if not plan.variants:
        return
    if len(plan.variants) == 1:  # its own best variant: the ceiling is its own IDF, x / x = 1
        ((term_id, weight),) = plan.variants.items()
        plan.scales[term_id] = weight
        return
    ids = np.fromiter(plan.variants, dtype=np.int64, count=len(plan.variants))
    weights = np.fromiter(plan.variants.values(), dtype=np.float64, count=len(plan.variants))
    dfs = df[ids].astype(np.float64)
    idfs = np.log1p((n_docs - dfs + 0.5) / (dfs + 0.5))
    primary = dfs[weights == weights.max()].max()
    ceiling = float(np.log1p((n_docs - primary + 0.5) / (primary + 0.5)))
    for term_id, weight, idf in zip(ids.tolist(), weights.tolist(), idfs.tolist(), strict=True):
        plan.scales[term_id] = weight * (min(idf, ceiling) / idf if idf > 0 else 0.0)


def typed_form_first(plan: WordPlan, postings: Postings, typed: int, others: list[int]) -> None:
    """Scale ``others`` (the same figure written another way: "eleventh" for "11th") below the weakest
    passage holding ``typed``, the form the user typed: a tie of meaning goes to the form typed, whatever
    the passages' lengths (BM25 would let a short passage's other form win).  Call after ``blend``."""
    typed_scale = plan.scales.get(typed)
    if typed_scale is None or postings.ptr[typed] == postings.ptr[typed + 1]:
        return
    weakest = float(postings.impact[postings.ptr[typed] : postings.ptr[typed + 1]].min()) * typed_scale
    for term in others:
        if (scale := plan.scales.get(term)) and postings.ptr[term] < postings.ptr[term + 1]:
            strongest = float(postings.impact[postings.ptr[term] : postings.ptr[term + 1]].max()) * scale
            if strongest >= STEM_WEIGHT * weakest:
                plan.scales[term] = scale * STEM_WEIGHT * weakest / strongest


def one_figure_idf(plan: WordPlan, forms: list[int], df: np.ndarray, n_docs: int) -> None:
    """Weigh a figure's forms ("12000", "12.000") by one IDF, the figure's: that of the passages holding any
    of them.  A figure is one term however it is printed, so a passage printing it the rarer way must not
    weigh more than one printing it the common way, nor one printing it the common way next to nothing.
    A figure typed is specific, however many passages print it ("12,000" in coverage of 12,000 troops): it
    weighs at least as a word held by ``FIGURE_MIN_SHARE`` of the passages.  Call after ``blend``: each form
    keeps its weight."""
    dfs = df[np.asarray(forms, dtype=np.int64)].astype(np.float64)
    held = min(float(dfs.sum()), float(n_docs), FIGURE_MIN_SHARE * n_docs)  # the forms seldom meet in one passage
    figure_idf = math.log1p((n_docs - held + 0.5) / (held + 0.5))
    for term_id, term_df in zip(forms, dfs.tolist(), strict=True):
        idf = math.log1p((n_docs - term_df + 0.5) / (term_df + 0.5))
        if term_id in plan.scales and idf > 0:
            plan.scales[term_id] = plan.variants[term_id] * figure_idf / idf


def typed_form_first_alone(plans: list[WordPlan], postings: Postings) -> list[WordPlan]:
    """``plans``, a lone word's with its other forms below the form typed (``typed_form_first``), on a copy
    (plans are cached).  Beside other words its other forms keep their weight: a passage holding "12 000
    Soldaten" holds both words of "12.000 Soldaten", and must not weigh as one holding "Soldaten" alone."""
    if len(plans) != 1 or plans[0].typed_forms is None:
        return plans
    plan = plans[0]
    alone = replace(plan, variants=dict(plan.variants), scales=dict(plan.scales))
    typed, others = plan.typed_forms
    typed_form_first(alone, postings, typed, list(others))
    return [alone]


def gather_tokens(forward_ptr: np.ndarray, forward_terms: np.ndarray, docs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The term ids of ``docs`` laid end to end, and for each the position in ``docs`` it came from."""
    starts = forward_ptr[docs]
    lengths = forward_ptr[docs + 1] - starts
    total = int(lengths.sum())
    owner = np.repeat(np.arange(len(docs)), lengths)
    offsets = np.arange(total) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return forward_terms[starts[owner] + offsets], owner


def _holds(tokens: np.ndarray, variants: np.ndarray) -> np.ndarray:
    return np.isin(tokens, variants) if len(variants) > 1 else tokens == variants[0]


def proximity_bonuses(
    forward_ptr: np.ndarray,
    forward_terms: np.ndarray,
    docs: np.ndarray,
    word_variants: list[np.ndarray],
) -> np.ndarray:
    """Per doc: the weight times the share of consecutive query words found in order, a few tokens apart."""
    bonus = np.zeros(len(docs), dtype=np.float64)
    if len(word_variants) < 2 or len(docs) == 0:
        return bonus
    tokens, owner = gather_tokens(forward_ptr, forward_terms, docs)
    found: dict[bytes, np.ndarray] = {}  # a word repeated ("1 1 1 ...") is looked for once
    for v in word_variants:
        if (key := v.tobytes()) not in found:
            found[key] = _holds(tokens, v) if len(v) else np.zeros(len(tokens), dtype=bool)
    holds = [found[v.tobytes()] for v in word_variants]
    for j in range(1, len(word_variants)):
        satisfied = np.zeros(len(docs), dtype=bool)
        for gap in range(1, PROXIMITY_WINDOW + 1):
            if gap >= len(tokens):
                break
            pair = holds[j - 1][:-gap] & holds[j][gap:] & (owner[:-gap] == owner[gap:])
            satisfied[owner[:-gap][pair]] = True
        bonus += satisfied
    return PROXIMITY_WEIGHT * bonus / (len(word_variants) - 1)


# Per position of a phrase that may be absent: None if it may simply be ("11000 (thousand) troops"), or the
# term ids of which the token just before must be one for it to be absent ("didnt" for the "not" of "did
# not": the one token stands for both words).  Never the first position.  A set: each simply optional.
OptionalSlots = Mapping[int, "np.ndarray | None"] | frozenset[int]
NO_OPTIONAL_SLOTS: OptionalSlots = MappingProxyType({})


def phrase_docs(
    forward_ptr: np.ndarray,
    forward_terms: np.ndarray,
    candidates: np.ndarray,
    phrase_variants: list[np.ndarray],
    optional: OptionalSlots = NO_OPTIONAL_SLOTS,
) -> np.ndarray:
    """Those candidate passages where the phrase's words occur consecutively, in order.

    A word at a position in ``optional`` may be there or not (see ``OptionalSlots``).
    """
    if len(candidates) == 0 or not phrase_variants:
        return candidates
    tokens, owner = gather_tokens(forward_ptr, forward_terms, candidates)
    if optional:
        return candidates[_optional_phrase_owners(tokens, owner, phrase_variants, optional)]
    k = len(phrase_variants)
    if len(tokens) < k:
        return candidates[:0]
    width = len(tokens) - k + 1
    hit = np.ones(width, dtype=bool)
    for shift, variants in enumerate(phrase_variants):
        hit &= _holds(tokens[shift : shift + width], variants)
        hit &= owner[shift : shift + width] == owner[:width]
    return candidates[sorted_unique(owner[:width][hit])]


def _optional_phrase_owners(
    tokens: np.ndarray, owner: np.ndarray, phrase_variants: list[np.ndarray], optional: OptionalSlots
) -> np.ndarray:
    """The owners (ascending) of the phrase's matches when some of its words may be absent.

    ``ends[q]``: some match of the words so far ends just before token ``q``.  A word extends a
    match by one token of the same passage; an optional word may also leave it as it is.
    """
    n = len(tokens)
    continues = np.zeros(n, dtype=bool)  # token q is in the passage of token q - 1
    continues[1:] = owner[1:] == owner[:-1]
    ends = np.zeros(n + 1, dtype=bool)
    ends[1:] = _holds(tokens, phrase_variants[0])
    for slot in range(1, len(phrase_variants)):
        variants = phrase_variants[slot]
        step = np.zeros(n + 1, dtype=bool)
        if len(variants):
            step[1:] = ends[:-1] & _holds(tokens, variants) & continues
        if slot not in optional:
            ends = step
        elif (after := optional[slot] if isinstance(optional, Mapping) else None) is None:
            ends |= step
        else:  # absent only right after one of these tokens
            step[1:] |= ends[1:] & _holds(tokens, after)
            ends = step
    return sorted_unique(owner[np.flatnonzero(ends[1:])])

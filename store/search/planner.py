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

Two typed words side by side are also read together: as the one word the
passages write ("Pyong yang" is "Pyongyang"; see ``compounds.written_together``),
and as a synonym of up to four words ("north korean" also finds "DPRK", "national
intelligence service" "NIS"; ``synonyms.toml``).  A Korean name is also looked up
in its other romanisations ("Kim Chen Yn" is "Kim Jong Un"; ``korean_names``), and a word in
Hangul with its particles after it (``korean_forms``).  A place or person typed in Korean, Japanese or
Chinese ("泽连斯基", "ゼレンスキー大統領") also finds its Latin spelling (``conflict_names``).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from itertools import takewhile

import numpy as np

from store.search.builder import IndexParts
from store.search.compounds import add_written_apart, split_run_together, written_together
from store.search.contractions import NEGATED_TERMS, NEGATION
from store.search.conflict_names import kana_runs, latin_name_plan, read_names
from store.search.cross_script import RomanisedTerms, latin_matches
from store.search.figures import other_figure_forms
from store.search.fractions import is_share_article, with_fractions_written_otherwise
from store.search.hangul_names import add_romanised_name
from store.search.iso_dates import date_forms
from store.search.korean_forms import add_korean_forms, is_hangul
from store.search.korean_names import NAME_SPELLING_WEIGHT, name_spellings
from store.search.loanword_names import LOANWORD_WEIGHT, MIN_CONSONANTS, LoanwordNames
from store.search.names_from_latin import add_other_script_names
from store.search.names_of_phrases import ReadPhraseName, phrase_name_plan, read_phrase_names
from store.search.ranking import (
    EDIT_WEIGHTS,
    EXACT_WEIGHT,
    STEM_WEIGHT,
    WordPlan,
    blend,
    expand_word,
    one_figure_idf,
    typed_form_first_alone,
)
from store.search.short_typos import add_short_second_typos, commonest_neighbour_first
from store.search.spellings import other_spellings
from store.search.synonyms import MAX_PHRASE_WORDS, add_phrase_synonyms, add_synonyms, default_synonyms
from store.search.terms import fold, is_unspaced_character
from store.search.transliterations import romanised_forms
from store.search.vocabulary import Vocabulary

LONG_QUERY_WORDS = 24  # distinct scoring words: more than anyone types into a search box
LONG_QUERY_TYPO_WORDS = 16  # words of a long query the vocabulary lacks that still get typo expansion
_LETTERS_DIGITS = re.compile(r"[a-z]+\d+s?|\d+[a-z]+")  # a folded query word such as "kn23", "kn23s" or "19th"
_LETTER_OR_DIGIT_RUN = re.compile(r"[a-z]+|\d+(?:s(?![a-z]))?")  # a number in the plural ("23s") is one part
_PLURAL_NUMBER = re.compile(r"\d+s")
_PLAN_CACHE_SIZE = 4_096
# A word also found written apart ("cooperation": "co-operation") in queries of at most this many words: a
# name or term typed alone is where a missed spelling costs most, and the look costs a search per word.
APART_QUERY_WORDS = 3
COMPOUND_HEAD_MIN_LENGTH = 5  # shorter words are inside too many longer ones by chance
COMPOUND_HEADS = 16  # compounds a word no term spells may stand for, most frequent first
COMPOUND_HEAD_WEIGHT = 0.6  # a compound holds more than the word: below a typo neighbour (0.7)
CHARACTER_PAIRS = 256  # pairs a one-character query (kanji, kana, hanzi) is scored by, most frequent first


class QueryPlanner:
    def __init__(self, parts: IndexParts, n_docs: int) -> None:
        self.parts = parts
        self.n_docs = n_docs
        self._cache: OrderedDict[tuple[str, bool, bool, bool], WordPlan] = OrderedDict()
        self._apart_plans: OrderedDict[int, tuple[WordPlan, WordPlan]] = OrderedDict()  # see ``_written_apart_too``
        self._lock = threading.Lock()  # the cache is shared by TUI worker threads
        # Read from the vocabulary at the first one-character search; kept across ``clear`` (it changes
        # only with the vocabulary, which it is kept with).
        self._pairs_by_character: tuple[Vocabulary, dict[str, np.ndarray]] | None = None
        self._romanised: RomanisedTerms | None = None  # the same, at the first Latin word planned
        self._loanword_names: LoanwordNames | None = None  # Korean and Japanese transcriptions, likewise

    def clear(self) -> None:
        with self._lock:
            self._cache.clear()
            self._apart_plans.clear()

    def plans(
        self, scoring: list[str], being_typed: int, literal: frozenset[str] = frozenset(), exact: frozenset[str] = frozenset()
    ) -> list[WordPlan]:
        """One plan per scoring word, in order (a word split in parts gives one per part).

        ``being_typed`` is the position of the word still being typed (prefixes allowed), or -1.
        ``literal``: words the user quoted, which mean themselves, never their synonyms.  ``exact``: words
        typed as a sign ("£" is "pound"), which no typo stands for ("found").
        """
        distinct = list(dict.fromkeys(scoring))
        if len(distinct) < LONG_QUERY_WORDS:
            return typed_form_first_alone(self._typed_plans(scoring, being_typed, literal, exact), self.parts.postings)
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
            for plan in (
                self.plans_for(word, allow_prefix=True, synonyms=word not in literal) if i == being_typed else by_word[word]
            )
        ]

    def _typed_plans(self, scoring: list[str], being_typed: int, literal: frozenset[str], exact: frozenset[str]) -> list[WordPlan]:
        """``plans`` of a typed query; two words the passages write as one ("Pyong yang") are read as it:
        as that one word if either part is no passage's word, else as themselves with it as a form of each."""
        vocabulary = self.parts.vocabulary
        found: list[WordPlan] = []
        also: dict[int, dict[int, float]] = {}  # position -> terms it also stands for ("air" of "air port": "airport")
        short = len(set(scoring)) <= APART_QUERY_WORDS
        runs: dict[tuple[str, ...], tuple[int, tuple[tuple[str, float], ...]]] = {}  # ``of_run`` of each run
        # "Kim Chen Yn": "Kim Jong Un" in another system; "2024-11": "November 2024" in words
        for forms_of, weight in ((name_spellings(scoring, vocabulary.lookup), NAME_SPELLING_WEIGHT), (date_forms(scoring), STEM_WEIGHT)):
            for at, spellings in forms_of.items():
                named = {term_id: weight for term_id in vocabulary.lookup_many(list(spellings)) if term_id is not None}
                if named and scoring[at] not in literal:
                    also.setdefault(at, {}).update(named)
        # "泽连斯基", "ゼレンスキー", "포크로우스크": the name in Latin letters, a synonym of each word it spans
        by_name: dict[int, WordPlan] = {}
        reads = read_names(scoring, literal)
        for read in reads:
            latin = latin_name_plan(vocabulary, self.parts.postings, self.n_docs, read)
            by_name.update(dict.fromkeys(range(read.start, read.end), latin))
        for phrase in read_phrase_names(scoring, literal):  # "North Korea": "북한", "北朝鮮" (``names_of_phrases``)
            other = self._phrase_name_plan(phrase)
            by_name.update(dict.fromkeys(range(phrase.start, phrase.end), other))
        if any(is_unspaced_character(word[:1]) for word in scoring):  # a name no list holds ("ハバロフスク"): by its sounds
            for start, end, run in kana_runs(scoring, reads, literal):
                if sounding := self._loanwords().latin_of_folded_kana(run):
                    latin = WordPlan(run, dict.fromkeys(sounding, LOANWORD_WEIGHT), synonyms=set(sounding))
                    by_name.update(dict.fromkeys(range(start, end), latin))
        i = 0
        while i < len(scoring):
            word, after = scoring[i], scoring[i + 1] if i + 1 < len(scoring) else None
            together = None
            if after is not None and word not in literal and after not in literal:
                together = written_together(vocabulary, word, after)
            if together is not None and together[1]:
                found.extend(self._apart(self.plans_for(together[0], allow_prefix=i + 1 == being_typed), short))
                i += 2
                continue
            forms: dict[int, float] = {}
            if together is not None:
                forms = dict.fromkeys(vocabulary.stem_siblings(together[0]), STEM_WEIGHT)
            if after is not None and word not in literal and after not in literal:
                # "north korean" also finds "DPRK", "national intelligence service" "NIS" (``synonyms.toml``'s
                # phrases): a synonym of each word of the phrase; so too where a tag writes them as one ("#NorthKorea")
                run = tuple(takewhile(lambda w: w not in literal, scoring[i : i + MAX_PHRASE_WORDS]))  # not the whole rest
                if run not in runs:  # a run typed again ("1 1 1 ..."): looked up once
                    runs[run] = default_synonyms().of_run(list(run))
                size, said_forms = runs[run]
                named: dict[int, float] = {}
                for said, weight in said_forms:
                    named.update(dict.fromkeys(vocabulary.stem_siblings(said), -weight))  # negative: a synonym
                for at in range(i, i + size):
                    also.setdefault(at, {}).update(named)
            if forms:
                also.setdefault(i, {}).update(forms)
                also.setdefault(i + 1, {}).update(forms)
            if is_share_article(scoring, i):  # "a" of "a third": holds only the share (``fractions``)
                found.append(WordPlan(word))
                i += 1
                continue
            typed = self.plans_for(word, allow_prefix=i == being_typed, synonyms=word not in literal, typos=word not in exact)
            plans = self._apart(typed, short)
            if i in also:
                plans = [self._with_forms(plan, also[i]) for plan in plans]
            if i in by_name:
                plans = [self._with_name(plan, by_name[i]) for plan in plans]
            found.extend(plans)
            i += 1
        with_fractions_written_otherwise(self.parts, scoring, found)  # "2/3": "two-thirds", and back
        return found

    def _phrase_name_plan(self, phrase: ReadPhraseName) -> WordPlan:
        """``names_of_phrases.phrase_name_plan``, cached with the word plans (a phrase's passages are a scan)."""
        key = ("\x00" + "\x00".join(map(" ".join, phrase.forms)), False, False, False)
        with self._lock:
            if (cached := self._cache.get(key)) is not None:
                return cached
        plan = phrase_name_plan(self.parts.vocabulary, self.parts.postings, self.n_docs, phrase)
        with self._lock:
            self._cache[key] = plan
            while len(self._cache) > _PLAN_CACHE_SIZE:
                self._cache.popitem(last=False)
        return plan

    def _with_forms(self, plan: WordPlan, forms: dict[int, float]) -> WordPlan:
        """A copy of ``plan`` (cached plans are shared) that also holds these terms at these weights,
        a negative weight marking a synonym."""
        variants, synonyms = dict(plan.variants), set(plan.synonyms)
        for term_id, weight in forms.items():
            if abs(weight) > variants.get(term_id, 0.0):
                if weight < 0 and term_id not in variants:
                    synonyms.add(term_id)
                elif weight > 0:
                    synonyms.discard(term_id)
                variants[term_id] = abs(weight)
        joined = WordPlan(
            plan.word,
            variants,
            synonyms=synonyms,
            phrase_synonyms=plan.phrase_synonyms,
            phrase_terms=plan.phrase_terms,
            written_apart=plan.written_apart,
            typed_forms=plan.typed_forms,
        )
        blend(joined, self.parts.vocabulary.df, self.n_docs)
        return joined

    def _with_name(self, plan: WordPlan, name: WordPlan) -> WordPlan:
        """A copy of ``plan`` that also holds a name's Latin spelling (``conflict_names.latin_name_plan``)."""
        forms = {term_id: -weight if term_id in name.synonyms else weight for term_id, weight in name.variants.items()}
        joined = self._with_forms(plan, forms)
        joined.phrase_synonyms = [*joined.phrase_synonyms, *name.phrase_synonyms]
        joined.phrase_terms = joined.phrase_terms | name.phrase_terms
        return joined

    def plan(self, word: str, *, allow_prefix: bool, typos: bool = True, synonyms: bool = True) -> WordPlan:
        """The word's weighted terms; ``synonyms`` (only with ``typos``: a typed word) adds its synonyms'."""
        key = (word, allow_prefix, typos, synonyms)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        vocabulary = self.parts.vocabulary
        # the same figure or name written another way ("eleventh" for "11th", "Zelenskyy" for "Zelensky")
        other_forms: list[int] = []
        figure_forms: list[int] = []  # the figure typed and its other forms, as the vocabulary holds them
        if is_unspaced_character(word):
            plan = self._character_plan(word)
        else:
            plan = expand_word(vocabulary, word, allow_prefix=allow_prefix, typos=typos)
            if is_hangul(word):
                add_korean_forms(vocabulary, plan, typos=typos)
                add_romanised_name(vocabulary, self.parts.postings, plan)  # "김정은": "Kim Jong Un"
            elif word == NEGATION:  # "did not confirm" finds "didn't confirm" (the term "didnt") as itself
                negated = [term_id for term_id in vocabulary.lookup_many(NEGATED_TERMS) if term_id is not None]
                plan.variants.update(dict.fromkeys(negated, EXACT_WEIGHT))
            elif forms := other_figure_forms(word):  # "12.000" for "12000", "1.5m" for "1500000"
                other_forms = [t for t in vocabulary.lookup_many(forms) if t is not None and t not in plan.variants]
                plan.variants.update(dict.fromkeys(other_forms, STEM_WEIGHT))
                figure_forms = [t for t in [vocabulary.lookup(word), *other_forms] if t is not None]
            elif not plan.variants and typos and len(word) >= COMPOUND_HEAD_MIN_LENGTH and word.isalpha():
                # A word no term spells, nor one or two letters off: maybe the head of compounds
                # ("Lieferungen" -> "Munitionslieferungen", "Waffenlieferungen").
                for term_id, _ in vocabulary.compounds_ending_with(word, COMPOUND_HEADS):
                    plan.variants[term_id] = COMPOUND_HEAD_WEIGHT
            if typos and not is_hangul(word):  # the last resort of a short word: two typos ("wepens")
                add_short_second_typos(vocabulary, plan)
            if typos:  # a typed word; a pasted paragraph's words are taken as written
                # Not a phrase's or an exclusion's word either (planned without typos): those mean the word.
                if synonyms:
                    add_synonyms(vocabulary, plan)
                    add_phrase_synonyms(vocabulary, self.parts.postings, self.n_docs, plan)
                    add_other_script_names(vocabulary, self.parts.postings, self.n_docs, plan)  # "NIS": "국정원", "Kursk": "쿠르스크"
                for term_id, weight in self._other_script(word).items():
                    if weight > plan.variants.get(term_id, 0.0):
                        plan.variants[term_id] = weight
                if len(word) >= MIN_CONSONANTS and (word.isascii() or is_hangul(word)):  # "Kursk": "쿠르스크", "クルスク"
                    self._loanwords().add_to(self.parts.postings, self.n_docs, plan)
        # A name's other transliterations, listed or by letter group ("Sudja", "Sudzha"): the one typed first.
        if spellings := [*other_spellings(word), *romanised_forms(word)]:
            other_forms += [t for t in vocabulary.lookup_many(spellings) if t is not None and t in plan.variants]
        blend(plan, vocabulary.df, self.n_docs)
        if figure_forms:
            one_figure_idf(plan, figure_forms, vocabulary.df, self.n_docs)
        if other_forms and (typed := vocabulary.lookup(word)) is not None:
            plan.typed_forms = (typed, tuple(other_forms))  # below the form typed when alone (``plans``)
        if typos:
            commonest_neighbour_first(vocabulary, plan, self.parts.postings)
        with self._lock:
            self._cache[key] = plan
            if len(self._cache) > _PLAN_CACHE_SIZE:
                self._cache.popitem(last=False)
        return plan

    def _apart(self, plans: list[WordPlan], short: bool) -> list[WordPlan]:
        """In a short query, each plan as it also finds the word written apart (``_written_apart_too``)."""
        return [self._written_apart_too(plan) for plan in plans] if short else plans

    def _written_apart_too(self, plan: WordPlan) -> WordPlan:
        """``plan`` (cached, so shared), or a copy that also holds the word as the passages write it apart;
        remembered beside the plan (the plan is kept with it, so its id names no other plan meanwhile)."""
        with self._lock:
            remembered = self._apart_plans.get(id(plan))
            if remembered is not None:
                self._apart_plans.move_to_end(id(plan))
                return remembered[1]
        apart = WordPlan(
            plan.word, dict(plan.variants), dict(plan.scales), set(plan.synonyms), list(plan.phrase_synonyms), set(plan.phrase_terms),
            typed_forms=plan.typed_forms,
        )
        add_written_apart(self.parts, apart)
        found = apart if apart.written_apart else plan
        with self._lock:
            self._apart_plans[id(plan)] = (plan, found)
            if len(self._apart_plans) > _PLAN_CACHE_SIZE:
                self._apart_plans.popitem(last=False)
        return found

    def _loanwords(self) -> LoanwordNames:
        vocabulary = self.parts.vocabulary
        with self._lock:
            if self._loanword_names is None or self._loanword_names.vocabulary is not vocabulary:
                self._loanword_names = LoanwordNames(vocabulary, self.parts.chunks)
            return self._loanword_names

    def _other_script(self, word: str) -> dict[int, float]:
        """The terms spelling ``word`` in the other script: Cyrillic for a Latin word, Latin for a Cyrillic one."""
        vocabulary = self.parts.vocabulary
        if word.isascii():
            with self._lock:
                if self._romanised is None or self._romanised.vocabulary is not vocabulary:
                    self._romanised = RomanisedTerms(vocabulary)
                romanised = self._romanised
            return romanised.matches(word)
        return latin_matches(vocabulary, word)

    def _character_plan(self, character: str) -> WordPlan:
        """One kanji, kana or hanzi: the index holds it inside pairs ("砲弾", "弾を"), so every pair
        holding it stands for it, as fully as the character itself would (it is all the reader typed)."""
        vocabulary = self.parts.vocabulary
        with self._lock:
            if self._pairs_by_character is None or self._pairs_by_character[0] is not vocabulary:
                self._pairs_by_character = (vocabulary, vocabulary.unspaced_pairs_by_character())
            pairs = self._pairs_by_character[1].get(character, np.empty(0, dtype=np.int32))
        plan = WordPlan(character)
        if (exact := vocabulary.lookup(character)) is not None:  # written alone somewhere ("（軍）")
            plan.variants[exact] = EXACT_WEIGHT
        # The most frequent pairs, if a common kana has more than a plan can score quickly.
        for term_id in pairs[np.argsort(-vocabulary.df[pairs], kind="stable")[:CHARACTER_PAIRS]].tolist():
            plan.variants[term_id] = EXACT_WEIGHT
        return plan

    def plans_for(self, word: str, *, allow_prefix: bool, synonyms: bool = True, typos: bool = True) -> list[WordPlan]:
        """The word's plan; or, for letters run into digits that the corpus never writes so ("kn23",
        "hwasong19"), the plans of its parts, as the passages' "KN-23" and "Hwasong-19" are indexed."""
        # (Not a number in the plural, "11s" of "Hwasong-11s": its "s" is no word; see ``other_figure_forms``.)
        if _LETTERS_DIGITS.fullmatch(word) and not _PLURAL_NUMBER.fullmatch(word) and self.parts.vocabulary.lookup(word) is None:
            # Each part folded as a word of its own: "50pct" is "50" and "percent", like "50 pct".
            parts = [fold(m.group()) for m in _LETTER_OR_DIGIT_RUN.finditer(word)]
            return [
                self.plan(part, allow_prefix=allow_prefix and n == len(parts) - 1, synonyms=synonyms) for n, part in enumerate(parts)
            ]
        plan = self.plan(word, allow_prefix=allow_prefix, synonyms=synonyms, typos=typos)
        if not typos:
            return [plan]
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

"""A place or person typed in Latin letters finds it in Korean, Japanese and Chinese copy: "Kursk" finds
"쿠르스크", "クルスク" and "库尔斯克"; "Zelensky" finds "泽连斯基".  The way back of ``conflict_names``.

The same two lists are read (``conflict_names.default_names``: the claims' alias table and
``conflict_names.toml``), each listed name under the Latin name ``conflict_names`` reads it as.  A query
word that is a one-word Latin name, in any of its spellings ("Zelensky", "Zelenskyy", "Sudja"), or a typo
of one ("Zelenksy"), finds the name's other-script forms as synonyms at ``NAME_WEIGHT``:

- a Korean name with its particles too ("쿠르스크에서"), as a Korean word is found (``korean_forms``);
- a kanji, kana or hanzi name, indexed as pairs of characters, where a passage holds all its pairs, as a
  synonym phrase is (``synonyms.add_phrase_synonyms``).

Only one-word Latin names lead anywhere: a query's words are planned one by one.  Katakana names no list
holds are found by their sounds (``loanword_names``); Chinese characters carry no sound to match, so a
Chinese name is found only when listed.
"""

from __future__ import annotations

from functools import lru_cache

from store.search.alias_scripts import add_alias_names
from store.search.conflict_names import NAME_WEIGHT, default_names
from store.search.korean_forms import add_korean_forms, is_hangul
from store.search.postings import Postings
from store.search.ranking import WordPlan
from store.search.spellings import other_spellings
from store.search.synonyms import SynonymTable, _triggers, add_phrase_synonyms
from store.search.terms import stem
from store.search.transliterations import romanised_forms
from store.search.vocabulary import Vocabulary


def parse_latin_names(
    names: dict[tuple[str, ...], tuple[str, tuple]],
) -> tuple[dict[str, tuple[str, ...]], SynonymTable]:
    """From ``conflict_names``' reading (other-script terms -> (name, Latin names)): each spelling's stem
    of a one-word Latin name -> its one-term names in other scripts, and its many-pair names as phrases."""
    words: dict[str, dict[str, None]] = {}
    phrases: dict[str, dict[tuple[str, ...], float]] = {}
    for terms, (_, latin_names) in names.items():
        for latin in latin_names:
            if len(latin.words) != 1:
                continue
            (word,) = latin.words
            for spelling in dict.fromkeys([word, *other_spellings(word), *romanised_forms(word)]):
                source = stem(spelling)
                if len(terms) == 1:
                    words.setdefault(source, {})[terms[0]] = None
                else:
                    phrases.setdefault(source, {})[tuple(stem(term) for term in terms)] = NAME_WEIGHT
    table = SynonymTable(
        {source: tuple((term, NAME_WEIGHT) for term in found) for source, found in words.items()},
        {source: tuple(found.items()) for source, found in phrases.items()},
    )
    return {source: tuple(found) for source, found in words.items()}, table


@lru_cache(maxsize=1)
def default_latin_names() -> tuple[dict[str, tuple[str, ...]], SynonymTable]:
    """Both lists read the way back, once per process."""
    return parse_latin_names(default_names())


def add_listed_names(vocabulary: Vocabulary, postings: Postings, n_docs: int, plan: WordPlan) -> None:
    """Add to a typed Latin word's plan the Korean, Japanese and Chinese names it is listed under, as synonyms."""
    if not plan.word.isascii():
        return
    words, table = default_latin_names()
    for source, typed_weight in _triggers(vocabulary, plan, words):
        for target in words[source]:
            found: dict[int, float] = dict.fromkeys(vocabulary.stem_siblings(target), 1.0)
            if is_hangul(target):  # "쿠르스크" is also "쿠르스크에서", "쿠르스크의": its forms with particles
                korean = WordPlan(target, dict(found))
                add_korean_forms(vocabulary, korean, typos=False)
                found = korean.variants
            for term_id, weight in found.items():
                if (name_weight := NAME_WEIGHT * weight * typed_weight) > plan.variants.get(term_id, 0.0):
                    if term_id not in plan.variants:
                        plan.synonyms.add(term_id)
                    plan.variants[term_id] = name_weight
    add_phrase_synonyms(vocabulary, postings, n_docs, plan, table)


def add_other_script_names(vocabulary: Vocabulary, postings: Postings, n_docs: int, plan: WordPlan) -> None:
    """A typed word's names in other scripts: its body's (``alias_scripts``: "NIS": "국정원") and, for a
    Latin word, the places and people listed in Korean, Japanese and Chinese ("Kursk": "库尔斯克")."""
    add_alias_names(vocabulary, postings, n_docs, plan)
    add_listed_names(vocabulary, postings, n_docs, plan)

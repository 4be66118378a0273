"""A body or person's name in other scripts, as the claims' alias table lists them: "NIS" finds "국정원".

Coverage of this war names one body in the script of its language: "NIS" in English copy, "국정원" and
"국가정보원" in Korean, "国家情報院" in Japanese; Ukraine's military intelligence is "HUR" or "GUR" in English
and "ГУР" in Ukrainian and Russian.  Romanising cannot join initials ("ГУР" reads "gur", never "hur") nor
Korean or Japanese names, but the claims already fold these names to one body
(``store/analysis/claimant_aliases.toml``), so search reads that table (read-only) rather than a list of
its own.  A query word that is one of a body's names finds the body's names written in *another* script,
Latin to any other and any other to Latin, at ``ALIAS_WEIGHT``, as a word in the other script weighs
(``cross_script``).  Not names of one script (the claims' business: "US" and "America" are no words to merge
in a search), nor Korean to Japanese or Russian: a reader of both scripts types each name as written.

A name taking one term in the index counts (an acronym, "ГУР", a Korean word, found with its particles
too: "국정원은"); a kanji or kana name, indexed as pairs of characters, is found where a passage holds all
its pairs, as a synonym phrase is (``synonyms.add_phrase_synonyms``).  Names of several words are left out.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from pathlib import Path

from store.search.korean_forms import add_korean_forms, is_hangul
from store.search.postings import Postings
from store.search.ranking import WordPlan
from store.search.synonyms import MAX_PHRASE_WORDS, SynonymTable, add_phrase_synonyms
from store.search.terms import _UNSPACED_RUN, STOP_WORDS, query_terms, stem
from store.search.vocabulary import Vocabulary

ALIASES_PATH = Path(__file__).resolve().parent.parent / "analysis" / "claimant_aliases.toml"
ALIAS_WEIGHT = 0.8  # the name itself in another script: as ``cross_script.CROSS_SCRIPT_WEIGHT``


def _script(term: str) -> str:
    """Which script a folded term is written in, as far as telling a body's names apart needs."""
    if _UNSPACED_RUN.search(term):
        return "cjk"
    if is_hangul(term):
        return "hangul"
    if any("\u0400" <= ch <= "\u04ff" for ch in term):
        return "cyrillic"
    return "latin" if term.isascii() else "other"


def _name_terms(name: str) -> tuple[str, tuple[str, ...]] | None:
    """(script, terms) of one listed name that search can match: one term, or a kanji/kana name's pairs."""
    terms = tuple(term for term in query_terms(name) if term not in STOP_WORDS)
    if not terms or any(term.isdigit() for term in terms):
        return None
    scripts = {_script(term) for term in terms}
    if len(scripts) != 1:
        return None
    script = scripts.pop()
    if len(terms) == 1:
        return script, terms
    return (script, terms) if script == "cjk" and len(terms) <= MAX_PHRASE_WORDS else None


def parse_aliases(data: dict) -> tuple[dict[str, tuple[str, ...]], SynonymTable]:
    """From the alias table: a query word's stem -> the one-term names of its body in other scripts, and
    the kanji/kana names it finds as phrases (in a ``SynonymTable``'s ``phrases``)."""
    words: dict[str, dict[str, None]] = {}
    phrases: dict[str, dict[tuple[str, ...], float]] = {}
    for body, names in data.get("aliases", {}).items():
        read = [found for name in [body, *names] if isinstance(name, str) and (found := _name_terms(name))]
        for script, terms in read:
            if len(terms) != 1:
                continue  # a phrase finds nothing as a query word here; the phrase finds it back through ``words``
            source = stem(terms[0])
            for other_script, other in read:
                if other_script == script or "latin" not in (script, other_script):
                    continue
                if len(other) == 1:
                    words.setdefault(source, {})[other[0]] = None
                else:
                    phrases.setdefault(source, {})[tuple(stem(term) for term in other)] = ALIAS_WEIGHT
    table = SynonymTable({}, {source: tuple(found.items()) for source, found in phrases.items()})
    return {source: tuple(found) for source, found in words.items()}, table


@lru_cache(maxsize=1)
def default_aliases() -> tuple[dict[str, tuple[str, ...]], SynonymTable]:
    """The claims' table, read once per process; empty if it is missing or unreadable."""
    try:
        with open(ALIASES_PATH, "rb") as handle:
            return parse_aliases(tomllib.load(handle))
    except (OSError, tomllib.TOMLDecodeError):
        return {}, SynonymTable({})


def add_alias_names(vocabulary: Vocabulary, postings: Postings, n_docs: int, plan: WordPlan) -> None:
    """Add to a typed word's plan its body's names in other scripts (``ALIAS_WEIGHT``), as synonyms."""
    words, phrases = default_aliases()
    targets = words.get(stem(plan.word), ())
    for target in targets:
        found: dict[int, float] = dict.fromkeys(vocabulary.stem_siblings(target), 1.0)
        if is_hangul(target):  # "국정원" is also "국정원은", "국정원이": its forms with particles
            korean = WordPlan(target, dict(found))
            add_korean_forms(vocabulary, korean, typos=False)
            found = korean.variants
        for term_id, weight in found.items():
            if (alias_weight := ALIAS_WEIGHT * weight) > plan.variants.get(term_id, 0.0):
                if term_id not in plan.variants:
                    plan.synonyms.add(term_id)
                plan.variants[term_id] = alias_weight
    if stem(plan.word) in phrases.phrases:
        add_phrase_synonyms(vocabulary, postings, n_docs, plan, phrases)

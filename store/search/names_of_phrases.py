"""A name of several Latin words finds it in Korean, Japanese and Chinese copy: "North Korea" finds "북한",
"北朝鮮" and "朝鲜"; "Korean Peninsula" "한반도" and "朝鮮半島".

``names_from_latin`` leads a one-word Latin name to its other-script forms, word by word as a query is
planned; a name of two to four words ("North Korea", "Chasiv Yar", "Kim Yo Jong") spans several query
words, so it is read here from the typed words in a run, the longest listed name at each place, from the
same lists (``conflict_names.default_names``).  Each word of the run then holds the name's other-script
forms as synonyms at ``NAME_WEIGHT``: a one-term form (a Korean word, with its particles too), and a form
indexed as pairs of characters ("朝鮮半島") where a passage holds all its pairs, as a synonym phrase is.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from store.search.conflict_names import NAME_WEIGHT, default_names
from store.search.korean_forms import add_korean_forms, is_hangul
from store.search.postings import Postings
from store.search.ranking import WordPlan
from store.search.synonyms import SynonymTable, add_phrase_synonyms
from store.search.terms import STOP_WORDS, stem
from store.search.vocabulary import Vocabulary


@dataclass(frozen=True, slots=True)
class ReadPhraseName:
    start: int  # the query words it spans, as ``range(start, end)``
    end: int
    forms: tuple[tuple[str, ...], ...]  # its other-script forms, each as its folded terms


@lru_cache(maxsize=1)
def phrase_names() -> dict[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The stems of each Latin name of several words -> its other-script forms (their folded terms)."""
    found: dict[tuple[str, ...], dict[tuple[str, ...], None]] = {}
    for terms, (_, latin_names) in default_names().items():
        for latin in latin_names:
            if len(latin.words) > 1:
                found.setdefault(tuple(stem(word) for word in latin.words), {})[terms] = None
    return {words: tuple(forms) for words, forms in found.items()}


def read_phrase_names(scoring: list[str], literal: frozenset[str] = frozenset()) -> list[ReadPhraseName]:
    """The listed Latin names of several words the query's words spell in a run (stop words between them
    skipped as the lists skip them), the longest at each place; a quoted word is never read as a name."""
    names = phrase_names()
    if not names or len(scoring) < 2:
        return []
    longest = max(map(len, names))
    stems = [stem(word) for word in scoring]
    found: list[ReadPhraseName] = []
    i = 0
    while i < len(scoring):
        read = None
        for size in range(min(longest, len(scoring) - i), 1, -1):
            span = range(i, i + size)
            if any(scoring[at] in literal for at in span):
                continue
            key = tuple(stems[at] for at in span if scoring[at] not in STOP_WORDS)
            if len(key) > 1 and (forms := names.get(key)):
                read = ReadPhraseName(i, i + size, forms)
                break
        if read is None:
            i += 1
            continue
        found.append(read)
        i = read.end
    return found


def phrase_name_plan(vocabulary: Vocabulary, postings: Postings, n_docs: int, read: ReadPhraseName) -> WordPlan:
    """A read name's other-script forms as a plan of synonyms at ``NAME_WEIGHT``."""
    plan = WordPlan(" ".join(read.forms[0]))
    phrases = []
    for terms in read.forms:
        if len(terms) > 1:
            phrases.append((tuple(stem(term) for term in terms), NAME_WEIGHT))
            continue
        (term,) = terms
        found: dict[int, float] = dict.fromkeys(vocabulary.stem_siblings(term), 1.0)
        if is_hangul(term):  # "북한" is also "북한은", "북한의": its forms with particles
            korean = WordPlan(term, dict(found))
            add_korean_forms(vocabulary, korean, typos=False)
            found = korean.variants
        for term_id, weight in found.items():
            if NAME_WEIGHT * weight > plan.variants.get(term_id, 0.0):
                plan.variants[term_id] = NAME_WEIGHT * weight
                plan.synonyms.add(term_id)
    if phrases:
        add_phrase_synonyms(vocabulary, postings, n_docs, plan, SynonymTable({}, {stem(plan.word): tuple(phrases)}))
    return plan

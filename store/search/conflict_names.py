"""A place or person typed in Korean, Japanese or Chinese finds it in Latin letters: "泽连斯基", "クルスク" find
"Zelensky", "Kursk".

Coverage in English names the war's towns and people in Latin letters; an analyst reading Korean, Japanese
or Chinese copy pastes the name as that copy writes it ("ゼレンスキー", "泽连斯基", "포크로우스크").  Nothing in
the letters joins the two: Chinese characters carry no spelling, and Korean and Japanese transcribe a name
by more than one system ("포크롭스크" and "포크로우스크", "キエフ" and "キーウ").  So the names are read from two
lists, both loaded once per process: the claims' alias table (``store/analysis/claimant_aliases.toml``,
read-only: its people and bodies) and ``conflict_names.toml`` (the war's places, and the people the claims'
table lacks).  A name of one list, typed as one word (Korean, with its particles too: "포크로우스크에서") or as
a run of characters inside a longer run ("ゼレンスキー大統領は"), also finds its Latin name, each of the query's
terms it spans holding that name as a synonym (as "national intelligence service" holds "NIS"), at
``NAME_WEIGHT``: as a name in another script weighs (``alias_scripts``).

The Latin name of a list entry is its key, a one-word name the entry lists ("NIS", "HUR"), or, for a
person listed by full name and by surname alone in some script ("블라디미르 푸틴" and "푸틴"), the key's last
word: coverage names a person by surname.  A Latin name of several words ("Chasiv Yar", "Kim Yo Jong") is
held by a passage holding each of its words.  A katakana name no list holds is read by its consonants
(``loanword_names``): "ハバロフスク" is "Khabarovsk".  Only Korean, Japanese and Chinese are read here: Cyrillic
is romanised letter by letter (``cross_script``).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from store.search.alias_scripts import ALIAS_WEIGHT, ALIASES_PATH
from store.search.builder import IndexParts
from store.search.korean_forms import _is_particles, _syllables, add_korean_forms, is_hangul
from store.search.loanword_names import LoanwordNames
from store.search.postings import Postings
from store.search.query import parse_query
from store.search.ranking import STEM_WEIGHT, WordPlan
from store.search.spellings import other_spellings
from store.search.synonyms import SynonymTable, add_phrase_synonyms
from store.search.terms import _UNSPACED_RUN, STOP_WORDS, fold, query_terms, stem
from store.search.transliterations import romanised_forms
from store.search.vocabulary import Vocabulary

NAMES_PATH = Path(__file__).with_name("conflict_names.toml")
NAME_WEIGHT = ALIAS_WEIGHT
_KANA_PAIR = re.compile(r"[ァ-ヺー]{2}")
_TYPED_RUN = re.compile(r"[^\W\d_]+")  # a query's runs of letters, to quote a name as it was typed
_KATAKANA_RUN = re.compile(r"[ァ-ヺー]{3,}")
_MAX_LATIN_WORDS = 4  # a longer Latin name is a description ("Main Intelligence Directorate of ..."), no name


@dataclass(frozen=True, slots=True)
class LatinName:
    shown: str  # as the list writes it, for the search's note: "Zelenskyy"
    words: tuple[str, ...]  # its folded terms, stop words left out: ("zelenskyy",), ("chasiv", "yar")


@dataclass(frozen=True, slots=True)
class ReadName:
    start: int  # the query words it spans, as ``range(start, end)``
    end: int
    typed: str  # the name as the list writes it: "ゼレンスキー"
    latin: tuple[LatinName, ...]


def _is_read_script(terms: list[str]) -> bool:
    """Whether a name's terms are all Korean or all kanji, kana or hanzi (the scripts read here)."""
    return bool(terms) and (all(is_hangul(t) for t in terms) or all(_UNSPACED_RUN.fullmatch(t) for t in terms))


def _latin(name: str) -> LatinName | None:
    words = tuple(t for t in query_terms(name) if t not in STOP_WORDS)
    if not words or len(words) > _MAX_LATIN_WORDS or not all(w.isascii() and w.isalpha() for w in words):
        return None
    return LatinName(name.removeprefix("the ").strip(), words)


def _latin_names(key: str, names: list[str]) -> tuple[LatinName, ...]:
    """What an entry's other-script names read as in Latin letters (see the module's docstring)."""
    one_word = [found for name in names if name.isascii() and (found := _latin(name)) and len(found.words) == 1]
    whole = _latin(key)
    if whole is None:
        return tuple(one_word)
    if len(whole.words) > 1 and _listed_by_surname(key, names):
        return _first_of_each((LatinName(key.split()[-1], whole.words[-1:]), *one_word))
    return _first_of_each((whole, *one_word))


def _first_of_each(names: tuple[LatinName, ...]) -> tuple[LatinName, ...]:
    """One name per spelling of its words, the first listed ("UN" before "U.N.")."""
    found: dict[tuple[str, ...], LatinName] = {}
    for name in names:
        found.setdefault(name.words, name)
    return tuple(found.values())


def _listed_by_surname(key: str, names: list[str]) -> bool:
    """Whether some script's names hold the full name, word for word as the key has them, and its last word
    alone ("Vladimir Putin": "블라디미르 푸틴" and "푸틴"); a body's name with its country before it ("한국
    국가정보원" for "National Intelligence Service") has other words than the key."""
    single = {name for name in names if not name.isascii() and len(name.split()) == 1}
    size = len(key.split())
    return any(len(split := name.split()) == size and split[-1] in single for name in names if not name.isascii())


def parse_names(*tables: dict[str, list[str]]) -> dict[tuple[str, ...], tuple[str, tuple[LatinName, ...]]]:
    """Folded terms of each Korean, Japanese or Chinese name -> (the name, its Latin names)."""
    found: dict[tuple[str, ...], tuple[str, tuple[LatinName, ...]]] = {}
    for table in tables:
        for key, listed in table.items():
            if not isinstance(listed, list):
                continue  # a malformed entry reads as nothing, not as its letters
            names = [name for name in listed if isinstance(name, str)]
            latin = _latin_names(key, names)
            if not latin:
                continue
            for name in names:
                terms = query_terms(name)
                if _is_read_script(terms):
                    first, known = found.get(tuple(terms), (name, ()))  # "庫爾斯克" folds as "库尔斯克" does
                    found[tuple(terms)] = (first, _first_of_each((*known, *latin)))
    return found


@lru_cache(maxsize=1)
def default_names() -> dict[tuple[str, ...], tuple[str, tuple[LatinName, ...]]]:
    """Both lists, read once per process; a list missing or unreadable is left out."""
    tables = []
    for path, sections in ((ALIASES_PATH, ("aliases",)), (NAMES_PATH, ("places", "people", "compounds", "nouns"))):
        try:
            with open(path, "rb") as handle:
                data = tomllib.load(handle)
        except (OSError, tomllib.TOMLDecodeError):
            continue
        tables.extend(data.get(section, {}) for section in sections)
    return parse_names(*tables)


@lru_cache(maxsize=1)
def noun_names() -> frozenset[str]:
    """The English words of the list's common nouns ("soldier"), which the search's note leaves out."""
    try:
        with open(NAMES_PATH, "rb") as handle:
            return frozenset(key.lower() for key in tomllib.load(handle).get("nouns", {}))
    except (OSError, tomllib.TOMLDecodeError):
        return frozenset()


def read_names(words: list[str], literal: frozenset[str] = frozenset()) -> list[ReadName]:
    """The listed names among a query's folded words, the longest first at each position; none in quotes."""
    if all(word.isascii() for word in words) or not any(_is_read_script([word]) for word in words):
        return []  # the lists are read at the first query in Korean, Japanese or Chinese
    names = default_names()
    longest = max((len(key) for key in names), default=0)
    found: list[ReadName] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            key = tuple(words[i : i + size])
            if (listed := names.get(key) or _without_particles(names, key)) and not literal.intersection(key):
                found.append(ReadName(i, i + size, *listed))
                i += size
                break
        else:
            i += 1
    return found


def _without_particles(names: dict, key: tuple[str, ...]) -> tuple[str, tuple[LatinName, ...]] | None:
    """A one-word Korean name with its particles after it ("포크로우스크에서"), as listed."""
    if len(key) != 1 or not is_hangul(key[0]):
        return None
    syllables = _syllables(key[0])
    for cut in range(len(syllables) - 1, 0, -1):
        if _is_particles(syllables[cut:]) and (listed := names.get(("".join(syllables[:cut]),))):
            return listed
    return None


def kana_runs(words: list[str], read: list[ReadName], literal: frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """(start, end, run) of each katakana run of three kana or more among a query's folded words (indexed as
    overlapping pairs: "ハハ", "ハロ", "ロフ"...) that no listed name spans; none in quotes."""
    taken = {at for name in read for at in range(name.start, name.end)}
    taken |= {at for at, word in enumerate(words) if word in literal}
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        end = i
        while end < len(words) and end not in taken and _KANA_PAIR.fullmatch(words[end]) and (
            end == i or words[end - 1][-1] == words[end][0]
        ):
            end += 1
        if end - i >= 2:
            found.append((i, end, words[i] + "".join(word[-1] for word in words[i + 1 : end])))
        i = max(end, i + 1)
    return found


def latin_name_terms(vocabulary: Vocabulary, name: LatinName) -> list[int]:
    """A one-word Latin name's terms: its stem siblings and its other romanisations ("Zelenskyy": "Zelensky")."""
    (word,) = name.words
    spellings = [word, *other_spellings(word), *romanised_forms(word)]
    found = dict.fromkeys(t for spelling in spellings for t in vocabulary.stem_siblings(spelling))
    return list(found)


def reading_note(
    vocabulary: Vocabulary, query: str, sounding: Callable[[str], list[int]]
) -> str | None:
    """"Read ゼレンスキー as Zelenskyy." for the names of the query some passage holds in Latin letters;
    ``sounding`` gives the Latin terms a katakana run sounds as (``LoanwordNames.latin_of_folded_kana``)."""
    parsed = parse_query(query)
    words = parsed.words
    typed = {fold(run): run for run in _TYPED_RUN.findall(query)}  # each name as typed, not as folded
    kana = {fold(run): run for run in _KATAKANA_RUN.findall(query)}
    said = []
    literal = frozenset(word for phrase in parsed.phrases for word in phrase)  # read as the search reads them
    read = read_names(words, literal)
    nouns = noun_names()
    for name in read:
        if all(latin.shown.lower() in nouns for latin in name.latin):
            continue  # "士兵" read as "soldier" is a word translated, no name to confirm
        if held := [latin.shown for latin in name.latin if _held(vocabulary, latin)]:
            shown = next((run for folded, run in typed.items() if fold(name.typed) in folded), name.typed)
            # The name the list gives first: another spelling of the same person ("Selenskyj") is no other reading.
            said.append(f"{shown if fold(shown) == fold(name.typed) else name.typed} as {held[0]}")
    for _, _, run in kana_runs(words, read, literal):
        if terms := sounding(run):
            latin = sorted(terms, key=lambda term_id: -int(vocabulary.df[term_id]))
            names = dict.fromkeys(vocabulary.terms[term_id].capitalize() for term_id in latin)
            shown = kana.get(run, run)
            said.append(f"{shown} as {' or '.join(list(names)[:3])} (by its sounds)")
    return f"Read {'; '.join(said)}." if said else None


def _held(vocabulary: Vocabulary, name: LatinName) -> bool:
    if len(name.words) == 1:
        return bool(latin_name_terms(vocabulary, name))
    return all(vocabulary.stem_siblings(word) for word in name.words)


def latin_name_plan(vocabulary: Vocabulary, postings: Postings, n_docs: int, read: ReadName) -> WordPlan:
    """A read name's Latin names as a plan of synonyms at ``NAME_WEIGHT``: a one-word name's terms, and the
    passages holding every word of a longer one."""
    plan = WordPlan(read.typed)
    phrases = []
    for name in read.latin:
        if len(name.words) > 1:
            phrases.append((tuple(stem(word) for word in name.words), NAME_WEIGHT))
            continue
        for term_id in latin_name_terms(vocabulary, name):
            plan.variants[term_id] = NAME_WEIGHT
            plan.synonyms.add(term_id)
    if read.end - read.start == 1 and is_hangul(bare := fold(read.typed)):
        # Typed with particles ("러시아로"): the name with any others ("러시아에") is the word itself, not a typo
        # of it, and outweighs its Latin spelling.
        korean = WordPlan(bare, {t: STEM_WEIGHT for t in vocabulary.stem_siblings(bare)})
        add_korean_forms(vocabulary, korean, typos=False)
        plan.variants.update(korean.variants)
    if phrases:
        table = SynonymTable({}, {stem(read.typed): tuple(phrases)})
        add_phrase_synonyms(vocabulary, postings, n_docs, plan, table)
    return plan


def query_reading(parts: IndexParts, query: str) -> str | None:
    """What the search read the query's Korean, Japanese or Chinese names as, for the search's note; None if
    nothing (every query in Latin or Cyrillic letters)."""
    if query.isascii():
        return None
    loanwords: list[LoanwordNames] = []  # made at the first katakana run: it reads the vocabulary

    def sounding(run: str) -> list[int]:
        if not loanwords:
            loanwords.append(LoanwordNames(parts.vocabulary, parts.chunks))
        return loanwords[0].latin_of_folded_kana(run)

    return reading_note(parts.vocabulary, query, sounding)

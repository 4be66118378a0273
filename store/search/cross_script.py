"""Names across scripts: a Latin query word finds its Cyrillic spelling, and a Cyrillic one its Latin spelling.

Coverage of this war writes one place or person in both scripts: "Kursk" in English wires,
"Курск", "Курской", "в Курске" in Russian ones.  An analyst types the name in the script of the
keyboard at hand, so a query word is also matched across scripts, at query time only (the index
holds the words as written):

- a Cyrillic vocabulary term is read in Latin letters with the BGN/PCGN romanisation (the one
  English-language outlets use), both whole and cut to its case stem ("курскои" -> "kurskoi" and
  "kursk"); a Latin query word, whole or with a romanised case ending cut ("kurskaya" -> "kursk"),
  finds the terms so read, exactly or, for longer words, one letter off (romanisations differ:
  "Kurskoy", "Kurskoi");
- a Cyrillic query word is romanised, whole and as its stem, and looked up among the Latin terms,
  with the same typo allowance as a typed word.

Such a match weighs less than the same word in the query's own script (``CROSS_SCRIPT_WEIGHT``):
a reader who typed "Kursk" is shown passages in English first.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from store.search.spellings import other_spellings
from store.search.terms import _SLAVIC_ENDINGS, fuzzy_budget, stem
from store.search.vocabulary import Vocabulary

CROSS_SCRIPT_WEIGHT = 0.8  # the word itself in the other script: below a stem sibling in the query's own (0.9)
CROSS_SCRIPT_EDIT_WEIGHT = 0.55  # one letter off after romanising: below a same-script typo (0.7)
CROSS_SCRIPT_TERMS = 16  # Cyrillic terms one Latin word may stand for, most frequent first
_MIN_LETTERS = 4  # shorter words match too many others by chance once romanised ("mir", "tak")
_FUZZY_MIN_LETTERS = 5
# A romanised key is compared only with the keys sharing its first two letters, or three or four
# when fewer still leave too many (as the vocabulary looks for second typos): a bounded cost per word.
_BAND_PREFIXES = (2, 3, 4)
_BAND_LIMIT = 600

# Folded terms have lost their marks: "й" is "и", "ё" is "е", "ї" is "і" (``terms.fold``).
_ROMAN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye", "ж": "zh", "з": "z",
        "и": "i", "і": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
        "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c",
        "ђ": "d", "џ": "dz", "ѕ": "dz", "ќ": "k", "ѓ": "g",
    }
)  # fmt: skip
_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")
_LATIN_WORD = re.compile(r"[a-z]+")
# The case endings the stemmer cuts from Cyrillic terms, romanised, with the spellings English
# texts give the adjective endings ("Kurskaya", "Kurskoy", "Zelenskiy", "Zelensky").
_LATIN_ENDINGS = tuple(
    sorted(
        {e.translate(_ROMAN) for e in _SLAVIC_ENDINGS if e.translate(_ROMAN)} | {"aya", "oy", "iy", "yy", "yi", "ey", "iye", "oye"},
        key=len,
        reverse=True,
    )
)  # "ь" romanises to nothing: no ending
_CYRILLIC_LEADS = (b"\xd0", b"\xd4")  # UTF-8 lead bytes of U+0400..U+04FF


def romanised(cyrillic: str) -> str:
    """A folded Cyrillic word in Latin letters (BGN/PCGN): "курскои" -> "kurskoi"."""
    return cyrillic.translate(_ROMAN)


def latin_stem(word: str) -> str:
    """A Latin word with the romanised case ending cut that leaves three letters or more, else the word."""
    for ending in _LATIN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


class RomanisedTerms:
    """The vocabulary's Cyrillic terms by their romanised forms (whole, and stem), built once per vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        by_key: dict[str, list[int]] = defaultdict(list)
        ids = _cyrillic_term_ids(vocabulary)
        # Decoded and romanised all at once, one a line; the stems were cut when the vocabulary was built.
        terms = vocabulary.terms.lines(ids).split("\n") if len(ids) else []
        wholes = romanised("\n".join(terms)).split("\n") if terms else []
        cuts = romanised(vocabulary.stems.lines(vocabulary.stem_of[ids])).split("\n") if terms else []
        for term_id, term, whole, cut in zip(ids.tolist(), terms, wholes, cuts, strict=True):
            if not _CYRILLIC_WORD.fullmatch(term):
                continue
            by_key[whole].append(term_id)
            if cut != whole:
                by_key[cut].append(term_id)
        self.by_key = dict(by_key)
        self.keys = sorted(self.by_key)

    def matches(self, word: str) -> dict[int, float]:
        """Cyrillic term id -> weight for a folded Latin query word."""
        if not self.keys or len(word) < _MIN_LETTERS or not _LATIN_WORD.fullmatch(word):
            return {}
        found: dict[int, float] = {}
        wanted = {word, latin_stem(word)}
        # "kharkiv" also finds "Харьков", read "kharkov", the name's other spelling (``spellings``).
        wanted |= {spelling for key in tuple(wanted) for spelling in other_spellings(key) if spelling.isascii()}
        for key in wanted:
            for term_id in self.by_key.get(key, ()):
                found[term_id] = CROSS_SCRIPT_WEIGHT
        if len(word) >= _FUZZY_MIN_LETTERS:
            for key in wanted:
                for near in self._one_off(key):
                    for term_id in self.by_key[near]:
                        found.setdefault(term_id, CROSS_SCRIPT_EDIT_WEIGHT)
        df = self.vocabulary.df
        return dict(sorted(found.items(), key=lambda tw: (-tw[1], -int(df[tw[0]])))[:CROSS_SCRIPT_TERMS])

    def _one_off(self, key: str) -> list[str]:
        if len(key) < _FUZZY_MIN_LETTERS - 1:
            return []
        for size in _BAND_PREFIXES:
            prefix = key[:size]
            start = bisect_left(self.keys, prefix)
            end = bisect_left(self.keys, prefix + "\uffff", lo=start)
            if end - start <= _BAND_LIMIT:
                band = [k for k in self.keys[start:end] if abs(len(k) - len(key)) <= 1]
                return [k for k, _, _ in process.extract(key, band, scorer=OSA.distance, score_cutoff=1, limit=None) if k != key]
        return []


def latin_matches(vocabulary: Vocabulary, word: str) -> dict[int, float]:
    """Latin term id -> weight for a folded Cyrillic query word ("курскои" finds "kursk")."""
    if len(word) < _MIN_LETTERS or not _CYRILLIC_WORD.fullmatch(word):
        return {}
    found: dict[int, float] = {}
    for latin in dict.fromkeys([romanised(word), romanised(stem(word))]):
        if len(latin) < _MIN_LETTERS - 1:
            continue
        # "Харьков" reads "kharkov", which also finds the name's other spelling, "Kharkiv" (``spellings``).
        for spelling in (latin, *(other for other in other_spellings(latin) if other.isascii())):
            if (term_id := vocabulary.lookup(spelling)) is not None:
                found[term_id] = CROSS_SCRIPT_WEIGHT
            for sibling in vocabulary.stem_siblings(spelling):
                found.setdefault(sibling, CROSS_SCRIPT_WEIGHT)
        budget = fuzzy_budget(latin) if len(latin) >= _FUZZY_MIN_LETTERS else 0
        for term_id, _ in vocabulary.near(latin, budget):
            found.setdefault(term_id, CROSS_SCRIPT_EDIT_WEIGHT)
    df = vocabulary.df
    return dict(sorted(found.items(), key=lambda tw: (-tw[1], -int(df[tw[0]])))[:CROSS_SCRIPT_TERMS])


def _cyrillic_term_ids(vocabulary: Vocabulary) -> np.ndarray:
    """Ids of the terms whose UTF-8 starts with a Cyrillic letter: one stretch of the byte order."""
    order = vocabulary.byte_order
    lead = lambda i: bytes(vocabulary.terms.raw(order.item(i))[:1])  # a bisect key
    start = bisect_left(range(len(order)), _CYRILLIC_LEADS[0], key=lead)
    end = bisect_left(range(len(order)), _CYRILLIC_LEADS[1], lo=start, key=lead)
    return np.asarray(order[start:end])

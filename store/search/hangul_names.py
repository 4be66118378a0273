"""A Korean name typed in Hangul finds it romanised: "김정은" finds "Kim Jong Un" and "Kim Jong-un".

Korean writes a person's name as one word, surname first ("김정은", "최선희"); English coverage writes it
romanised, one word per syllable, in one system or another ("Kim Jong Un", "Choe Son Hui").  A Hangul
word of two or three syllables whose first is a common surname is read as a name: the surname's
romanisations and each given-name syllable's (Revised Romanisation, worked out from the syllable's
letters, and its other systems from ``korean_names``) are looked up, and a passage holding the surname and
every syllable in some spelling holds the name.  Other Hangul words keep to Korean passages.
"""

from __future__ import annotations

import unicodedata

import numpy as np

from store.search.korean_names import NAME_SPELLING_WEIGHT, SURNAME_SPELLINGS, SYLLABLE_SPELLINGS
from store.search.postings import Postings
from store.search.ranking import WordPlan
from store.search.vocabulary import Vocabulary

# Common surnames, each with one romanisation ``korean_names`` knows (it adds the others).
_SURNAMES = {
    "김": "kim", "박": "pak", "이": "ri", "리": "ri", "최": "choe", "전": "chon", "강": "kang", "한": "han",
    "장": "jang", "노": "no", "로": "ro", "신": "shin", "조": "cho", "윤": "yun", "현": "hyon", "권": "kwon",
    "남": "nam", "임": "rim", "림": "rim", "황": "hwang",
}  # fmt: skip
# Revised Romanisation of a syllable's leading consonant, vowel and final consonant, in Unicode's order.
_LEADS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h")
_VOWELS = (
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu",
    "ui", "i",
)  # fmt: skip
_FINALS = (
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng",
    "t", "t", "k", "t", "p", "t",
)  # fmt: skip
_FIRST_SYLLABLE, _LAST_SYLLABLE = 0xAC00, 0xD7A3
_GIVEN_NAME = range(1, 3)  # syllables after the surname


def romanised_syllable(syllable: str) -> str:
    """A Hangul syllable in the Revised Romanisation, as a name's syllable is written alone ("정" -> "jeong")."""
    index = ord(syllable) - _FIRST_SYLLABLE
    return _LEADS[index // 588] + _VOWELS[index % 588 // 28] + _FINALS[index % 28]


def name_parts(word: str) -> list[tuple[str, ...]] | None:
    """Per syllable of a Hangul name (a folded query word), its romanisations; None if it is no name."""
    syllables = unicodedata.normalize("NFC", word)
    if len(syllables) - 1 not in _GIVEN_NAME or syllables[0] not in _SURNAMES:
        return None
    if not all(_FIRST_SYLLABLE <= ord(ch) <= _LAST_SYLLABLE for ch in syllables):
        return None
    surname = _SURNAMES[syllables[0]]
    parts = [(surname, *SURNAME_SPELLINGS.get(surname, ()))]
    for syllable in syllables[1:]:
        revised = romanised_syllable(syllable)
        # The older McCune-Reischauer spelling most English coverage uses writes "eo" and "eu" as "o" and "u"
        # ("seon" is "son", "eun" "un"); ``korean_names`` knows the other systems of either.
        older = revised.replace("eo", "o").replace("eu", "u")
        spellings = dict.fromkeys([revised, older, *SYLLABLE_SPELLINGS.get(revised, ()), *SYLLABLE_SPELLINGS.get(older, ())])
        parts.append(tuple(spellings))
    return parts


def add_romanised_name(vocabulary: Vocabulary, postings: Postings, plan: WordPlan) -> None:
    """Add to a Hangul word's plan, if it is a name, the passages writing it romanised: each scores its
    rarest part's best impact, at the weight of a name in another system."""
    parts = name_parts(plan.word)
    if parts is None:
        return
    held: np.ndarray | None = None
    best: np.ndarray | None = None
    lit: set[int] = set()
    for spellings in parts:
        ids = [term_id for term_id in vocabulary.lookup_many(list(spellings)) if term_id is not None]
        if not ids:
            return  # a syllable no passage writes: no passage holds the name
        starts, ends = postings.ptr[ids], postings.ptr[np.asarray(ids) + 1]
        found = np.concatenate([postings.docs[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)])
        impact = np.concatenate([postings.impact[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)])
        docs, at = np.unique(found, return_inverse=True)
        scores = np.zeros(len(docs), dtype=np.float32)
        np.maximum.at(scores, at.reshape(-1), impact)  # a passage holding two spellings: its best
        if held is None or best is None:
            held, best = docs, scores
        else:
            keep = np.isin(held, docs, assume_unique=True)
            held, best = held[keep], np.minimum(best[keep], scores[np.isin(docs, held, assume_unique=True)])
        lit.update(ids)
    if held is not None and best is not None and len(held):
        plan.written_apart.append((held, best * np.float32(NAME_SPELLING_WEIGHT)))
        plan.phrase_terms.update(lit)

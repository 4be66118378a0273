"""A Latin name found in Korean and Japanese transcription: "Kursk" finds "쿠르스크" and "クルスク".

Korean and Japanese write a foreign name by its sounds, adding a vowel after each consonant the name
runs together: "Kursk" is 쿠르스크 (ku-reu-seu-keu) and クルスク (ku-ru-su-ku), "Pokrovsk" 포크로우스크 and
ポクロフスク.  No romanisation of the Hangul or kana gives back the English spelling, but the consonants, in
order, survive: here each side is read as its *consonant skeleton* (vowels, glides and long marks dropped;
consonants in classes both scripts keep apart: "k" is ㅋ/ク, "g" is ㄱ/グ; "l" and "r" are one, as in both
languages; "b", "p", "f" and "v" are one, as Japanese writes Russian's final "v" フ), and a Latin query word
finds the Hangul words and katakana runs of the corpus with its skeleton.

Only skeletons of ``MIN_CONSONANTS`` or more count: shorter ones ("Kyiv", k-v) are shared by too many
words.  A Korean word is also read with its particles cut ("쿠르스크에서"); a katakana run, indexed as pairs
of characters, is found where a passage holds all its pairs, as a synonym phrase is.  Such a match weighs
as a one-letter-off word in the other script (``cross_script.CROSS_SCRIPT_EDIT_WEIGHT``): a sound match.
Built once per vocabulary, at the first Latin word planned.  The way back, a Korean word finding the Latin
name ("쿠르스크": "Kursk"), takes a word with the vowel Korean adds to a consonant cluster (ㅡ).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict

import numpy as np

from store.search.cross_script import CROSS_SCRIPT_EDIT_WEIGHT
from store.search.highlight import ChunkTable
from store.search.korean_forms import _is_particles, _syllables, is_hangul
from store.search.postings import Postings
from store.search.ranking import WordPlan
from store.search.synonyms import MAX_PHRASE_WORDS, SynonymTable, add_phrase_synonyms
from store.search.terms import split_chunk, stem
from store.search.vocabulary import Vocabulary

MIN_CONSONANTS = 4
LOANWORD_WEIGHT = CROSS_SCRIPT_EDIT_WEIGHT
_MAX_PHRASES = 8  # katakana runs one word may stand for: the transcriptions of one name are few
_MAX_KANA_PAIRS = 2 * MAX_PHRASE_WORDS  # a run of more kana than this is no name

# Latin: digraphs first, then letters; vowels, "y", "w" and "h" after a vowel carry no consonant of their own.
_LATIN_GROUPS = re.compile(r"shch|sch|dzh|zh|kh|sh|ch|tch|ts|tz|ck|ph|th|gh|ng|x|[a-z]")
_LATIN_CLASSES = {
    "shch": "S", "sch": "S", "dzh": "J", "zh": "J", "kh": "H", "sh": "S", "ch": "C", "tch": "C", "ts": "C",
    "tz": "C", "ck": "K", "ph": "P", "th": "T", "gh": "G", "ng": "NG", "x": "KS",
    "b": "P", "c": "K", "d": "D", "f": "P", "g": "G", "h": "H", "j": "J", "k": "K", "l": "R", "m": "M", "n": "N",
    "p": "P", "q": "K", "r": "R", "s": "S", "t": "T", "v": "P", "z": "J",
}  # fmt: skip
# Hangul folded into conjoining jamo (``terms.fold``): leading consonants U+1100.., final ones U+11A8..
_LEADING = "G K N D T R M P P S S  J J C K T P H".split(" ")  # ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ (ㅇ: none)
_FINAL = {0x11A8: "K", 0x11AB: "N", 0x11AF: "R", 0x11B7: "M", 0x11B8: "P", 0x11BA: "S", 0x11BC: "NG"}
_KANA_CLASSES = {
    **dict.fromkeys("カキクケコ", "K"), **dict.fromkeys("ガギグゲゴ", "G"), **dict.fromkeys("サシスセソ", "S"),
    **dict.fromkeys("ザジズゼゾヂヅ", "J"), **dict.fromkeys("タテト", "T"), **dict.fromkeys("ダデド", "D"),
    **dict.fromkeys("チツ", "C"), **dict.fromkeys("ナニヌネノン", "N"), **dict.fromkeys("ハヒヘホ", "H"),
    **dict.fromkeys("バビブベボパピプペポフヴ", "P"), **dict.fromkeys("マミムメモ", "M"), **dict.fromkeys("ラリルレロ", "R"),
}  # fmt: skip
_EPENTHETIC_VOWEL = "\u1173"  # ㅡ, folded (conjoining jamo)
_KATAKANA_RUN = re.compile(r"[ァ-ヺー]{3,}")
_HANGUL_TERMS = ("\u1100".encode(), "\u1200".encode())  # UTF-8 bounds of the folded Hangul terms
_KATAKANA_TERMS = ("\u30a0".encode(), "\u3100".encode())


def _squeezed(classes: list[str]) -> str:
    """The classes in order, a class written twice running once ("젤렌": ㄹㄹ, "Kharkiv" has no double)."""
    out: list[str] = []
    for one in classes:
        if one and (not out or out[-1] != one):
            out.append(one)
    return " ".join(out)


def latin_skeleton(word: str) -> str:
    return _squeezed([_LATIN_CLASSES.get(group, "") for group in _LATIN_GROUPS.findall(word)])


def hangul_skeleton(jamo: str) -> str:
    classes = []
    for ch in jamo:
        code = ord(ch)
        if 0x1100 <= code <= 0x1112:
            classes.append(_LEADING[code - 0x1100])
        elif code in _FINAL:
            classes.append(_FINAL[code])
    return _squeezed(classes)


def kana_skeleton(run: str) -> str:
    return _squeezed([_KANA_CLASSES.get(ch, "") for ch in run])


# A consonant and its voiced pair as one: "g" and "k", "d" and "t", "j" and "s"; "b", "p" and "h" (バ, パ, ハ).
_UNVOICED = {"G": "K", "D": "T", "J": "S", "H": "P"}


def _voicing_blind(skeleton: str) -> str:
    return _squeezed([_UNVOICED.get(one, one) for one in skeleton.split()])


def _size(skeleton: str) -> int:
    return skeleton.count(" ") + 1 if skeleton else 0


class LoanwordNames:
    """The corpus's Hangul words and katakana runs by their consonant skeletons."""

    def __init__(self, vocabulary: Vocabulary, chunks: ChunkTable) -> None:
        self.vocabulary = vocabulary
        hangul: dict[str, list[int]] = defaultdict(list)
        for term_id in _term_ids_between(vocabulary, *_HANGUL_TERMS).tolist():
            syllables = _syllables(vocabulary.terms[term_id])
            for cut in range(len(syllables), 0, -1):  # the word, then without one or two particles
                if cut == len(syllables) or _is_particles(syllables[cut:]):
                    if _size(key := hangul_skeleton("".join(syllables[:cut]))) >= MIN_CONSONANTS:
                        hangul[key].append(term_id)
        self.hangul = dict(hangul)
        kana: dict[str, dict[tuple[str, ...], None]] = defaultdict(dict)
        kana_terms = _term_ids_between(vocabulary, *_KATAKANA_TERMS).tolist()
        for chunk in chunks.chunks_holding(kana_terms) if kana_terms else ():
            for run in _KATAKANA_RUN.findall(chunk):
                pairs = tuple(stem(term) for term, _, _ in split_chunk(run))
                if len(pairs) <= _MAX_KANA_PAIRS and _size(key := kana_skeleton(run)) >= MIN_CONSONANTS:
                    kana[key][pairs] = None
        self.kana = {key: tuple(runs)[:_MAX_PHRASES] for key, runs in kana.items()}
        self._latin: dict[str, list[int]] | None = None
        self._latin_blind: dict[str, list[int]] | None = None  # by ``_voicing_blind`` skeleton

    def add_to(self, postings: Postings, n_docs: int, plan: WordPlan) -> None:
        """Add to a Latin word's plan the Hangul words and katakana runs sounding as it does; to a Korean
        word's, the Latin words sounding as it does."""
        word = plan.word
        if is_hangul(word):
            self._add_latin(plan)
            return
        if len(word) < MIN_CONSONANTS or not word.isascii() or not word.isalpha():
            return
        key = latin_skeleton(word)
        if _size(key) < MIN_CONSONANTS:
            return
        for term_id in self.hangul.get(key, ()):
            if LOANWORD_WEIGHT > plan.variants.get(term_id, 0.0):
                if term_id not in plan.variants:
                    plan.synonyms.add(term_id)
                plan.variants[term_id] = LOANWORD_WEIGHT
        if runs := self.kana.get(key):
            # Each run of pairs as a phrase of ``MAX_PHRASE_WORDS`` pairs at most: its first ones, then its last.
            phrases = {pairs[:MAX_PHRASE_WORDS]: LOANWORD_WEIGHT for pairs in runs}
            phrases.update({pairs[-MAX_PHRASE_WORDS:]: LOANWORD_WEIGHT for pairs in runs})
            table = SynonymTable({}, {stem(word): tuple(phrases.items())})
            add_phrase_synonyms(self.vocabulary, postings, n_docs, plan, table)


    def _add_latin(self, plan: WordPlan) -> None:
        """"쿠르스크", "쿠르스크에서": "Kursk".  Only a word with a vowel Korean adds to a consonant cluster
        ("르", "스", "크": ㅡ and no final), the mark of a foreign name, and never a Korean word's own forms."""
        syllables = _syllables(plan.word)
        for cut in range(len(syllables), 0, -1):
            if cut != len(syllables) and not _is_particles(syllables[cut:]):
                continue
            head = syllables[:cut]
            if not any(len(syllable) == 2 and syllable[1] == _EPENTHETIC_VOWEL for syllable in head):
                continue
            if _size(key := hangul_skeleton("".join(head))) < MIN_CONSONANTS:
                continue
            if not (found := self._latin_by_skeleton().get(key)):
                continue
            for term_id in found:  # the longest reading that names a word: "쿠르스크에서" is "쿠르스크" + "에서"
                if LOANWORD_WEIGHT > plan.variants.get(term_id, 0.0):
                    if term_id not in plan.variants:
                        plan.synonyms.add(term_id)
                    plan.variants[term_id] = LOANWORD_WEIGHT
            return

    def latin_of_folded_kana(self, run: str) -> list[int]:
        """The Latin words sounding as a katakana run of a query, folded ("ホクロフスク": "Pokrovsk").  Folding
        dropped the voicing marks (ポ and ボ are ホ), so both sides are compared with voicing ignored."""
        key = _voicing_blind(kana_skeleton(run))
        if _size(key) < MIN_CONSONANTS:
            return []
        if self._latin_blind is None:
            blind: dict[str, list[int]] = defaultdict(list)
            for skeleton, term_ids in self._latin_by_skeleton().items():
                blind[_voicing_blind(skeleton)].extend(term_ids)
            self._latin_blind = dict(blind)
        return self._latin_blind.get(key, [])

    def _latin_by_skeleton(self) -> dict[str, list[int]]:
        """The vocabulary's Latin words of four letters or more by skeleton, read at the first Korean query."""
        if self._latin is None:
            found: dict[str, list[int]] = defaultdict(list)
            ids = _term_ids_between(self.vocabulary, b"a", b"{")
            terms = self.vocabulary.terms.lines(ids).split("\n") if len(ids) else []
            for term_id, term in zip(ids.tolist(), terms, strict=True):
                if len(term) >= MIN_CONSONANTS and term.isalpha() and _size(key := latin_skeleton(term)) >= MIN_CONSONANTS:
                    found[key].append(term_id)
            self._latin = dict(found)
        return self._latin


def _term_ids_between(vocabulary: Vocabulary, low: bytes, high: bytes) -> np.ndarray:
    """Ids of the terms whose UTF-8 sorts between ``low`` and ``high``: one stretch of the byte order."""
    order = vocabulary.byte_order
    lead = lambda i: bytes(vocabulary.terms.raw(order.item(i))[: len(low)])  # a bisect key
    start = bisect_left(range(len(order)), low, key=lead)
    end = bisect_left(range(len(order)), high, lo=start, key=lead)
    return np.asarray(order[start:end])

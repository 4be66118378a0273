"""pymorphy3's readings of single Russian and Ukrainian words, and the agreement between them.

The dictionaries are loaded on first use, once per process and per language
(``analyser``), and each word is read and inflected once per process
(``known_readings``, ``inflected``): claimant names share their words ("Южной
Кореи"), and inflecting builds a word's whole paradigm.  ``cyrillic_lemmas``
builds names' nominatives on these.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

ADJECTIVES = frozenset({"ADJF", "PRTF"})
NOMINATIVE = frozenset({"nomn"})
_VOWELS = frozenset("аеёиоуыэюяіїє")

_analysers: dict[str, Any] = {}


def analyser(lang: str) -> Any | None:
    """pymorphy3's analyser of ``lang``, loaded on first use (None where pymorphy3 is not installed)."""
    if lang not in _analysers:
        try:
            import pymorphy3
        except ImportError:  # the names stay as written, as before the library was used
            _analysers[lang] = None
        else:
            _analysers[lang] = pymorphy3.MorphAnalyzer(lang=lang)
    return _analysers[lang]


class Word(NamedTuple):
    """One dictionary reading of a word, its grammemes as plain strings (pymorphy's tag attributes are
    descriptors, slow to read, and refuse comparison with grammemes of other attributes)."""

    parse: Any
    pos: str | None
    case: str | None
    number: str  # "sing" where unmarked: the Ukrainian dictionary marks only the plural
    gender: str | None
    kind: str | None  # "Name", "Surn" or "Patr": a first name, a surname, a patronymic
    score: float


@lru_cache(maxsize=65536)  # names share their words ("Южной Кореи"): a word is parsed once, not once a name
def known_readings(lang: str, word: str) -> tuple[Word, ...]:
    readings = []
    for parse in analyser(lang).parse(word):
        # Only the dictionary's own readings: pymorphy also guesses unknown words by their ending ("Сингх" a
        # plural genitive), and ``Parse.is_known`` misses words it knows spelt with ё.
        if type(parse.methods_stack[0][0]).__name__ != "DictionaryAnalyzer":
            continue
        tag = parse.tag
        kind = next((k for k in ("Name", "Surn", "Patr") if k in tag), None)
        number = "plur" if tag.number == "plur" else "sing"
        readings.append(Word(parse, _plain(tag.POS), _plain(tag.case), number, _plain(tag.gender), kind, parse.score))
    return tuple(readings)


def _plain(grammeme: Any) -> str | None:
    return str(grammeme) if grammeme else None


@lru_cache(maxsize=65536)  # inflecting builds the word's whole paradigm: most of a name's cost, uncached
def inflected(parse: Any, grammemes: frozenset[str]) -> str | None:
    """The word of ``parse`` with ``grammemes`` (None when it has no such form)."""
    form = parse.inflect(set(grammemes))
    return None if form is None else form.word


def _genders_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or "ms-f" in (a, b)


def agreeing(readings: Iterable[Word], case: str | None, gender: str | None, prefer: str | None = None) -> Word | None:
    """The heaviest reading in ``case`` whose gender agrees (one tagged ``prefer`` first), or None."""
    fitting = [p for p in readings if p.case == case and _genders_agree(p.gender, gender)]
    preferred = [p for p in fitting if prefer and p.kind == prefer]
    return max(preferred or fitting, key=lambda p: p.score, default=None)


def agreeing_adjective(readings: Iterable[Word], case: str | None, number: str, gender: str | None) -> Word | None:
    """The first reading in ``case`` and ``number`` (and, in the singular, a gender that agrees), or None."""
    for p in readings:
        if p.case == case and p.number == number and (number == "plur" or _genders_agree(p.gender, gender)):
            return p
    return None


def nominative_of(word: Word, gender: str | None) -> frozenset[str]:
    """What a person's word inflects to: the nominative, in the first name's gender where the word has genders."""
    if word.pos in ADJECTIVES:
        return adjective_nominative("sing", gender)  # "Зеленского" read as an adjective: its masculine
    return NOMINATIVE


def adjective_nominative(number: str, gender: str | None) -> frozenset[str]:
    # Gender only: the Ukrainian dictionary has no grammeme for the singular.
    if number == "plur":
        return frozenset({"nomn", "plur"})
    return frozenset({"nomn", gender}) if gender in ("masc", "femn", "neut") else NOMINATIVE


def indeclinable_surname(word: str, gender: str | None) -> bool:
    """A surname the dictionary does not know that is the same in every case: a woman's, ending in a consonant."""
    return gender == "femn" and word[-1:].lower() not in _VOWELS


def is_abbreviation(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and sum(ch.isupper() for ch in letters) >= 2  # "НАТО", "МИДа", "ЗСУ"


def as_written(form: str, written: str) -> str:
    """``form`` (pymorphy's, lower case) with the capitals, apostrophe and е/ё spelling of ``written``."""
    if "ё" not in written.lower():
        form = form.replace("ё", "е")
    apostrophe = next((ch for ch in written if ch in "'’ʼ"), None)
    if apostrophe:
        form = form.replace("'", apostrophe)
    form_parts, written_parts = form.split("-"), written.split("-")
    if len(form_parts) != len(written_parts):
        form_parts, written_parts = [form], [written]
    return "-".join(
        (part[:1].upper() + part[1:]) if original[:1].isupper() else part
        for part, original in zip(form_parts, written_parts, strict=True)
    )

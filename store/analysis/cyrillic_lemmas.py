"""Russian and Ukrainian claimant names put into the nominative, with pymorphy3.

A speaker is named in the case its cue governs: "по данным Сеула" (genitive),
"заявили в Головному управлінні розвідки" (locative), "со ссылкой на
Пентагон" (accusative).  Left so, one body is as many claimants as it has
cases.  ``nominative`` gives the name's nominative, by these rules:

* a person ("Владимира Путина", "Марии Захаровой", a lone "Зеленского"): every
  word in the nominative, in the gender the first name (pymorphy's ``Name``)
  agrees with; a name whose surname pymorphy does not know stays as written,
  unless the surname is a woman's ending in a consonant, which does not
  decline ("Сабрины Сингх" → "Сабрина Сингх");
* anything else: the head noun, the first noun of the name, and the adjectives
  before it that agree with it go into the nominative; what follows the head
  (its genitive dependents, "начальников штабов Южной Кореи") stays as written;
* abbreviations ("НАТО", "ГУР МО"), words pymorphy does not know and words of
  other scripts are never changed; capitals stay where they were written.

A name stays as written whenever the library is unsure: some reading of it is
already nominative (a person; "Буданова" may be a woman), or, for other names,
under three quarters of the readings' weight gives the same nominative
("Службы" is "службы" plural once in eight; Ukrainian readings carry no weight,
so each counts one).  The language is Ukrainian when a letter says so (і ї є ґ),
Russian when one says so (ы э ъ ё); else both are tried: Russian where its
dictionary knows the words, Ukrainian where only it does, and a person the two
read differently stays as written.

The analysers are loaded on the first Cyrillic name, once per process and per
language: an English corpus never imports pymorphy3.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import filterfalse
from typing import NamedTuple

from store.analysis.cyrillic_words import (
    ADJECTIVES,
    NOMINATIVE,
    Word,
    adjective_nominative,
    agreeing,
    agreeing_adjective,
    analyser,
    as_written,
    indeclinable_surname,
    inflected,
    is_abbreviation,
    known_readings,
    nominative_of,
)

# Under this share of the readings' weight, the nominative a name would get is a guess: it stays as written.
CONFIDENT_SHARE = 0.75
_CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
_UKRAINIAN_LETTERS = re.compile(r"[іїєґ]", re.IGNORECASE)
_RUSSIAN_LETTERS = re.compile(r"[ыэъё]", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'"})  # pymorphy's Ukrainian dictionary spells "об'єднаний"
_MOST_ADJECTIVES = 3  # before the head noun: "Национальная разведывательная служба"


def may_decline(name: str) -> bool:
    """Whether ``name`` has Cyrillic letters (the only names ``nominative`` can change); cheap for ASCII."""
    return not name.isascii() and _CYRILLIC.search(name) is not None


def nominatives(names: Iterable[str]) -> dict[str, str]:
    """Each name of ``names`` that ``nominative`` changes, to its nominative."""
    changed = {}
    # Asked of every name of the corpus at each fold: ASCII names (most) are passed over in C.
    for name in filterfalse(str.isascii, names):
        if _CYRILLIC.search(name) is not None:
            new = nominative(name)
            if new != name:
                changed[name] = new
    return changed


@lru_cache(maxsize=65536)  # asked once per fold for every Cyrillic name; a parse costs tens of microseconds a word
def nominative(name: str) -> str:
    """``name`` in the nominative, or as written where the library does not know or is unsure (see the module).

    A nominative that would itself change again is no settled reading: the name then stays as written, so
    that folding names twice (each file's, then the corpus's) gives what folding them once does.
    """
    if not may_decline(name):
        return name
    found = _nominative_once(name)
    return found if found == name or _nominative_once(found) == found else name


def _nominative_once(name: str) -> str:
    ukrainian, russian = _UKRAINIAN_LETTERS.search(name), _RUSSIAN_LETTERS.search(name)
    if ukrainian and russian:
        return name  # mixed spellings: neither dictionary reads it
    if ukrainian or russian:
        found = _in_language(name, "uk" if ukrainian else "ru")
        return name if found is None else found.text
    # No letter tells: Russian where its dictionary knows the words, but a person Ukrainian reads otherwise
    # stays as written ("Кирила Буданова" is Кирило's in Ukrainian, a Кирил's in Russian).  Only people are
    # compared: the Ukrainian dictionary gives Russian common nouns odd readings ("Главного" a vocative noun).
    russian_reading = _in_language(name, "ru")
    if russian_reading is not None and (russian_reading.text == name or not russian_reading.person):
        return russian_reading.text
    ukrainian_reading = _in_language(name, "uk")
    if russian_reading is None:
        return name if ukrainian_reading is None else ukrainian_reading.text
    if ukrainian_reading is not None and ukrainian_reading.person and ukrainian_reading.candidates - {russian_reading.text}:
        return name
    return russian_reading.text


class _Reading(NamedTuple):
    text: str
    person: bool = False  # read as a person's name
    candidates: frozenset[str] = frozenset()  # every nominative other than as written that some reading gives


def _in_language(name: str, lang: str) -> _Reading | None:
    """``name``'s nominative read with ``lang``'s dictionary; None if it does not know the words."""
    if analyser(lang) is None:
        return _Reading(name)
    return _Name(name, lang).nominative()


class _UnknownWord(Exception):
    """A person's name holds a word the analyser's dictionary does not know."""


class _Name:
    """One name read with one language's analyser."""

    def __init__(self, text: str, lang: str) -> None:
        self.text = text
        self.lang = lang
        self.words = list(_WORD.finditer(text))
        self.candidates: set[str] = set()

    def nominative(self) -> _Reading | None:
        """The name in the nominative, or itself (known, but nominative or unsure); None when this language does
        not know its words (another may)."""
        words = self.words
        if not words or words[0].start() != 0 or is_abbreviation(words[0].group()):
            return _Reading(self.text)
        if not _CYRILLIC.search(words[0].group()):
            return _Reading(self.text)
        try:
            person = self._person()
        except _UnknownWord:
            return None
        if person is not None:
            return _Reading(person, True, frozenset(self.candidates))
        phrase = self._phrase()
        return None if phrase is None else _Reading(phrase, False, frozenset(self.candidates))

    # --- reading words -----------------------------------------------------------------------------------------

    def _parses(self, index: int) -> tuple[Word, ...]:
        """The dictionary's readings of word ``index`` (none for a word it only guesses at)."""
        return known_readings(self.lang, self.words[index].group().translate(_APOSTROPHES))

    def _spaced(self, last: int) -> bool:
        """Whether words 0..``last`` are separated by spaces alone (no comma, bracket or quote among them)."""
        return all(not self.text[self.words[i - 1].end() : self.words[i].start()].strip() for i in range(1, last + 1))

    def _rewritten(self, forms: dict[int, str]) -> str:
        """The name with the words of ``forms`` replaced, each in its written word's capitals and apostrophe."""
        out, at = [], 0
        for index, form in sorted(forms.items()):
            match = self.words[index]
            out += [self.text[at : match.start()], as_written(form, match.group())]
            at = match.end()
        out.append(self.text[at:])
        return "".join(out)

    # --- people ------------------------------------------------------------------------------------------------

    def _person(self) -> str | None:
        """The nominative of a person's name (a first name, maybe a patronymic, a surname; or a lone surname),
        itself where unsure; None when the name is no person's."""
        texts = [w.group() for w in self.words]
        if not 1 <= len(texts) <= 3 or not all(t[:1].isupper() and _CYRILLIC.search(t) for t in texts):
            return None
        if not self._spaced(len(texts) - 1):
            return None
        readings = [[p for p in self._parses(i) if p.number != "plur"] for i in range(len(texts))]
        if len(texts) == 1:
            surnames = [p for p in readings[0] if p.kind == "Surn"]
            if not surnames and not any(p.kind == "Name" for p in readings[0]):
                return None  # a place or a body: "Сеула"
            if any(p.case == "nomn" for p in readings[0]):
                return self.text  # "Буданова" may be a woman's name, "Кима" a first name
            return self._most_confident([(p.score, {0: inflected(p.parse, NOMINATIVE)}) for p in (surnames or readings[0])])
        first = [p for p in readings[0] if p.kind == "Name"]
        if not first:
            return None
        middle = [p for p in readings[1] if p.kind == "Patr"] if len(texts) == 3 else []
        if len(texts) == 3 and not middle:
            return self.text  # "Ким Чен Ын": no first name, patronymic and surname
        choices: list[tuple[float, dict[int, str | None]]] = []
        last = len(texts) - 1
        for name in first:
            case, gender = name.case, name.gender
            forms: dict[int, Word] = {0: name}
            if middle:
                patronymic = agreeing(middle, case, gender)
                if patronymic is None:
                    continue
                forms[1] = patronymic
            surname = agreeing(readings[last], case, gender, prefer="Surn")
            if surname is None:
                if readings[last] or not indeclinable_surname(texts[last], gender):
                    continue
            else:
                forms[last] = surname
            if case == "nomn":
                return self.text
            choices.append((name.score, {i: inflected(p.parse, nominative_of(p, gender)) for i, p in forms.items()}))
        if choices:
            return self._most_confident(choices)
        if not all(readings):
            raise _UnknownWord  # a word of the name this language does not know: another may
        return self.text

    # --- bodies, places, groups ---------------------------------------------------------------------------------

    def _phrase(self) -> str | None:
        """The name with its head noun and the adjectives before it in the nominative (see the module)."""
        head = self._head()
        if head is None:
            return None
        if head < 0:
            return self.text
        adjectives = [[p for p in self._parses(i) if p.pos in ADJECTIVES] for i in range(head)]
        choices: list[tuple[float, dict[int, str | None]]] = []
        for reading in self._parses(head):
            case, number, gender = reading.case, reading.number, reading.gender
            if reading.pos == "NOUN":
                forms = {head: inflected(reading.parse, NOMINATIVE)}
            elif reading.pos in ADJECTIVES:  # an adjective standing as a noun: "российских военных"
                forms = {head: inflected(reading.parse, adjective_nominative(number, gender))}
            else:  # a reading that declines no noun ("Юсов", a short adjective) weighs for the name as written
                choices.append((reading.score, {}))
                continue
            for i, readings in enumerate(adjectives):
                adjective = agreeing_adjective(readings, case, number, gender)
                if adjective is None:
                    break  # the adjectives before rule this reading out
                forms[i] = inflected(adjective.parse, adjective_nominative(number, gender))
            else:
                choices.append((reading.score, forms))
        return self._most_confident(choices)

    def _head(self) -> int | None:
        """The head noun's index: the first noun after adjectives agreeing with what follows them; -1 when the
        name is no such phrase (it stays as written); None when this language does not read its words."""
        for index, match in enumerate(self.words[: _MOST_ADJECTIVES + 1]):
            text = match.group()
            if not _CYRILLIC.search(text) or is_abbreviation(text) or not self._spaced(index):
                return -1
            parses = self._parses(index)
            if not parses:
                return None
            may_be_adjective = any(p.pos in ADJECTIVES for p in parses)
            if may_be_adjective and self._modifies_next(index, parses):
                continue
            if any(p.pos == "NOUN" for p in parses):
                return index
            # An adjective agreeing with nothing after it: the next word's case is another language's
            # (Russian reads "Генерального штабу" as a genitive before a dative); else no phrase (a pronoun).
            return None if may_be_adjective else -1
        return -1

    def _modifies_next(self, index: int, parses: tuple[Word, ...]) -> bool:
        """Whether an adjective reading of word ``index`` agrees with a noun or adjective reading of the next word."""
        if index + 1 >= len(self.words) or not self._spaced(index + 1):
            return False
        following = [p for p in self._parses(index + 1) if p.pos == "NOUN" or p.pos in ADJECTIVES]
        adjectives = [p for p in parses if p.pos in ADJECTIVES]
        return any(
            agreeing_adjective(adjectives, p.case, p.number, p.gender) is not None for p in following
        )

    # --- choosing ----------------------------------------------------------------------------------------------

    def _most_confident(self, choices: list[tuple[float, dict[int, str | None]]]) -> str:
        """The name rewritten as the heaviest of ``choices`` (weight, word index → nominative word) says, if it
        carries ``CONFIDENT_SHARE`` of their weight; else as written.  A choice that keeps every word as
        written weighs for the name as written."""
        weights: dict[str, float] = {}
        total = 0.0
        for weight, forms in choices:
            weight = weight or 1e-6  # a reading pymorphy weighs nothing still counts among equals
            total += weight
            if any(form is None for form in forms.values()):
                name = self.text  # no nominative to inflect to: unsure
            else:
                name = self._rewritten(forms)
            weights[name] = weights.get(name, 0.0) + weight
            if name != self.text:
                self.candidates.add(name)
        if not weights:
            return self.text
        best = max(weights, key=lambda name: (weights[name], name == self.text))
        if best != self.text and weights[best] >= CONFIDENT_SHARE * total:
            return best
        return self.text

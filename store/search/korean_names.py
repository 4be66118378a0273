"""Korean names in other romanisations: "Kim Chen Yn" and "Ким Чен Ын" find "Kim Jong Un".

English-language outlets write Korean names in McCune-Reischauer or the Revised Romanisation ("Kim Jong
Un", "Choe Son Hui"); Russian outlets write them by their own system ("Ким Чен Ын", "Цой Сон Хи"), and
a Russian report romanised letter by letter, or an analyst typing from one, gives "Kim Chen Yn", "Tsoi
Son Khi".  The syllables differ by more than typo matching allows ("Chen" and "Jong" are three edits
apart), so each syllable of a name is also looked up in its other romanisations.

Only the syllables of a name are read so: the words after a Korean surname, at most two (a Korean given
name is one or two syllables).  "Chen" alone is a Chinese name and "Ir" an abbreviation, never "Jong"
or "Il"; after "Kim" they are.
"""

from __future__ import annotations

from collections.abc import Callable

from store.search.cross_script import romanised

# One surname in each of its romanisations (Russian-style romanised first, the English forms after).
_SURNAMES = (
    ("kim",),
    ("pak", "park", "bak"),
    ("ri", "li", "lee", "rhee", "yi"),
    ("tsoi", "tsoy", "choe", "choi", "chkhve"),
    ("chon", "jon", "jeon", "chun"),
    ("kan", "kang"),
    ("khan", "han"),
    ("chan", "jang", "chang"),
    ("no", "ro", "roh"),
    ("sin", "shin"),
    ("cho", "jo"),
    ("yun", "yoon"),
    ("khen", "hyon", "hyun"),
    ("kvon", "kwon"),
    ("nam",),
    ("rim", "im", "lim"),
    ("khvan", "hwang"),
)
# A given-name syllable in each of its romanisations: Russian-style ("chen", "chzhon": Чен, Чжон),
# McCune-Reischauer ("jong", "chol") and Revised ("jeong", "cheol").
_SYLLABLES = (
    ("chen", "chon", "chzhon", "chzhen", "jong", "jeong", "chong"),
    ("yn", "un", "eun"),
    ("ir", "il"),
    ("sen", "son", "sung", "song", "seong"),
    ("khi", "hui", "hee", "hi"),
    ("yo", "jo", "yeo"),
    ("chkhol", "chol", "cheol"),
    ("chkhon", "chon", "cheon"),
    ("chzhu", "dzhu", "ju"),
    ("khak", "hak"),
    ("khyon", "hyon", "hyeon"),
    ("khva", "hwa"),
    ("chzhe", "je"),
    ("yon", "yong", "yeong"),
    ("kvan", "kwang", "gwang"),
    ("kyn", "kun", "geun"),
    ("tek", "taek"),
    ("chkhan", "chang", "chan"),
    ("sik", "shik"),
)


def _spellings(sets: tuple[tuple[str, ...], ...]) -> dict[str, tuple[str, ...]]:
    found: dict[str, dict[str, None]] = {}
    for names in sets:
        for spelling in names:
            found.setdefault(spelling, {}).update(dict.fromkeys(other for other in names if other != spelling))
    return {spelling: tuple(others) for spelling, others in found.items()}


SURNAME_SPELLINGS = _spellings(_SURNAMES)
SYLLABLE_SPELLINGS = _spellings(_SYLLABLES)
GIVEN_NAME_SYLLABLES = 2
NAME_SPELLING_WEIGHT = 0.8  # the same name in another system: as a word in the other script (``cross_script``)


# Given-name syllables that are English stop words too ("Kim Chen In", "Kim In Chol", "Pak So Yon"): dropped as
# stop words, a query would find every Kim.  Read as a name only beside a syllable known as one (see
# ``stop_word_syllables``), so "Kim in Seoul" keeps its "in" a stop word.
_STOP_WORD_SYLLABLES = frozenset({"in", "an", "so", "do", "no"})


def stop_word_syllables(words: list[str]) -> dict[int, frozenset[int]]:
    """Positions of ``words`` (folded query words) holding a stop word that is a given-name syllable of a
    Korean name (within the given name after a surname, whose other syllable is a known name syllable),
    each with the positions of the other words of its name."""
    found: dict[int, frozenset[int]] = {}
    latin = [_latin(word) for word in words]
    for at, word in enumerate(latin):
        if word not in SURNAME_SPELLINGS:
            continue
        given = range(at + 1, min(at + 1 + GIVEN_NAME_SYLLABLES, len(latin)))
        if any(latin[i] in SYLLABLE_SPELLINGS for i in given):
            name = frozenset([at, *given])
            found.update((i, name - {i}) for i in given if latin[i] in _STOP_WORD_SYLLABLES)
    return found


def _latin(word: str) -> str:
    return word if word.isascii() else romanised(word)


def name_spellings(words: list[str], lookup: Callable[[str], int | None]) -> dict[int, tuple[str, ...]]:
    """Per position of ``words`` (folded query words) that is part of a Korean name, its other
    romanisations: the surname's, and its given-name syllables'; {} when no word is a Korean surname.

    A surname the passages write as typed (``lookup`` finds it) keeps to itself: "Lee" also finding every "Ri",
    a rarer and so weightier word, would rank any Ri above the Lee asked for; "Tsoi", which no passage
    writes, is looked up as "Choe".  A syllable is looked up in every system: it is read as one only
    after a surname, and "Chen" after "Kim" is no Chinese name."""
    found: dict[int, tuple[str, ...]] = {}
    latin = [_latin(word) for word in words]
    for at, word in enumerate(latin):
        if word not in SURNAME_SPELLINGS or at + 1 >= len(latin):
            continue
        if not words[at].isascii():  # "Ким": the Latin spelling is another romanisation too
            found[at] = (word, *SURNAME_SPELLINGS[word])
        elif lookup(word) is None:
            found[at] = SURNAME_SPELLINGS[word]
        for given in range(at + 1, min(at + 1 + GIVEN_NAME_SYLLABLES, len(latin))):
            syllable = latin[given]
            others = SYLLABLE_SPELLINGS.get(syllable, ())
            if not others:
                break  # a word that is no name syllable ends the name
            found[given] = others if words[given].isascii() else (syllable, *others)
    return found

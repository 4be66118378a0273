"""One Cyrillic name romanised by different systems: "Sudzha", "Sudja" and "Sudža" are one town.

``spellings`` lists the names whose forms differ by more than letters (Kiev/Kyiv, Artemivsk/Bakhmut).
A name the list lacks is still written by a few systems that differ in how they write one letter: "дж" is
"dzh" (BGN/PCGN), "dj" (French, older wire style) or "dž" (scholarly, folded to "dz"); "х" is "kh" or "h";
"я" is "ya" or "ia".  Two such differences are two edits, more than a short word's typo budget, so
"Sudja" missed "Sudzha".  Here a word's forms under the other systems are made letter group by letter
group, and only those the vocabulary holds are offered.

A letter folded from one with a mark is no system's spelling: "s" for "š" would make "sell" a form of "shell".
"""

from __future__ import annotations

import re
from itertools import product

# Each group: the ways one Cyrillic letter (or pair) is written in Latin letters by the common systems.
_LETTER_SYSTEMS = (
    ("dzh", "dj", "dz"),  # дж  (dž folds to dz)
    ("shch", "sch", "shh"),  # щ
    ("tch", "ch"),  # ч (French "tch")
    ("ya", "ia"),  # я
    ("yu", "iu"),  # ю
    ("ts", "tz"),  # ц
)
# Not "j" for "y" ("Jurij", "Jaroslav") nor for "zh" ("Jitomir"): in Korean names "Jong" and "Yong", "Ju" and
# "Yu" are other syllables (정/영, 주/유), and in Chinese ones "Zhang" is no "Jang".
_ALTERNATIVES: dict[str, tuple[str, ...]] = {
    form: tuple(other for other in group if other != form) for group in _LETTER_SYSTEMS for form in group
}
# "х" is "kh" or "h" ("Kharkiv", "Harkiv"; "Khomutovka", "Homutovka"), swapped at a word's start only: inside
# a word "kh" ends one Korean syllable and starts the next ("Suk-hwa" is no "Su-hwa").
_ALTERNATIVES.update({"^kh": ("h",), "^h": ("kh",)})
# Longest first, so "dzh" is one group, not "d" + "zh"; "shch" not "sh" + "ch".
_GROUP = re.compile("|".join(sorted(_ALTERNATIVES, key=len, reverse=True)))
# A name's adjective ending: "Zelenskiy", "Zelensky", "Zelenskii" (-ий), and "Dmitriy", "Dmitry".
_ENDING = re.compile(r"(?<=[bcdfghklmnprstvz])(?:iy|ii|yy|ij|y)$")
_ENDINGS = ("iy", "ii", "y", "yy", "ij")

MIN_LENGTH = 5  # "hat" and "cha" are English words and no names: a short word's other forms are other words
MAX_GROUPS = 3  # a word with more letter groups than this is an English word ("watchtowers"), not a name
MAX_FORMS = 64


# German writes a Cyrillic name by German sounds: "ш" and "ж" "sch", "ч" "tsch", "х" "ch", "в" "w", "ц" "z", "з"
# at a word's start "s", "й" "j" ("Selenskyj", "Charkiw", "Donezk", "Schoigu", "Pokrowsk"): an analyst reading
# German copy types those.  Each group's English spellings; "j" after a vowel ends a syllable ("yj", "ij").
_GERMAN_GROUPS = {
    "tsch": ("ch",), "dsch": ("dzh", "j"), "sch": ("sh", "zh"), "ch": ("kh",), "w": ("v",), "z": ("ts",),
    "j": ("y", "i", ""), "^s": ("z",),
}  # fmt: skip
_GERMAN_GROUP = re.compile(r"tsch|dsch|sch|ch|w|z|j|^s(?=[aeiouy])")
_GERMAN_MARK = re.compile(r"sch|w|z|j")  # no English name of this war is romanised with these
MAX_GERMAN_GROUPS = 4


def german_forms(word: str) -> list[str]:
    """The English spellings of a name ``word`` writes the German way ("selenskyj": "zelensky", "zelenskyy";
    "charkiw": "kharkiv"), itself left out; [] for a word with no German mark."""
    if len(word) < MIN_LENGTH or not word.isascii() or not word.isalpha() or not _GERMAN_MARK.search(word):
        return []
    pieces: list[tuple[str, ...]] = []
    start = 0
    for match in _GERMAN_GROUP.finditer(word):
        group = match.group()
        key = "^s" if group == "s" else group
        pieces += [(word[start : match.start()],), (group, *_GERMAN_GROUPS[key])]
        start = match.end()
    if len(pieces) // 2 > MAX_GERMAN_GROUPS:
        return []
    pieces.append((word[start:],))
    return list(dict.fromkeys(form for choice in product(*pieces) if (form := "".join(choice)) != word))[:MAX_FORMS]


def romanised_forms(word: str) -> list[str]:
    """The other romanisations of ``word`` (folded, lower case, Latin letters), itself left out; [] for a
    word too short or with no letter group the systems write differently."""
    if len(word) < MIN_LENGTH or not word.isascii() or not word.isalpha():
        return []
    return [*_forms_by_letter_group(word), *german_forms(word)]


def _forms_by_letter_group(word: str) -> list[str]:
    pieces: list[tuple[str, ...]] = []
    start = 0
    for match in _GROUP.finditer(word):
        pieces.append((word[start : match.start()],))
        key = match.group() if match.group() in _ALTERNATIVES else "^" + match.group()
        pieces.append((match.group(), *_ALTERNATIVES[key]))
        start = match.end()
    groups = len(pieces) // 2
    tail = word[start:]
    if (ending := _ENDING.search(tail)) is not None:
        pieces.append((tail[: ending.start()],))
        pieces.append((ending.group(), *(e for e in _ENDINGS if e != ending.group())))
        groups += 1
    else:
        pieces.append((tail,))
    if groups == 0 or groups > MAX_GROUPS:
        return []
    forms = []
    for choice in product(*pieces):
        form = "".join(choice)
        if form != word:
            forms.append(form)
            if len(forms) >= MAX_FORMS:
                break
    return forms

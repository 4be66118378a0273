"""Cyrillic letters whose second UTF-8 byte was lost to a Windows-1252 reading.

UTF-8 Cyrillic read as Windows-1252 by a lenient decoder ("errors=replace") keeps most letters as
two readable characters ("Ð¡" for "С", repaired by the codepage pass), but five second bytes have no
Windows-1252 character (0x81, 0x8D, 0x8F, 0x90, 0x9D) and became U+FFFD: "Ð�" was one of "Ё Ѝ Џ А Н",
"Ñ�" one of "с ѐ э я ѝ".  Which one is told by the word: a word the text also spells intact settles
it ("Россию" elsewhere mends "РоÑ�Ñ�ию"); else the letter pairs of the text's intact words, which
score "Ñ�нваре" as "январе" and "КÐ�ДР" as "КНДР".
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter

_CANDIDATES = {"Ð\ufffd": ("А", "Н", "Ё"), "Ñ\ufffd": ("с", "я", "э")}
_HOLE = re.compile("[ÐÑ]\ufffd")
_DAMAGED_WORD = re.compile("(?:[А-яЁё]|[ÐÑ]\ufffd)*[ÐÑ]\ufffd(?:[А-яЁё]|[ÐÑ]\ufffd)*")
_INTACT_WORD = re.compile("[А-яЁё]{2,}")
_CYRILLIC = re.compile("[А-яЁё]")
_MOST_HOLES = 6  # 3**6 readings of one word at most
# How often each candidate letter stands in Russian text, relative to the others.
_PRIOR = {"А": 8.0, "Н": 6.7, "Ё": 0.1, "с": 5.5, "я": 2.0, "э": 0.3}
# Letter pairs holding one of the candidates (or "а", "н" in lower case), counted over some 30,000 letters of
# Russian news text ("_" is a word's edge): the letters a lossy text lost never stand intact in it, so its
# own pairs cannot speak for them.
_RUSSIAN_PAIRS = {
    entry[:2].replace("_", " "): int(entry[2:])
    for entry in (
    "а_564 _с497 ра380 на376 ен364 но360 я_317 _н304 ст276 ни237 ин223 ла219 ав214 ос213 ан204 та198 н_197 ны195 "
    "ск194 ва191 ал188 да187 нн176 он175 ис155 ся146 ка138 за135 се123 со122 _а121 си120 ар114 ая111 йс107 аз105 "
    "вн100 нд98 сл97 яч97 ат97 сс93 сь92 ьн88 нт81 рс80 не79 с_79 ам79 ыс78 ня77 ас75 кн69 ря68 _я66 сн65 аб63 ак62 "
    "ес57 ча56 ля56 ац55 ма54 ё_53 яв53 аи51 ад50 ия50 нс48 аг46 жн45 ян44 ап44 ба43 са43 нь43 ья43 чн42 яд42 дн42 "
    "ач40 ея36 ах36 па34 ну33 рн32 лн32 тс31 нк31 га30 яё29 ай28 ён26 сп25 ьс23 иа22 нг21 ус21 ха21 вс21 зн20 сы19 "
    "ят18 тн18 ям18 дс17 ае17 нш17 нё16 нф15 су15 як15 щё13 жа13 _э13 юс12 нх12 эт12 см12 _ё11 ях11 ау11 ун11 оя10 "
    "яц10 св10 яб10 дя9 ща9 юн9 ащ8 бн8 сч8 яр8 аж7 аю7 йн7 кс7 её7 ял7 ын7 нв6 ца6 сё6 тя6 еа5 гн5 хн5 зс5 мс5 пн5 "
    "нц4 нр4 аш4 яя4 "
    ).split()
}
# A reading must beat the next by this much (natural log) to be taken; else the hole stays a bare U+FFFD.
_LEAST_MARGIN = 1.0


def restore_lossy_cyrillic(text: str, counts: Counter[str]) -> str:
    """Mend every "Ð�" and "Ñ�" inside a Cyrillic word; counted as ``lossy-cyrillic``."""
    if "Ð\ufffd" not in text and "Ñ\ufffd" not in text:
        return text
    words = Counter(w.lower() for w in _INTACT_WORD.findall(text))
    pairs: Counter[str] = Counter()
    for word, n in words.items():
        padded = f" {word} "
        for a, b in itertools.pairwise(padded):
            pairs[a + b] += n

    def mend(match: re.Match[str]) -> str:
        damaged = match.group(0)
        holes = _HOLE.findall(damaged)
        if len(holes) > _MOST_HOLES or not _CYRILLIC.search(damaged):
            return damaged  # (a Spanish "AÑ�O" broken otherwise is no Cyrillic word)
        parts = _HOLE.split(damaged)
        scored = sorted(
            (
                (_score(reading, letters, words, pairs), reading)
                for letters in itertools.product(*(_CANDIDATES[h] for h in holes))
                for reading in [parts[0] + "".join(letter + part for letter, part in zip(letters, parts[1:], strict=True))]
            ),
            reverse=True,
        )
        if len(scored) > 1 and scored[0][0] - scored[1][0] < _LEAST_MARGIN:
            return "\ufffd".join(parts)  # no reading stands out ("КАДР" or "КНДР"): the letter stays lost, its junk goes
        counts["lossy-cyrillic"] += len(holes)
        return scored[0][1]

    return _DAMAGED_WORD.sub(mend, text)


def _score(reading: str, letters: tuple[str, ...], words: Counter[str], pairs: Counter[str]) -> float:
    lowered = reading.lower()
    if lowered in words:
        return 1000.0 + words[lowered]  # the text spells the word intact elsewhere
    padded = f" {lowered} "
    pair_score = sum(math.log1p(pairs[a + b] + _RUSSIAN_PAIRS.get(a + b, 0)) for a, b in itertools.pairwise(padded))
    return pair_score + 0.3 * sum(math.log(_PRIOR[letter]) for letter in letters)  # (the pairs already weigh the letters in)


# The same text saved once more in a codepage without U+FFFD (Windows-1252 itself, most often) holds "?"
# where the replacement character stood: "Ñ?" and "Ð?" are holes then, in a text of Cyrillic mojibake, whose
# other letters show as "Ð" or "Ñ" and a character of 0x80-0xBF read as Windows-1252.
_QUESTION_HOLE = re.compile("(?<=[ÐÑ])\\?")
_MOJIBAKE_PAIR = re.compile("[ÐÑ][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]")
_LEAST_PAIRS = 8
_LEAST_PAIRS_PER_HOLE = 3  # (a Cyrillic letter in eight has a second byte Windows-1252 lacks)


def question_marks_as_holes(text: str) -> tuple[str, int]:
    """(``text`` with every "?" lost to Cyrillic mojibake made a U+FFFD, which ``restore_lossy_cyrillic``
    mends, how many there were)."""
    if "Ð?" not in text and "Ñ?" not in text:
        return text, 0
    holes = len(_QUESTION_HOLE.findall(text))
    pairs = len(_MOJIBAKE_PAIR.findall(text))
    if pairs < _LEAST_PAIRS or pairs < _LEAST_PAIRS_PER_HOLE * holes:
        return text, 0
    return _QUESTION_HOLE.sub("\ufffd", text), holes

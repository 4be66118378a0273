"""Counts written in words in Russian, Ukrainian and Polish copy: "двенадцать тысяч", "дванадцять тисяч",
"dwanaście tysięcy", "более тысячи", "несколько сотен", "кілька сотень".

Wire copy in these languages spells out round counts at the start of a sentence and after a hedge ("около
четырёх тысяч человек", about four thousand people), and writes "a thousand" with no number at all ("понад
тисячу", more than a thousand).  The English parser reads none of it.  A number word is read only before a
scale word (thousand, hundreds): "двенадцать" alone is too often an age or a date to count anything.
Every case form is matched by its stem, as the words inflect.
"""

from __future__ import annotations

import re

from store.analysis.worded_count import WordedCount

# Stems of the numbers one to ninety, Russian, Ukrainian and Polish, longest first where one opens another
# ("двенадцат" before "две", "четырнадцат" before "четыр").
_UNITS = {
    "одиннадцат": 11, "одинадцят": 11, "jedenaści": 11, "двенадцат": 12, "дванадцят": 12, "dwanaści": 12,
    "тринадцат": 13, "тринадцят": 13, "trzynaści": 13, "четырнадцат": 14, "чотирнадцят": 14, "czternaści": 14,
    "пятнадцат": 15, "п'ятнадцят": 15, "п’ятнадцят": 15, "piętnaści": 15, "шестнадцат": 16, "шістнадцят": 16,
    "szesnaści": 16, "семнадцат": 17, "сімнадцят": 17, "siedemnaści": 17, "восемнадцат": 18, "вісімнадцят": 18,
    "osiemnaści": 18, "девятнадцат": 19, "дев'ятнадцят": 19, "дев’ятнадцят": 19, "dziewiętnaści": 19,
    "двадцат": 20, "двадцят": 20, "dwadzieści": 20, "тридцат": 30, "тридцят": 30, "trzydzieści": 30,
    "сорок": 40, "czterdzieści": 40, "пятьдесят": 50, "пятидесят": 50, "п'ятдесят": 50, "п’ятдесят": 50,
    "pięćdziesiąt": 50, "шестьдесят": 60, "шестидесят": 60, "шістдесят": 60, "sześćdziesiąt": 60,
    "семьдесят": 70, "семидесят": 70, "сімдесят": 70, "siedemdziesiąt": 70, "восемьдесят": 80, "восьмидесят": 80,
    "вісімдесят": 80, "osiemdziesiąt": 80, "девяност": 90, "дев'яност": 90, "дев’яност": 90, "dziewięćdziesiąt": 90,
    "один": 1, "одна": 1, "одну": 1, "одной": 1, "одного": 1, "однієї": 1, "jeden": 1, "jedna": 1,
    "два": 2, "две": 2, "двух": 2, "дві": 2, "двох": 2, "dwa": 2, "dwie": 2, "dwóch": 2,
    "три": 3, "трёх": 3, "трех": 3, "трьох": 3, "trzy": 3, "trzech": 3,
    "четыре": 4, "четырёх": 4, "четырех": 4, "чотири": 4, "чотирьох": 4, "cztery": 4, "czterech": 4,
    "пять": 5, "пяти": 5, "п'ять": 5, "п’ять": 5, "п'яти": 5, "п’яти": 5, "pięć": 5, "pięciu": 5,
    "шесть": 6, "шести": 6, "шість": 6, "sześć": 6, "sześciu": 6,
    "семь": 7, "семи": 7, "сім": 7, "siedem": 7, "siedmiu": 7,
    "восемь": 8, "восьми": 8, "вісім": 8, "osiem": 8, "ośmiu": 8,
    "девять": 9, "девяти": 9, "дев'ять": 9, "дев’ять": 9, "дев'яти": 9, "дев’яти": 9, "dziewięć": 9,
    "dziewięciu": 9, "десять": 10, "десяти": 10, "dziesięć": 10, "dziesięciu": 10,
}  # fmt: skip
# The hundreds, whole words (they do not share stems the way the units do): "двести", "двухсот", "dwustu".
_HUNDRED_VALUES = {
    "сто": 100, "ста": 100, "sto": 100, "stu": 100, "двести": 200, "двухсот": 200, "двісті": 200, "двохсот": 200,
    "dwieście": 200, "dwustu": 200, "триста": 300, "трёхсот": 300, "трехсот": 300, "трьохсот": 300, "trzysta": 300,
    "trzystu": 300, "четыреста": 400, "четырёхсот": 400, "четырехсот": 400, "чотириста": 400, "чотирьохсот": 400,
    "czterysta": 400, "czterystu": 400, "пятьсот": 500, "пятисот": 500, "п'ятсот": 500, "п’ятсот": 500,
    "п'ятисот": 500, "п’ятисот": 500, "pięćset": 500, "pięciuset": 500, "шестьсот": 600, "шестисот": 600,
    "шістсот": 600, "sześćset": 600, "sześciuset": 600, "семьсот": 700, "семисот": 700, "сімсот": 700,
    "siedemset": 700, "siedmiuset": 700, "восемьсот": 800, "восьмисот": 800, "вісімсот": 800, "osiemset": 800,
    "ośmiuset": 800, "девятьсот": 900, "девятисот": 900, "дев'ятсот": 900, "дев’ятсот": 900, "дев'ятисот": 900,
    "дев’ятисот": 900, "dziewięćset": 900, "dziewięciuset": 900,
}  # fmt: skip
_HUNDRED_WORDS = "|".join(re.escape(w) for w in sorted(_HUNDRED_VALUES, key=len, reverse=True))
_UNIT_WORDS = "|".join(re.escape(w) for w in sorted(_UNITS, key=len, reverse=True))
# "несколько", "кілька", "kilka": several, read as English "several" is (three, up to nine, of the scale).
_SEVERAL = r"несколько|нескольких|кілька|кількох|kilka|kilku"
# A thousand, and hundreds: every case of the scale words.
_THOUSAND = r"тысяч[аиуеь]?|тысячами|тысячах|тысячей|тисяч[аіуе]?|тисячами|тисячах|tysiąc[ae]?|tysięcy|tysiącami"
_HUNDREDS = r"сот(?:ен|ни|ням|нями|нях)|сот(?:ень|ні|нями|нях)|set(?:ki|ek|kami)"
# Millions: "четыре миллиона снарядов", "понад чотири мільйони", "ponad cztery miliony" (every case).
_MILLION = r"миллион(?:а|ов|ы|ом|ами|ах|е)?|мільйон(?:а|ів|и|ом|ами|ах|і)?|milion(?:a|ów|y|em|ami|ach)?"
# The scale words, found first: every count in words ends with one, and a scan for them is cheap.
SCALE_WORD = re.compile(
    rf"(?<![\w'’-])(?:(?P<thousand>{_THOUSAND})|(?P<hundreds>{_HUNDREDS})|(?P<million>{_MILLION}))(?![\w'’-])",
    re.IGNORECASE,
)
# The number words before a scale: a stem takes up to three letters of its case ending ("двенадцат|ь",
# "dwanaści|e", "сорок|а"); "двадцать две тысячи" is tens, then units.
_UNIT_WORD = rf"(?:{_UNIT_WORDS})\w{{0,3}}"
# "двести пятьдесят тысяч": hundreds, then tens and units.
_HUNDRED_AND_UNITS = (
    rf"(?:(?P<hundred>{_HUNDRED_WORDS})(?![\w'’-])(?:\s+(?P<unit>{_UNIT_WORD})(?:\s+(?P<unit2>{_UNIT_WORD}))?)?"
    rf"|(?P<unit_only>{_UNIT_WORD})(?:\s+(?P<unit_only2>{_UNIT_WORD}))?)"
)
_WORDS_BEFORE = re.compile(
    rf"(?<![\w'’-])(?:{_HUNDRED_AND_UNITS}|(?P<several>{_SEVERAL}))\s+$",
    re.IGNORECASE,
)
# A hundreds word alone: where such a count may start (``foreign_figures.GLUED_DIGIT``).
HUNDRED_WORD = re.compile(rf"(?<![\w'’-])(?:{_HUNDRED_WORDS})(?![\w'’-])", re.IGNORECASE)
# Hundreds with no scale after them: "около двухсот военных" (about two hundred soldiers).  Only read before a
# noun that names what they count (``foreign_figures``): "сто лет" (a hundred years) counts nothing of interest.
HUNDRED_COUNT = re.compile(
    rf"(?<![\w'’-])(?P<hundred>{_HUNDRED_WORDS})(?:\s+(?P<unit>{_UNIT_WORD})(?:\s+(?P<unit2>{_UNIT_WORD}))?)?"
    rf"(?![\w'’-])(?!\s+(?:{_THOUSAND}|{_HUNDREDS}|{_MILLION})(?![\w'’-]))",
    re.IGNORECASE,
)
# A scale after digits ("12 тысяч", "1,5 тыс.") is read with them (``foreign_figures``).
_DIGITS_BEFORE = re.compile(r"\d[\s\u00a0]?$")
# The hedges that make a bare "тысячи"/"тисячі" the genitive of one thousand ("более тысячи", "понад тисячі"),
# not "thousands".
_HEDGED_BEFORE = re.compile(
    r"(?:более|больше|свыше|около|почти|порядка|понад|більше|близько|майже|ponad|około|blisko|prawie|niemal)\s+$",
    re.IGNORECASE,
)
_SINGLE_THOUSAND = re.compile(r"тысяч[ау]|тисяч[ау]|tysiąc", re.IGNORECASE)
_SINGLE_MILLION = re.compile(r"миллион[а]?|мільйон[а]?|milion[a]?", re.IGNORECASE)


def worded_counts(text: str) -> list[WordedCount]:
    """Each count in words: "двенадцать тысяч", "сотни" (hundreds), "несколько тысяч" (several thousand: 3,000 to
    9,000), "около двухсот" (about two hundred)."""
    found = []
    for match in HUNDRED_COUNT.finditer(text):
        found.append(WordedCount.definite(match.start(), match.end(), float(_words_value(match)), needs_noun=True))
    for match in SCALE_WORD.finditer(text):
        if _DIGITS_BEFORE.search(text, max(0, match.start() - 2), match.start()):
            continue
        scale = 1e3 if match.group("thousand") else 1e6 if match.group("million") else 1e2
        words = _WORDS_BEFORE.search(text, max(0, match.start() - 40), match.start())
        start = words.start() if words else match.start()
        if match.group("million") and not words:
            if _SINGLE_MILLION.fullmatch(match.group("million")) and (
                match.group("million")[-1:].lower() not in "аa"
                or _HEDGED_BEFORE.search(text, max(0, start - 12), start)
            ):
                found.append(WordedCount.definite(start, match.end(), 1e6))  # "миллион", "более миллиона"
            continue  # "миллионы", "сотни миллионов": the vague millions are the English reader's
        if words and not words.group("several"):
            found.append(WordedCount.definite(start, match.end(), _words_value(words) * scale))
        elif words:  # "несколько", "кілька": several
            found.append(WordedCount.spanning(start, match.end(), 3 * scale, 9 * scale))
        elif match.group("thousand") and (
            _SINGLE_THOUSAND.fullmatch(match.group("thousand"))
            or _HEDGED_BEFORE.search(text, max(0, start - 12), start)
        ):
            found.append(WordedCount.definite(start, match.end(), 1e3))  # "тисячу", "более тысячи": one thousand
        else:
            found.append(WordedCount.spanning(start, match.end(), 2 * scale, 9.99 * scale))  # "сотни": hundreds
    return sorted(found)


def _words_value(match: re.Match[str]) -> float:
    """The number the words of ``match`` name: its hundreds, tens and units ("двести пятьдесят" is 250)."""
    groups = match.groupdict()
    hundred = _HUNDRED_VALUES.get((groups.get("hundred") or "").lower(), 0)
    units = [groups.get(g) or "" for g in ("unit", "unit2", "unit_only", "unit_only2")]
    return float(hundred + sum(_unit_value(u) for u in units))


_UNIT_STEM = re.compile(_UNIT_WORDS, re.IGNORECASE)


def _unit_value(word: str) -> int:
    """The number a unit word's stem stands for ("двенадцати" is 12); 0 for no word."""
    stem = _UNIT_STEM.match(word) if word else None
    return _UNITS[stem.group().lower()] if stem else 0

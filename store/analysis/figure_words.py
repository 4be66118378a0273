"""The words around a number: what it counts, how it is hedged, and when it is no figure at all.

Vocabulary (count nouns, currencies, vague quantities, qualifiers) and the
readers that look left and right of a number for ``store.analysis.numbers``.
"""

from __future__ import annotations

import re

from store.analysis.figure_hedges import QUALIFIER_PHRASES, QUALIFIERS, qualifier_before  # noqa: F401  (their home before)
from store.analysis.uncounted import (
    LENGTH_WORDS,
    LY_NOUNS,
    MONTH_NAMES,
    NOT_NOUNS,
    TIME_NOUNS,
    is_plurals_verb,
)

# --- vocabulary ---------------------------------------------------------------

UNITS_0_19 = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12.0}
SCALE_ABBREVIATIONS = {"bn": 1e9, "b": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12, "trn": 1e12, "mln": 1e6, "bln": 1e9}

CURRENCY_SYMBOLS = {
    "us$": "USD", "$": "USD", "s$": "SGD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₽": "RUB", "usd": "USD", "eur": "EUR",
    "krw": "KRW", "rub": "RUB", "gbp": "GBP", "sgd": "SGD", "cny": "CNY", "rmb": "CNY",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "won": "KRW", "yuan": "CNY",
    "renminbi": "CNY", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "yen": "JPY", "hryvnia": "UAH", "hryvnias": "UAH",
}  # fmt: skip

# Vague quantities: (low, high, value).
VAGUE = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "millions": (2e6, 9_999_999), "tens of millions": (2e7, 99_999_999),
    "hundreds of millions": (2e8, 999_999_999), "billions": (2e9, 9_999_999_999),
}  # fmt: skip
FEW = {"couple": (0.75, 1.5, 2.0), "few": (2.0, 5.0, 3.0), "several": (3.0, 9.0, 3.0)}  # × the scale
FRACTIONS = {
    "half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
    "two thirds": 200 / 3, "a quarter": 25.0, "quarter": 25.0, "third": 100 / 3, "one quarter": 25.0, "three quarters": 75.0,
    "a fifth": 20.0, "one fifth": 20.0, "two fifths": 40.0, "three fifths": 60.0, "four fifths": 80.0,
    "a tenth": 10.0, "one tenth": 10.0, "two tenths": 20.0, "three tenths": 30.0,
    "die hälfte": 50.0, "der hälfte": 50.0, "la moitié": 50.0, "la mitad": 50.0,  # German, French and Spanish wire copy
    "metade": 50.0, "a metade": 50.0, "metà": 50.0, "la metà": 50.0, "de helft": 50.0, "hälften": 50.0,  # and
}  # fmt: skip  (Portuguese, Italian, Dutch and Swedish)

# Count nouns: what a figure counts, folded to one spelling (plural).  A noun not listed still becomes the unit when
# it directly follows the number; this list lets "the number could reach 15,000, with troops …" borrow "troops".
COUNT_NOUNS: dict[str, str] = {}
for _plural, _forms in {
    "troops": "troop troops truppen troupes tropas militaires militares efectivos truppe militari troepen "
    "militairen trupper trupperna militärer",
    "soldiers": "soldier soldiers soldaten soldats soldados soldati soldater soldaterna",  # and in European copy
    "forces": "forces",
    "personnel": "personnel",
    "servicemen": "serviceman servicemen",
    "service members": "service member|service members",
    "fighters": "fighter fighters",
    "men": "men",
    "officers": "officer officers",
    "workers": "worker workers",
    "labourers": "labourer labourers laborer laborers",
    "sappers": "sapper sappers",
    "engineers": "engineer engineers",
    "people": "people persons",
    "north koreans": "nordkoreaner nord-koreaner",  # German nouns are capitalised: no modifier, the people counted
    "civilians": "civilian civilians",
    "casualties": "casualty casualties dead killed wounded injured deaths fatalities tote toten verwundete "
    "verletzte morts tués blessés muertos heridos fallecidos morti uccisi feriti mortos feridos doden gewonden "
    "döda sårade kia wia getötet getötete verwundet gefallen gefallene",  # and in German, French, Spanish, Italian,
    # Portuguese, Dutch and Swedish copy ("300 gefallen" as "300 killed")
    # ("KIA", "WIA": killed and wounded in action, as military shorthand writes them)
    "prisoners": "prisoner prisoners pows",
    "defectors": "defector defectors",
    "tanks": "tank tanks",
    "vehicles": "vehicle vehicles",
    "howitzers": "howitzer howitzers",
    "guns": "gun guns",
    "launchers": "launcher launchers",
    "systems": "system systems",
    "shells": "shell shells granaten obus proyectiles proiettili granate projéteis projécteis obuses granater "
    "granaterna artillerigranater artillerigranaterna artilleriegranaten",  # Swedish definite plurals, compounds
    "rounds": "round rounds",
    "munitions": "munition munitions",
    "containers": "container containers",
    "missiles": "missile missiles",
    "rockets": "rocket rockets",
    "drones": "drone drones",
    "aircraft": "aircraft",
    "jets": "jet jets",
    "planes": "plane planes",
    "ships": "ship ships",
    "tankers": "tanker tankers",
    "barrels": "barrel barrels",
    "tonnes": "tonne tonnes ton tons",
    "factories": "factory factories",
    "plants": "plant plants",
    "units": "unit units",
    "lines": "line lines", "seats": "seat seats",
    "pieces": "piece pieces",
}.items():
    for _form in _forms.split("|" if "|" in _forms else " "):
        COUNT_NOUNS[_form] = _plural
COUNT_UNITS = frozenset(COUNT_NOUNS.values())
# The foreign nouns that end the phrase after a number: Romance copy writes the noun first ("3.000 soldados
# norcoreanos"), and in Dutch or Swedish the word after the noun is a verb ("12 500 soldater skickats").
_HEAD_FIRST = frozenset(
    "troupes tropas militaires militares efectivos soldats soldados obus proyectiles morts tués blessés muertos "
    "heridos truppe militari soldati proiettili granate morti uccisi feriti mortos feridos projéteis projécteis "
    "obuses troepen militairen soldaten soldater trupper militärer granaten granater doden gewonden döda sårade "
    "granaterna artillerigranater artillerigranaterna artilleriegranaten soldaterna trupperna".split()
)
CONTAINER_UNITS = frozenset({"pieces", "units", "items", "sets", "batches", "types", "kinds"})
GENERIC_UNITS = frozenset({"", "count", "units", "items", "pieces", "figure", "number", "total"})
# A number before these names a calibre or a size, not a quantity: "170 mm guns", "240-миллиметровые системы".
CALIBRE = re.compile(r"\d+(?:\.\d+)?(?:mm|cm)")
CALIBRE_NOUNS = frozenset("mm millimetre millimetres millimeter millimeters cm calibre caliber мм см".split())
CALIBRE_STEMS = ("миллиметров", "міліметров", "сантиметров", "millimet", "milímet")
PHRASE_STOPS = frozenset(  # words that end the noun phrase after a number: the unit is the word before them
    """a an the of to in on at by for from with without into onto over under between among and or but nor
    that which who whom whose when where while as than then so if because since until after before during
    is are was were be been being am has have had do does did will would shall should can could may might must
    this these those it its their his her our your my he she they we you i them him us
    each per every all both some any more most less least few many much such not no only also just even
    around about across within through against toward towards upon near annually yearly daily monthly
    alone apiece altogether now already still again ago later earlier out up down off away last next
    said says say told tells added adds according und oder et ou y и і й та""".split()  # German … Ukrainian "and"
    + "aus nach von bei für auf zum zur sind seien wurden worden dans sur pour avec sont ont fueron para por".split()
)  # (and German, French and Spanish prepositions and auxiliaries: "12.000 Soldaten aus", "3 000 soldats dans")
NOT_NUMBER_LEAD = frozenset(
    "article section chapter resolution paragraph page no number nos route unit brigade division regiment flight "
    "block phase level index round episode season game volume track row".split()
)
_WORD_SEPARATORS = re.compile(r"[\s-]+")
# A number joined to a word it describes ("a 1,000-day mark", "25-year-old", "the 11-nation team") is no figure.
HYPHEN_COMPOUND = re.compile(
    r"-(?:year|month|week|day|hour|minute|second|decade|century|nation|member|country|party|page|point|way)s?\b", re.I
)
_WORD = re.compile(r"[\w][\w’'.-]*")
_CODE = re.compile(r"\d{1,4}(?:-\d{2,4}){2,}(?![\d,])")  # three hyphened digit groups: a phone number, a date


# A month and a day, then "to", "and", "through" or a dash: the number after it is the span's last day.
_DAY_RANGE_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"\s*(?:to|and|through|until|till|[-–])\s*$"
)


def is_calendar_or_label(text: str, start: int, end: int, digits: str) -> bool:
    """Years, days of a month, and numbers that name things ("Article 4", "Nikkei 225")."""
    raw_previous = previous_word(text, start)
    previous = raw_previous.rstrip(".").lower()
    following = next_word(text, end)
    plain = digits.isdigit()
    if not plain:
        return False
    if text.startswith("-", end) and _CODE.match(text, start):
        return True  # "1-800-555-0199", "2025-04-22": a phone number or an ISO date, no range
    if start and text[start - 1] == "[" and text.startswith("]", end) and len(digits) <= 3:
        return True  # a footnote mark: "… since 2023.[1]", "[4] Imagery analysis by the authors"
    if len(digits) == 4 and 1800 <= int(digits) <= 2100 and following.lower() not in COUNT_NOUNS:
        return True  # a year, unless it counts something: "2000 troops"
    if int(digits) <= 31 and following.lower().rstrip(".,") in MONTH_NAMES:
        return True  # "Yonhap, 13 January 2025": a day, whatever comes before it
    if len(digits) <= 3 and text.startswith(": ", end) and (not raw_previous or raw_previous[:1].isupper()):
        return True  # "Line 1: officials said …", "Update 3: …": the number names a line, not a count
    if int(digits) <= 31 and _DAY_RANGE_BEFORE.search(text, max(0, start - 24), start) is not None:
        return True  # "from Oct. 8 to 13", "between Nov. 3 and 5": the last day of a span of dates
    if raw_previous.endswith((",", ";", ":")):
        return False  # "In June, 30 soldiers …": the word before belongs to another phrase
    if int(digits) <= 31 and previous in MONTH_NAMES:
        return True
    if previous in NOT_NUMBER_LEAD:
        return True
    if previous == "the" and following[:1].isupper() and following.lower() not in DEMONYM_LEADS:
        return True  # "the 326 Electric Wire Factory"
    if (
        raw_previous[:1].isupper()
        and previous not in SENTENCE_LEADS
        and previous not in MONTH_NAMES
        and not at_sentence_start(text, start, raw_previous)
        and len(digits) <= 3
        and following.lower() not in COUNT_NOUNS
        and (following.isascii() or not following[:1].islower())  # "передала России 200 ракет": Russia's, counted
    ):
        return True  # "Nikkei 225", "Boeing 747"
    return False


DEFINITE = frozenset("the these those its their his her our your my both all first last other".split())
SENTENCE_LEADS = frozenset("the a an some about around over nearly almost up at only just".split())
DEMONYM_LEADS = frozenset(
    "north south korean koreans russian russians ukrainian ukrainians us u.s. american chinese".split()
)


def at_sentence_start(text: str, start: int, previous: str) -> bool:
    pos = text.rfind(previous, 0, start)
    head = text[:pos].rstrip()
    return not head or head[-1] in '.!?:;"“”'


def previous_word(text: str, pos: int) -> str:
    """The word before ``pos`` with its trailing punctuation kept (a comma there matters)."""
    chunk = text[max(0, pos - 30) : pos].split()
    return chunk[-1].lstrip("\"'“”‘’(").rstrip("\"'“”‘’)") if chunk else ""


def next_word(text: str, pos: int) -> str:
    match = _WORD.search(text, pos, pos + 40)
    if not match or text[pos : match.start()].strip(" "):
        return ""
    return match.group().rstrip(".")


def is_share_context(text: str, start: int) -> bool:
    """'half' counts as a share unless it is part of a time or a compound ("the first half of 2025")."""
    previous = previous_word(text, start).lower()
    return previous.rstrip(",") not in {"first", "second", "latter", "former", "and", "other", "better"}


# A share glued to its number as British papers abbreviate it: "50pc", "12pct".
GLUED_PERCENT = re.compile(r"pct?\b")
PERCENT = re.compile(  # and in European copy ("60 Prozent", "60 procent", "60 відсотків"); "pc": "40 pc", never "PCs"
    r"\s*(?:%|percent\b|per\s?cent\b|pct\b|(?-i:pc)\b|percentage points?\b|prozent\b|pour\s?cent\b"
    r"|por\s+ciento\b|per\s?cento\b|por\s+cento\b|procent\b|процент(?:а|ов|ам)?\b|відсот(?:ок|ки|ків|ка)\b)",
    re.IGNORECASE,
)


def part_of_scale(whole: str | None, part: str, scale: str) -> tuple[float, float]:
    """(value, scale): 'a quarter of a million' → 250,000; 'one and a half million' → 1,500,000, a count, not a
    share (``part`` is one of ``FRACTIONS``, ``whole`` a number in words or digits)."""
    share = FRACTIONS[" ".join(part.lower().replace("-", " ").split())]
    whole_value = 0.0 if whole is None else (parse_number_words(whole) or 0.0) if whole[0].isalpha() else float(whole)
    return (share / 100 + whole_value) * SCALES[scale.lower()], SCALES[scale.lower()]


def parse_number_words(words: str) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for token in _WORD_SEPARATORS.split(words.lower()):
        if token == "and" or not token:
            continue
        if token.endswith("s") and token[:-1] in SCALES:
            token = token[:-1]  # "two millions" (as copy translated from French or Spanish writes it): two million
        if token in UNITS_0_19:
            current += UNITS_0_19[token]
        elif token in TENS:
            current += TENS[token]
        elif token in ("hundred", "dozen"):
            current = (current or 1) * SCALES[token]
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


# --- the noun after a number --------------------------------------------------------------

OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|his\s+|her\s+)?", re.IGNORECASE)
# A closing quote may stand between a quoted number and its noun: '"over 10,000" troops'.
# "at 3 pm", "10 a.m.", "0900 GMT", "six o'clock": a time of day, which counts nothing.
_CLOCK_AFTER = re.compile(r"[ \t]?(?:[aApP]\.?[ \t]?[mM]\b\.?|o['’]clock\b|(?:GMT|UTC|KST|CET|EST|MSK|BST)\b)")
NEXT_TOKEN = re.compile(r"(?P<gap>[\"”’]?[ \t]+|-)(?P<word>\w(?:[\w’'-]|\.(?=\w))*)")
MODEL_PLURAL = re.compile(r"[A-Z][A-Za-z]*-?\d+[A-Za-z]*s")


def unit_after(text: str, end: int, *, currency: str | None, percent: bool, of_follows: bool) -> tuple[str | None, int]:
    """What the figure counts: currency, percent, or the head noun after it ("" if none).

    The noun phrase after a number runs until a function word, a verb form or
    punctuation; its last noun is the unit ("5,000 military construction
    workers" → workers).  Returns (None, …) when that noun shows the number is
    not a figure at all: a duration ("two to three months") or an age.
    """
    if currency:
        return currency, end
    if percent:
        return "percent", end
    if HYPHEN_COMPOUND.match(text, end) or _CLOCK_AFTER.match(text, end):
        return None, end
    pos = end
    if of_follows:  # "thousands of troops", "a million of them"
        of = OF_PHRASE.match(text, pos)
        if of:
            pos = of.end() - 1  # keep one space so the token loop below sees a gap
    head, head_end = "", end
    for count in range(7):
        token = NEXT_TOKEN.match(text, pos)
        if not token or (token.group("gap") == "-" and count > 0):
            break
        word = token.group("word").rstrip(".’'")
        lower = word.lower()
        pos = token.end()
        if lower in CURRENCY_WORDS:
            return CURRENCY_WORDS[lower], pos
        if lower in TIME_NOUNS or lower in LENGTH_WORDS:
            return (head, head_end) if head else (None, end)
        if (lower in CALIBRE_NOUNS or lower.startswith(CALIBRE_STEMS)) and not head and count == 0:
            return None, end
        if lower == "of" and head in CONTAINER_UNITS:
            of = OF_PHRASE.match(text, token.start())
            pos = (of.end() - 1) if of else pos
            head = ""  # "220 pieces of … guns", "2,000 units of ammunition": the thing inside counts
            continue
        if count == 0 and not head and lower in _MORE_WORDS:
            continue  # "3,000 more troops", "3,000 additional soldiers": the troops are counted
        if lower in PHRASE_STOPS or lower in NOT_NOUNS or is_plurals_verb(head, lower, COUNT_NOUNS):
            break  # "64 rail shipments left the port", "5,600 rounds along the front", "40 wagons cross": no noun
        two_words = f"{lower} {first_word(text, pos)}"
        if two_words in COUNT_NOUNS:
            head, pos = COUNT_NOUNS[two_words], pos + 1 + len(first_word(text, pos))
            head_end = pos
            continue
        if lower in COUNT_NOUNS:
            head, head_end = COUNT_NOUNS[lower], pos
            if token.group("gap") == "-" or lower in _HEAD_FIRST:
                break  # "a 500,000-barrel annual cap" counts barrels; "3.000 soldados norcoreanos" soldiers
            continue
        if MODEL_PLURAL.fullmatch(word):
            head, head_end = word, pos  # "1,897 T-62s"
            continue
        if CALIBRE.fullmatch(lower) or (word.isdigit() and first_word(text, pos) in CALIBRE_NOUNS):
            if word.isdigit():
                pos = NEXT_TOKEN.match(text, pos).end()  # type: ignore[union-attr]
            continue  # "… of 170 mm self-propelled guns": a calibre describes the guns
        if not head and word.islower() and lower in DEMONYM_LEADS and lower != "us":
            if PLURAL_DEMONYM.fullmatch(word.capitalize()):  # "300–900 north koreans" in lower case: the people
                head, head_end = _demonym_phrase(text, token.start("word"), word, any_case=True), pos
            continue  # and "north", "korean" before it describe them, as "North Korean" does
        if word[:1].isupper() and PLURAL_DEMONYM.fullmatch(word) and not head:
            head, head_end = _demonym_phrase(text, token.start("word"), word), pos
            continue  # "12,000 North Koreans": the people of a nation are what is counted
        if word[:1].isupper() or "-" in word:
            continue  # a modifier: "North Korean", "Soviet-era", "Storm Shadow"
        if not head and len(lower) > 4 and lower.endswith("ly") and lower not in LY_NOUNS:
            # "50 domestically made guns", "3,000 newly arrived troops": an adverb and the word it bends describe
            # the noun after them; "3,000 reportedly killed in Kursk" counts the killed.
            bent = NEXT_TOKEN.match(text, pos)
            if bent is not None and bent.group("gap") != "-" and bent.group("word").lower() not in COUNT_NOUNS:
                after = first_word(text, bent.end())
                if after and after not in PHRASE_STOPS:
                    pos = bent.end()
            continue
        if not word.isalpha():
            break
        if lower.endswith(("ing", "ed")):
            following = first_word(text, pos)
            if not following or following in PHRASE_STOPS or following.endswith(("ing", "ed")):
                break  # a verb: "15,000 deployed to Kursk", "soldiers serving in Russia"
            continue  # an adjective: "two dozen purebred white horses", "unmanned aircraft"
        if head in _COUNTED_HEADS and first_word(text, pos) in _SAYING:
            break  # "11,000 troops officials say": the speakers of an unpunctuated tail are not what is counted
        head, head_end = lower, pos  # an unlisted noun or a modifier; a later noun replaces it
    return head, head_end


_MORE_WORDS = frozenset({"more", "additional", "extra", "further", "new"})
_COUNTED_HEADS = frozenset(COUNT_NOUNS.values())
_SAYING = frozenset("say says said believe believes estimate estimates think thinks told claim claims".split())
PLURAL_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ans|ese|is|ns)")


def _demonym_phrase(text: str, start: int, word: str, *, any_case: bool = False) -> str:
    """'North Koreans' (with the capitalised word before it), lower-cased, as a unit."""
    before = text[max(0, start - 12) : start].split()
    lead = before[-1] if before and (before[-1][:1].isupper() or any_case and before[-1].lower() in
                                     DEMONYM_LEADS) and before[-1].isalpha() else ""
    return f"{lead} {word}".strip().lower()


def first_word(text: str, pos: int) -> str:
    token = NEXT_TOKEN.match(text, pos)
    return token.group("word").lower() if token and token.group("gap") != "-" else ""

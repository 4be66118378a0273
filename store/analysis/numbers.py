"""Figures in prose: "as many as 15,000 North Korean troops" → a Figure.

A figure is a quantity someone could dispute: a count, an amount of money or
a share.  Each gets a headline ``value``, an interval (``low``, ``high``), what
it counts (``unit``), how it is hedged (``qualifier``) and the exact words it
was written with (``surface``, offsets into the text given).

Conventions (the interval is what the comparison panes draw):

* exact ........... low = high = value
* approx .......... "about/around/roughly/approximately/some/an estimated/circa/or so":
                    value ± 10 %; "nearly/almost/close to/just under": [0.9 × value, value];
                    "just over": [value, 1.1 × value]
* at_most ......... "as many as/as much as/up to/no more than/fewer than/less than/under":
                    low = None, high = value
* at_least ........ "at least/more than/over/exceeding/in excess of/upwards of/… or more":
                    low = value, high = None
* range ........... "500-600", "500 to 600", "between 50 and close to 140":
                    low, high as written, value = the midpoint
* vague ........... "hundreds" = [200, 999], "thousands" = [2,000, 9,999], "tens of
                    thousands" = [20,000, 99,999], "dozens" = [24, 99], "a couple hundred"
                    = [150, 300] …: qualifier approx, value = the low end (the least the
                    words promise)
* shares .......... "40 per cent", "50%", "half of", "a third of" → unit "percent", 0-100.
* money ........... "$" alone is read as US dollars; "S$", "A$", "HK$", "€", "£", "₩" … map
                    to ISO codes.

Not figures: years ("in 2025"), dates ("August 16"), times, ordinals, model
and calibre names ("T-62", "KN-23", "Hwasong-19", "115mm"), decades
("1990s"), ages and durations ("two to three months", "a six-day trip"),
and bare number words that count nothing we know ("the two countries").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.models import Figure, Qualifier

# --- vocabulary ---------------------------------------------------------------

_UNITS_0_19 = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12.0}
_SCALE_ABBREVIATIONS = {"bn": 1e9, "b": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12, "trn": 1e12}

_CURRENCY_SYMBOLS = {
    "us$": "USD", "$": "USD", "s$": "SGD", "a$": "AUD", "c$": "CAD", "hk$": "HKD", "nz$": "NZD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₽": "RUB", "usd": "USD", "eur": "EUR",
    "krw": "KRW", "rub": "RUB", "gbp": "GBP", "sgd": "SGD", "cny": "CNY", "rmb": "CNY",
}  # fmt: skip
_CURRENCY_WORDS = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "won": "KRW", "yuan": "CNY",
    "renminbi": "CNY", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
    "yen": "JPY", "hryvnia": "UAH", "hryvnias": "UAH",
}  # fmt: skip

# Vague quantities: (low, high, value).
_VAGUE = {
    "dozens": (24, 99), "scores": (40, 99), "hundreds": (200, 999), "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999), "hundreds of thousands": (200_000, 999_999),
    "millions": (2e6, 9_999_999), "tens of millions": (2e7, 99_999_999),
    "hundreds of millions": (2e8, 999_999_999), "billions": (2e9, 9_999_999_999),
}  # fmt: skip
_FEW = {"couple": (0.75, 1.5, 2.0), "few": (2.0, 5.0, 3.0), "several": (3.0, 9.0, 3.0)}  # × the scale
_FRACTIONS = {
    "half": 50.0, "a half": 50.0, "one half": 50.0, "a third": 100 / 3, "one third": 100 / 3,
    "two thirds": 200 / 3, "a quarter": 25.0, "one quarter": 25.0, "three quarters": 75.0,
}  # fmt: skip

# Count nouns: what a figure counts, folded to one spelling (plural).  A noun not
# listed still becomes the unit when it directly follows the number; this list
# is what lets "the number could reach 15,000, with troops …" borrow "troops".
COUNT_NOUNS: dict[str, str] = {}
for _plural, _forms in {
    "troops": "troop troops", "soldiers": "soldier soldiers", "forces": "forces", "personnel": "personnel",
    "servicemen": "serviceman servicemen", "service members": "service member|service members",
    "fighters": "fighter fighters", "men": "men", "officers": "officer officers",
    "workers": "worker workers", "labourers": "labourer labourers laborer laborers", "sappers": "sapper sappers",
    "engineers": "engineer engineers", "people": "people persons", "civilians": "civilian civilians",
    "casualties": "casualty casualties dead killed wounded injured deaths fatalities",
    "prisoners": "prisoner prisoners pows", "defectors": "defector defectors",
    "tanks": "tank tanks", "vehicles": "vehicle vehicles", "howitzers": "howitzer howitzers",
    "guns": "gun guns", "launchers": "launcher launchers", "systems": "system systems",
    "shells": "shell shells", "rounds": "round rounds", "munitions": "munition munitions",
    "containers": "container containers", "missiles": "missile missiles", "rockets": "rocket rockets",
    "drones": "drone drones", "aircraft": "aircraft", "jets": "jet jets", "planes": "plane planes",
    "ships": "ship ships", "tankers": "tanker tankers", "barrels": "barrel barrels",
    "tonnes": "tonne tonnes ton tons", "factories": "factory factories", "plants": "plant plants",
    "units": "unit units", "lines": "line lines", "seats": "seat seats",
}.items():
    for _form in _forms.split("|" if "|" in _forms else " "):
        COUNT_NOUNS[_form] = _plural
_COUNT_UNITS = frozenset(COUNT_NOUNS.values())
GENERIC_UNITS = frozenset({"", "count", "units", "items", "pieces", "figure", "number", "total"})
_TIME_NOUNS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
    "century centuries night nights weekend weekends".split()
)
_MONTH_NAMES = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# Words that end the noun phrase after a number: the unit is the word before them.
_PHRASE_STOPS = frozenset(
    """a an the of to in on at by for from with without into onto over under between among and or but nor
    that which who whom whose when where while as than then so if because since until after before during
    is are was were be been being am has have had do does did will would shall should can could may might must
    this these those it its their his her our your my he she they we you i them him us
    each per every all both some any more most less least few many much such not no only also just even
    around about across within through against toward towards upon near annually yearly daily monthly
    alone apiece altogether now already still again ago later earlier out up down off away""".split()
)
_NOT_NUMBER_LEAD = frozenset(
    "article section chapter resolution paragraph page no number nos route unit brigade division regiment flight "
    "block phase level index round episode season game volume track row".split()
)

# --- patterns -------------------------------------------------------------------

_WORD_NUMBER = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen)"
)
_SCALE_WORD = r"(?:hundred|thousand|million|billion|trillion|dozen)"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_CURRENCY = r"(?:US\$|S\$|A\$|C\$|HK\$|NZ\$|\$|€|£|¥|₩|₽|(?:USD|EUR|KRW|RUB|GBP|SGD|CNY|RMB)\s?)"

_ATOM = re.compile(
    rf"""
    (?<![\w.,])(?:
    (?P<vague>(?:tens|hundreds)\s+of\s+(?:thousands|millions)|dozens|scores(?=\s+of\b)|hundreds|thousands|millions|billions)
    |(?P<few>a\s+(?:couple|few)(?:\s+of)?|several)\s+(?P<few_scale>hundred|thousand|million|billion|dozen)s?\b
    |(?P<fraction>(?:a|one|two|three)[\s-](?:half|third|quarter)s?|half)(?=\s+of\b|\s+(?:the|its|their|his|her|that|those|these)\b|\s+\w+ed\b)
    |(?P<cur>{_CURRENCY})?(?P<digits>{_DIGITS})(?P<attached>bn|mn|tn|trn|[mkb](?=[\s.,;:)]|$))?
        (?:\s*(?P<scale>{_SCALE_WORD}s?)\b)?
    |(?P<aword>an?)\s+(?P<ascale>hundred|thousand|million|billion|trillion|dozen)\b
    |(?P<words>{_WORD_NUMBER}(?:\s+(?:and\s+)?(?:{_WORD_NUMBER}|{_SCALE_WORD}))*)\b
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_PERCENT = re.compile(r"\s*(?:%|percent\b|per\s?cent\b|pct\b|percentage points?\b)", re.IGNORECASE)
_QUALIFIERS = {
    "at_most": "as many as|as much as|up to|no more than|at most|a maximum of|fewer than|less than|under|below",
    "at_least": "at least|more than|over|exceeding|in excess of|upwards of|no fewer than|no less than|a minimum of|above|beyond",
    "below": "nearly|almost|close to|just under|just shy of|not quite",
    "above": "just over|just above|slightly more than",
    "approx": "about|around|roughly|approximately|approx.|some|an estimated|estimated|circa|c.|an approximate|~",
    "between": "between|from",
}
# By last word, longest first, so "just over" wins over "over" and "an estimated" over "estimated".
_QUALIFIER_PHRASES: dict[str, list[tuple[str, str]]] = {}
for _kind, _phrases in _QUALIFIERS.items():
    for _phrase in _phrases.split("|"):
        _QUALIFIER_PHRASES.setdefault(_phrase.split()[-1], []).append((_phrase, _kind))
for _options in _QUALIFIER_PHRASES.values():
    _options.sort(key=lambda item: -len(item[0]))


@dataclass(slots=True)
class _Qualifier:
    kind: str
    phrase: str
    start: int


def _qualifier_before(text: str, start: int) -> _Qualifier | None:
    """The hedge written just before a number ("as many as", "about", "between"), if any."""
    window = text[max(0, start - 30) : start]
    stripped = window.rstrip()
    if not stripped or len(window) - len(stripped) > 2:
        return None
    pieces = stripped.split()
    options = _QUALIFIER_PHRASES.get(pieces[-1].lower()) if pieces else None
    if not options:
        return None
    lowered = " ".join(pieces).lower()
    for phrase, kind in options:
        if lowered.endswith(phrase) and (len(lowered) == len(phrase) or not lowered[-len(phrase) - 1].isalnum() or phrase == "~"):
            # Map back to an offset in ``text``: count the phrase's words from the end of the window.
            words = len(phrase.split())
            tail = " ".join(pieces[-words:])
            return _Qualifier(kind, phrase, start - (len(window) - stripped.rfind(tail)))
    return None


_QUALIFIER_AFTER = re.compile(r"\s*(?:(?P<more>or\s+more|plus\b|\+)|(?P<so>or\s+so\b))", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and)\s*(?:(?:close\s+to|nearly|almost|about|around|some|as\s+many\s+as|up\s+to)\s+)?", re.IGNORECASE)
_WORD = re.compile(r"[\w][\w’'.-]*")
_HYPHEN_TIME = re.compile(r"-(?:year|month|week|day|hour|minute|second|decade|century)s?\b", re.IGNORECASE)


@dataclass(slots=True)
class _Atom:
    value: float
    low: float
    high: float
    start: int
    end: int
    vague: bool = False
    percent: bool = False
    currency: str | None = None
    is_digits: bool = False
    has_scale: bool = False
    scale: float = 1.0


def _word_starts() -> re.Pattern[str]:
    """Where a figure written in words can begin, as a fast trie over lower-cased text.

    ``_ATOM`` is a long case-insensitive alternation; running it only where a
    digit, a currency sign or one of these words stands makes figure finding
    several times faster.
    """
    from store.analysis.terms import trie_pattern

    words = [*_UNITS_0_19, *_TENS, "tens", "hundreds", "thousands", "millions", "billions", "dozens", "scores", "several",
             "half", "a couple", "a few", "a half", "a third", "a quarter", "one third", "two thirds", "three quarters",
             *(f"a{n} {scale}" for n in ("", "n") for scale in ("hundred", "thousand", "million", "billion", "trillion", "dozen")),
             *(code for code in _CURRENCY_SYMBOLS if code[:1].isalpha())]
    return re.compile(rf"\b(?:{trie_pattern(words)})")


_DIGIT_START = re.compile(r"[0-9$€£¥₩₽]")
_WORD_START = _word_starts()


def may_hold_figure(text: str) -> bool:
    """A cheap test: could ``text`` contain a figure at all (a digit, a currency sign, a number word)?"""
    return _DIGIT_START.search(text) is not None or _WORD_START.search(text.lower()) is not None


def figure_starts(text: str) -> list[int]:
    """Offsets where a figure may begin: number starts (not the inner digits of "15,000") and number words."""
    lowered = text.lower()
    starts = []
    for m in _DIGIT_START.finditer(text):
        i = m.start()
        if i and text[i].isdigit() and (text[i - 1].isalnum() or text[i - 1] in ".,"):
            continue
        starts.append(i)
    if len(lowered) == len(text):
        words = [m.start() for m in _WORD_START.finditer(lowered)]
        if words:
            starts = sorted(set(starts).union(words))
    return starts


def find_figures(text: str, starts: list[int] | None = None) -> list[Figure]:
    """Every figure in ``text``, in order, with offsets into ``text`` (``starts``: from ``figure_starts``)."""
    figures: list[Figure] = []
    consumed = 0
    for start in figure_starts(text) if starts is None else starts:
        if start < consumed:
            continue
        match = _ATOM.match(text, start)
        if match is None:
            continue
        atom = _read_atom(text, match)
        if atom is None:
            continue
        figure, end = _build_figure(text, atom)
        if figure is not None:
            figures.append(figure)
            consumed = end
    return figures


def _read_atom(text: str, m: re.Match[str], *, partner: bool = False) -> _Atom | None:
    start, end = m.start(), m.end()
    if m.group("vague"):
        phrase = " ".join(m.group("vague").lower().split())
        low, high = _VAGUE[phrase]
        atom = _Atom(low, low, high, start, end, vague=True)
    elif m.group("few"):
        kind = "couple" if "couple" in m.group("few").lower() else "few" if "few" in m.group("few").lower() else "several"
        scale = _SCALES[m.group("few_scale").lower()]
        low_k, high_k, value_k = _FEW[kind]
        value = value_k * scale if kind == "couple" else low_k * scale
        atom = _Atom(value, low_k * scale * (1 if kind != "couple" else 1), high_k * scale, start, end, vague=True)
        if kind == "couple":
            atom.low, atom.high = 0.75 * value, 1.5 * value
    elif m.group("fraction"):
        if not _is_share_context(text, start):
            return None
        key = " ".join(m.group("fraction").lower().replace("-", " ").split()).rstrip("s")
        value = _FRACTIONS.get(key)
        if value is None:
            return None
        atom = _Atom(value, value, value, start, end, percent=True)
    elif m.group("digits"):
        atom = _read_digits(text, m, partner=partner)
        if atom is None:
            return None
    elif m.group("aword"):
        scale = _SCALES[m.group("ascale").lower()]
        atom = _Atom(scale, scale, scale, start, end, has_scale=True, scale=scale)
    else:
        value = _parse_number_words(m.group("words"))
        if value is None:
            return None
        has_scale = any(word in _SCALES for word in m.group("words").lower().split())
        atom = _Atom(value, value, value, start, end, has_scale=has_scale)
        if start > 0 and text[start - 1] in "-" and start > 1 and text[start - 2].isalpha():
            return None  # "twenty-one" is read whole; "Su-one" is not a number
    if not atom.percent:
        pct = _PERCENT.match(text, atom.end)
        if pct:
            atom.percent = True
            atom.end = pct.end()
    return atom


def _read_digits(text: str, m: re.Match[str], *, partner: bool = False) -> _Atom | None:
    start, end = m.start(), m.end()
    digits = m.group("digits")
    before = text[start - 1] if start > 0 else " "
    cur = m.group("cur")
    if not cur:
        if before.isalpha() or before in "_#@/:\\":
            return None  # "G20", "#3", "10/12", times
        if before in "-–" and start > 1 and text[start - 2].isalnum() and not partner:
            return None  # "T-62", "KN-23", "Hwasong-19", or the tail of a range read elsewhere
        if before == "." or (before == "," and start > 1 and text[start - 2].isdigit()):
            return None
    after = text[end : end + 1]
    if after.isalpha() or (after and after in "_/") or (after == ":" and text[end + 1 : end + 2].isdigit()):
        return None  # "115mm", "1990s", "66th", "3D", "10:30"
    if after == "-" and _HYPHEN_TIME.match(text, end):
        return None  # "a 1,000-day mark", "25-year-old"
    number = float(digits.replace(",", "")) if not digits.startswith(".") else float(digits)
    scale = 1.0
    attached = m.group("attached")
    if attached:
        if attached.lower() in ("m", "k", "b") and not cur:
            return None  # "20m" alone is metres more often than millions
        scale = _SCALE_ABBREVIATIONS[attached.lower()]
    word_scale = m.group("scale")
    if word_scale:
        if word_scale.lower().endswith("s") and word_scale.lower() != "dozens":
            return None  # "2 millions" does not occur in English; leave odd text alone
        scale *= _SCALES[word_scale.lower().rstrip("s")]
    value = number * scale
    has_scale = scale != 1.0
    currency = _CURRENCY_SYMBOLS.get(cur.strip().lower()) if cur else None
    if not cur and not has_scale and _is_calendar_or_label(text, start, end, digits):
        return None
    return _Atom(value, value, value, start, end, currency=currency, is_digits=True, has_scale=has_scale, scale=scale)


def _is_calendar_or_label(text: str, start: int, end: int, digits: str) -> bool:
    """Years, days of a month, and numbers that name things ("Article 4", "Nikkei 225")."""
    raw_previous = _previous_word(text, start)
    previous = raw_previous.rstrip(".").lower()
    following = _next_word(text, end)
    plain = digits.isdigit()
    if not plain:
        return False
    if len(digits) == 4 and 1800 <= int(digits) <= 2100 and following.lower() not in COUNT_NOUNS:
        return True  # a year, unless it counts something: "2000 troops"
    if raw_previous.endswith((",", ";", ":")):
        return False  # "In June, 30 soldiers …": the word before belongs to another phrase
    if int(digits) <= 31 and (previous in _MONTH_NAMES or following.lower().rstrip(".,") in _MONTH_NAMES):
        return True
    if previous in _NOT_NUMBER_LEAD:
        return True
    if previous == "the" and following[:1].isupper() and following.lower() not in _DEMONYM_LEADS:
        return True  # "the 326 Electric Wire Factory"
    if (
        raw_previous[:1].isupper()
        and previous not in _SENTENCE_LEADS
        and previous not in _MONTH_NAMES
        and not _at_sentence_start(text, start, raw_previous)
        and len(digits) <= 3
        and following.lower() not in COUNT_NOUNS
    ):
        return True  # "Nikkei 225", "Boeing 747"
    return False


_DEFINITE = frozenset("the these those its their his her our your my both all first last other".split())
_SENTENCE_LEADS = frozenset("the a an some about around over nearly almost up at only just".split())
_DEMONYM_LEADS = frozenset("north south korean koreans russian russians ukrainian ukrainians us u.s. american chinese".split())


def _at_sentence_start(text: str, start: int, previous: str) -> bool:
    pos = text.rfind(previous, 0, start)
    head = text[:pos].rstrip()
    return not head or head[-1] in ".!?:;\"“”"


def _previous_word(text: str, pos: int) -> str:
    """The word before ``pos`` with its trailing punctuation kept (a comma there matters)."""
    chunk = text[max(0, pos - 30) : pos].split()
    return chunk[-1].lstrip("\"'“”‘’(").rstrip("\"'“”‘’)") if chunk else ""


def _next_word(text: str, pos: int) -> str:
    match = _WORD.search(text, pos, pos + 40)
    if not match or text[pos:match.start()].strip(" "):
        return ""
    return match.group().rstrip(".")


def _is_share_context(text: str, start: int) -> bool:
    """'half' counts as a share unless it is part of a time or a compound ("the first half of 2025")."""
    previous = _previous_word(text, start).lower()
    return previous.rstrip(",") not in {"first", "second", "latter", "former", "and", "other", "better"}


def _parse_number_words(words: str) -> float | None:
    total = 0.0
    current = 0.0
    seen = False
    for token in re.split(r"[\s-]+", words.lower()):
        if token == "and" or not token:
            continue
        if token in _UNITS_0_19:
            current += _UNITS_0_19[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token in ("hundred", "dozen"):
            current = (current or 1) * _SCALES[token]
        elif token in _SCALES:
            total += (current or 1) * _SCALES[token]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


# --- assembling a figure ----------------------------------------------------------


def _build_figure(text: str, atom: _Atom) -> tuple[Figure | None, int]:
    start, end = atom.start, atom.end
    low, high, value = atom.low, atom.high, atom.value
    qualifier = Qualifier.APPROX if atom.vague else Qualifier.EXACT
    words_only = not atom.is_digits and not atom.vague and not atom.percent and not atom.has_scale

    qual = _qualifier_before(text, start)
    ranged = False
    if qual and qual.kind == "between":
        second = _range_partner(text, atom, require_and=qual.phrase == "between")
        if second is not None:
            low, high, end, value = atom.low * second[3], second[0], second[2], 0.0
            value = (low + high) / 2
            atom.percent = atom.percent or second[1]
            qualifier, ranged, start = Qualifier.RANGE, True, qual.start
    if not ranged:
        second = _range_partner(text, atom, require_and=False)
        if second is not None:
            low, high, end = atom.low * second[3], second[0], second[2]
            value = (low + high) / 2
            atom.percent = atom.percent or second[1]
            qualifier, ranged = Qualifier.RANGE, True
    if not ranged and qual and not atom.vague and qual.kind != "between":
        kind = qual.kind
        # "some" and "under"/"over" qualify only a number written in digits or a scaled word.
        if not (qual.phrase in ("some", "under", "over", "above", "below", "beyond") and words_only):
            low, high, qualifier = _qualified_interval(kind, value)
            start = qual.start
    after = _QUALIFIER_AFTER.match(text, end)
    if after and not ranged and qualifier == Qualifier.EXACT:
        if after.group("more"):
            low, high, qualifier = value, None, Qualifier.AT_LEAST
        else:
            low, high, qualifier = value * 0.9, value * 1.1, Qualifier.APPROX
        end = after.end()

    unit, unit_end = _unit_after(text, end, atom)
    if unit is None:
        return None, end
    if words_only and not ranged and _previous_word(text, atom.start).lower() in _DEFINITE:
        return None, end  # "the two forces", "both sides": a reference, not a quantity
    if words_only and not ranged and qualifier == Qualifier.EXACT and not unit:
        return None, end  # "the two countries": a bare number word counts nothing we know
    if words_only and unit and unit not in COUNT_NOUNS.values() and unit not in ("USD",) and qualifier == Qualifier.EXACT:
        return None, end
    figure = Figure(
        value=_tidy(value),
        low=None if low is None else _tidy(low),
        high=None if high is None else _tidy(high),
        unit=unit,
        qualifier=str(qualifier),
        surface=text[start:end],
        start=start,
        end=end,
    )
    return figure, max(end, unit_end)


def _qualified_interval(kind: str | None, value: float) -> tuple[float | None, float | None, Qualifier]:
    if kind == "at_most":
        return None, value, Qualifier.AT_MOST
    if kind == "at_least":
        return value, None, Qualifier.AT_LEAST
    if kind == "below":
        return value * 0.9, value, Qualifier.APPROX
    if kind == "above":
        return value, value * 1.1, Qualifier.APPROX
    return value * 0.9, value * 1.1, Qualifier.APPROX


def _range_partner(text: str, atom: _Atom, *, require_and: bool) -> tuple[float, bool, int, float] | None:
    """The upper end of "500-600", "two to three", "between 50 and 140": (high, percent, end, scale for low)."""
    join = _RANGE_JOIN.match(text, atom.end)
    if not join:
        return None
    word = join.group().strip().split()[0].lower() if join.group().strip() else ""
    if word == "and" and not require_and:
        return None
    if require_and and word not in ("and", "to", "-", "–", "—"):
        return None
    if word in ("-", "–", "—") and join.group() != join.group().strip() and not require_and:
        return None  # "500 - 600" with spaces is more often a dash between clauses
    m = _ATOM.match(text, join.end())
    if not m or m.group("vague") or m.group("few") or m.group("fraction"):
        return None
    second = _read_atom(text, m, partner=True)
    if second is None:
        return None
    if atom.percent != second.percent and atom.percent:
        return None  # "rose 0.67 percent to 8,576": a change and a level, not a range
    if atom.currency and second.currency and atom.currency != second.currency:
        return None
    scale_low = 1.0
    if second.has_scale and not atom.has_scale and atom.value * second.scale <= second.value:
        scale_low = second.scale  # "2 to 3 million": the scale belongs to both ends
    if second.value <= atom.value * scale_low:
        return None  # "fell from 2.2% to 2.1%" is a change, not a range
    return second.value, second.percent, second.end, scale_low


_OF_PHRASE = re.compile(r"\s+of\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|his\s+|her\s+)?", re.IGNORECASE)
_NEXT_TOKEN = re.compile(r"(?P<gap>[ \t]+|-)(?P<word>\w(?:[\w’'-]|\.(?=\w))*)")
_MODEL_PLURAL = re.compile(r"[A-Z][A-Za-z]*-?\d+[A-Za-z]*s")


def _unit_after(text: str, end: int, atom: _Atom) -> tuple[str | None, int]:
    """What the figure counts: currency, percent, or the head noun after it ("" if none).

    The noun phrase after a number runs until a function word, a verb form or
    punctuation; its last noun is the unit ("5,000 military construction
    workers" → workers).  Returns (None, …) when that noun shows the number is
    not a figure at all: a duration ("two to three months") or an age.
    """
    if atom.currency:
        return atom.currency, end
    if atom.percent:
        return "percent", end
    if _HYPHEN_TIME.match(text, end):
        return None, end
    pos = end
    if atom.vague or (atom.has_scale and not atom.is_digits):
        of = _OF_PHRASE.match(text, pos)
        if of:
            pos = of.end() - 1  # keep one space so the token loop below sees a gap
    head, head_end = "", end
    for count in range(5):
        token = _NEXT_TOKEN.match(text, pos)
        if not token or (token.group("gap") == "-" and count > 0):
            break
        word = token.group("word").rstrip(".’'")
        lower = word.lower()
        pos = token.end()
        if lower in _CURRENCY_WORDS:
            return _CURRENCY_WORDS[lower], pos
        if lower in _TIME_NOUNS:
            return (head, head_end) if head else (None, end)
        if lower in _PHRASE_STOPS:
            break
        two_words = f"{lower} {_first_word(text, pos)}"
        if two_words in COUNT_NOUNS:
            head, pos = COUNT_NOUNS[two_words], pos + 1 + len(_first_word(text, pos))
            head_end = pos
            continue
        if lower in COUNT_NOUNS:
            head, head_end = COUNT_NOUNS[lower], pos
            if token.group("gap") == "-":
                break  # "a 500,000-barrel annual cap" counts barrels
            continue
        if _MODEL_PLURAL.fullmatch(word):
            head, head_end = word, pos  # "1,897 T-62s"
            continue
        if word[:1].isupper() or "-" in word:
            continue  # a modifier: "North Korean", "Soviet-era", "Storm Shadow"
        if not word.isalpha():
            break
        if lower.endswith(("ing", "ed")):
            following = _first_word(text, pos)
            if not following or following in _PHRASE_STOPS or following.endswith(("ing", "ed")):
                break  # a verb: "15,000 deployed to Kursk", "soldiers serving in Russia"
            continue  # an adjective: "two dozen purebred white horses", "unmanned aircraft"
        head, head_end = lower, pos  # an unlisted noun or a modifier; a later noun replaces it
    return head, head_end


def _first_word(text: str, pos: int) -> str:
    token = _NEXT_TOKEN.match(text, pos)
    return token.group("word").lower() if token and token.group("gap") != "-" else ""


def _tidy(value: float) -> float:
    rounded = round(float(value), 6)
    return float(int(rounded)) if rounded.is_integer() else rounded


def figure_interval_text(figure: Figure) -> str:
    """A short human form of the interval, for tables: "≤15,000", "≈12,000", "500–600"."""
    def fmt(v: float | None) -> str:
        if v is None:
            return "?"
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"

    if figure.qualifier == Qualifier.AT_MOST:
        return f"≤{fmt(figure.high)}"
    if figure.qualifier == Qualifier.AT_LEAST:
        return f"≥{fmt(figure.low)}"
    if figure.qualifier == Qualifier.APPROX:
        return f"≈{fmt(figure.value)}"
    if figure.qualifier == Qualifier.RANGE:
        return f"{fmt(figure.low)}–{fmt(figure.high)}"
    return fmt(figure.value)

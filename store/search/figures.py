"""Figures written in words or in spaced groups, read as the one figure they are.

"12,000", "12000" and "12k" already fold to the term "12000" (``terms.fold``);
this module joins the forms that take more than one token, so that they
reach the same term:

- digit groups set apart by spaces, as much of Europe writes them: "12 000",
  "3 000 000";
- a figure or number words before a scale word: "12 thousand", "twelve
  thousand", "1.5 million", "twenty-five thousand", "three hundred";
- number words before "per cent": "fifty percent" is "50 percent".

The figure replaces the number; a scale word stays after it ("3 million"
becomes "3000000 million"), so that "million barrels" still finds "1 million
barrels".  The query side drops that scale word from the words it ranks by
(see ``query``): "3 million" must rank "3,000,000" as high as "3 million".
The same function runs over query words and, through ``forward``, over the
passages.  Digits are ASCII only: other scripts' numerals stay as written.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from store.search.terms import fold

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS = frozenset(_UNITS) | frozenset(_TENS)
ENGLISH_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 10**12}
# Russian, Ukrainian, German and French coverage writes its scale words inflected or cut short
# ("12 тысяч", "3 млн", "1,5 мільйона", "12 Tausend", "3 Millionen"): the same figures.
_FOREIGN_SCALES = {
    **dict.fromkeys(["тысяча", "тысячи", "тысяч", "тыс", "тисяча", "тисячі", "тисяч", "тис"], 1_000),
    **dict.fromkeys(["миллион", "миллиона", "миллионов", "млн", "мільйон", "мільйона", "мільйонів"], 1_000_000),
    **dict.fromkeys(["миллиард", "миллиарда", "миллиардов", "млрд", "мільярд", "мільярда", "мільярдів"], 1_000_000_000),
    "tausend": 1_000,
    **dict.fromkeys(["millionen", "millions", "mio"], 1_000_000),
    **dict.fromkeys(["milliarde", "milliarden", "milliard", "milliards", "mrd"], 1_000_000_000),
    # German "12 Tsd.", Spanish and Portuguese "12 mil", Italian "12 mila", French "12 mille", Polish "12 tys."
    # ("3 mil millones" multiplies on: three billion); their millions and billions likewise.
    **dict.fromkeys(["tsd", "mil", "mila", "mille", "tys"], 1_000),
    **dict.fromkeys(["millones", "milioni", "milhões", "milionów", "miliony"], 1_000_000),
    **dict.fromkeys(["miliardi", "miliardów", "miliardy"], 1_000_000_000),
    # English wires' shorthand written apart from the figure ("$3 bn", "2 mln"); run together ("3bn") it
    # is one token, which ``terms.fold`` reads.
    **dict.fromkeys(["mn", "mln"], 1_000_000),
    **dict.fromkeys(["bn", "bln"], 1_000_000_000),
}  # fmt: skip
# Keyed as the index folds them ("мільйонів" is "мільионів"); SCALE_SPELLINGS also as written, for patterns over text.
SCALES = ENGLISH_SCALES | {fold(word): value for word, value in _FOREIGN_SCALES.items()}
SCALE_SPELLINGS = tuple(sorted(set(SCALES) | set(_FOREIGN_SCALES), key=len, reverse=True))
FOREIGN_SCALE_SPELLINGS = tuple(word for word in SCALE_SPELLINGS if word not in ENGLISH_SCALES)

_SHORT_GROUP = re.compile(r"[1-9][0-9]{0,2}")  # the head of "12 000": one to three digits, no leading zero
_GROUP = re.compile(r"[0-9]{3}")  # each following group of "12 000 000"
# A figure a scale word may follow: "12", "1.5", or "1,5" as most of Europe writes it (a comma
# before one or two digits is no thousands separator).
_FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+|,[0-9]{1,2})?")
_MAX_FIGURE = 10**15  # beyond that a "figure" is a run of digits, not a count


def figure_kind(term: str) -> int:
    """Bit flags saying what part ``term`` can play in a figure (0: none), for the index builder."""
    kind = 0
    if _SHORT_GROUP.fullmatch(term):
        kind |= SHORT_HEAD
    if _GROUP.fullmatch(term):
        kind |= GROUP
    if _FIGURE.fullmatch(term):
        kind |= NUMBER
    if term in NUMBER_WORDS:
        kind |= NUMBER | WORD
    if term in SCALES:
        kind |= SCALE
    if term == "percent":
        kind |= PERCENT
    return kind


SHORT_HEAD, GROUP, NUMBER, WORD, SCALE, PERCENT = 1, 2, 4, 8, 16, 32
EXTENDS_RIGHT = GROUP | SCALE | WORD | PERCENT  # what may follow inside one figure, for the builder's windows


def scale_after_figure(terms: list[str], position: int) -> bool:
    """Whether ``terms[position]`` is the scale word ``join_figures`` keeps after a figure it made."""
    return position > 0 and terms[position] in SCALES and terms[position - 1].isdigit()


def join_figures(terms: list[str]) -> list[str]:
    """The terms with every multi-token figure made one term (a scale word kept after it)."""
    return join_figures_noting_scales(terms)[0]


def join_figures_noting_scales(terms: list[str]) -> tuple[list[str], frozenset[int]]:
    """``join_figures``' terms, and where in them a scale word follows a figure written in digits.

    "3 million" is how coverage prints a figure, so a quoted "3 million rounds" means those words;
    "eleven thousand" spells the figure out, whichever way a passage prints it (see ``query``).
    """
    if len(terms) < 2:
        return terms, frozenset()
    joined: list[str] = []
    after_digits: set[int] = set()
    i = 0
    while i < len(terms):
        figure, used, scale = _read_figure(terms, i)
        if figure is None:
            joined.append(terms[i])
            i += 1
            continue
        if scale is not None and terms[i + 1] in SCALES:  # a second number of one term: "12", not "twenty five"
            _scale_range_start(joined, terms, i, scale)
        joined.append(figure)
        if scale is not None:
            if _FIGURE.fullmatch(terms[i]):
                after_digits.add(len(joined))
            joined.append(scale)
        i += used
    return joined, frozenset(after_digits)


# Words between the two numbers of a range whose scale word follows the second only: "10 to 12 thousand".
RANGE_JOINERS = frozenset({"to", "or", "and"})


def _scale_range_start(joined: list[str], terms: list[str], at: int, scale: str) -> None:
    """Scale the first number of a range ("10" of "10-12 thousand", "two" of "two to three million") as the
    second, which ``terms[at]`` opens: both counts are in thousands.  Only a bare number, smaller than the
    second, just before it or one joining word before it ("to", "or", "and"); ``joined`` is changed in place."""
    back = 2 if len(joined) >= 2 and joined[-1] in RANGE_JOINERS else 1
    if len(joined) < back or at < back or terms[at - back] != joined[-back]:
        return  # nothing there, or a figure this function made
    first, second = _bare_number(joined[-back]), _bare_number(terms[at])
    if first is None or second is None or not 0 < first < second:
        return
    if (figure := _as_figure(first * SCALES[scale])) is not None:
        joined[-back] = figure


def _bare_number(term: str) -> Decimal | None:
    if _FIGURE.fullmatch(term):
        return _decimal(term)
    return Decimal(_UNITS.get(term, _TENS.get(term, 0))) if term in NUMBER_WORDS else None


def _read_figure(terms: list[str], start: int) -> tuple[str | None, int, str | None]:
    """(figure, terms it took, the scale word to keep after it) for a figure starting at ``start``."""
    head = terms[start]
    if _SHORT_GROUP.fullmatch(head) and start + 1 < len(terms) and _GROUP.fullmatch(terms[start + 1]):
        end = start + 1
        while end < len(terms) and _GROUP.fullmatch(terms[end]):
            end += 1
        return _as_figure(Decimal("".join(terms[start:end]))), end - start, None
    if _FIGURE.fullmatch(head):
        value, end = _decimal(head), start + 1
    elif head in NUMBER_WORDS:
        value, end = _number_words(terms, start)
    else:
        return None, 0, None
    if value is None:
        return None, 0, None
    scale = None
    # "three hundred thousand": each scale word larger than the one before multiplies again.
    while end < len(terms) and terms[end] in SCALES and (scale is None or SCALES[terms[end]] > SCALES[scale]):
        scale = terms[end]
        value *= SCALES[scale]
        end += 1
    if scale is not None:
        figure = _as_figure(value)
        return (figure, end - start, scale) if figure is not None else (None, 0, None)
    if head in NUMBER_WORDS and end < len(terms) and terms[end] == "percent":
        return _as_figure(value), end - start, None
    return None, 0, None


def _number_words(terms: list[str], start: int) -> tuple[Decimal | None, int]:
    """The value of the number words from ``start`` ("twenty five", "twelve") and where they end."""
    word = terms[start]
    if word in _TENS:
        value = _TENS[word]
        if start + 1 < len(terms) and 0 < _UNITS.get(terms[start + 1], 0) < 10:
            return Decimal(value + _UNITS[terms[start + 1]]), start + 2
        return Decimal(value), start + 1
    return Decimal(_UNITS[word]), start + 1


def _decimal(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", "."))
    except InvalidOperation:
        return None


def _as_figure(value: Decimal) -> str | None:
    """The figure as the index writes it ("12000"), or None if it is no whole, sensible count."""
    if value != value.to_integral_value() or not 0 <= value < _MAX_FIGURE:
        return None
    return str(int(value))


_DOTTED_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}(?:\.[0-9]{3})+")
# "£300m", "$1.5m": "m" after a figure is "million" in money and "metres" in distances, so the index keeps
# "300m" and "1.5m" as written (not as "300000000", as it does "300mn"); a query looks the other form up too.
_MILLIONS_SHORT = re.compile(r"(?:[1-9][0-9]{0,3}|0)(?:\.[0-9]{1,3})?m")
_MILLION = 1_000_000


def is_millions_short(term: str) -> bool:
    """Whether ``term`` is a figure of millions written short, "300m" or "1.5m" (see ``_MILLIONS_SHORT``)."""
    return term[-1:] == "m" and _MILLIONS_SHORT.fullmatch(term) is not None


# Ordinals in words and in digits ("eleventh" / "11th", "first" / "1st"): units and tens, as units are read.
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}  # fmt: skip
_ORDINAL_WORDS = {value: word for word, value in _ORDINALS.items()}
_ORDINAL_DIGITS = re.compile(r"([1-9][0-9]?)(?:st|nd|rd|th)")


def _in_digits(value: int) -> str:
    """"11th", "21st", "2nd": the ordinal as digits and the suffix English gives it."""
    suffix = "th" if value % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def other_figure_forms(word: str) -> list[str]:
    """Other terms the passages may write a figure (a folded query word) as, beside its own.

    - Grouped as the other half of Europe groups it: "12000" and "12.000" (German, Italian...).  The
      index keeps "12.000" as written, since in English it could be twelve; so a reader of either
      convention finds both.
    - In millions, short: "300000000" and "300m" (see ``_MILLIONS_SHORT``), both ways.
    - An ordinal in words and in digits: "eleventh" and "11th", both ways.
    - A number in the plural, as weapons' designations are ("KN-23s", "Hwasong-11s"): "23s" and "23", both
      ways, as a plural finds its singular.
    """
    if word[-1:] == "s" and word[:-1].isdigit():
        return [word[:-1]]
    if word in _ORDINALS:
        return [_in_digits(_ORDINALS[word])]
    if word[-1:] in "tdh" and (ordinal := _ORDINAL_DIGITS.fullmatch(word)):
        value = int(ordinal.group(1))
        return [_ORDINAL_WORDS[value]] if value in _ORDINAL_WORDS and word == _in_digits(value) else []
    if _DOTTED_THOUSANDS.fullmatch(word):
        return [word.replace(".", "")]
    if is_millions_short(word):
        value = Decimal(word[:-1]) * _MILLION
        return [str(int(value))] if value == value.to_integral_value() and value else []
    if not word.isdigit():
        return []
    if len(word) < 4 or word[0] == "0":
        return [word + "s"]
    head = len(word) % 3 or 3
    forms = [".".join([word[:head], *(word[i : i + 3] for i in range(head, len(word), 3))]), word + "s"]
    if len(word) >= 7 and int(word) % 1_000 == 0:  # "300000000": "300m"; "1500000": "1.5m"
        millions = Decimal(word) / _MILLION
        forms.append(f"{millions.normalize():f}m")
    return forms

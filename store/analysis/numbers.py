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

Not figures: years ("in 2025"), dates ("August 16"), times, ordinals, model and calibre names ("T-62",
"KN-23", "Hwasong-19", "115mm"), decades ("1990s"), ages and durations ("two to three months", "a six-day
trip"), lengths ("20m", "a 5k race") and bare number words that count nothing we know ("the two countries").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.analysis.abbreviated_scales import is_scale_letter
from store.analysis.comma_ranges import comma_range_end
from store.analysis.european_digits import groups_thousands_at_clause_end
from store.analysis.figure_hedges import FOREIGN_ANDS, QUALIFIER_AFTER, RANGE_JOIN
from store.analysis.figure_intervals import qualified_interval, tidy
from store.analysis.figure_intervals import tidy as _tidy  # noqa: F401  (its home before; a speed test imports it)
from store.analysis.figure_text import figure_interval_text  # noqa: F401  (its home before; callers import it here)
from store.analysis.figure_words import (
    COUNT_NOUNS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DEFINITE,
    FEW,
    FRACTIONS,
    GLUED_PERCENT,
    HYPHEN_COMPOUND,
    PERCENT,
    SCALE_ABBREVIATIONS,
    SCALES,
    VAGUE,
    is_calendar_or_label,
    is_share_context,
    part_of_scale,
    parse_number_words,
    previous_word,
    qualifier_before,
    unit_after,
)
from store.analysis.latin_number_words import worded_counts
from store.analysis.number_atoms import ATOM as _ATOM
from store.analysis.number_starts import figure_starts
from store.analysis.phone_numbers import is_phone_group
from store.analysis.rates import SHARE_JOIN, is_denominator, rate_after, rate_unit
from store.analysis.revisions import is_change_by, is_revision_from
from store.analysis.uncounted import MONTH_NAMES, is_age, is_appositive_age
from store.models import Figure, Qualifier

# --- patterns -------------------------------------------------------------------

_WORD = re.compile(r"[\w][\w’'.-]*")
_MONEY_UNITS = frozenset(CURRENCY_WORDS.values())
# The words before a bare "half" or "a third" that make it a share ("closer to a third.", "more than half,").
_BARE_HALF_HEDGES = frozenset({"about", "around", "roughly", "nearly", "almost", "than", "least", "to", "from"})
# "in the low thousands", "the high hundreds", "the mid-tens of thousands": a third of the vague span, in units of
# its order of magnitude (low 1,000-3,999, mid 4,000-6,999, high 7,000-9,999 for "thousands").
_BAND_BEFORE = re.compile(r"(?<![\w-])(low|lower|mid|middle|high|higher|upper)(?:\s+|-)$", re.IGNORECASE)
_BANDS = {"low": (1, 4), "lower": (1, 4), "mid": (4, 7), "middle": (4, 7), "high": (7, 10), "higher": (7, 10),
          "upper": (7, 10)}


# What befalls soldiers, right after a bare number word: "Two have been captured", "three more were taken prisoner".
# The noun left out is the people just named, so the word counts them (``count_from_context`` finds which).
_FATE_AFTER = re.compile(
    r"(?:\s+more)?\s+(?:(?:have|has|had)\s+been|were|are|was)\s+(?:(?:reportedly|also|since|now|later)\s+)?"
    r"(?:captured|taken\s+(?:prisoner|captive|alive)|killed|wounded|injured)\b",
    re.IGNORECASE,
)


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


def find_figures(text: str, starts: list[int] | None = None) -> list[Figure]:
    """Every figure in ``text``, in order, with offsets into ``text`` (``starts``: from ``figure_starts``)."""
    figures: list[Figure] = []
    consumed = 0
    worded = worded_counts(text)  # "onze mille", "zwölftausend", "des milliers": German, French, Spanish words
    starts = figure_starts(text) if starts is None else starts
    for start in sorted({*starts, *worded}) if worded else starts:
        if start < consumed:
            continue
        if (count := worded.get(start)) is not None:
            atom: _Atom | None = _Atom(count.value, count.low, count.high, start, count.end, vague=count.vague,
                                       has_scale=True)
        elif (match := _ATOM.match(text, start)) is None:
            continue
        else:
            atom = _read_atom(text, match)
        if atom is None or is_denominator(text, start):
            continue  # "per 30 soldiers" divides; it counts nothing
        atom = _share(text, atom)
        figure, end = _build_figure(text, atom)
        if figure is not None:
            figures.append(figure)
            consumed = end
    return figures


def _read_atom(text: str, m: re.Match[str], *, partner: bool = False) -> _Atom | None:
    start, end = m.start(), m.end()
    atom: _Atom | None
    value: float | None
    # One alternative of ``_ATOM`` matched; digits, the commonest, are asked for first.
    if m.group("digits"):
        atom = _read_digits(text, m, partner=partner)
        if atom is None:
            return None
    elif m.group("vague"):
        phrase = " ".join(m.group("vague").lower().split())
        low, high = VAGUE[phrase]
        if band := _BAND_BEFORE.search(text, max(0, start - 8), start):
            magnitude = low / 2  # "hundreds" start at 200: the order of magnitude is 100
            band_low, band_high = _BANDS[band.group(1).lower()]
            low, high, start = band_low * magnitude, band_high * magnitude - 1, band.start()
        atom = _Atom(low, low, high, start, end, vague=True)
    elif m.group("few"):
        lead = m.group("few").lower()
        kind = "couple" if "couple" in lead else "few" if "few" in lead else "several"
        scale = SCALES[m.group("few_scale").lower()]
        low_k, high_k, value_k = FEW[kind]
        if kind == "couple":  # "a couple hundred" is about 200
            value = value_k * scale
            atom = _Atom(value, 0.75 * value, 1.5 * value, start, end, vague=True)
        else:  # "a few/several hundred": at least the low end
            atom = _Atom(low_k * scale, low_k * scale, high_k * scale, start, end, vague=True)
    elif m.group("part_of_scale"):
        value, scale = part_of_scale(m.group("part_whole"), m.group("part_of_scale"), m.group("part_scale"))
        atom = _Atom(value, value, value, start, end, has_scale=True, scale=scale)
    elif m.group("fraction") or m.group("bare_half"):
        if not is_share_context(text, start) and not partner:  # "between a third and a half of": a range's end
            return None
        if m.group("bare_half") and not m.group("article_half") and (
            previous_word(text, start).lower() not in _BARE_HALF_HEDGES
        ):
            # "the first half." is no share; "about half," and "more than half." are, and so is "the half" in
            # European copy at a clause's end ("sprechen von der Hälfte.", "représentent la moitié.")
            return None
        key = " ".join((m.group("fraction") or m.group("bare_half")).lower().replace("-", " ").split())
        value = FRACTIONS.get(key, FRACTIONS.get(key.rstrip("s")))  # "two thirds" is listed, "a thirds" is not
        if value is None:
            return None
        atom = _Atom(value, value, value, start, end, percent=True)
    elif m.group("aword"):
        scale = SCALES[m.group("ascale").lower()]
        atom = _Atom(scale, scale, scale, start, end, has_scale=True, scale=scale)
    else:
        value = parse_number_words(m.group("words"))
        if value is None:
            return None
        has_scale = any(word.removesuffix("s") in SCALES for word in m.group("words").lower().split())
        atom = _Atom(value, value, value, start, end, has_scale=has_scale)
        if start > 0 and text[start - 1] in "-" and start > 1 and text[start - 2].isalpha():
            return None  # "twenty-one" is read whole; "Su-one" is not a number
    if not atom.percent:
        pct = PERCENT.match(text, atom.end)
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
    glued_share = after == "p" and GLUED_PERCENT.match(text, end) is not None  # "50pc", as British papers write it
    if (after.isalpha() and not glued_share) or (after and after in "_/") or (
            after == ":" and text[end + 1 : end + 2].isdigit()):
        return None  # "115mm", "1990s", "66th", "3D", "10:30"
    if after == "-" and HYPHEN_COMPOUND.match(text, end):
        return None  # "a 1,000-day mark", "25-year-old", "the 11-nation team"
    if not digits.isdigit() and "," not in digits and "." not in digits:  # "12 000": spaces group the thousands
        if previous_word(text, start).rstrip(".").lower() in MONTH_NAMES:
            return None  # "on May 5 300 …": a day, then a count of its own (read from its own start)
        digits = "".join(digits.split())
    if not cur and (m.group("dotted") or ("." in digits and groups_thousands_at_clause_end(text, digits, end))):
        digits = digits.replace(".", "")  # "11.000 Soldaten": eleven thousand (a price keeps its decimal: "$1.125 a")
    number = float(digits.replace(",", "")) if not digits.startswith(".") else float(digits)
    scale, attached = 1.0, m.group("attached")
    if attached:
        if not cur and not is_scale_letter(text, end, attached):
            return None  # "20m" alone is metres more often than millions; "1.5m artillery rounds" is a count
        scale = SCALE_ABBREVIATIONS[attached.lower()]
    word_scale = m.group("scale")
    if word_scale:
        if word_scale.lower().endswith("s") and word_scale.lower() != "dozens":
            return None  # "2 millions" does not occur in English; leave odd text alone
        scale *= SCALES.get(word_scale.lower().rstrip("s")) or SCALE_ABBREVIATIONS[word_scale.lower()]
    value = number * scale
    has_scale = scale != 1.0
    currency = CURRENCY_SYMBOLS.get(cur.strip().lower()) if cur else None
    written_grouped = not m.group("digits").isdigit()  # "2 000", "2.000", "2,000": a count, never a year
    if not cur and not has_scale and (
        (not written_grouped and is_calendar_or_label(text, start, end, digits)) or is_phone_group(text, start, end)
    ):
        return None  # a year, a label, a day of the month, or a group of a phone number
    return _Atom(value, value, value, start, end, currency=currency, is_digits=True, has_scale=has_scale, scale=scale)


# --- assembling a figure ----------------------------------------------------------


def _build_figure(text: str, atom: _Atom) -> tuple[Figure | None, int]:
    start, end = atom.start, atom.end
    low: float | None = atom.low
    high: float | None = atom.high
    value = atom.value
    qualifier = Qualifier.APPROX if atom.vague else Qualifier.EXACT
    words_only = not atom.is_digits and not atom.vague and not atom.percent and not atom.has_scale

    qual = qualifier_before(text, start)
    ranged = False
    if qual and qual.kind == "between" and not (qual.phrase == "from" and is_revision_from(text, qual.start)):
        second = _range_partner(text, atom, require_and=qual.phrase == "between", after_between=True)
        if second is not None:
            low, high, end, value = atom.low * second[3], second[0], second[2], 0.0
            value = (low + high) / 2
            atom.percent = atom.percent or second[1]
            qualifier, ranged, start = Qualifier.RANGE, True, qual.start
    if not ranged and not (qual and qual.phrase == "from"):  # "from 10,000 to 12,000" after "raised": no range
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
            low, high, qualifier = qualified_interval(kind, value)
            start = qual.start
    after = QUALIFIER_AFTER.match(text, end)
    if after and not ranged and qualifier == Qualifier.EXACT:
        if after.group("more"):
            low, high, qualifier = value, None, Qualifier.AT_LEAST
        else:
            low, high, qualifier = value * 0.9, value * 1.1, Qualifier.APPROX
        end = after.end()

    unit, unit_end = unit_after(
        text,
        end,
        currency=atom.currency,
        percent=atom.percent,
        of_follows=atom.vague or (atom.has_scale and not atom.is_digits),
    )
    if unit is None or (not unit and (is_age(text, start) or is_appositive_age(text, start))):
        return None, end  # a duration or an age ("no older than 20"): nobody counts anything with it
    if (
        not atom.currency
        and unit != "percent"
        and unit not in _MONEY_UNITS  # "2,000 dollars per month" is pay, like "$2,000 a month"
        and (rate := rate_after(text, unit_end)) is not None
    ):
        unit, unit_end = rate_unit(unit, rate[0]), rate[1]  # "500 soldiers per month" is a flow, not a count
    if words_only and not ranged and previous_word(text, atom.start).lower() in DEFINITE:
        return None, end  # "the two forces", "both sides": a reference, not a quantity
    if words_only and not ranged and qualifier == Qualifier.EXACT and not unit and not _FATE_AFTER.match(text, end):
        return None, end  # "the two countries": a bare number word counts nothing we know
    if (
        words_only
        and unit
        and unit not in COUNT_NOUNS.values()
        and unit not in ("USD",)
        and qualifier == Qualifier.EXACT
    ):
        return None, end
    figure = Figure(
        value=tidy(value),
        low=None if low is None else tidy(low),
        high=None if high is None else tidy(high),
        unit=unit,
        qualifier=str(qualifier),
        surface=text[start:end],
        start=start,
        end=end,
    )
    return figure, max(end, unit_end)


def _share(text: str, atom: _Atom) -> _Atom:
    """"one in five", "3 out of 100": the two numbers as one share (percent); any other atom as it is."""
    if atom.vague or atom.percent or atom.currency or atom.has_scale:
        return atom
    join = SHARE_JOIN.match(text, atom.end)
    partner = _ATOM.match(text, join.end()) if join else None
    if partner is None or not (partner.group("digits") or partner.group("words")):
        return atom
    whole = _read_atom(text, partner, partner=True)
    if whole is None or whole.percent or whole.currency or not 0 < atom.value < whole.value:
        return atom
    if unit_after(text, whole.end, currency=None, percent=False, of_follows=False)[0] is None:
        return atom  # "two in three weeks" is a duration
    share = 100 * atom.value / whole.value
    return _Atom(share, share, share, atom.start, whole.end, percent=True, is_digits=atom.is_digits)


def _range_partner(
    text: str, atom: _Atom, *, require_and: bool, after_between: bool = False
) -> tuple[float, bool, int, float] | None:
    """The upper end of "500-600", "two to three", "between 50 and 140": (high, percent, end, scale for low)."""
    join = RANGE_JOIN.match(text, atom.end)
    if not join and atom.is_digits and not (atom.percent or atom.currency or atom.has_scale or require_and):
        spoken = comma_range_end(text, atom.start, atom.end)  # "they lose 200, 300 men a day"
        return None if spoken is None else (spoken[0], False, spoken[1], 1.0)
    if not join or atom.percent and "point" in text[atom.start : atom.end].lower():
        return None  # "rose 5 percentage points to 30%": a change and a level, never a range
    word = join.group().strip().split()[0].lower() if join.group().strip() else ""
    if word == "and" and not require_and or word in FOREIGN_ANDS and not after_between:
        return None
    if require_and and word not in ("and", "to", "-", "–", "—"):
        return None
    spaced_dash = word in ("-", "–", "—") and join.group() != join.group().strip() and not require_and
    if spaced_dash and not (atom.has_scale or atom.value >= 1000):
        return None  # "500 - 600" with spaces is more often a dash between clauses
    m = _ATOM.match(text, join.end())
    if m is None and after_between and (worded := worded_counts(text).get(join.end())) is not None and not worded.vague:
        # "zwischen zehntausend und zwölftausend", "mellan tiotusen och tolvtusen": a range's ends in words
        return (worded.value, False, worded.end, 1.0) if worded.value > atom.value else None
    if not m or m.group("vague") or m.group("few") or (m.group("fraction") or m.group("bare_half")) and not atom.percent:
        return None  # only a share ends a range in a fraction: "between a third and a half of", "40% to half of"
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
    if second.value > 2 * atom.value * scale_low and word == "to" and is_change_by(text, atom.start):
        return None  # "rose by 2,000 to 13,000": the change, then the level it reached ("by 10 to 12%" is a range)
    if spaced_dash and second.value > 3 * atom.value * scale_low:
        return None  # "1.1 million – 1 250 000" are a range's ends; "10,000 – 40,000 more" a clause's aside
    return second.value, second.percent, second.end, scale_low

"""Figures as intervals, and whether two figures can both be true.

A figure stands for the set of values its source allows:

* exact "12,000"                -> [12000, 12000]
* approximate "about 12,000"    -> [12000 * (1 - t), 12000 * (1 + t)] with t = APPROX_TOLERANCE
* "as many as 15,000"           -> (unbounded, 15000]
* "more than 11,000"            -> [11000, unbounded)
* "between 50 and 140"          -> [50, 140]

``None`` stands for an unbounded side.  Bounds the extractor already set on
the :class:`~store.models.Figure` are kept; the qualifier only fills in what is
missing, and widens an approximate figure that arrives as a bare point.

Two figures *agree* when their intervals overlap, *conflict* when they do not,
and are *incomparable* when they count different things (percent vs troops).
For that question a plural order of magnitude in words ("hundreds", "thousands") keeps its floor but
not its ceiling: writers keep saying "thousands" until "tens of thousands" would fit, so the press's
"thousands of troops" beside "over 11,000" is no conflict (see :func:`compared_interval`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from store.models import Figure, Qualifier

# "About 12,000" is read as 12,000 ± 10%: wide enough that "about 12,000" and
# "11,000" are not called a conflict, narrow enough that 1,000 vs 4,000 is.
APPROX_TOLERANCE = 0.10

# Names that count the same thing.  Kept small and generic (units, not
# stories): extractors differ on "soldiers" vs "troops", "$" vs "USD".
_UNIT_ALIASES = {
    "soldier": "troops",
    "soldiers": "troops",
    "troop": "troops",
    "personnel": "troops",
    "servicemen": "troops",
    "forces": "troops",
    "serviceman": "troops",
    # A casualty is a soldier killed or wounded: "4,000 casualties" and "1,000 soldiers killed or wounded" are
    # on one scale in a subject counting losses.
    "casualties": "troops",
    "casualty": "troops",
    # Artillery ammunition is counted in shells or in rounds: "3 million rounds", "millions of shells".
    "shell": "shells",
    "round": "shells",
    "rounds": "shells",
    "%": "percent",
    "per cent": "percent",
    "pct": "percent",
    "percentage": "percent",
    "$": "usd",
    "us$": "usd",
    "dollar": "usd",
    "dollars": "usd",
    "us dollars": "usd",
}


class Agreement(StrEnum):
    AGREE = "agree"
    CONFLICT = "conflict"
    INCOMPARABLE = "incomparable"


@dataclass(frozen=True, slots=True)
class Interval:
    low: float | None  # None: unbounded below
    high: float | None  # None: unbounded above
    unit: str  # canonical, see :func:`canonical_unit`

    def contains(self, value: float) -> bool:
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)

    def overlaps(self, other: Interval) -> bool:
        """True when some value lies in both (units are not checked here)."""
        below = self.high is not None and other.low is not None and self.high < other.low
        above = self.low is not None and other.high is not None and self.low > other.high
        return not (below or above)

    @property
    def is_point(self) -> bool:
        return self.low is not None and self.low == self.high

    def to_dict(self) -> dict[str, float | str | None]:
        return {"low": self.low, "high": self.high, "unit": self.unit}


@lru_cache(maxsize=4096)  # a corpus uses a few hundred units; the figure tracker asks for each figure's, often twice
def canonical_unit(unit: str | None) -> str:
    """Lower-case, trimmed, with a few synonyms merged and a plural 's' kept consistent."""
    text = re.sub(r"\s+", " ", (unit or "").strip().lower())
    if text in _UNIT_ALIASES:
        return _UNIT_ALIASES[text]
    return text


def figure_interval(figure: Figure, *, tolerance: float = APPROX_TOLERANCE) -> Interval:
    value = figure.value
    low, high = figure.low, figure.high
    qualifier = figure.qualifier
    unit = canonical_unit(figure.unit)
    if qualifier == Qualifier.AT_MOST:
        # "As many as 15,000": the top is stated; any stated floor is kept.
        return Interval(low if low is not None and low != high else None, high if high is not None else value, unit)
    if qualifier == Qualifier.AT_LEAST:
        return Interval(low if low is not None else value, high if high is not None and high != low else None, unit)
    if qualifier == Qualifier.RANGE:
        return Interval(low, high, unit)
    if qualifier == Qualifier.APPROX:
        already_widened = low is not None and high is not None and low < high
        if already_widened:
            return Interval(low, high, unit)
        spread = abs(value) * tolerance
        return Interval(value - spread, value + spread, unit)
    # Exact: a point, unless the extractor recorded a range anyway.
    return Interval(low if low is not None else value, high if high is not None else value, unit)


# "hundreds", "thousands", "tens of thousands", "dozens", "scores": the words, not "a couple hundred" or "5,000".
_PLURAL_MAGNITUDE = re.compile(r"(?:\b|^)(?:dozens|scores|hundreds|thousands|millions|billions)\s*$", re.IGNORECASE)


def compared_interval(figure: Figure) -> Interval:
    """The interval a comparison weighs: :func:`figure_interval`, with a plural order of magnitude in words
    reaching up to where the next one begins ("hundreds" to 1,999, "thousands" to 19,999).

    The extractor reads "thousands" as 2,000–9,999, the least and most the word names.  As a ceiling that is
    too strict: "thousands of North Korean troops" is how the press wrote of 11,000–15,000 soldiers, and
    one article says both.  A writer turns to the next word ("tens of thousands") only at twice the next
    power of ten, so the ceiling moves there; the floor stays ("thousands" against "hundreds" conflicts).
    """
    interval = figure_interval(figure)
    surface = figure.surface or ""
    if (
        interval.high is not None
        and interval.low is not None
        and interval.high > interval.low
        and not any(ch.isdigit() for ch in surface)
        and _PLURAL_MAGNITUDE.search(surface)
    ):
        return Interval(interval.low, 2 * (interval.high + 1) - 1, interval.unit)
    return interval


def compare_intervals(a: Interval, b: Interval) -> Agreement:
    if not a.unit or a.unit != b.unit:
        return Agreement.INCOMPARABLE
    return Agreement.AGREE if a.overlaps(b) else Agreement.CONFLICT


def compare_figures(a: Figure, b: Figure) -> Agreement:
    return compare_intervals(compared_interval(a), compared_interval(b))


def figures_conflict(a: Figure, b: Figure) -> bool:
    return compare_figures(a, b) is Agreement.CONFLICT


def same_figure(a: Figure, b: Figure, *, relative: float = 0.01) -> bool:
    """The same number said the same way: what makes a repeated claim an echo.

    Values within 1% of each other, the same unit, and intervals that overlap
    ("about 12,000" and "12,000" are the same figure; "up to 15,000" and
    "at least 15,000" are not).
    """
    if canonical_unit(a.unit) != canonical_unit(b.unit):
        return False
    scale = max(abs(a.value), abs(b.value), 1e-9)
    if abs(a.value - b.value) > relative * scale:
        return False
    return direction_of(a.qualifier) == direction_of(b.qualifier) and figure_interval(a).overlaps(figure_interval(b))


def direction_of(qualifier: str) -> str:
    """Which side a hedge opens: 'below' for at-most, 'above' for at-least, '' otherwise."""
    if qualifier == Qualifier.AT_MOST:
        return "below"
    if qualifier == Qualifier.AT_LEAST:
        return "above"
    return ""


QUALIFIER_GLYPHS = {
    Qualifier.EXACT: "",
    Qualifier.AT_MOST: "≤",
    Qualifier.AT_LEAST: "≥",
    Qualifier.APPROX: "≈",
    Qualifier.RANGE: "",
}


def qualifier_glyph(qualifier: str) -> str:
    try:
        return QUALIFIER_GLYPHS[Qualifier(qualifier)]
    except ValueError:
        return ""


def format_number(value: float | None) -> str:
    if value is None:
        return "∞"
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size and (abs(value) / size * 10).is_integer():
            return f"{value / size:g} {word}"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


_SCALE_WORDS = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
_RANGE_DECIMALS = 3  # "1.125 million" still reads at a glance; "1.1234 million" is better in digits


def _scaled(value: float, size: float) -> str | None:
    """``value`` in units of ``size`` ("1.25" for 1,250,000 in millions), or None if that takes more decimals."""
    amount = value / size
    return f"{amount:g}" if abs(amount * 10**_RANGE_DECIMALS - round(amount * 10**_RANGE_DECIMALS)) < 1e-6 else None


def _range_ends(low: float, high: float) -> tuple[str, str, str]:
    """The two ends of a range written in one style, and the scale word they share ("" for digits)."""
    for size, word in _SCALE_WORDS:
        if abs(high) >= size:
            low_text, high_text = _scaled(low, size), _scaled(high, size)
            if low_text is not None and high_text is not None and abs(low) >= size / 10:
                return low_text, high_text, word
            break
    low_text, high_text = (f"{int(v):,}" if float(v).is_integer() else format_number(v) for v in (low, high))
    return low_text, high_text, ""


def format_range(low: float, high: float) -> str:
    """Both ends of a range in one style: "1.1–1.25 million", "900,000–1,234,567", never the mix
    "1.1 million–1,250,000" (which reads as a range from 1.1 million to a figure six times smaller or
    as a typo).  The scale is the high end's, in words when both ends can say it in three decimals."""
    low_text, high_text, word = _range_ends(low, high)
    return f"{low_text}–{high_text} {word}".rstrip()


def format_quantity(value: float | str | None, unit: str) -> str:
    """A number (or a range already written, "1.1–1.25 million") with its unit: "15,000 troops", "40%",
    "$20 billion"."""
    number = value if isinstance(value, str) else format_number(value)
    canonical = canonical_unit(unit)
    if canonical == "percent":
        return f"{number}%"
    if canonical == "usd":
        return f"${number}"
    return f"{number} {unit}".strip()


def format_figure(figure: Figure, *, compact: bool = False, unit_shown: bool = True) -> str:
    """ "≤ 15,000 troops", "≈ 12,000 troops", "50–140 factories", "thousands (2,000–9,999 troops)".

    The one way a figure is written everywhere: panes, tracker, command line and exports.  A vague
    figure in words keeps its words, so "thousands" never reads as "≈ 2,000"; ``compact`` (a narrow
    list) drops the range they were read as: "thousands of troops".  Without ``unit_shown`` (a table
    whose heading names the unit) only "%" stays: "≤ 15,000", "thousands", "40%".
    """
    glyph = qualifier_glyph(figure.qualifier)
    low, high = figure.low, figure.high
    surface = figure.surface
    if surface and low is not None and high is not None and low != high and not any(ch.isdigit() for ch in surface):
        words = " ".join(surface.split())
        if not unit_shown:
            return words  # the interval column, where there is one, gives the numbers
        if compact:
            unit = {"percent": "per cent", "usd": "dollars"}.get(canonical_unit(figure.unit or ""), figure.unit or "")
            joint = " of " if words.endswith("s") and unit else " "  # "hundreds of troops", "a few hundred kilometres"
            return f"{words}{joint}{unit}".strip()
        return f"{words} ({format_quantity(format_range(low, high), figure.unit)})"
    unit = figure.unit if unit_shown else ("%" if canonical_unit(figure.unit) == "percent" else "")
    if figure.qualifier == Qualifier.RANGE and low is not None and high is not None:
        text = format_quantity(format_range(low, high), unit)
    else:
        text = format_quantity(figure.value, unit)
    return f"{glyph} {text}" if glyph else text


def format_interval(interval: Interval) -> str:
    if interval.is_point:
        return f"[{format_number(interval.low)}]"
    if interval.low is not None and interval.high is not None:
        low_text, high_text, word = _range_ends(interval.low, interval.high)
        return f"[{low_text} {word}, {high_text} {word}]".replace(" ,", ",").replace(" ]", "]")
    low = "−∞" if interval.low is None else format_number(interval.low)
    high = "∞" if interval.high is None else format_number(interval.high)
    return f"[{low}, {high}]"

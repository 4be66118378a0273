"""Figures as intervals: overlap, conflict, units, echoes of the same figure."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from store.compare.intervals import (
    APPROX_TOLERANCE,
    Agreement,
    Interval,
    canonical_unit,
    compare_figures,
    compare_intervals,
    figure_interval,
    figures_conflict,
    format_figure,
    format_interval,
    format_number,
    same_figure,
)
from store.models import Figure


def figure(value: float, qualifier: str = "exact", unit: str = "troops", low=None, high=None) -> Figure:
    return Figure(value=value, low=low, high=high, unit=unit, qualifier=qualifier, surface=str(value))


def test_interval_of_each_qualifier() -> None:
    assert figure_interval(figure(12000)) == Interval(12000, 12000, "troops")
    assert figure_interval(figure(15000, "at_most")) == Interval(None, 15000, "troops")
    assert figure_interval(figure(11000, "at_least")) == Interval(11000, None, "troops")
    assert figure_interval(figure(95, "range", "factories", low=50, high=140)) == Interval(50, 140, "factories")
    approx = figure_interval(figure(12000, "approx"))
    assert approx.low == pytest.approx(12000 * (1 - APPROX_TOLERANCE))
    assert approx.high == pytest.approx(12000 * (1 + APPROX_TOLERANCE))


def test_bounds_set_by_the_extractor_are_kept() -> None:
    # An extractor that widened "about 500" itself, and one that gave a point for "up to".
    assert figure_interval(figure(500, "approx", low=450, high=550)) == Interval(450, 550, "troops")
    assert figure_interval(figure(15000, "at_most", low=15000, high=15000)) == Interval(None, 15000, "troops")
    assert figure_interval(figure(11000, "at_least", low=11000, high=11000)) == Interval(11000, None, "troops")


def test_zelensky_12000_and_as_many_as_15000_do_not_conflict() -> None:
    zelensky = figure(12000, "approx")
    south_korea = figure(15000, "at_most")
    assert compare_figures(zelensky, south_korea) is Agreement.AGREE
    assert not figures_conflict(zelensky, south_korea)


def test_1000_and_4000_casualties_conflict() -> None:
    assert compare_figures(figure(1000, unit="casualties"), figure(4000, unit="casualties")) is Agreement.CONFLICT
    # Even hedged as "about": ±10% does not bridge 1,000 and 4,000.
    assert figures_conflict(figure(1000, "approx", "casualties"), figure(4000, "approx", "casualties"))


def test_more_than_11000_agrees_with_15000_but_not_with_at_most_10000() -> None:
    assert compare_figures(figure(11000, "at_least"), figure(15000)) is Agreement.AGREE
    assert compare_figures(figure(11000, "at_least"), figure(10000, "at_most")) is Agreement.CONFLICT
    assert compare_figures(figure(11000, "at_least"), figure(11000, "at_most")) is Agreement.AGREE  # touch at 11,000


def test_different_units_never_conflict() -> None:
    assert compare_figures(figure(40, unit="percent"), figure(12000, unit="troops")) is Agreement.INCOMPARABLE
    assert not figures_conflict(figure(40, unit="percent"), figure(12000, unit="troops"))
    assert compare_intervals(Interval(1, 1, ""), Interval(5, 5, "")) is Agreement.INCOMPARABLE


def test_unit_synonyms_are_compared() -> None:
    assert canonical_unit("Soldiers") == canonical_unit("troops")
    assert canonical_unit("per cent") == canonical_unit("%") == "percent"
    assert compare_figures(figure(11000, unit="soldiers"), figure(4000, unit="troops")) is Agreement.CONFLICT


def test_same_figure_for_echoes() -> None:
    assert same_figure(figure(12000, "approx"), figure(12000))
    assert same_figure(figure(11000, "at_least"), figure(11000, "at_least", unit="soldiers"))
    assert not same_figure(figure(15000, "at_most"), figure(15000, "at_least"))
    assert not same_figure(figure(11000), figure(12000))
    assert not same_figure(figure(40, unit="percent"), figure(40, unit="troops"))


def test_formatting() -> None:
    assert format_figure(figure(12000, "approx")) == "≈ 12,000 troops"
    assert format_figure(figure(15000, "at_most")) == "≤ 15,000 troops"
    assert format_figure(figure(40, "at_most", "percent")) == "≤ 40%"
    assert format_figure(figure(2e10, unit="USD")) == "$20 billion"
    thousands = Figure(2000, 2000, 9999, "troops", "approx", "thousands")
    assert format_figure(thousands) == "thousands (2,000–9,999 troops)"
    assert format_figure(thousands, compact=True) == "thousands of troops"
    few_hundred = Figure(200, 200, 500, "kilometres", "approx", "a few hundred")
    assert format_figure(few_hundred, compact=True) == "a few hundred kilometres"
    # A number written in words is exact: the number, not "Eight (8–8 soldiers)".
    assert format_figure(Figure(8, 8, 8, "soldiers", "exact", "Eight")) == "8 soldiers"
    assert format_figure(Figure(50, 50, 50, "percent", "exact", "half")) == "50%"
    # Under a heading that names the unit (the figure tracker), only "%" stays.
    assert format_figure(figure(15000, "at_most"), unit_shown=False) == "≤ 15,000"
    assert format_figure(figure(40, "at_most", "percent"), unit_shown=False) == "≤ 40%"
    assert format_figure(thousands, unit_shown=False) == "thousands"
    assert format_interval(Interval(None, 15000, "troops")) == "[−∞, 15,000]"
    assert format_interval(Interval(11000, 11000, "troops")) == "[11,000]"


bounds = st.one_of(st.none(), st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))


@given(bounds, bounds, bounds, bounds)
def test_overlap_is_symmetric(a_low, a_high, b_low, b_high) -> None:
    a, b = Interval(a_low, a_high, "x"), Interval(b_low, b_high, "x")
    assert a.overlaps(b) == b.overlaps(a)


@given(
    st.floats(min_value=0, max_value=1e9, allow_nan=False),
    st.sampled_from(["exact", "approx", "at_most", "at_least"]),
)
def test_a_figure_interval_contains_its_value_and_agrees_with_itself(value, qualifier) -> None:
    f = figure(value, qualifier)
    assert figure_interval(f).contains(value)
    assert compare_figures(f, f) is Agreement.AGREE


@pytest.mark.parametrize(
    ("value", "written"),
    [(1e12, "1 trillion"), (2.5e12, "2.5 trillion"), (1e15, "1000 trillion"), (2e10, "20 billion"), (1.5e6, "1.5 million"),
     (1_234_567, "1,234,567"), (11_000, "11,000")],
)
def test_large_figures_are_written_in_the_largest_word_that_reads_exactly(value: float, written: str) -> None:
    assert format_number(value) == written

"""Figure parsing: digits, words, currencies, shares, qualifiers, ranges, and what is not a figure."""

from __future__ import annotations

import pytest

from store.analysis.numbers import figure_interval_text, find_figures
from store.models import Qualifier


def only(text: str):
    figures = find_figures(text)
    assert len(figures) == 1, [f.surface for f in figures]
    figure = figures[0]
    assert text[figure.start : figure.end] == figure.surface
    return figure


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("North Korea sent 15,000 troops to Russia.", 15_000, "troops"),
        ("Seoul reported 3,000 casualties two weeks apart.", 3_000, "casualties"),  # a number word starts anew
        ("It earned US$20 billion from the war.", 2e10, "USD"),
        ("Russia pays $2,000 a month for each soldier.", 2_000, "USD"),
        ("It is worth S$25.7 billion.", 2.57e10, "SGD"),
        ("It supplied 40 per cent of the shells.", 40, "percent"),
        ("It supplied 50% of the rounds.", 50, "percent"),
        ("Prices rose 12 percent last year.", 12, "percent"),
        ("Russia had depleted half of its tanks.", 50, "percent"),
        ("Drones destroyed a third of the bombers.", 100 / 3, "percent"),
        ("Russia delivered one million barrels of oil.", 1e6, "barrels"),
        ("Russia delivered 1 million barrels of oil.", 1e6, "barrels"),
        ("Russia delivered a million barrels of oil.", 1e6, "barrels"),
        ("He counted twelve soldiers on the road.", 12, "soldiers"),
        ("Twenty-five soldiers were wounded.", 25, "soldiers"),
        ("Pyongyang earned about 15 trillion won from exports.", 1.5e13, "KRW"),
        ("North Korea sent 5,000 military construction workers.", 5_000, "workers"),
        ("Analysts count 1,897 T-62s in storage.", 1_897, "T-62s"),
        ("It set a 500,000-barrel annual cap.", 500_000, "barrels"),
        ("Around 220 pieces of 170 mm self-propelled guns were sent.", 220, "guns"),
    ],
)
def test_values_and_units(text: str, value: float, unit: str) -> None:
    figure = only(text)
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit


@pytest.mark.parametrize(
    ("text", "qualifier", "low", "high"),
    [
        ("as many as 15,000 troops", Qualifier.AT_MOST, None, 15_000),
        ("as much as 40 per cent of its ammunition", Qualifier.AT_MOST, None, 40),
        ("up to 50% of the rounds", Qualifier.AT_MOST, None, 50),
        ("at least 30 soldiers", Qualifier.AT_LEAST, 30, None),
        ("more than 11,000 troops", Qualifier.AT_LEAST, 11_000, None),
        ("over 11,000 troops", Qualifier.AT_LEAST, 11_000, None),
        ("exceeding 0.6 million casualties", Qualifier.AT_LEAST, 600_000, None),
        ("15,000 or more troops", Qualifier.AT_LEAST, 15_000, None),
        ("about 12,000 troops", Qualifier.APPROX, 10_800, 13_200),
        ("around 1,000 soldiers", Qualifier.APPROX, 900, 1_100),
        ("roughly 28,500 service members", Qualifier.APPROX, 25_650, 31_350),
        ("some 3,000 personnel", Qualifier.APPROX, 2_700, 3_300),
        ("an estimated US$20 billion", Qualifier.APPROX, 1.8e10, 2.2e10),
        ("nearly 1,000 troops", Qualifier.APPROX, 900, 1_000),
        ("close to 140 factories", Qualifier.APPROX, 126, 140),
        ("500-600 new tanks", Qualifier.RANGE, 500, 600),
        ("500 to 600 new tanks", Qualifier.RANGE, 500, 600),
        ("between 50 and close to 140 factories", Qualifier.RANGE, 50, 140),
        ("between 4 million and 6 million shells", Qualifier.RANGE, 4e6, 6e6),
        ("2 to 3 million shells", Qualifier.RANGE, 2e6, 3e6),
        ("40 to 50 people", Qualifier.RANGE, 40, 50),
        ("15,000 troops", Qualifier.EXACT, 15_000, 15_000),
    ],
)
def test_qualifiers_make_intervals(text: str, qualifier: Qualifier, low: float | None, high: float | None) -> None:
    figure = only(text)
    assert figure.qualifier == qualifier
    assert figure.low == (None if low is None else pytest.approx(low))
    assert figure.high == (None if high is None else pytest.approx(high))


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("hundreds of them were killed", 200, 999),
        ("thousands of troops", 2_000, 9_999),
        ("tens of thousands more", 20_000, 99_999),
        ("dozens of these missiles", 24, 99),
        ("a couple hundred North Korean troops", 150, 300),
        ("millions of artillery shells", 2e6, 9_999_999),
    ],
)
def test_vague_quantities_are_approximate_intervals(text: str, low: float, high: float) -> None:
    figure = only(text)
    assert figure.qualifier == Qualifier.APPROX
    assert (figure.low, figure.high) == (pytest.approx(low), pytest.approx(high))
    if not text.startswith("a couple"):
        assert figure.value == figure.low  # a vague plural promises at least its low end


def test_surface_includes_the_qualifier() -> None:
    assert only("officials estimate as many as 15,000 North Korean troops").surface == "as many as 15,000"


@pytest.mark.parametrize(
    "text",
    [
        "The war began in 2022 and the Korean War ended in 1953.",
        "The attack happened on August 16 and again on 13 September.",
        "He met her on Dec. 10, 2020 at 10:30.",
        "It fired T-62 shells, KN-23 missiles, a Hwasong-19 and 115mm guns.",
        "It was the 66th anniversary of the 1st battle.",
        "Kim Il-sung (1912–94) ruled through the 1970s and 80s.",
        "A 25-year-old soldier served for three years on a six-day rotation.",
        "Troops are rotated out every two to three months.",
        "The two countries share a border and both sides know it.",
        "The Nikkei 225 index and the G20 summit were in the news.",
        "The 326 Electric Wire Factory is in Pyongyang.",
        "one of which was refloated",
        "They fired 170 mm guns.",
        "The two governments gave figures thousands apart.",
        "The two estimates were several thousand apart.",
    ],
)
def test_not_figures(text: str) -> None:
    assert find_figures(text) == [], [f.surface for f in find_figures(text)]


def test_several_figures_in_order_with_offsets() -> None:
    text = "North Korea is set to receive around US$20 billion (S$25.7 billion) in cash, and 1,000 sappers."
    figures = find_figures(text)
    assert [f.unit for f in figures] == ["USD", "SGD", "sappers"]
    assert all(text[f.start : f.end] == f.surface for f in figures)


def test_percent_change_then_level_is_not_a_range() -> None:
    figures = find_figures("The index rose 0.67 percent to 8,576 points.")
    assert [f.qualifier for f in figures] == [Qualifier.EXACT, Qualifier.EXACT]


def test_interval_text() -> None:
    assert figure_interval_text(only("as many as 15,000 troops")) == "≤15,000"
    assert figure_interval_text(only("500-600 tanks")) == "500–600"
    assert figure_interval_text(only("about 12,000 troops")) == "≈12,000"


# --- rates and ratios are not counts ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "They had been allocated one interpreter per 30 soldiers.",  # seed 002: not 30 soldiers deployed
        "The ratio was one officer for every 20 soldiers.",
        "Medics were assigned per 100 troops.",
        "It can fire one round every three minutes.",
    ],
)
def test_a_denominator_counts_nothing(text: str) -> None:
    assert [(f.value, f.unit) for f in find_figures(text)] == []


@pytest.mark.parametrize(
    ("text", "value", "surface"),
    [
        ("Officials said one in 10 soldiers had been wounded.", 10, "one in 10"),
        ("One in five North Korean troops was killed.", 20, "One in five"),
        ("South Korea scores 83 out of 100.", 83, "83 out of 100"),
        ("Three out of every four shells were duds.", 75, "Three out of every four"),
    ],
)
def test_n_in_m_is_a_share(text: str, value: float, surface: str) -> None:
    figure = only(text)
    assert (figure.unit, figure.surface) == ("percent", surface)
    assert figure.value == pytest.approx(value)


def test_a_hedged_share_keeps_its_hedge() -> None:
    figure = only("Nearly one in three soldiers deserted.")
    assert figure.qualifier == Qualifier.APPROX
    assert figure.high == pytest.approx(100 / 3)


@pytest.mark.parametrize(
    "text",
    [
        "He arrived 2 in 3 weeks.",  # a duration, not a share
        "The first one in 2025 was a test.",  # a year
    ],
)
def test_not_every_in_is_a_share(text: str) -> None:
    assert all(f.unit != "percent" for f in find_figures(text))


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("North Korea sends 500 soldiers per month.", "soldiers per month"),
        ("About 1,000 troops a day are rotated.", "troops per day"),
        ("They lost 40 soldiers per day.", "soldiers per day"),
        ("The factories make perhaps 2 million shells a year.", "shells per year"),
        ("It forbids more than 500,000 barrels of oil a year.", "barrels per year"),
        ("Assume 250 to 300 shells per container.", "shells per container"),
        ("There were 10 officers for every 100 soldiers.", "officers per 100 soldiers"),
        ("It could reach 15,000 a year.", "per year"),
    ],
)
def test_a_rate_says_so_in_its_unit(text: str, unit: str) -> None:
    assert only(text).unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Officials said 10,000 troops were sent a year ago.", "troops"),  # when, not how often
        ("Some 5,000 troops each carrying rifles were sent.", "troops"),
        ("It supplied 40 per cent of the shells.", "percent"),  # "per cent" is no rate
        ("Russia pays $2,000 a month for each soldier.", "USD"),  # money rates are the pay subject's business
    ],
)
def test_not_every_per_or_a_is_a_rate(text: str, unit: str) -> None:
    assert only(text).unit == unit


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("Two-thirds of the casualties came in the first week.", 200 / 3, Qualifier.EXACT),
        ("Three quarters of the shells were duds.", 75.0, Qualifier.EXACT),
        ("The ministry said 3,000-odd additional troops could be sent.", 3000.0, Qualifier.APPROX),
        ("Pyongyang has sent 1,000-plus containers of munitions.", 1000.0, Qualifier.AT_LEAST),
    ],
)
def test_plural_fractions_and_hyphened_odd_and_plus(text: str, value: float, qualifier: Qualifier) -> None:
    figure = only(text)
    assert figure.value == pytest.approx(value, abs=0.01)
    assert figure.qualifier == qualifier


def test_a_day_before_a_month_is_a_date_even_after_a_comma() -> None:
    assert find_figures("Yonhap, 13 January 2025.") == []
    assert [f.surface for f in find_figures("In June, 30 soldiers died.")] == ["30"]

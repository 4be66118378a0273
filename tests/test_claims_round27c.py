"""A count whose thousands are grouped is never a year, in any language's grouping."""

from __future__ import annotations

import pytest

from store.analysis.numbers import find_figures


@pytest.mark.parametrize("text", [
    "погибли 2 000 военных КНДР",  # a space groups the thousands: 2 000 reads "2000" once joined
    "rund 2.000 € im Monat",  # a German dot
    "Some 2,000 troops arrived",
    "загинули 1 999 військових",
])
def test_a_grouped_count_is_read_whole_even_when_it_looks_like_a_year(text: str) -> None:
    values = [f.value for f in find_figures(text)]
    assert values and values[0] in (2000, 1999), values
    assert 0 not in values and 999 not in values  # never the tail of the group on its own


@pytest.mark.parametrize("text", ["the year 2000 was", "in 2024 the war", "Resolution 2397 bans"])
def test_an_ungrouped_year_or_label_stays_no_figure(text: str) -> None:
    assert find_figures(text) == []

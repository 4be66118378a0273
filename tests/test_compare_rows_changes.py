"""The compare screen's verdict row for a figure that changed over time.

The store tells a conflict (different figures for the same time) from a change over time (November's
11,000 against January's 12,000).  The screen drew a change as "✓ consistent", hiding that the figures
differ at all; it now says "changed over time" and gives the earlier figure, then the later one, each
with who gave it and when.
"""

from __future__ import annotations

from rich.console import Console

from store.compare.claim_comparison import compare_claim_sets
from store.models import Claim, Figure
from tui.screens.compare_rows import claims_row, theme_palette


def _claim(cid: str, value: float, date: str, claimant: str) -> Claim:
    figure = Figure(value=value, low=value, high=value, unit="troops", qualifier="exact", surface=f"{value:,.0f}")
    return Claim(id=cid, article_id=cid, passage_id=f"{cid}-000", text=f"{claimant} said {value:,.0f} troops.",
                 start=0, end=0, claimant=claimant, subject="troops_deployed", figures=[figure], claim_date=date,
                 claim_date_basis="stated")


def _header(left: list[Claim], right: list[Claim]) -> str:
    (entry,) = compare_claim_sets(left, right)
    console = Console(width=200, record=True, color_system=None)
    console.print(claims_row(entry, frozenset(), theme_palette(object())))
    return console.export_text().splitlines()[0]


def test_a_later_figure_on_the_left_is_shown_after_the_earlier_one_on_the_right() -> None:
    header = _header([_claim("l", 12_000, "2025-01-20", "NIS")], [_claim("r", 11_000, "2024-11-13", "Pentagon")])
    assert "CONFLICT" not in header and "consistent" not in header
    assert "changed over time" in header
    earlier, later = header.index("11,000"), header.index("12,000")
    assert earlier < header.index(" then ") < later, header
    assert "Pentagon, 2024-11-13" in header and "NIS, 2025-01-20" in header


def test_figures_of_the_same_month_still_conflict() -> None:
    header = _header([_claim("l", 12_000, "2024-11-20", "NIS")], [_claim("r", 11_000, "2024-11-13", "Pentagon")])
    assert "CONFLICT" in header and "changed over time" not in header


def test_the_same_figure_months_apart_is_consistent() -> None:
    header = _header([_claim("l", 11_000, "2025-01-20", "NIS")], [_claim("r", 11_000, "2024-11-13", "Pentagon")])
    assert "consistent" in header and "changed" not in header


def test_two_clashes_count_as_two_however_many_sides_list_them() -> None:
    left = [_claim("l1", 11_000, "2024-11-13", "Pentagon"), _claim("l2", 30_000, "2024-11-14", "Blogger")]
    right = [_claim("r", 12_000, "2024-11-20", "NIS")]
    header = _header(left, right)
    # 11,000 and 30,000 each clash with 12,000: two pairs, each listed from both sides.
    assert "CONFLICT" in header and "(+1 more)" in header, header


def test_one_clash_listed_from_both_sides_is_one() -> None:
    header = _header([_claim("l", 11_000, "2024-11-13", "Pentagon")], [_claim("r", 12_000, "2024-11-20", "NIS")])
    assert "CONFLICT" in header and "more)" not in header, header
    changed = _header([_claim("l", 11_000, "2024-11-13", "Pentagon")], [_claim("r", 12_000, "2025-01-20", "NIS")])
    assert "changed over time" in changed and "more)" not in changed, changed

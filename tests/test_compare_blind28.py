"""Round 28b of the comparison: subjects found by the words analysts use, verdicts that compare like with like."""

from __future__ import annotations

import pytest

SHARE = ("ammunition_share", "Share of Russia's ammunition from North Korea")
OTHERS = {"casualties": "North Korean casualties (killed and wounded)", "troops_deployed": "North Korean troops deployed"}


@pytest.mark.parametrize("typed", ["shels", "shell", "artilery"])
def test_the_subject_finder_offers_the_shells_share_for_shells_typed_loosely(typed: str) -> None:
    from tui.screens.compare_picker import FuzzyPicker
    from tui.screens.figures_table import subject_entries

    entries = subject_entries({SHARE[0]: SHARE[1], **OTHERS}, {})
    offered = [entry.key for entry in FuzzyPicker("Find which subject?", entries).matching(typed)]
    assert SHARE[0] in offered and "casualties" not in offered, offered


def _troops(cid: str, figure, claimant: str, date: str = "2024-11-13"):  # type: ignore[no-untyped-def]
    from store.models import Claim

    return Claim(id=cid, article_id=cid, passage_id=f"{cid}-000", text=f"{claimant} said {figure.surface} troops.",
                 start=0, end=0, claimant=claimant, subject="troops_deployed", figures=[figure], claim_date=date,
                 claim_date_basis="stated")


def _figure(value: float, qualifier: str = "exact", surface: str = ""):  # type: ignore[no-untyped-def]
    from store.models import Figure

    low = None if qualifier == "at_most" else value
    high = None if qualifier == "at_least" else value
    return Figure(value=value, low=low, high=high, unit="troops", qualifier=qualifier, surface=surface or f"{value:,.0f}")


def _header(left, right) -> str:  # type: ignore[no-untyped-def]
    from rich.console import Console

    from store.compare.claim_comparison import compare_claim_sets
    from tui.screens.compare_rows import claims_row, theme_palette

    (entry,) = compare_claim_sets(left, right)
    console = Console(width=200, record=True, color_system=None)
    console.print(claims_row(entry, frozenset(), theme_palette(object())))
    return console.export_text().splitlines()[0]


def test_a_side_giving_only_an_upper_bound_is_within_the_bound_not_plainly_consistent() -> None:
    from store.compare.claim_comparison import compare_claim_sets
    from store.compare.json_views import subject_comparison_json

    left = [_troops("l", _figure(11_000), "NIS")]
    right = [_troops("r", _figure(15_000, "at_most", "as many as 15,000"), "officials")]
    (entry,) = compare_claim_sets(left, right)
    assert entry.verdict.value == "consistent" and entry.bound_only == ("right",)
    assert subject_comparison_json(entry)["bound_only"] == ["right"]
    assert entry.swapped().bound_only == ("left",)
    header = _header(left, right)
    assert "bound" in header and "≤ 15,000" in header and "✓ consistent" not in header, header
    # A figure outside the bound still conflicts with it.
    assert "CONFLICT" in _header([_troops("l", _figure(20_000), "NIS")], right)


def test_two_exact_figures_that_agree_are_plainly_consistent() -> None:
    from store.compare.claim_comparison import compare_claim_sets

    left, right = [_troops("l", _figure(11_000), "NIS")], [_troops("r", _figure(11_000), "Pentagon")]
    (entry,) = compare_claim_sets(left, right)
    assert entry.bound_only == () and "✓ consistent" in _header(left, right)


def _killed(cid: str, value: float, date: str, claimant: str, subject: str = "casualties"):  # type: ignore[no-untyped-def]
    from store.models import Claim, Figure

    text = f"{claimant} said {value:,.0f} North Korean soldiers had been killed."
    surface = f"{value:,.0f}"
    figure = Figure(value=value, low=value, high=value, unit="soldiers", qualifier="exact", surface=surface,
                    start=text.index(surface), end=text.index(surface) + len(surface))
    return Claim(id=cid, article_id=cid, passage_id=f"{cid}-000", text=text, start=0, end=len(text), claimant=claimant,
                 subject=subject, figures=[figure], claim_date=date, claim_date_basis="stated")


def test_a_death_toll_rising_from_one_month_to_the_next_is_a_change_not_a_conflict() -> None:
    from store.compare.claim_comparison import Verdict, compare_claim_sets

    def verdict(left, right):  # type: ignore[no-untyped-def]
        (entry,) = compare_claim_sets(left, right)
        return entry.verdict

    assert verdict([_killed("l", 300, "2024-12", "NIS")], [_killed("r", 1_000, "2025-01", "Kyiv")]) is Verdict.CHANGED
    # A count that fell, or two of the same month, still disagree.
    assert verdict([_killed("l", 1_000, "2024-12", "NIS")], [_killed("r", 300, "2025-01", "Kyiv")]) is Verdict.CONFLICT
    assert verdict([_killed("l", 300, "2025-01", "NIS")], [_killed("r", 1_000, "2025-01", "Kyiv")]) is Verdict.CONFLICT
    # Troops sent can be withdrawn or rotated: only running totals read a rise between months as a change.
    left, right = [_killed("l", 11_000, "2024-11", "NIS", "troops_deployed")], [_killed("r", 15_000, "2024-12", "GUR", "troops_deployed")]
    assert verdict(left, right) is Verdict.CONFLICT

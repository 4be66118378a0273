"""A one-word claimant that differs only in case is one claimant: "Experts" opening a sentence and "experts"
inside one were listed apart in the Claimants pane and the command palette (seeds: Business Insider)."""

from __future__ import annotations

from store.analysis.claimant_folding import canonical_names


def test_a_capitalised_common_noun_folds_into_its_lower_case_spelling() -> None:
    mapping = canonical_names(["Experts", "experts", "experts"])
    assert mapping == {"Experts": "experts", "experts": "experts"}


def test_on_a_tie_the_lower_case_spelling_is_kept() -> None:
    assert set(canonical_names(["Analysts", "analysts"]).values()) == {"analysts"}


def test_the_commoner_spelling_wins_and_other_names_stay_apart() -> None:
    mapping = canonical_names(["NATO", "NATO", "Nato", "Pentagon", "officials"])
    assert mapping["Nato"] == "NATO" and mapping["Pentagon"] == "Pentagon" and mapping["officials"] == "officials"

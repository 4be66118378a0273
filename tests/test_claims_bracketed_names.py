"""Brackets inside a claimant's words (editorial insertions, or markup-like text) never glue two words together."""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of

from store.analysis.claimants import clean_claimant


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("the ministry [b]spokesman[/b]", "ministry spokesman"),
        ("Ukraine's Ministry of Defence (MoD)", "Ukraine's Ministry of Defence"),
        ("Kim (pictured)'s aide", "Kim's aide"),
    ],
)
def test_a_bracket_between_words_leaves_a_space_and_one_before_a_possessive_none(raw: str, expected: str) -> None:
    assert clean_claimant(raw) == expected


def test_a_markup_like_tag_in_an_attribution_still_names_the_source() -> None:
    claims = claims_of("Ukraine's intelligence agency [reverse]GUR[/reverse] said 12,000 North Korean troops were in Kursk.")
    assert claim_with(claims, "12,000").claimant == "Defence Intelligence of Ukraine"

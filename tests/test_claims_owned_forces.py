"""A figure counting another country's own forces is no count of North Korean troops sent."""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of


@pytest.mark.parametrize(
    "sentence",
    [
        "South Korea has long been backed by the US, which has 28,500 troops stationed in the republic.",
        "America's 28,500 troops in the South train with their allies every spring.",
        "Ukraine has some 40,000 troops defending the northern border.",
    ],
)
def test_an_owner_named_before_the_figure_keeps_it_out_of_troops_deployed(sentence: str) -> None:
    claim = claim_with(claims_of(sentence), "0,000" if "40,000" in sentence else "28,500")
    assert claim.subject != "troops_deployed", claim


@pytest.mark.parametrize(
    "sentence",
    [
        "Russia has some 11,000 troops from North Korea fighting in Kursk, the Pentagon said.",
        "Russia has about 11,000 North Korean troops in Kursk, the Pentagon said.",
        "North Korea has sent about 11,000 troops to Russia, Seoul said.",
    ],
)
def test_north_korean_troops_hosted_or_sent_are_still_counted(sentence: str) -> None:
    assert claim_with(claims_of(sentence), "11,000").subject == "troops_deployed"

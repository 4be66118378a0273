"""A percentage of a count: the share is the claim, the count its context."""

from __future__ import annotations

from test_claims_blind4 import claims_of

SEED_LIKE = (
    "It has now come to light that the North has ramped up this supply, with some sources reporting that the DPRK "
    "might be providing up to 50% of the 3 million rounds of artillery that Moscow has been annually expending."
)


def test_a_share_of_a_count_is_filed_under_the_share() -> None:
    (claim,) = claims_of(SEED_LIKE)
    assert claim.subject == "ammunition_share"
    assert [f.unit for f in claim.figures][:1] == ["percent"] and claim.figures[0].value == 50
    assert any(f.value == 3_000_000 for f in claim.figures), "the count stays with the claim, as context"


def test_a_count_with_an_unrelated_percentage_keeps_its_own_subject() -> None:
    (claim,) = claims_of("Officials said 12,000 troops were sent, a 20% rise in the country's exports.")
    assert claim.subject == "troops_deployed" and claim.figures[0].value == 12_000


def test_the_share_wins_with_per_cent_written_out() -> None:
    (claim,) = claims_of(
        "Budanov said North Korea supplied as much as 40 per cent of the 2 million shells Russia fired this year."
    )
    assert claim.subject == "ammunition_share" and claim.figures[0].value == 40

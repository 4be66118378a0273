"""Late round 24: two "that"-clauses of one verb, figures called old, denials that do not hedge, "so far".

A second "that"-clause of the same reporting verb counts its own figure: its loss words never make the troops
of the first clause casualties.  A figure its own words call an earlier or previous estimate is superseded by
the current one, whatever joins them ("compared with", "against", "; its previous estimate was"), and
"estimates" with no owner named are nobody's claim.  A denial rejects a figure, it does not hedge it; "neither
confirmed nor denied" hedges and denies nothing.  "has so far confirmed" keeps its claimant.  None of these
sentences comes from a seed or an earlier test.
"""

from __future__ import annotations

import pytest
from claim_builders import claim_with, claims_of

from store.compare.subject_figures import subject_figures, superseded

# --- (1) one verb, two "that"-clauses, two subjects -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "troops", "losses"),
    [
        ("Pentagon officials said that about 10,000 North Korean troops were in the Kursk region, and that 1,200 "
         "had been killed or wounded.", "10,000", "1,200"),
        ("A NATO official said that some 11,500 North Korean soldiers remained near Kursk, but that at least 900 "
         "of them had died.", "11,500", "900"),
        ("Western officials said about 12,000 North Korean troops were near Kursk, adding that 1,500 had "
         "been wounded.", "12,000", "1,500"),
        ("Kyiv said roughly 11,000 North Korean soldiers were in the border region and some 800 had been killed.",
         "11,000", "800"),
    ],
)
def test_each_that_clause_counts_its_own_subject(sentence: str, troops: str, losses: str) -> None:
    claims = claims_of(sentence)
    deployed = claim_with(claims, troops)
    lost = claim_with(claims, losses)
    assert deployed is not lost
    assert deployed.subject == "troops_deployed"
    assert lost.subject == "casualties"
    assert deployed.claimant == lost.claimant is not None
    # a clause that counts nothing still says what the figure before it counts
    claim = claim_with(
        claims_of("Kyiv said that 3,000 North Korean soldiers had been killed, and that the toll was rising."), "3,000"
    )
    assert claim.subject == "casualties"


# --- (2) a figure its words call an earlier estimate ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "current", "old"),
    [
        ("The NIS said about 12,000 troops had been sent, compared with a previous estimate of 11,000.",
         "12,000", "11,000"),
        ("Seoul now believes 13,000 North Korean troops are in Russia, against an earlier estimate of about 10,000.",
         "13,000", "10,000"),
        ("The NIS estimated that 12,000 troops had been sent; its previous estimate was 11,000.", "12,000", "11,000"),
        ("Compared with its initial estimate of 10,000, the NIS now says 12,000 North Korean troops have been sent.",
         "12,000", "10,000"),
        ("Seoul said 12,000 troops had been sent; earlier estimates had put the number at 10,000.", "12,000",
         "10,000"),
    ],
)
def test_an_earlier_estimate_is_superseded_by_the_current_one(sentence: str, current: str, old: str) -> None:
    claim = claim_with(claims_of(sentence), current)
    assert current in claim.figures[0].surface  # the current figure leads the claim
    figures = subject_figures(claim)
    flags = {f.surface: flag for f, flag in zip(figures, superseded(claim, figures), strict=True)}
    assert [flag for surface, flag in flags.items() if old in surface] == [True]
    assert [flag for surface, flag in flags.items() if current in surface] == [False]


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier estimates had put the number of North Korean troops in Russia at 10,000.",
        "Estimates put the number of North Korean soldiers sent to Kursk at 11,000.",
    ],
)
def test_estimates_with_no_owner_named_are_no_claimant(sentence: str) -> None:
    claim = [c for c in claims_of(sentence) if c.figures][0]
    assert claim.claimant is None
    assert claim.subject == "troops_deployed"


# --- (3) a denial is no hedge -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Dmitry Peskov dismissed reports that 10,000 North Korean troops had been sent as 'yet another fake'.",
        "The Russian defence ministry denied that 10,000 North Korean troops were in Kursk.",
        "Pyongyang's foreign ministry rejected claims that 3,000 of its soldiers had died as baseless.",
    ],
)
def test_a_plain_denial_is_denied_and_not_hedged(sentence: str) -> None:
    claim = [c for c in claims_of(sentence) if c.figures][0]
    assert claim.denied
    assert not claim.hedged
    # but a hedge word beside the denial still hedges, and "neither confirmed nor denied" hedges, denying nothing
    claim = claim_with(
        claims_of("The Kremlin dismissed reports that 10,000 North Korean troops had probably been sent."), "10,000"
    )
    assert claim.denied and claim.hedged
    claim = claim_with(
        claims_of("The Kremlin has neither confirmed nor denied that 10,000 North Korean troops were sent."), "10,000"
    )
    assert claim.hedged and not claim.denied
    assert claim.claimant == "Kremlin"


# --- (4) "so far", "to date" between auxiliary and verb, before the speaker or set off by commas ----------------------


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Ukraine's military intelligence has so far confirmed 200 deaths.", "Defence Intelligence of Ukraine"),
        ("The Pentagon has thus far reported 300 North Korean deaths.", "Pentagon"),
        ("Kyiv has to date confirmed 450 North Korean soldiers killed.", "Kyiv"),
        ("So far the Pentagon has confirmed 350 North Korean deaths in Kursk.", "Pentagon"),
        ("The Pentagon has, so far, confirmed 250 North Korean deaths.", "Pentagon"),
    ],
)
def test_a_source_keeps_its_claim_past_so_far(sentence: str, claimant: str) -> None:
    claim = [c for c in claims_of(sentence) if c.figures][0]
    assert claim.claimant == claimant
    assert claim.subject == "casualties"

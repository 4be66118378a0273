"""One sentence in a foreign language and the claim it must give: what the blind rounds of foreign claims share.

Each case names the claimant (and the outlet relaying it), the figure's value and hedge, what it counts and the
subject; a case that still fails says why in ``needs`` and runs as a strict xfail, so fixing it is noticed.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from claim_builders import claims_of

from store.analysis.claimants import fold
from store.models import Claim, Figure

NIS = "National Intelligence Service"
HUR = "Defence Intelligence of Ukraine"
JCS = "Joint Chiefs of Staff"
ZELENSKYY = "Volodymyr Zelenskyy"
BUDANOV = "Kyrylo Budanov"


class Case(NamedTuple):
    text: str
    claimant: str | None  # "~name": the claimant holds this name (case and accents ignored)
    value: float  # the figure's value (a range's high end)
    qualifier: str  # exact, approx, at_least, at_most, range
    unit: str
    subject: str | None
    low: float | None = None  # a range's low end
    via: str | None = None
    needs: str | None = None  # why it still fails


def case_params(cases: list[Case]) -> list:
    """The cases for ``pytest.mark.parametrize``: numbered, and a strict xfail where one ``needs`` something."""
    return [
        pytest.param(c, marks=pytest.mark.xfail(strict=True, reason=c.needs), id=f"{i:02d}") if c.needs
        else pytest.param(c, id=f"{i:02d}")
        for i, c in enumerate(cases)
    ]


def _figure_of(claims: list[Claim], case: Case) -> tuple[Claim, Figure]:
    found = [(c, f) for c in claims for f in c.figures if f.value == case.value or f.high == case.value]
    assert len(found) == 1, [(c.claimant, [(f.surface, f.value, f.unit) for f in c.figures]) for c in claims]
    return found[0]


def assert_case_holds(case: Case) -> None:
    """The sentence's one figure of the case's value, with the case's claimant, hedge, unit, subject and relay."""
    claim, figure = _figure_of(claims_of(case.text), case)
    if case.claimant is not None and case.claimant.startswith("~"):
        assert claim.claimant is not None and fold(case.claimant[1:]) in fold(claim.claimant), claim.claimant
    else:
        assert claim.claimant == case.claimant
    got = (figure.qualifier, figure.unit, claim.subject)
    assert got == (case.qualifier, case.unit, case.subject), figure.surface
    if case.qualifier == "range":
        assert (figure.low, figure.high) == (case.low, case.value)
    if case.via is not None:
        assert claim.via == case.via

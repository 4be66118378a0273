"""One claim case of a blind round, and the check that reads it whole (shared by the claims rounds)."""

from __future__ import annotations

from typing import NamedTuple

from claim_builders import claims_of

from store.analysis.claimants import fold
from store.models import Claim, Figure


class Case(NamedTuple):
    text: str
    claimant: str | None  # "~name": the claimant holds this name (case and accents ignored)
    value: float  # the figure's value (a range's high end)
    qualifier: str
    unit: str
    subject: str | None
    via: str | None = None  # the relay the claim came through (held, ignoring case and accents); None: none
    hedged: bool | None = None  # None: not checked
    denied: bool = False


def figure_of(claims: list[Claim], case: Case) -> tuple[Claim, Figure]:
    """The one claim and figure of ``claims`` with the case's value (a range's high end)."""
    found = [(c, f) for c in claims for f in c.figures if abs((f.high if case.qualifier == "range" else f.value)
                                                              - case.value) < 0.01]
    assert len(found) == 1, [(c.claimant, [(f.surface, f.value, f.unit) for f in c.figures]) for c in claims]
    return found[0]


def check_case(case: Case) -> None:
    """Claimant, relay, the figure's qualifier and unit, subject, hedge and denial, each as the case says."""
    claim, figure = figure_of(claims_of(case.text), case)
    if case.claimant is not None and case.claimant.startswith("~"):
        assert claim.claimant is not None and fold(case.claimant[1:]) in fold(claim.claimant), claim.claimant
    else:
        assert claim.claimant == case.claimant
    assert (figure.qualifier, figure.unit, claim.subject) == (case.qualifier, case.unit, case.subject), figure.surface
    assert claim.denied is case.denied
    if case.via is None:
        assert claim.via is None, claim.via
    else:
        assert claim.via is not None and fold(case.via) in fold(claim.via), claim.via
    if case.hedged is not None:
        assert claim.hedged is case.hedged


def misread_cases(cases: list[Case]) -> list[tuple[str, str]]:
    """The cases ``check_case`` rejects: their opening words and why."""
    wrong = []
    for case in cases:
        try:
            check_case(case)
        except AssertionError as error:
            wrong.append((case.text[:60], str(error)[:200]))
    return wrong

"""A bare figure that repeats one its source gave with a unit: "Correction: …; the NIS figure is 1,100."

A correction, a recap or a reply names a figure without what it counts when the article has said it already
("About 1,100 North Korean soldiers have been killed or wounded, the NIS said" … "the NIS figure is 1,100").
The same number from the same named source counts the same thing, so the bare figure takes that unit and
subject; the figure the correction retracts beside it ("an earlier version said 1,200") counted it too.
"""

from __future__ import annotations

from store.models import Claim


def fill_repeated_figures(claims: list[Claim]) -> None:
    """Give each claim whose figures count nothing named the unit and subject its claimant gave the same value."""
    bare = [c for c in claims if c.subject is None and c.figures and not any(f.unit for f in c.figures)]
    if not bare:
        return
    counted: dict[tuple[str, float], tuple[str, str]] = {}
    for claim in claims:
        if claim.subject is not None and claim.claimant:
            for figure in claim.figures:
                if figure.unit:
                    counted.setdefault((claim.claimant, figure.value), (figure.unit, claim.subject))
    filled: dict[str, tuple[str, str]] = {}  # passage → what its repeated figure counted
    for claim in bare:
        found = counted.get((claim.claimant, claim.figures[0].value)) if claim.claimant else None
        if found is not None:
            _give(claim, *found)
            filled[claim.passage_id] = found
    for claim in bare:  # "an earlier version said 1,200; the NIS figure is 1,100": the retracted one, alike
        if claim.subject is None and claim.denied and (found := filled.get(claim.passage_id)) is not None:
            _give(claim, *found)


def _give(claim: Claim, unit: str, subject: str) -> None:
    claim.subject = subject
    for figure in claim.figures:
        figure.unit = unit

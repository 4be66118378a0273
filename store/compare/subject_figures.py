"""The figures a claim puts forward on its own subject, for the tracker and comparisons.

A claim keeps every figure of its words, but some of them are no estimate of its subject: in "the number
could reach 15,000, … a cumulative 100,000 North Korean soldiers serving in Russia within a year" the
100,000 is a total over a year to come.  Read as a second estimate of the troops deployed, it was a conflict
with anyone reporting 15,000.  ``store.analysis.figure_subjects.set_apart_in_claim`` says which.
"""

from __future__ import annotations

from functools import cache

from store.analysis.figure_subjects import set_apart_in_claim
from store.analysis.revisions import earlier_figure_starts
from store.analysis.subjects import SubjectTaxonomy, load_subject_taxonomy
from store.compare.intervals import canonical_unit
from store.errors import StoreError
from store.models import Claim, Figure

# The heading of the figures whose subject no rule read ("10" alone): the Claims pane groups them under it,
# and an export names them so, never as a bare number that seems to count nothing.
NO_SUBJECT_LABEL = "Other figures"


@cache
def _taxonomy() -> SubjectTaxonomy | None:
    try:
        return load_subject_taxonomy()
    except StoreError:
        return None  # an unreadable taxonomy ties no subject to a place: every figure is kept


def subject_figures(claim: Claim) -> list[Figure]:
    """The claim's figures on its subject, its main figure first and always (nothing is dropped).

    Another figure is left out when its words set it apart from the subject, or when it is on the main
    figure's scale in a unit the subject does not count: "4,000 casualties" beside "11,000 troops" deployed.
    """
    taxonomy = _taxonomy()
    if taxonomy is None or len(claim.figures) < 2 or (subject := taxonomy.get(claim.subject or "")) is None:
        return claim.figures
    main, *others = claim.figures
    scale = canonical_unit(main.unit) if subject in taxonomy.candidates(main.unit) else None
    return [main] + [
        f for f in others
        if not (scale is not None and canonical_unit(f.unit) == scale and subject not in taxonomy.candidates(f.unit))
        and not is_set_apart(claim, f)
    ]


def is_set_apart(claim: Claim, figure: Figure) -> bool:
    """Whether the claim's words make ``figure`` no estimate of the present count of its subject: "a cumulative
    100,000 … could serve in Russia within a year" is a total to come, shown but never set against 11,000."""
    taxonomy = _taxonomy()
    return (
        taxonomy is not None
        and claim.subject in taxonomy.home
        and set_apart_in_claim(claim.text, figure, claim.subject, taxonomy)
    )


def estimates(claim: Claim) -> list[Figure]:
    """The figures a comparison weighs: ``subject_figures`` without one set apart, even the main one."""
    figures = subject_figures(claim)
    if not figures:
        return figures
    # ``subject_figures`` already left out every other figure set apart; only the main one is left to ask.
    main, *others = figures
    return others if is_set_apart(claim, main) else figures


def superseded(claim: Claim, figures: list[Figure]) -> list[bool]:
    """For each of ``figures``: whether the claim's words replace it with another of its figures ("raised its
    estimate from 1,000 to 4,000").  The claim no longer puts that figure forward: a comparison does not test
    it against the other side, though it still shows the other side's 1,000 to be a figure this side knew."""
    if len(figures) < 2:
        return [False] * len(figures)
    earlier = earlier_figure_starts(claim.text, [f.start for f in claim.figures])
    flags = [bool(earlier) and f.start in earlier and f.end > f.start for f in figures]
    return [False] * len(figures) if all(flags) else flags

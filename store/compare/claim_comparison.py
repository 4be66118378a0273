"""Claims of two sides (articles or outlets) set next to each other by subject.

A subject is in **conflict** when some figure on one side is contradicted by
the other side: the other side has figures in the same unit and *none* of
them overlaps it (see :mod:`store.compare.intervals`).  Requiring "none"
rather than "any pair" means two sides that both report 1,000 and 4,000 agree
with each other, while 1,000 against 4,000 conflicts.  Figures in different
units never conflict, and neither does a figure its claimant denies.

A figure its sentence sets apart from the claim's subject ("could reach 15,000, … a cumulative 100,000 within
a year") estimates another quantity: it neither contradicts nor is contradicted, nor allows a figure (see
:mod:`store.compare.subject_figures`).
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Callable, Iterable
from itertools import accumulate
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from store.compare.intervals import Interval, figure_interval
from store.compare.subject_figures import estimates
from store.ids import split_passage_id
from store.models import Article, Claim, Figure

if TYPE_CHECKING:
    from store.corpus import Corpus


class Presence(StrEnum):
    BOTH = "both"
    LEFT_ONLY = "left-only"
    RIGHT_ONLY = "right-only"


@dataclass(frozen=True, slots=True)
class Contradiction:
    """A figure that no figure of the other side (in the same unit) allows."""

    side: str  # "left" or "right"
    claim_id: str
    figure: Figure


@dataclass(slots=True)
class SubjectComparison:
    subject: str
    label: str
    left: list[Claim] = field(default_factory=list)
    right: list[Claim] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)

    @property
    def conflict(self) -> bool:
        return bool(self.contradictions)

    @property
    def presence(self) -> Presence:
        if self.left and self.right:
            return Presence.BOTH
        return Presence.LEFT_ONLY if self.left else Presence.RIGHT_ONLY

    def contradicted_claim_ids(self) -> set[str]:
        return {c.claim_id for c in self.contradictions}

    def swapped(self) -> SubjectComparison:
        flip = {"left": "right", "right": "left"}
        return SubjectComparison(
            self.subject,
            self.label,
            self.right,
            self.left,
            [Contradiction(flip[c.side], c.claim_id, c.figure) for c in self.contradictions],
        )


def find_contradictions(left: list[Claim], right: list[Claim]) -> list[Contradiction]:
    # A denied figure is one nobody puts forward ("Moscow dismissed reports of 11,000 troops"):
    # it neither contradicts the other side nor is contradicted by it.
    left, right = [c for c in left if not c.denied], [c for c in right if not c.denied]
    found = []
    for side, own, other in (("left", left, right), ("right", right, left)):
        others = _IntervalsByUnit(f for claim in other for f in estimates(claim))
        for claim in own:
            for figure in estimates(claim):
                if others.contradict(figure_interval(figure)):
                    found.append(Contradiction(side, claim.id, figure))
    return found


class _IntervalsByUnit:
    """One side's figures, ready to say at once whether any of them allows a given figure.

    A figure is contradicted when the other side has figures in its unit and none
    overlaps it.  Comparing every pair took minutes for two outlets at ten
    thousand articles; here each unit's intervals are sorted by their low end with
    a running maximum of their high ends, so "does any overlap [a, b]?" is one
    binary search: of the intervals starting at or below b, does one reach a?
    """

    def __init__(self, figures: Iterable[Figure]) -> None:
        by_unit: dict[str, list[tuple[float, float]]] = {}
        for figure in figures:
            interval = figure_interval(figure)
            if interval.unit:  # a figure without a unit is comparable with nothing
                by_unit.setdefault(interval.unit, []).append(_bounds(interval))
        self._lows: dict[str, list[float]] = {}
        self._reach: dict[str, list[float]] = {}
        for unit, bounds in by_unit.items():
            bounds.sort()
            self._lows[unit] = [low for low, _ in bounds]
            self._reach[unit] = list(accumulate((high for _, high in bounds), max))

    def contradict(self, interval: Interval) -> bool:
        lows = self._lows.get(interval.unit or "")
        if not interval.unit or lows is None:
            return False  # nothing comparable on the other side
        low, high = _bounds(interval)
        starting_by_high = bisect_right(lows, high)
        return not (starting_by_high and self._reach[interval.unit][starting_by_high - 1] >= low)


def _bounds(interval: Interval) -> tuple[float, float]:
    return (-math.inf if interval.low is None else interval.low, math.inf if interval.high is None else interval.high)


def compare_claim_sets(
    left: Iterable[Claim],
    right: Iterable[Claim],
    label_for: Callable[[str], str] | None = None,
) -> list[SubjectComparison]:
    """Group both sides' claims by subject (claims without a subject are left out)."""
    label_for = label_for or (lambda subject: subject.replace("_", " "))
    by_subject: dict[str, SubjectComparison] = {}
    for side, claims in (("left", left), ("right", right)):
        for claim in claims:
            if not claim.subject:
                continue
            entry = by_subject.setdefault(claim.subject, SubjectComparison(claim.subject, label_for(claim.subject)))
            getattr(entry, side).append(claim)
    for entry in by_subject.values():
        entry.contradictions = find_contradictions(entry.left, entry.right)
    return sorted(by_subject.values(), key=_display_order)


def _display_order(entry: SubjectComparison) -> tuple:
    """Shared subjects first (conflicts on top), then each side's own."""
    order = {Presence.BOTH: 0, Presence.LEFT_ONLY: 1, Presence.RIGHT_ONLY: 2}
    return (order[entry.presence], not entry.conflict, entry.label.casefold())


def claims_in_reading_order(corpus: Corpus, article_ids: set[str]) -> list[Claim]:
    def position(claim: Claim) -> tuple:
        order = split_passage_id(claim.passage_id)[1]  # the passage's reading order, without reading it
        return (claim.article_id, order if order is not None else 0, claim.start)

    # Article by article: an outlet's claims, not the whole corpus's 350,000 at ten thousand articles.
    return sorted((c for article_id in article_ids for c in corpus.claims_of_article(article_id)), key=position)


def _label_for(corpus: Corpus) -> Callable[[str], str]:
    from store.compare.figure_tracker import subject_label

    return lambda subject: subject_label(corpus, subject)


def compare_article_claims(corpus: Corpus, left_id: str, right_id: str) -> list[SubjectComparison]:
    return compare_claim_sets(
        claims_in_reading_order(corpus, {left_id}),
        claims_in_reading_order(corpus, {right_id}),
        _label_for(corpus),
    )


@dataclass(slots=True)
class OutletComparison:
    left: str
    right: str
    left_articles: list[Article]
    right_articles: list[Article]
    subjects: list[SubjectComparison]

    def subjects_with(self, presence: Presence) -> list[SubjectComparison]:
        return [s for s in self.subjects if s.presence == presence]

    def swapped(self) -> OutletComparison:
        subjects = sorted((s.swapped() for s in self.subjects), key=_display_order)
        return OutletComparison(self.right, self.left, self.right_articles, self.left_articles, subjects)


def compare_outlets(corpus: Corpus, left_outlet: str, right_outlet: str) -> OutletComparison:
    """What each outlet reported, subject by subject, and what only one of them reported."""
    left_articles = corpus.list_articles(outlet=left_outlet)
    right_articles = corpus.list_articles(outlet=right_outlet)
    subjects = compare_claim_sets(
        claims_in_reading_order(corpus, {a.id for a in left_articles}),
        claims_in_reading_order(corpus, {a.id for a in right_articles}),
        _label_for(corpus),
    )
    return OutletComparison(left_outlet, right_outlet, left_articles, right_articles, subjects)

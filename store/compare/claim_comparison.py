"""Claims of two sides (articles or outlets) set next to each other by subject.

A subject is in **conflict** when some figure on one side is contradicted by the other side: the other
side has figures in the same unit and *none* of them allows it, i.e. none of their intervals (see
:func:`store.compare.intervals.compared_interval`) overlaps it.  Requiring "none" rather than "any pair"
keeps a side's own figures from different dates or claimants from counting against it: a revision
("1,000 in December, 4,000 in January") is no self-contradiction, and two sides that both report 1,000
and 4,000 agree, while 1,000 against 4,000 conflicts.  Figures in different units never conflict
(a rate, "barrels per year", is another unit than a total, "barrels"), and neither does a figure its
claimant denies.

**Time.**  Sources differ over time without disagreeing: "11,000 troops" in November and "12,000" in
January is a count that grew.  So a figure is weighed against the other side's figures of the same time
(months at most one apart, see :mod:`store.compare.claim_times`), and only when the other side gave none
then, against its figures of other times: a figure none of *those* allows is a **change over time**
(:attr:`Verdict.CHANGED`, listed in ``changes``), not a conflict.  Undated figures are of every time.
A running total (``RUNNING_TOTALS``: the dead, the shells supplied) only rises, so for it a month's
figure is of the same time as its own month's only; a lower figure of the month before or a higher one
of the month after is the count rising, a change ("300 killed" in December, "1,000" in January).

**Open-ended bounds.**  A bound ("at least 30", "more than 11,000", "as many as 15,000") is tested as
what it says: "more than 11,000" is contradicted only when every figure of the other side lies below
11,000.  As a *witness* for a figure of the other side it counts in full only when it is its side's
most precise word there.  When its own side also has a bounded figure ("a couple hundred", "about
11,000") that agrees with it (overlaps it), that figure says where in the open range the side puts the
count, and the bound vouches only for the number it names (within the approximation tolerance): "at least
30" beside "150-300 casualties" no longer lets "about 4,000" pass as consistent, while "as many as 15,000" beside
"about 11,000" still allows "about 15,000".  A bound alone on its side allows everything past it:
"at least 30" against "4,000" is no conflict.

Vague words that name an order of magnitude ("hundreds", "thousands") are bounded figures whose ceiling
reaches to where the next such word begins (see ``compared_interval``).

A figure the claim says was replaced ("raised its estimate from 1,000 to 4,000") is not tested against the
other side, since the claim no longer puts it forward, but still allows the other side's 1,000: a revision
the other side has not caught up with is no contradiction.

A figure its sentence sets apart from the claim's subject ("could reach 15,000, … a cumulative 100,000 within
a year") estimates another quantity: it neither contradicts nor is contradicted, nor allows a figure (see
:mod:`store.compare.subject_figures`).

Each contradiction names the figure of the other side nearest to it (``against``), so the screen can say
which figure stands against which.  A subject both sides report with no figure in a shared unit ("3
million shells" against "40%") is :attr:`Verdict.INCOMPARABLE`, not "consistent": nothing was weighed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

from store.compare.claim_times import Months, claim_months
from store.compare.figure_pairs import distinct_pairs
from store.compare.intervals import Interval, compared_interval, format_figure
from store.compare.subject_figures import estimates, superseded
from store.compare.toll_kinds import figure_toll_kinds
from store.compare.witnesses import Witness, Witnesses, is_open
from store.ids import split_passage_id
from store.models import Article, Claim, Figure

if TYPE_CHECKING:
    from store.corpus import Corpus


class Presence(StrEnum):
    BOTH = "both"
    LEFT_ONLY = "left-only"
    RIGHT_ONLY = "right-only"


class Verdict(StrEnum):
    """What the comparison can say of a subject both sides report."""

    CONFLICT = "conflict"
    # The figures differ only between different times ("11,000 troops" in November, "12,000" in January):
    # a figure changing over time, not a disagreement.
    CHANGED = "changed"
    CONSISTENT = "consistent"
    # Both report the subject but never in one unit ("3 million shells" against "40%"): nothing was weighed,
    # so "consistent" would be a verdict the figures never earned.
    INCOMPARABLE = "incomparable"
    LEFT_ONLY = "left-only"
    RIGHT_ONLY = "right-only"


@dataclass(frozen=True, slots=True)
class Contradiction:
    """A figure that no figure of the other side (in the same unit, of the same time) allows; as one of a
    subject's ``changes``, a figure no figure of the other side allows, all of them of other times."""

    side: str  # "left" or "right"
    claim_id: str
    figure: Figure
    # The other side's figure nearest to it, and its claim: what the screen sets it against.
    against_claim_id: str = ""
    against: Figure | None = None


@dataclass(slots=True)
class SubjectComparison:
    subject: str
    label: str
    left: list[Claim] = field(default_factory=list)
    right: list[Claim] = field(default_factory=list)
    contradictions: list[Contradiction] = field(default_factory=list)
    comparable: bool = False  # some figure of each side (neither denied) is in one unit
    changes: list[Contradiction] = field(default_factory=list)  # differences between different times only
    # The sides ("left", "right") that, in every unit both sides give, gave only open bounds ("as many as
    # 15,000"): "consistent" then means only that the other side's figures fall inside the bound.
    bound_only: tuple[str, ...] = ()

    @property
    def conflict(self) -> bool:
        return bool(self.contradictions)

    @property
    def verdict(self) -> Verdict:
        if self.contradictions:
            return Verdict.CONFLICT
        if self.presence is not Presence.BOTH:
            return Verdict(self.presence.value)
        if self.changes:
            return Verdict.CHANGED
        return Verdict.CONSISTENT if self.comparable else Verdict.INCOMPARABLE

    @property
    def presence(self) -> Presence:
        if self.left and self.right:
            return Presence.BOTH
        return Presence.LEFT_ONLY if self.left else Presence.RIGHT_ONLY

    def contradicted_claim_ids(self) -> set[str]:
        return {c.claim_id for c in self.contradictions}

    def swapped(self) -> SubjectComparison:
        flip = {"left": "right", "right": "left"}

        def flipped(found: list[Contradiction]) -> list[Contradiction]:
            return [Contradiction(flip[c.side], c.claim_id, c.figure, c.against_claim_id, c.against) for c in found]

        return SubjectComparison(self.subject, self.label, self.right, self.left, flipped(self.contradictions),
                                 self.comparable, flipped(self.changes), tuple(flip[side] for side in self.bound_only))


def figure_pairs(found: Iterable[Contradiction]) -> int:
    """:func:`distinct_pairs` of a subject's contradictions or changes."""
    return distinct_pairs(((c.claim_id, format_figure(c.figure)),
                           (c.against_claim_id, format_figure(c.against) if c.against is not None else None))
                          for c in found)


def find_contradictions(left: list[Claim], right: list[Claim]) -> list[Contradiction]:
    return weigh_figures(left, right)[0]


#: Subjects that count a running total, which only rises over time (see ``Witnesses.weigh``'s ``grows``).
RUNNING_TOTALS = frozenset({"casualties", "prisoners_taken", "munitions_supplied", "missiles_supplied",
                            "artillery_systems", "arms_shipments"})


def weigh_figures(
    left: list[Claim], right: list[Claim], *, grows: bool = False
) -> tuple[list[Contradiction], bool, list[Contradiction]]:
    """The contradictions between two sides, whether any figure of one had a figure of the other in its
    unit to be weighed against (without one, "consistent" would be unearned), and the changes over time
    (figures the other side's differ from only at other times: see :mod:`store.compare.witnesses`)."""
    # A denied figure is one nobody puts forward ("Moscow dismissed reports of 11,000 troops"):
    # it neither contradicts the other side nor is contradicted by it.  Each claim's estimates and their
    # intervals are read once: each side is both tested and a witness.
    return _weigh(_weighed_sides(left, right), grows=grows)


_Weighed = dict[str, list[tuple[str, "Months | None", list[tuple[Figure, Interval, bool]]]]]


def _weighed_sides(left: list[Claim], right: list[Claim]) -> _Weighed:
    return {side: [(claim.id, claim_months(claim), _weighed(claim)) for claim in claims if not claim.denied]
            for side, claims in (("left", left), ("right", right))}


def _weigh(weighed: _Weighed, *, grows: bool = False) -> tuple[list[Contradiction], bool, list[Contradiction]]:
    found: list[Contradiction] = []
    changes: list[Contradiction] = []
    comparable = False
    for side, other in (("left", "right"), ("right", "left")):
        witnesses = Witnesses(Witness(claim_id, f, i, months)
                              for claim_id, months, figures in weighed[other] for f, i, _ in figures)
        for claim_id, months, figures in weighed[side]:
            for figure, interval, replaced in figures:
                comparable = comparable or witnesses.counts(interval.unit)
                if replaced:  # "raised from 1,000 to 4,000": the 1,000 is no longer put forward
                    continue
                verdict = witnesses.weigh(interval, months, grows=grows)
                if verdict is not None:
                    into = found if verdict.finding == "conflict" else changes
                    into.append(Contradiction(side, claim_id, figure, verdict.against_claim_id, verdict.against))
    return found, comparable, changes


def bound_only_sides(weighed: _Weighed) -> tuple[str, ...]:
    """The sides whose figures, in each unit both sides give, are all open-ended bounds (see ``bound_only``)."""
    units: dict[str, dict[str, bool]] = {}  # side -> unit -> every figure in it is a bound
    for side, claims in weighed.items():
        mine = units.setdefault(side, {})
        for _, _, figures in claims:
            for _, interval, replaced in figures:
                if interval.unit and not replaced:
                    mine[interval.unit] = mine.get(interval.unit, True) and is_open(interval)
    shared = units.get("left", {}).keys() & units.get("right", {}).keys()
    return tuple(side for side in ("left", "right") if shared and all(units[side][unit] for unit in shared))


def _weighed(claim: Claim) -> list[tuple[Figure, Interval, bool]]:
    figures = estimates(claim)
    # A count of the dead is weighed against counts of the dead only, the wounded against the wounded, and
    # a total ("4,000 killed or wounded") against totals: "300 killed" never conflicts with "2,700 wounded".
    kinds = figure_toll_kinds(claim.text, [(f.start, f.end) for f in figures])
    return [(f, _of_kind(compared_interval(f), kind), replaced)
            for f, kind, replaced in zip(figures, kinds, superseded(claim, figures), strict=True)]


def _of_kind(interval: Interval, kind: str | None) -> Interval:
    """``interval`` in a unit of its toll kind ("troops killed"): a unit the witnesses keep apart."""
    if kind is None or not interval.unit:
        return interval
    return Interval(interval.low, interval.high, f"{interval.unit} {kind}")


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
        weighed = _weighed_sides(entry.left, entry.right)
        entry.contradictions, entry.comparable, entry.changes = _weigh(weighed, grows=entry.subject in RUNNING_TOTALS)
        entry.bound_only = bound_only_sides(weighed)
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

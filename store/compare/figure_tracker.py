"""Every figure on one subject, across the corpus, with echoes collapsed.

One row per figure (not per claim): Ponomarenko's sentence gives both
"15,000" deployed and "100,000" rotated over a year, and the tracker must show
them apart.  Only figures in the subject's unit are listed (a claim about
troops may also mention "two to three months"), and none set apart from the
subject (see :mod:`store.compare.subject_figures`); a claim with no figure in that
unit still shows its main figure, so nothing on the subject is dropped.

Echoes: rows with the same claimant (see :mod:`store.compare.claimants`) and
the same figure (:func:`store.compare.intervals.same_figure`) are one group,
as are rows from passages the analyser put in one echo group (a re-used
paragraph) with the same figure.  The earliest row represents the group.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from store.compare.claimants import cluster_claimants
from store.compare.figure_summary import FigureSummary, summarise_rows
from store.compare.subject_figures import is_set_apart, subject_figures, superseded
from store.compare.intervals import (
    Interval,
    canonical_unit,
    direction_of,
    figure_interval,
    format_figure,
    format_interval,
    qualifier_glyph,
)
from store.models import OWN_VOICE, Claim, Figure

if TYPE_CHECKING:
    from store.corpus import Corpus

SortKey = Literal["date", "value", "outlet", "claimant"]
SORT_KEYS: tuple[SortKey, ...] = ("date", "value", "outlet", "claimant")
#: ``progress(step, done, total)``: what the tracker is doing, and how far.  It may raise to stop
#: the work (the TUI does when the user leaves or picks another subject); the exception goes through.
Progress = Callable[[str, int, int], None]
#: Claims or rows between two progress reports: often enough for a bar, rarely enough to cost nothing.
_REPORT_EVERY = 2_000


def _no_progress(step: str, done: int, total: int) -> None:
    """Nobody is watching."""


@dataclass(frozen=True, slots=True)
class FigureRow:
    claim_id: str
    article_id: str
    passage_id: str
    date: str | None
    outlet: str
    credit: str | None
    title: str
    claimant: str | None
    via: str | None
    claimant_key: str  # the claimant's cluster ("" when the article speaks for itself)
    figure: Figure
    interval: Interval
    sentence: str
    hedged: bool = False
    echo_group: str | None = None  # the passage's echo group, if any
    denied: bool = False  # the claimant rejects the figure ("Moscow dismissed reports of 11,000 troops")
    figure_number: int = 0  # which of the claim's listed figures: one sentence may give the same number twice
    # Its words make it no estimate of the present count ("100,000 could serve within a year"): shown, but
    # outside the subject's range.
    set_apart: bool = False
    claim_date: str | None = None  # the claim's own date and how it was found: see ``Claim.claim_date``
    claim_date_basis: str | None = None

    @property
    def when(self) -> str | None:
        """The date the row is sorted by: the one its sentence states, when that has a year ("said in December"
        in a February article: December), else its article's."""
        stated = self.claim_date if self.claim_date_basis == "stated" else None
        return stated if stated and not stated.startswith("XXXX") else self.date

    @property
    def key(self) -> str:
        """Unique within a table, and the same whatever the sort."""
        return f"{self.claim_id}#{self.figure_number}"

    @property
    def figure_text(self) -> str:
        return format_figure(self.figure)

    @property
    def interval_text(self) -> str:
        return format_interval(self.interval)

    @property
    def qualifier_glyph(self) -> str:
        return qualifier_glyph(self.figure.qualifier)

    @property
    def claimant_text(self) -> str:
        if self.denied and not self.claimant:
            who = "retracted by the article"  # a correction: "an earlier version said 15,000"
        elif self.denied:
            who = f"denied by {self.claimant}"
        else:
            who = self.claimant or OWN_VOICE
        return f"{who} via {self.via}" if self.via else who

    @property
    def outlet_text(self) -> str:
        if self.credit and self.credit.casefold() != self.outlet.casefold():
            return f"{self.outlet} ({self.credit})"
        return self.outlet

    def to_dict(self) -> dict[str, object]:
        return {
            "claim_id": self.claim_id,
            "article_id": self.article_id,
            "passage_id": self.passage_id,
            "date": self.date,
            "outlet": self.outlet,
            "credit": self.credit,
            "title": self.title,
            "claimant": self.claimant,
            "via": self.via,
            "figure": self.figure_text,
            "value": self.figure.value,
            "unit": self.figure.unit,
            "qualifier": self.figure.qualifier,
            "surface": self.figure.surface,
            "interval": {"low": self.interval.low, "high": self.interval.high},
            "sentence": self.sentence,
            "hedged": self.hedged,
            "denied": self.denied,
            "set_apart": self.set_apart,
            "claim_date": self.claim_date,
            "claim_date_basis": self.claim_date_basis,
        }


@dataclass(slots=True)
class FigureGroup:
    """A figure and its echoes; a group of one is a plain row."""

    rows: list[FigureRow]

    @property
    def representative(self) -> FigureRow:
        return self.rows[0]

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def is_echo(self) -> bool:
        return len(self.rows) > 1

    @property
    def article_ids(self) -> list[str]:
        return list(dict.fromkeys(r.article_id for r in self.rows))

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(r.outlet for r in self.rows))

    def to_dict(self) -> dict[str, object]:
        return {
            **self.representative.to_dict(),
            "count": self.count,
            "article_count": len(self.article_ids),
            "members": [r.to_dict() for r in self.rows[1:]],
        }


@dataclass(slots=True)
class FigureTable:
    subject_id: str
    label: str
    unit: str | None
    groups: list[FigureGroup]
    summary: FigureSummary
    sort: SortKey = "date"

    def sorted_by(self, sort: SortKey) -> FigureTable:
        return FigureTable(self.subject_id, self.label, self.unit, sort_groups(self.groups, sort), self.summary, sort)

    def to_dict(self) -> dict[str, object]:
        return {
            "subject": self.subject_id,
            "label": self.label,
            "unit": self.unit,
            "sort": self.sort,
            "rows": [g.to_dict() for g in self.groups],
            "summary": self.summary.to_dict(),
        }


def figure_table(corpus: Corpus, subject_id: str, *, sort: SortKey = "date", progress: Progress | None = None) -> FigureTable:
    """The subject's figures, one row each, grouped with their echoes, sorted and summed up.

    Seconds for a subject of tens of thousands of claims: ``progress`` hears each step.
    """
    report = progress or _no_progress
    report("Reading the claims", 0, 1)
    claims = corpus.claims_for(subject=subject_id)
    unit = subject_unit(claims)
    rows = _figure_rows(corpus, claims, unit, report)
    groups = collapse_echoes(rows, report)
    return FigureTable(
        subject_id=subject_id,
        label=subject_label(corpus, subject_id),
        unit=unit,
        groups=sort_groups(groups, sort),
        summary=summarise_rows(rows, groups, unit),
        sort=sort,
    )


def subject_label(corpus: Corpus, subject_id: str) -> str:
    for summary in subject_summaries(corpus):
        if summary.id == subject_id:
            return summary.label
    return subject_id.replace("_", " ").replace("-", " ")


def subject_summaries(corpus: Corpus) -> list:
    """The analyser's subject list, or an empty list while that module is missing."""
    try:
        return list(corpus.subject_summaries)
    except ImportError:
        return []


def subject_unit(claims: list[Claim]) -> str | None:
    """The unit most of the subject's main figures are counted in."""
    units = Counter(canonical_unit(c.main_figure.unit) for c in claims if c.main_figure)
    return units.most_common(1)[0][0] if units else None


def _figure_rows(corpus: Corpus, claims: list[Claim], unit: str | None, report: Progress = _no_progress) -> list[FigureRow]:
    keys = cluster_claimants((c.claimant for c in claims), progress=report)
    rows = []
    for number, claim in enumerate(claims):
        if number % _REPORT_EVERY == 0:
            report("Gathering the figures", number, len(claims))
        article = corpus.articles.get(claim.article_id)
        echo_group = corpus.echo_group_of(claim.passage_id)
        # A figure set apart from the subject ("a cumulative 100,000 … within a year" beside "could reach
        # 15,000") is no row of it: it read as a second, contradicting estimate.
        in_unit = [f for f in subject_figures(claim) if canonical_unit(f.unit) == unit]
        figures = in_unit or claim.figures[:1]
        # An earlier figure the sentence replaces ("12,000, up from an earlier estimate of 11,000") is shown, set
        # apart: the claimant no longer puts it forward, so it is no end of the range (compare skips it too).
        replaced = superseded(claim, figures)
        for number, figure in enumerate(figures):
            rows.append(
                FigureRow(
                    claim_id=claim.id,
                    figure_number=number,
                    article_id=claim.article_id,
                    passage_id=claim.passage_id,
                    date=article.published if article else None,
                    outlet=corpus.outlet_name(article) if article else "Unknown outlet",
                    credit=article.credit if article else None,
                    title=article.title if article else "",
                    claimant=claim.claimant,
                    via=claim.via,
                    claimant_key=keys.get(claim.claimant or "", ""),
                    figure=figure,
                    interval=figure_interval(figure),
                    sentence=claim.text,
                    hedged=claim.hedged,
                    echo_group=echo_group,
                    denied=claim.denied,
                    set_apart=replaced[number] or is_set_apart(claim, figure),
                    claim_date=claim.claim_date,
                    claim_date_basis=claim.claim_date_basis,
                )
            )
    return rows


def _same_figure(row: FigureRow, first: FigureRow) -> bool:
    """:func:`store.compare.intervals.same_figure` of the rows' figures, from the intervals the rows hold
    (computing them again for every comparison was a third of the grouping's time)."""
    a, b = row.figure, first.figure
    if row.interval.unit != first.interval.unit:
        return False
    if abs(a.value - b.value) > 0.01 * max(abs(a.value), abs(b.value), 1e-9):
        return False
    return direction_of(a.qualifier) == direction_of(b.qualifier) and row.interval.overlaps(first.interval)


def _is_echo_of(row: FigureRow, first: FigureRow) -> bool:
    if not _same_figure(row, first) or row.denied != first.denied:
        return False  # a denial of a figure is news of its own, never a copy of the figure
    if row.claimant_key and row.claimant_key == first.claimant_key:
        return True
    # The same re-used paragraph is an echo even if one copy's claimant was missed.
    return row.echo_group is not None and row.echo_group == first.echo_group


def collapse_echoes(rows: list[FigureRow], report: Progress = _no_progress) -> list[FigureGroup]:
    """Group repeated figures; each group is ordered earliest first.

    A row joins the first group (in the order groups were opened) whose first
    row it echoes.  Groups are found through their claimant or echo group and
    their value, to within the 1% :func:`same_figure` allows, so a subject with
    30,000 figures does not compare each row with every group opened before it.
    """
    groups: list[FigureGroup] = []
    by_key: dict[tuple, list[int]] = {}
    for number, row in enumerate(sorted(rows, key=_date_key)):
        if number % _REPORT_EVERY == 0:
            report("Grouping repeated figures", number, len(rows))
        unit, (sign, bucket) = row.interval.unit, _value_bucket(row.figure.value)
        owners = [("claimant", row.claimant_key), ("echo", row.echo_group)]
        candidates = sorted({
            number
            for owner in owners if owner[1]
            for near in (bucket - 1, bucket, bucket + 1)
            for number in by_key.get((owner, unit, sign, near), ())
        })
        found = next((n for n in candidates if _is_echo_of(row, groups[n].representative)), None)
        if found is not None:
            groups[found].rows.append(row)
            continue
        for owner in owners:
            if owner[1]:
                by_key.setdefault((owner, unit, sign, bucket), []).append(len(groups))
        groups.append(FigureGroup([row]))
    return groups


_BUCKET_WIDTH = 0.0101  # in natural log: values 1% apart differ by at most 0.01005, so by at most one bucket


def _value_bucket(value: float) -> tuple[int, int]:
    """(sign, bucket of the logarithm): values within 1% of each other get the same sign and
    the same or adjacent buckets (values that small next to zero all sit in zero's bucket)."""
    if abs(value) < 1e-9:
        return 0, 0
    return (1 if value > 0 else -1), math.floor(math.log(abs(value)) / _BUCKET_WIDTH)


def _date_key(row: FigureRow) -> tuple:
    when = row.when
    return (when is None, when or "", row.outlet.casefold(), row.figure.value, row.claim_id)


def _claimant_order(row: FigureRow) -> str:
    return (row.claimant or "").casefold()


def sort_groups(groups: list[FigureGroup], sort: SortKey) -> list[FigureGroup]:
    if sort == "value":
        key = lambda g: (g.representative.figure.value, _date_key(g.representative))  # noqa: E731
    elif sort == "outlet":
        key = lambda g: (g.representative.outlet.casefold(), _date_key(g.representative))  # noqa: E731
    elif sort == "claimant":  # by name, the article's own voice (no claimant) last: it names nobody to find
        key = lambda g: (not g.representative.claimant, _claimant_order(g.representative), _date_key(g.representative))  # noqa: E731
    elif sort == "date":
        key = lambda g: _date_key(g.representative)  # noqa: E731
    else:
        raise ValueError(f"unknown sort {sort!r}; use one of {', '.join(SORT_KEYS)}")
    return sorted(groups, key=key)

"""The line over a subject's figure table: the range put forward, who puts it forward, and when."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from store.analysis.generic_sources import is_generic
from store.compare.intervals import canonical_unit
from store.models import Figure, Qualifier

if TYPE_CHECKING:
    from store.compare.figure_tracker import FigureGroup, FigureRow


@dataclass(slots=True)
class FigureSummary:
    unit: str | None
    low: float | None  # smallest figure value in the subject's unit (denied figures left out)
    high: float | None  # largest
    figure_count: int  # rows before collapsing
    group_count: int  # rows after collapsing echoes
    independent_claimants: int  # distinct claimants asserting a figure, after name matching
    claimants: list[str] = field(default_factory=list)
    unattributed: int = 0  # rows stated in an article's own voice
    unnamed: int = 0  # rows from unnamed sources, social-media posts or media reports: no one to count
    earliest: str | None = None
    latest: str | None = None
    article_count: int = 0
    denials: int = 0  # rows whose claimant rejects the figure
    # The word most of the subject's figures are written in, for display: casualties are counted on the
    # troops scale ("4,000 casualties" against "1,000 soldiers killed"), but read as casualties.
    unit_label: str | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "unit": self.unit,
            "unit_label": self.unit_label,
            "range": {"min": self.low, "max": self.high},
            "figures": self.figure_count,
            "rows": self.group_count,
            "independent_claimants": self.independent_claimants,
            "claimants": self.claimants,
            "unattributed": self.unattributed,
            "unnamed": self.unnamed,
            "earliest": self.earliest,
            "latest": self.latest,
            "articles": self.article_count,
            "denials": self.denials,
        }


def _stated_values(figure: Figure) -> tuple[float, ...]:
    if figure.qualifier == Qualifier.RANGE and figure.low is not None and figure.high is not None:
        return (figure.low, figure.high)
    return (figure.value,)


def _most_written_unit(rows: list[FigureRow]) -> str | None:
    written = Counter(r.figure.unit for r in rows if r.figure.unit and not r.denied)
    return written.most_common(1)[0][0] if written else None


def summarise_rows(rows: list[FigureRow], groups: list[FigureGroup], unit: str | None) -> FigureSummary:
    in_unit = [r for r in rows if canonical_unit(r.figure.unit) == unit] or rows
    # A denied figure is not a figure anyone puts forward: it stays out of the range (a subject
    # with nothing but denials has none) and out of the claimant count.  Unnamed sources and
    # media reports are no one in particular, so they are not independent claimants either.
    # A stated range counts by its ends ("100,000 to 1.5 million shells" is no 800,000); a hedged single
    # figure by its value (an "about 11,000" interval's 9,900 was never said).
    # A figure set apart from the present count ("100,000 … within a year") is no end of its range either.
    values = [v for r in in_unit if not r.denied and not r.set_apart for v in _stated_values(r.figure)]
    named = [r for r in rows if r.claimant_key and not r.denied and not is_generic(r.claimant)]
    claimants = sorted({r.claimant_key for r in named}, key=str.casefold)
    # The dates the rows are sorted by (a date the sentence states, else the article's): the header's span
    # left out "October 2024" said in a December article, the row sorted first.
    dates = sorted(r.when for r in rows if r.when)
    return FigureSummary(
        unit=unit,
        unit_label=_most_written_unit(in_unit) or unit,
        low=min(values) if values else None,
        high=max(values) if values else None,
        figure_count=len(rows),
        group_count=len(groups),
        independent_claimants=len(claimants),
        claimants=claimants,
        unattributed=sum(1 for r in rows if not r.claimant_key),
        unnamed=sum(1 for r in rows if is_generic(r.claimant)),
        earliest=dates[0] if dates else None,
        latest=dates[-1] if dates else None,
        article_count=len({r.article_id for r in rows}),
        denials=sum(1 for r in rows if r.denied),
    )

"""Side-by-side comparison: passage alignment, claims by subject, figure intervals, the figure tracker.

Headless (no textual import).  The TUI's compare and figure screens only draw
what these functions return; the CLI's ``compare`` and ``figures`` verbs print
:func:`comparison_json` and :func:`figures_json`.
"""

from store.compare.alignment import (
    OVERLAP_CONTENT,
    SHARED_VERBATIM,
    AlignedRow,
    AlignmentKind,
    ArticleAlignment,
    PassageMatch,
    Section,
    align_articles,
)
from store.compare.claim_comparison import (
    Contradiction,
    OutletComparison,
    Presence,
    SubjectComparison,
    compare_article_claims,
    compare_claim_sets,
    compare_outlets,
    find_contradictions,
)
from store.compare.claimants import claimants_match, cluster_claimants, normalise_claimant
from store.compare.figure_tracker import (
    FigureGroup,
    FigureRow,
    FigureSummary,
    FigureTable,
    collapse_echoes,
    figure_table,
)
from store.compare.intervals import (
    APPROX_TOLERANCE,
    Agreement,
    Interval,
    compare_figures,
    compare_intervals,
    figure_interval,
    figures_conflict,
    format_figure,
    format_interval,
    same_figure,
)
from store.compare.json_views import (
    CompareTarget,
    comparison_json,
    figures_json,
    known_subjects,
    outlet_names,
    resolve_subject,
    resolve_target,
)
from store.compare.range_chart import RangeChart, range_chart

__all__ = [
    "APPROX_TOLERANCE",
    "OVERLAP_CONTENT",
    "SHARED_VERBATIM",
    "AlignedRow",
    "Agreement",
    "AlignmentKind",
    "ArticleAlignment",
    "CompareTarget",
    "Contradiction",
    "FigureGroup",
    "FigureRow",
    "FigureSummary",
    "FigureTable",
    "Interval",
    "OutletComparison",
    "PassageMatch",
    "Presence",
    "RangeChart",
    "Section",
    "SubjectComparison",
    "align_articles",
    "claimants_match",
    "cluster_claimants",
    "collapse_echoes",
    "compare_article_claims",
    "compare_claim_sets",
    "compare_figures",
    "compare_intervals",
    "compare_outlets",
    "comparison_json",
    "figure_interval",
    "figure_table",
    "figures_conflict",
    "figures_json",
    "find_contradictions",
    "format_figure",
    "format_interval",
    "known_subjects",
    "normalise_claimant",
    "outlet_names",
    "range_chart",
    "resolve_subject",
    "resolve_target",
    "same_figure",
]

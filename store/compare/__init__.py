"""Side-by-side comparison: passage alignment, claims by subject, figure intervals, the figure tracker.

Headless (no textual import).  The TUI's compare and figure screens only draw
what these functions return; the CLI's ``compare`` and ``figures`` verbs print
:func:`comparison_json` and :func:`figures_json`.

The names load on first use, each from its module: the TUI's formatting needs only
:mod:`store.compare.intervals`, and importing every module here (numpy among them) cost
its first screen 0.17 s.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
        Verdict,
        compare_article_claims,
        compare_claim_sets,
        compare_outlets,
        find_contradictions,
    )
    from store.compare.claimants import (
        claimants_match,
        cluster_claimants,
        normalise_claimant,
    )
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
        compare_sides,
        comparison_json,
        figures_json,
        known_subjects,
        outlet_names,
        resolve_subject,
        resolve_target,
    )
    from store.compare.range_layout import RangeChart, range_chart

_MODULE_OF = {
    "APPROX_TOLERANCE": "intervals",
    "OVERLAP_CONTENT": "alignment",
    "SHARED_VERBATIM": "alignment",
    "AlignedRow": "alignment",
    "Agreement": "intervals",
    "AlignmentKind": "alignment",
    "ArticleAlignment": "alignment",
    "CompareTarget": "json_views",
    "Contradiction": "claim_comparison",
    "FigureGroup": "figure_tracker",
    "FigureRow": "figure_tracker",
    "FigureSummary": "figure_summary",
    "FigureTable": "figure_tracker",
    "Interval": "intervals",
    "OutletComparison": "claim_comparison",
    "PassageMatch": "alignment",
    "Presence": "claim_comparison",
    "RangeChart": "range_layout",
    "Section": "alignment",
    "SubjectComparison": "claim_comparison",
    "Verdict": "claim_comparison",
    "align_articles": "alignment",
    "claimants_match": "claimants",
    "cluster_claimants": "claimants",
    "collapse_echoes": "figure_tracker",
    "compare_article_claims": "claim_comparison",
    "compare_claim_sets": "claim_comparison",
    "compare_figures": "intervals",
    "compare_intervals": "intervals",
    "compare_outlets": "claim_comparison",
    "compare_sides": "json_views",
    "comparison_json": "json_views",
    "figure_interval": "intervals",
    "figure_table": "figure_tracker",
    "figures_conflict": "intervals",
    "figures_json": "json_views",
    "find_contradictions": "claim_comparison",
    "format_figure": "intervals",
    "format_interval": "intervals",
    "known_subjects": "json_views",
    "normalise_claimant": "claimants",
    "outlet_names": "json_views",
    "range_chart": "range_layout",
    "resolve_subject": "json_views",
    "resolve_target": "json_views",
    "same_figure": "intervals",
}

__all__ = [
    "APPROX_TOLERANCE",
    "OVERLAP_CONTENT",
    "SHARED_VERBATIM",
    "Agreement",
    "AlignedRow",
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
    "Verdict",
    "align_articles",
    "claimants_match",
    "cluster_claimants",
    "collapse_echoes",
    "compare_article_claims",
    "compare_claim_sets",
    "compare_figures",
    "compare_intervals",
    "compare_outlets",
    "compare_sides",
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


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"store.compare.{module}"), name)
    globals()[name] = value  # once loaded, a plain module attribute
    return value


def __dir__() -> list[str]:
    return list(__all__)

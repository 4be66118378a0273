"""A claim as the Claims pane lists it: one row per claim under its subject, and the box under the pane."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from store.compare.intervals import canonical_unit, format_figure
from store.compare.subject_words import subject_units
from store.models import Article, Claim, Figure
from tui.formatting import DIM, SELECTED_MARK, UNSELECTED_MARK, claimant_label, date_label, outlet_label


def claim_row_text(claim: Claim, article: Article, *, selected: bool = False) -> Text:
    """The same row as rich ``Text``, for the Tree widget (which styles labels with Rich).

    Under its subject's name the figure drops the unit the subject counts in ("≤ 15,000", not "≤ 15,000
    soldiers"): in a narrow pane those letters were the claimant's, cut to "Dmytro Ponomar…".  The
    detail box under the pane gives the figure whole."""
    figure = claim.main_figure
    return Text.assemble(
        (SELECTED_MARK if selected else UNSELECTED_MARK, "bold"),
        (format_figure(figure, compact=True, unit_shown=not _in_subject_unit(claim, figure)) if figure else "no figure",
         "bold"),
        "  ",
        claimant_label(claim),
        (f" · {outlet_label(article)} · {date_label(article)}", "dim"),
    )


def _in_subject_unit(claim: Claim, figure: Figure) -> bool:
    unit = subject_units().get(claim.subject or "")
    return unit is not None and bool(figure.unit) and canonical_unit(figure.unit) == canonical_unit(unit)


def claim_detail_parts(claim: Claim, article: Article) -> tuple[Content, Content, Content]:
    """The claim under the cursor, for the box under the Claims pane (its one-line rows clip who said
    it and via whom): who claims the figure; the outlet; " · date", kept whole when the outlet is cut."""
    figure = claim.main_figure
    who = Content.assemble((format_figure(figure, compact=True) if figure else "no figure", "bold"), "  ", claimant_label(claim))
    return who, Content.styled(outlet_label(article), DIM), Content.styled(f" · {date_label(article)}", DIM)

"""Source lines that credit a chart, table or photo, not the publisher of the article.

"Source: South Korea Ministry of National Defense" under "Chart: Estimated shell
deliveries" says where the figure's numbers come from.  Read as a per-item
header it would name the article's outlet and, with the label line above it
looking like a title, cut the article in two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.units import Unit

_FIGURE_LABEL = re.compile(
    r"(?:chart|graph|graphic|figure|fig\.|table|map|photo|image|picture|infographic|illustration|video|data)"
    r"\s?\d{0,3}\s?[:.–—-]\s",
    re.IGNORECASE,
)
# A report's numbered figure or table under its picture: "Figure 3: Estimated monthly rail car movements ...".
_NUMBERED_FIGURE = re.compile(
    r"(?:figure|fig\.|chart|graph|map|table|exhibit|abbildung|grafik|karte|tabelle|graphique|tableau|gráfico|рисунок|рис\.|графік|график|таблиця|таблица|그림|図)"
    r" ?\d{1,3}[a-z]?(?:\.\d{1,2})? ?[:.：—–] ?\S",
    re.IGNORECASE,
)
_FIGURE_INITIALS = frozenset("FfCcGgMmTtEeAaKkРрГгТт그図")


def is_numbered_figure_label(text: str) -> bool:
    """"Figure 3: ...", "Table 2. ...": a caption under a report's figure, not a paragraph of its text."""
    return text[:1] in _FIGURE_INITIALS and _NUMBERED_FIGURE.match(text) is not None


_SOURCE_FIELD = re.compile(r"(?:data |figures? |chart |photo |image )?sources?\s?:\s", re.IGNORECASE)
_SOURCE_STARTS = frozenset("SsDdFfCcPpIi")


def _labels_a_figure(unit: Unit) -> bool:
    """A figure's label ("Chart: ...", "Table 2. ..."), a list item or a table row: what a source line credits."""
    return _FIGURE_LABEL.match(unit.text) is not None or unit.bullet or unit.text.count("|") >= 2


def mark_figure_sources(units: Sequence[Unit]) -> None:
    """Flag the "Source: X" lines right under a figure's label, a list or a table as figure notes."""
    previous: Unit | None = None
    for unit in units:
        if unit.removed is not None:
            continue
        if (
            previous is not None
            and unit.text[:1] in _SOURCE_STARTS
            and "ource" in unit.text[:20]
            and _SOURCE_FIELD.match(unit.text)
            and _labels_a_figure(previous)
        ):
            unit.figure_note = True
        previous = unit


def classify_figure_notes(kept: Sequence[Unit]) -> None:
    """A figure note is the figure's credit, and the label it stands under is the figure's caption."""
    from store.models import PassageKind

    for i, unit in enumerate(kept):
        if not unit.figure_note or unit.kind not in (None, PassageKind.CREDIT):
            continue
        unit.kind = PassageKind.CREDIT
        label = kept[i - 1] if i > 0 else None
        if label is not None and label.kind is None and _FIGURE_LABEL.match(label.text):
            label.kind = PassageKind.CAPTION

"""Figures as short text for tables: "≤15,000", "≈12,000", "500–600"."""

from __future__ import annotations

from store.models import Figure, Qualifier


def figure_interval_text(figure: Figure) -> str:
    """A short human form of the interval, for tables: "≤15,000", "≈12,000", "500–600"."""

    def fmt(v: float | None) -> str:
        if v is None:
            return "?"
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,.2f}"

    if figure.qualifier == Qualifier.AT_MOST:
        return f"≤{fmt(figure.high)}"
    if figure.qualifier == Qualifier.AT_LEAST:
        return f"≥{fmt(figure.low)}"
    if figure.qualifier == Qualifier.APPROX:
        return f"≈{fmt(figure.value)}"
    if figure.qualifier == Qualifier.RANGE:
        return f"{fmt(figure.low)}–{fmt(figure.high)}"
    return fmt(figure.value)

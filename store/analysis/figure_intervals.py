"""The interval a hedge gives a figure ("about 11,000" is 9,900 to 12,100), and tidy float values."""

from __future__ import annotations

from store.models import Qualifier


def qualified_interval(kind: str | None, value: float) -> tuple[float | None, float | None, Qualifier]:
    if kind == "at_most":
        return None, value, Qualifier.AT_MOST
    if kind == "at_least":
        return value, None, Qualifier.AT_LEAST
    if kind == "below":
        return value * 0.9, value, Qualifier.APPROX
    if kind == "above":
        return value, value * 1.1, Qualifier.APPROX
    return value * 0.9, value * 1.1, Qualifier.APPROX


def tidy(value: float) -> float:
    rounded = value if (value := float(value)).is_integer() else round(value, 6)  # whole: rounding (slow) keeps it
    return float(int(rounded)) if rounded.is_integer() else rounded

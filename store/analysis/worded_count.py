"""A count written in words, as each language's reader finds it (``latin_number_words``, ``cyrillic_numbers``)."""

from __future__ import annotations

from typing import NamedTuple


class WordedCount(NamedTuple):
    """Where a count in words stands and what it is worth.

    A definite count ("zwölftausend", "двенадцать тысяч") has low = high = value; a vague one ("des milliers",
    "сотни": hundreds) spans what its words promise, with value at the low end.
    """

    start: int
    end: int
    value: float
    low: float
    high: float
    vague: bool = False
    needs_noun: bool = False  # bare hundreds ("двести"): a count only before a noun saying what it counts

    @classmethod
    def definite(cls, start: int, end: int, value: float, *, needs_noun: bool = False) -> WordedCount:
        return cls(start, end, value, value, value, False, needs_noun)

    @classmethod
    def spanning(cls, start: int, end: int, low: float, high: float) -> WordedCount:
        return cls(start, end, low, low, high, True)

"""The words a passage must hold, in order, for a quoted phrase, and those it may hold.

A figure inside quotes is the figure however a passage prints it: "11,000 troops",
"11 000 troops" and "eleven thousand troops" are all "11000 (thousand) troops" once
indexed (``figures``), so the scale word after a figure is optional on both sides, and
any scale word will do (the figure already carries its value).  A scale word the user
typed after digits ("3 million rounds") is the exception: that is how coverage prints a
figure, and quoting it asks for those words.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from store.search.figures import scale_after_figure


def phrase_slots(
    phrase: list[str],
    written_scales: frozenset[int],
    variants_of: Callable[[str], np.ndarray],
    scale_variants: np.ndarray,
) -> tuple[list[np.ndarray], frozenset[int]]:
    """Each position's term ids, and the positions that may be absent (never the first or last)."""
    slots: list[np.ndarray] = []
    optional: set[int] = set()
    i = 0
    while i < len(phrase):
        word = phrase[i]
        slots.append(variants_of(word))
        i += 1
        if not (word.isascii() and word.isdigit()) or i in written_scales:
            continue
        if i < len(phrase) and scale_after_figure(phrase, i):
            i += 1  # "eleven thousand": any scale word, or none
        if i < len(phrase) and len(scale_variants):
            optional.add(len(slots))
            slots.append(scale_variants)
    return slots, frozenset(optional)

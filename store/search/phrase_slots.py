"""The words a passage must hold, in order, for a quoted phrase, and those it may hold.

A figure inside quotes is the figure however a passage prints it: "11,000 troops",
"11 000 troops" and "eleven thousand troops" are all "11000 (thousand) troops" once
indexed (``figures``), so the scale word after a figure is optional on both sides, and
any scale word will do (the figure already carries its value).  A scale word the user
typed after digits ("3 million rounds") is the exception: that is how coverage prints a
figure, and quoting it asks for those words.

A verb and "not" are also the one term passages write them as: "did not confirm" finds "didn't confirm".
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from store.search.contractions import NEGATION, negation_contracted
from store.search.figures import is_millions_short, scale_after_figure
from store.search.ranking import OptionalSlots


def phrase_slots(
    phrase: list[str],
    written_scales: frozenset[int],
    variants_of: Callable[[str], np.ndarray],
    scale_variants: np.ndarray,
) -> tuple[list[np.ndarray], OptionalSlots]:
    """Each position's term ids, and the positions that may be absent (see ``OptionalSlots``)."""
    slots: list[np.ndarray] = []
    optional: dict[int, np.ndarray | None] = {}
    contracted: np.ndarray | None = None  # the terms writing the word before and "not" as one ("didnt")
    i = 0
    while i < len(phrase):
        word = phrase[i]
        variants = variants_of(word)
        if contracted is not None:  # the "not" of "did not": absent after "didnt"
            optional[len(slots)] = contracted
            contracted = None
        if i + 1 < len(phrase) and phrase[i + 1] == NEGATION and (forms := negation_contracted(word)):
            found = np.unique(np.concatenate([variants_of(form) for form in forms]))
            if len(found):
                contracted = found
                variants = np.union1d(variants, found)
        slots.append(variants)
        i += 1
        if not (word.isascii() and (word.isdigit() or is_millions_short(word))) or i in written_scales:
            continue
        if i < len(phrase) and scale_after_figure(phrase, i):
            i += 1  # "eleven thousand": any scale word, or none
        if i < len(phrase) and len(scale_variants):
            optional[len(slots)] = None
            slots.append(scale_variants)
    return slots, optional

"""The "that"-clauses one reporting verb joins, each with a figure of its own.

"Officials said that about 10,000 troops were in Kursk, and that 1,200 had been killed or wounded" reports
two things: the loss words of the second clause describe its own figure, never the troops of the first, which
would otherwise be filed as casualties.
"""

from __future__ import annotations

import re

from store.models import Figure

# ", and that …", " and that …", ", but that …", ", adding that …": a further clause of the same reporting verb;
# or "… and 1,200 had been killed": "and" before a figure that its own verb follows, "that" left out.
_NEXT_THAT_CLAUSE = re.compile(
    r"(?:[,;]\s+|\s+)(?:(?:and|but|as\s+well\s+as|adding|noting)\s+that\s+"
    r"|(?:and|but)\s+(?=(?:(?:about|around|some|roughly|nearly|almost|more\s+than|at\s+least|over|up\s+to|"
    r"as\s+many\s+as|another|a\s+further)\s+)?\d[\d,.]*\s+(?:(?:of\s+them|more|others)\s+)?"
    r"(?:had|have|has|were|was|are|is)\s))",
    re.IGNORECASE,
)


def sibling_clause_spans(sentence: str, figures: list[Figure]) -> dict[int, list[tuple[int, int]]]:
    """For each figure (by id), the spans of the sibling "that"-clauses that count another figure.

    Only clauses holding a figure are set apart: a clause that counts nothing ("…, and that they were
    fighting in Kursk") still says what the figure before it counts.
    """
    if len(figures) < 2 or not (" and " in sentence or " but " in sentence or "adding" in sentence or
                                "noting" in sentence):
        return {}
    cuts = [m.start() for m in _NEXT_THAT_CLAUSE.finditer(sentence)]
    if not cuts:
        return {}
    bounds = list(zip([0, *cuts], [*cuts, len(sentence)], strict=True))
    # The first clause starts at the first "that" before the first cut, if any: the reporting verb's words
    # ("Pentagon officials said") are shared by every clause.
    opening = sentence.rfind(" that ", 0, cuts[0])
    bounds[0] = (max(opening, 0), bounds[0][1])
    holding = {i: [f for f in figures if low <= f.start < high] for i, (low, high) in enumerate(bounds)}
    spans: dict[int, list[tuple[int, int]]] = {}
    for i, own in holding.items():
        others = [bounds[j] for j, theirs in holding.items() if j != i and theirs]
        for figure in own:
            if others:
                spans[id(figure)] = others
    return spans

"""``figures.join_figures`` over every text of a forward-index batch at once (split from ``forward``).

numpy finds where a figure may start (a number before a digit group, a scale word or "percent"); those
few windows go through the same Python function as the query, so passages and queries read a figure alike.
A window opening on a number and its scale word also takes the number of a range before it ("10-12
thousand", "two to three million"), which ``figures.join_figures`` scales as it does the second.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from store.search import figures

_FIGURE_WINDOW = 8  # tokens one figure may take: "twenty five thousand", "3 000 000 000 million"


def join_batch_figures(
    terms: np.ndarray, lengths: np.ndarray, kinds_by_term: np.ndarray, term_texts: Sequence[str], term_id: Callable[[str], int]
) -> np.ndarray:
    """The batch's terms with each figure of several terms made one (``lengths`` updated in place).

    ``kinds_by_term``: ``figures.figure_kind`` of each term id; ``term_texts``: each term id's text;
    ``term_id``: the id of a term, numbering it if new.
    """
    if len(terms) < 2:
        return terms
    kinds = kinds_by_term[terms]
    head, after = kinds[:-1], kinds[1:]
    scaled = ((head & figures.NUMBER) != 0) & ((after & figures.SCALE) != 0)
    starts_figure = (
        ((head & figures.SHORT_HEAD) != 0) & ((after & figures.GROUP) != 0)
        | scaled
        | ((head & figures.WORD) != 0) & ((after & figures.PERCENT) != 0)
    )
    text_ends = np.cumsum(lengths)
    opens_text = np.zeros(len(terms) + 1, dtype=bool)
    opens_text[text_ends - lengths] = True
    starts_figure &= ~opens_text[1 : len(terms)]  # a number ending one text, a scale word opening the next
    triggers = np.flatnonzero(starts_figure).tolist()
    if not triggers:
        return terms
    windows: list[list[int]] = []
    for at in triggers:
        start = at
        while start > 0 and not opens_text[start] and kinds[start - 1] & figures.WORD and at - start < 2:
            start -= 1  # "twenty" of "twenty five thousand"
        if scaled[at] and start == at:  # the first number of a range: "10" of "10-12 thousand", "10 to 12 thousand"
            if start > 0 and not opens_text[start] and kinds[start - 1] & figures.NUMBER:
                start -= 1
            elif start > 1 and not opens_text[start] and not opens_text[start - 1] and kinds[start - 2] & figures.NUMBER:
                start -= 2 if term_texts[int(terms[start - 1])] in figures.RANGE_JOINERS else 0
        end = at + 2
        while end < len(terms) and not opens_text[end] and kinds[end] & figures.EXTENDS_RIGHT and end - start < _FIGURE_WINDOW:
            end += 1
        if windows and start < windows[-1][1]:  # overlapping: one figure (windows never cross texts)
            windows[-1][0], windows[-1][1] = min(windows[-1][0], start), max(windows[-1][1], end)
        else:
            windows.append([start, end])
    pieces: list[np.ndarray] = []
    shrunk = np.zeros(len(lengths), dtype=np.int64)
    done = 0
    for start, end in windows:
        written = [term_texts[t] for t in terms[start:end].tolist()]
        joined = figures.join_figures(written)
        if joined == written:
            continue
        pieces.append(terms[done:start])
        pieces.append(np.asarray([term_id(term) for term in joined], dtype=terms.dtype))
        shrunk[int(np.searchsorted(text_ends, start, side="right"))] += end - start - len(joined)
        done = end
    if not pieces:
        return terms
    pieces.append(terms[done:])
    lengths -= shrunk
    return np.concatenate(pieces)

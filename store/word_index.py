"""Word-by-word fuzzy matching for pickers, a typo in one word of a many-word name (headless: the TUI's
fuzzy picker ranks with it, and scoring stays out of tui/).

WRatio scores the query against the whole entry: "shels" scored "Tank stocks and losses" (54)
above "Shells and rounds supplied" (53), since one short word is a small part of either.  Matched
word against word, "shels" is 91 % of "shells" and nothing like "tanks".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from rapidfuzz import fuzz, process

#: A query word matches an entry's word this alike or more (fuzz.ratio): one typo in five letters.
WORD_CUTOFF = 75
#: Word scores count a little under whole-entry ones: an entry that is the query still ranks first.
WORD_WEIGHT = 0.9


class WordIndex:
    """The entries' words (lower case, as ``utils.default_process`` left them), each with its entries."""

    def __init__(self, haystacks: Mapping[int, str]) -> None:
        holders: defaultdict[str, list[int]] = defaultdict(list)
        for index, haystack in haystacks.items():
            for word in set(haystack.split()):
                holders[word].append(index)
        self.words = list(holders)
        self.holders = [holders[word] for word in self.words]

    def scores(self, query: str) -> dict[int, float]:
        """Each entry's share of the query's words it holds something like, weighted by how alike."""
        tokens = [token for token in query.split() if len(token) > 1]
        if not tokens:
            return {}
        totals: defaultdict[int, float] = defaultdict(float)
        for token in tokens:
            best: dict[int, float] = {}
            for _, score, position in process.extract(
                token, self.words, scorer=fuzz.ratio, score_cutoff=WORD_CUTOFF, limit=None
            ):
                for index in self.holders[position]:
                    if score > best.get(index, 0.0):
                        best[index] = score
            for index, score in best.items():
                totals[index] += score
        return {index: WORD_WEIGHT * total / len(tokens) for index, total in totals.items()}

"""Outlets and claimants found by a typed name, typos allowed, for the command palette.

A large corpus names a hundred thousand claimants: the Sources pane shows them 200 at a time and the
search screen's claimant drop-down lists the 300 most frequent (with a picker for the rest), so the
palette lets any of them be reached by typing its name.  rapidfuzz scores every name in C (about 100 ms for 85,000 names, off the UI
thread and without the GIL); Textual's own matcher, in Python, would take seconds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.corpus import Corpus

SourceKind = Literal["outlet", "claimant"]

#: Below this a typed name and a stored one share too little to be offered (out of 100).
SCORE_CUTOFF = 75
#: Candidates each scorer hands on before they are merged and cut to the caller's limit.
SHORTLIST = 200


@dataclass(frozen=True, slots=True)
class NamedSource:
    kind: SourceKind
    name: str
    count: int  # articles of an outlet, claims of a claimant
    rank: int  # its place in the Sources pane (most articles or claims first)


class NameLookup:
    """Every outlet and claimant name of one corpus, folded once for matching."""

    def __init__(self, corpus: Corpus) -> None:
        # rapidfuzz and numpy are imported here, when the palette first looks a name up: the app imports this
        # module at start, and its first screen needs neither.
        from rapidfuzz import utils

        sources = [NamedSource("outlet", o.name, o.article_count, rank) for rank, o in enumerate(corpus.outlet_summaries)]
        sources += [
            NamedSource("claimant", c.name, c.claim_count, rank) for rank, c in enumerate(corpus.claimant_summaries)
        ]
        self.sources: Sequence[NamedSource] = sources
        self._folded = [utils.default_process(source.name) for source in sources]
        self._initials: list[str] | None = None  # each name's words' first letters, for ``_abbreviated``
        outlets = len(corpus.outlet_summaries)
        self._spans: dict[SourceKind | None, tuple[int, int]] = {
            None: (0, len(sources)), "outlet": (0, outlets), "claimant": (outlets, len(sources))
        }

    def like(self, query: str, *, limit: int, kind: SourceKind | None = None) -> list[tuple[NamedSource, float]]:
        """The sources whose name is most like ``query`` (similarity 0-100), best first.

        A name holding the query ("zelensky" in "Volodymyr Zelenskyy") is as good as the name
        itself; words in another order ("yo jong kim") count too, and a name the query abbreviates
        ("AP": "Associated Press") is better.  A name shorter than the query
        must match it whole: "ele" is inside "zelensky", but nobody typing "zelensky" means it.
        Ties go to the outlet or claimant with more articles or claims.
        """
        import numpy as np
        from rapidfuzz import fuzz, process, utils

        wanted = utils.default_process(query)
        if not wanted:
            return []
        first, stop = self._spans[kind]
        names = self._folded[first:stop]
        scores: dict[int, float] = {}
        for scorer in (fuzz.partial_ratio, fuzz.token_sort_ratio):
            # cdist, not extract: it lets go of the GIL while it scores, so the screen keeps drawing.
            row = process.cdist([wanted], names, scorer=scorer, processor=None, score_cutoff=SCORE_CUTOFF, dtype=np.uint8)[0]
            passing = np.flatnonzero(row)
            # Best scores first and, among equals, the most frequent (the names come most frequent first).
            passing = passing[np.argsort(-row[passing].astype(np.int16), kind="stable")[:SHORTLIST]]
            for at in passing.tolist():
                folded, score = names[at], float(row[at])
                if len(folded) < len(wanted):
                    score = fuzz.ratio(wanted, folded)
                if folded == wanted:
                    score += 1  # the very name typed beats every longer name holding it
                elif f" {wanted} " in f" {folded} ":
                    score += 0.5  # "us" is a word of "the US", only letters of "Business"
                if score >= SCORE_CUTOFF and score > scores.get(first + at, 0):
                    scores[first + at] = score
        for at in self._abbreviated(query, first, stop):
            scores[at] = 100.75  # "AP" of "Associated Press": above a name merely holding the letters ("Yonhap")
        found = [(self.sources[at], score) for at, score in scores.items()]
        found.sort(key=lambda pair: (-pair[1], pair[0].kind != "outlet", -pair[0].count, pair[0].rank))
        return found[:limit]

    def _abbreviated(self, query: str, first: int, stop: int) -> list[int]:
        """The positions of the names ``query`` abbreviates ("NYT": "The New York Times"), when it is written as
        one word of two to six letters; only names whose words' first letters hold its letters in order are tried."""
        import re

        from store.name_abbreviations import abbreviates

        wanted = "".join(query.split()).replace(".", "").casefold()
        if not (2 <= len(wanted) <= 6 and wanted.isalpha() and wanted.isascii()):
            return []
        if self._initials is None:  # made at the first such query: one string per name
            self._initials = [" " + "".join(word[0] for word in folded.split()) for folded in self._folded]
        in_order = re.compile(".*".join(wanted))
        return [
            at for at in range(first, stop)
            if in_order.search(self._initials[at]) and abbreviates(query, self.sources[at].name)
        ]

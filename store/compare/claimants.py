"""Tell when two claimant names point at the same source.

Outlets spell and dress names differently: "Zelensky", "Zelenskyy",
"Ukrainian President Volodymyr Zelenskyy", "Mr Zelenskyy".  Counting
independent claimants and collapsing echoes both need these to be one.

Two names match when, after :func:`normalise_claimant`,
* they are equal, or nearly so (rapidfuzz ratio >= 92, for transliterations), or
* they end in the same word (a surname, or the noun of an organisation) and
  every word of the shorter name appears in the longer one, allowing for
  spelling variants — unless the shorter name is only generic words such as
  "officials" or "intelligence", which say nothing about who spoke.

Clustering compares only names whose last words (or first words) begin with the
same two letters, as the ingest's folding does: spelling variants of one name
share them, and comparing every pair of 5,000 names took minutes.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

import numpy as np
from rapidfuzz import fuzz, process

from store.disjoint_sets import DisjointSets

# Honorifics carry no identity; "Mr Kim" and "Kim" are the same person.
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "the"})

# Words that on their own do not identify a source.
_GENERIC = frozenset(
    """
    official officials source sources intelligence military government ministry analyst analysts
    expert experts report reports media officer officers spokesman spokesperson spokeswoman agency
    authorities authority people estimates estimate
    """.split()
)

_WHOLE_NAME_RATIO = 92
_WORD_RATIO = 85


def normalise_claimant(name: str | None) -> str:
    """Accent-free, lower-case words with possessives and honorifics removed."""
    if not name:
        return ""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"['’]s\b", "", text)
    words = re.findall(r"[a-z0-9]+", text)
    return " ".join(w for w in words if w not in _HONORIFICS)


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    # Short words ("us", "uk") must match exactly; long ones may differ in spelling.
    return min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= _WORD_RATIO


def claimants_match(a: str | None, b: str | None) -> bool:
    return _normalised_names_match(normalise_claimant(a), normalise_claimant(b))


def _normalised_names_match(left: str, right: str) -> bool:
    if not left or not right:
        return False
    if left == right or fuzz.ratio(left, right) >= _WHOLE_NAME_RATIO:
        return True
    short, long = sorted((left.split(), right.split()), key=len)
    if not _same_word(short[-1], long[-1]):
        return False
    if all(word in _GENERIC for word in short):
        return False
    return all(any(_same_word(word, other) for other in long) for word in short)


def cluster_claimants(names: Iterable[str | None]) -> dict[str, str]:
    """Map each distinct non-empty name to a cluster key shared by the names that match it.

    The key is the display name of the cluster: its longest spelling, which is
    usually the most complete ("Volodymyr Zelenskyy" rather than "Zelensky").
    """
    normal_of = {n: normalise_claimant(n) for n in set(names) if n}
    distinct = sorted(n for n, normal in normal_of.items() if normal)
    clusters = _NameClusters([normal_of[n] for n in distinct])
    members: dict[int, list[str]] = {}
    for i, name in enumerate(distinct):
        members.setdefault(clusters.find(i), []).append(name)
    keys: dict[str, str] = {}
    for group in members.values():
        display = max(group, key=lambda n: (len(normal_of[n]), n))
        for name in group:
            keys[name] = display
    return keys


class _NameClusters(DisjointSets):
    """Disjoint sets of normalised names, joined by :func:`_normalised_names_match`.

    Comparing every pair took minutes at ten thousand articles (5,000 names in
    one subject).  Names that match share the first two letters of their last
    word (the same surname or noun, spelt alike), or, when the whole names are a
    letter apart, of their first word; so only names sharing such a block are
    compared, and within a block rapidfuzz scores all pairs at once in C, leaving
    Python only the pairs whose last words are alike.
    """

    def __init__(self, normal: list[str]) -> None:
        super().__init__(len(normal))
        words = [name.split() for name in normal]
        first_of: dict[str, int] = {}
        by_last: dict[str, list[int]] = defaultdict(list)
        by_first: dict[str, list[int]] = defaultdict(list)
        for i, name in enumerate(normal):
            if name in first_of:  # the same spelling: joined, and compared through its first copy
                self.union(first_of[name], i)
                continue
            first_of[name] = i
            by_last[words[i][-1][:2]].append(i)
            by_first[words[i][0][:2]].append(i)
        for block in [*by_last.values(), *by_first.values()]:
            self._join_alike_wholes(normal, block)
        for block in by_last.values():
            self._join_same_last_words(words, block)

    def _join_alike_wholes(self, normal: list[str], block: list[int]) -> None:
        """Names whose whole spellings are nearly equal (transliterations)."""
        if len(block) < 2:
            return
        texts = [normal[i] for i in block]
        scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=_WHOLE_NAME_RATIO, dtype=np.uint8)
        for a, b in zip(*np.nonzero(np.triu(scores, 1)), strict=True):
            self.union(block[a], block[b])

    def _join_same_last_words(self, words: list[list[str]], block: list[int]) -> None:
        """Names ending in the same word, every word of the shorter found in the longer."""
        holders: dict[str, list[int]] = defaultdict(list)
        for i in block:
            holders[words[i][-1]].append(i)
        lasts = list(holders)
        alike = process.cdist(lasts, lasts, scorer=fuzz.ratio, score_cutoff=_WORD_RATIO, dtype=np.uint8)
        for a, b in zip(*np.nonzero(np.triu(alike)), strict=True):
            if a != b and min(len(lasts[a]), len(lasts[b])) < 5:
                continue  # short words ("us", "uk") must match exactly: see ``_same_word``
            left, right = holders[lasts[a]], holders[lasts[b]]
            for position, i in enumerate(left):
                for j in (left[position + 1 :] if a == b else right):
                    if self.find(i) != self.find(j) and _shorter_within_longer(words[i], words[j]):
                        self.union(i, j)


def _shorter_within_longer(a: list[str], b: list[str]) -> bool:
    """The second rule of :func:`_normalised_names_match`, for names whose last words are alike."""
    short, long = sorted((a, b), key=len)
    if all(word in _GENERIC for word in short):
        return False
    return all(any(_same_word(word, other) for other in long) for word in short)

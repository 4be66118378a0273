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
from collections.abc import Callable, Iterable

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
    text = name
    if not text.isascii():  # ASCII has nothing to decompose: most names skip the per-character pass
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold()
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


def cluster_claimants(
    names: Iterable[str | None], *, progress: Callable[[str, int, int], None] | None = None
) -> dict[str, str]:
    """Map each distinct non-empty name to a cluster key shared by the names that match it.

    The key is the display name of the cluster: its longest spelling, which is
    usually the most complete ("Volodymyr Zelenskyy" rather than "Zelensky").
    ``progress(step, done, total)`` hears how far the matching is (it may raise to stop it).
    """
    normal_of = {n: normalise_claimant(n) for n in set(names) if n}
    distinct = sorted(n for n, normal in normal_of.items() if normal)
    clusters = _NameClusters([normal_of[n] for n in distinct], progress)
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

    def __init__(self, normal: list[str], progress: Callable[[str, int, int], None] | None = None) -> None:
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
        # Progress in names compared: a block's work grows with its size squared, its count says little.
        blocks = [*by_last.values(), *by_first.values()]
        work = [len(block) ** 2 for block in blocks] + [len(block) ** 2 for block in by_last.values()]
        total, done = sum(work), 0
        for number, block in enumerate(blocks):
            if progress is not None:
                progress("Matching claimant names", done, total)
            done += work[number]
            self._join_alike_wholes(normal, block)
        for number, block in enumerate(by_last.values(), start=len(blocks)):
            if progress is not None:
                progress("Matching claimant names", done, total)
            done += work[number]
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
        compared: list[tuple[list[int], list[int] | None]] = []  # (left, right), or (names, None): pairs within
        for a, b in zip(*np.nonzero(np.triu(alike)), strict=True):
            if a != b and min(len(lasts[a]), len(lasts[b])) < 5:
                continue  # short words ("us", "uk") must match exactly: see ``_same_word``
            if a != b:
                compared.append((holders[lasts[a]], holders[lasts[b]]))
            elif len(holders[lasts[a]]) > 1:
                compared.append((holders[lasts[a]], None))
        if not compared:
            return
        names = _BlockNames(words, sorted({i for left, right in compared for i in (*left, *(right or ()))}))
        for left, right in compared:
            if len(left) * len(right or left) <= _PAIRS_IN_PYTHON:
                for position, i in enumerate(left):
                    for j in (left[position + 1 :] if right is None else right):
                        if self.find(i) != self.find(j) and names.shorter_within_longer(i, j):
                            self.union(i, j)
            else:
                for i, j in names.joined_groups(left, right):
                    self.union(i, j)


# Up to this many pairs of names, checking each in Python costs less than setting up arrays for them.
_PAIRS_IN_PYTHON = 256
# Cells of the (names x names x 64-bit words) arrays one step of ``joined_groups`` works on.
_CELLS_PER_STEP = 1 << 22


class _BlockNames:
    """Names as sets of words, for the rule of ``_shorter_within_longer`` on many pairs at once.

    A subject with thousands of names ending alike ("officials", "troops" in a pasted file of
    crowd chatter) made that rule run for millions of pairs, each word against each word in
    Python: seconds, then minutes.  Here each word of the names is numbered once, and each name
    becomes two bit sets: its words, and its *cover*, every numbered word that is the same word
    (see ``_same_word``) as one of its own.  The shorter name is within the longer when its
    words lie in the longer one's cover: one AND, done by numpy for a whole block of pairs.
    """

    def __init__(self, words: list[list[str]], names: list[int]) -> None:
        vocabulary: dict[str, int] = {}
        for i in names:
            for word in words[i]:
                vocabulary.setdefault(word, len(vocabulary))
        spelled = list(vocabulary)
        same = process.cdist(spelled, spelled, scorer=fuzz.ratio, score_cutoff=_WORD_RATIO, dtype=np.uint8) > 0
        too_short = np.fromiter((len(word) < 5 for word in spelled), dtype=bool, count=len(spelled))
        same[too_short, :] = False  # short words ("us", "uk") are the same word only when equal
        same[:, too_short] = False
        np.fill_diagonal(same, True)
        alike = [int.from_bytes(row.tobytes(), "little") for row in np.packbits(same, axis=1, bitorder="little")]
        self.row = {i: row for row, i in enumerate(names)}
        self.word_sets: list[int] = []
        self.cover_sets: list[int] = []
        for i in names:
            own = cover = 0
            for word in words[i]:
                number = vocabulary[word]
                own |= 1 << number
                cover |= alike[number]
            self.word_sets.append(own)
            self.cover_sets.append(cover)
        self.lengths = [len(words[i]) for i in names]
        self.generic = [all(word in _GENERIC for word in words[i]) for i in names]
        self._words = len(spelled)
        self._arrays: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    def shorter_within_longer(self, i: int, j: int) -> bool:
        """``_shorter_within_longer(words[i], words[j])``, from the bit sets."""
        a, b = self.row[i], self.row[j]
        short, long = (a, b) if self.lengths[a] <= self.lengths[b] else (b, a)  # as a stable sort by length
        return not self.generic[short] and self.word_sets[short] & ~self.cover_sets[long] == 0

    def _as_arrays(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Word and cover sets as rows of 64-bit words (a name a row), lengths, generic flags."""
        if self._arrays is None:
            size = -(-self._words // 64) * 8

            def packed(sets: list[int]) -> np.ndarray:
                raw = b"".join(bits.to_bytes(size, "little") for bits in sets)
                return np.frombuffer(raw, dtype="<u8").reshape(len(sets), size // 8)

            self._arrays = (packed(self.word_sets), packed(self.cover_sets),
                            np.array(self.lengths), np.array(self.generic, dtype=bool))
        return self._arrays

    def joined_groups(self, left: list[int], right: list[int] | None) -> list[tuple[int, int]]:
        """Pairs whose joining gives the groups the rule makes of (i of ``left``, j of ``right``)
        pairs, or of pairs within ``left`` when ``right`` is None: one pair a name, not one a match."""
        own, cover, lengths, generic = self._as_arrays()
        others = left if right is None else right
        rows = np.array([self.row[i] for i in left])
        columns = np.array([self.row[j] for j in others])
        step = max(1, _CELLS_PER_STEP // max(1, len(columns) * own.shape[1]))
        firsts: list[np.ndarray] = []
        seconds: list[np.ndarray] = []
        column_shorter = lengths[columns][None, :]
        for start in range(0, len(rows), step):
            part = rows[start : start + step]
            # The shorter name of each pair (the row's on a tie, as a stable sort by length puts it first)
            # and the longer one's cover: the pair is joined when no word of the one is outside the other.
            row_is_short = lengths[part][:, None] <= column_shorter
            outside = np.zeros(row_is_short.shape, dtype=bool)
            for word in range(own.shape[1]):
                short_words = np.where(row_is_short, own[part, word][:, None], own[columns, word][None, :])
                long_cover = np.where(row_is_short, cover[columns, word][None, :], cover[part, word][:, None])
                outside |= (short_words & ~long_cover) != 0
            joined = ~outside & ~np.where(row_is_short, generic[part][:, None], generic[columns][None, :])
            if right is None:
                joined &= np.arange(start, start + len(part))[:, None] < np.arange(len(columns))[None, :]
            x, y = np.nonzero(joined)
            firsts.append(x + start)
            seconds.append(y + (0 if right is None else len(left)))
        # Nodes: left's names, then right's (if any).  Each node is joined to the least node of its group.
        nodes = left if right is None else [*left, *others]
        least = _least_of_groups(len(nodes), np.concatenate(firsts), np.concatenate(seconds))
        return [(nodes[node], nodes[root]) for node, root in enumerate(least.tolist()) if node != root]


def _least_of_groups(count: int, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """For nodes 0..count-1 joined by the edges (first[k], second[k]): the least node of each one's group."""
    least = np.arange(count)
    while True:
        a, b = least[first], least[second]
        low = np.minimum(a, b)
        hooked = least.copy()
        np.minimum.at(hooked, a, low)  # each group's least node points at the least one it touches
        np.minimum.at(hooked, b, low)
        while not np.array_equal(jumped := hooked[hooked], hooked):
            hooked = jumped
        if np.array_equal(hooked, least):
            return least
        least = hooked


def _shorter_within_longer(a: list[str], b: list[str]) -> bool:
    """The second rule of :func:`_normalised_names_match`, for names whose last words are alike."""
    short, long = sorted((a, b), key=len)
    if all(word in _GENERIC for word in short):
        return False
    return all(any(_same_word(word, other) for other in long) for word in short)

"""Echoes: the same paragraph, or nearly, in different articles.

Syndicated and recycled copy repeats whole paragraphs with small rewordings
("told Voice of America last month that the number could reach 15,000, with
troops rotated out …" in one article, the same with "He said a cumulative
100,000 …" as a second sentence in another).  Linking them lets the app say
"this passage appears in 4 articles" and count a repeated claim once.

Comparing every pair is out of the question at 300,000 passages, and so is
much Python work per passage (ingest runs this over the whole corpus), so:

1. a flat form of every passage, made in bulk: the passages of a batch are
   joined and lower-cased, and their punctuation dropped, by a handful of C
   calls over the whole batch (``bytes.translate`` and friends), then split
   apart again.  Curly and straight quotes, dashes and commas no longer
   count; words stay apart.
2. exact copies: passages whose flat forms are equal are one group at once
   (most syndicated copy is verbatim), and only one of them goes on.
3. candidates among the rest: each passage gets three keys, its first 40
   flat bytes, its last 40, and the start of its longest clause.  A paragraph
   copied with small rewordings keeps at least one (rewording rarely touches
   the start, the end and the longest clause at once); unrelated paragraphs
   rarely share one.  Keys are hashed into numpy arrays and sorted, so the
   buckets cost no Python work per passage.
4. confirmation: passages sharing a key are compared with rapidfuzz
   (``max(ratio, token_sort_ratio) >= 80`` on the flat forms; lengths within
   a factor 2/3, without which neither can reach 80).  A key shared by many
   passages is not compared pairwise: a stock opening or ending makes each
   passage meet two representatives of the key's groups; a stock clause is
   ignored (the passages' other keys still meet).  So the work stays linear.
5. groups: union-find over confirmed pairs; a group is kept when it spans at
   least two articles, and its id is its smallest passage id (stable across
   re-ingests).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import numpy as np
from rapidfuzz import fuzz, process

from store.analysis.echo_keys import EDGE_BYTES, PassageKeys, passage_keys
from store.models import Passage, PassageKind

SIMILARITY_CUTOFF = 80.0
MIN_LENGTH_RATIO = 0.667  # below it neither ratio can reach 80: 2·short / (short + long) < 0.8
MIN_WORDS = 10  # headings, credits and one-liners repeat by nature, not as echoes
_SKIPPED_KINDS = frozenset({PassageKind.CREDIT, PassageKind.HEADING})
_PLAIN_FLOOR = 65.0
_SMALL_BUCKET = 12  # up to this many passages under one key are compared pairwise


def assign_echo_groups(passages: Iterable[Passage]) -> int:
    """Set ``echo_group`` on every passage (None when it repeats nothing); return the number of groups."""
    all_passages = list(passages)
    for passage in all_passages:
        passage.echo_group = None
    candidates = [p for p in all_passages if p.kind not in _SKIPPED_KINDS]
    keys = passage_keys([p.text for p in candidates])
    eligible = keys.spaces >= MIN_WORDS - 1
    if np.count_nonzero(eligible) < 2:
        return 0
    codes: dict[str, int] = {}
    article_of = [codes.setdefault(p.article_id, len(codes)) for p in candidates]
    articles = np.array(article_of, dtype=np.int64)
    groups = _Groups(len(candidates))
    representative = _join_exact_copies(keys, groups, articles, eligible)

    pairs = _Pairs()
    edges = eligible & representative & (keys.lengths >= EDGE_BYTES)
    for short_key, long_key in ((keys.start, keys.long_start), (keys.end, keys.long_end)):
        for members in _runs(short_key, edges):
            if len(members) <= _SMALL_BUCKET:
                pairs.all_of(members)
                continue
            # A stock opening or ending shared by many: each passage meets the crowd's first member, and
            # those that also share a longer one meet each other (or, a crowd again, its first member).
            pairs.first_with_rest(members)
            crowd = np.zeros(len(candidates), dtype=bool)
            crowd[members] = True
            for sub in _runs(long_key, crowd):
                if len(sub) <= _SMALL_BUCKET:
                    pairs.all_of(sub)
                else:
                    pairs.first_with_rest(sub)
    for members in _runs(keys.clause, eligible & representative & keys.has_clause):
        if len(members) <= _SMALL_BUCKET:  # a stock clause quoted by many: evidence of a topic, not of an echo
            pairs.all_of(members)
    _link(keys, groups, articles, pairs)
    return _name_groups(candidates, article_of, groups)


class _Pairs:
    """Candidate pairs (i < j), collected as two index lists."""

    def __init__(self) -> None:
        self.left: list[int] = []
        self.right: list[int] = []

    def all_of(self, members: list[int]) -> None:
        for pos, i in enumerate(members[:-1]):
            self.left += [i] * (len(members) - pos - 1)
            self.right += members[pos + 1 :]

    def first_with_rest(self, members: list[int]) -> None:
        self.left += [members[0]] * (len(members) - 1)
        self.right += members[1:]


def _runs(hashes: np.ndarray, keep: np.ndarray) -> Iterator[list[int]]:
    """Index lists (ascending) of the entries sharing one hash, for every hash held by two or more kept entries."""
    indices = np.flatnonzero(keep)
    if len(indices) < 2:
        return
    values = hashes[indices]
    order = np.argsort(values, kind="stable")
    ordered = values[order]
    starts = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))
    ends = np.append(starts[1:], len(ordered))
    shared = ends - starts >= 2
    members = indices[order]
    for start, end in zip(starts[shared].tolist(), ends[shared].tolist(), strict=True):
        yield members[start:end].tolist()


class _Groups:
    """Union-find over passage indices, remembering which indices ever joined another."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.joined: list[int] = []

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        root_i, root_j = self.find(i), self.find(j)
        if root_i != root_j:
            self.parent[max(root_i, root_j)] = min(root_i, root_j)
            self.joined += (i, j)


def _join_exact_copies(keys: PassageKeys, groups: _Groups, articles: np.ndarray, eligible: np.ndarray) -> np.ndarray:
    """Group passages with equal flat forms; returns which passages stand for their copies from now on.

    A set of copies is compared with others through its first member, whose article code becomes -1
    when the copies span several articles (copies inside one article are not echoes of each other).
    """
    representative = np.ones(len(keys.flats), dtype=bool)
    for members in _runs(keys.exact, eligible):
        by_text: dict[bytes, list[int]] = {}
        for i in members:
            by_text.setdefault(keys.flats[i], []).append(i)  # equal hashes are checked: equal text
        for copies in by_text.values():
            head = copies[0]
            for i in copies[1:]:
                groups.union(head, i)
                representative[i] = False
                if articles[i] != articles[head]:
                    articles[head] = -1
    return representative


def _link(keys: PassageKeys, groups: _Groups, articles: np.ndarray, pairs: _Pairs) -> None:
    """Join every candidate pair whose passages are near-identical, skipping pairs that cannot be."""
    if not pairs.left:
        return
    a, b = np.asarray(pairs.left, dtype=np.int64), np.asarray(pairs.right, dtype=np.int64)
    unique = np.unique(a * len(keys.flats) + b, return_index=True)[1]  # a pair can share several keys
    a, b = a[unique], b[unique]
    short, long_ = np.minimum(keys.lengths[a], keys.lengths[b]), np.maximum(keys.lengths[a], keys.lengths[b])
    apart = (articles[a] != articles[b]) | (articles[a] < 0)
    worth = np.flatnonzero(apart & (short >= MIN_LENGTH_RATIO * long_) & (long_ > 0))
    a_list, b_list = a[worth].tolist(), b[worth].tolist()
    for k in np.flatnonzero(_similar_pairs(keys.flats, a_list, b_list)).tolist():
        groups.union(a_list[k], b_list[k])


def _similar_pairs(flats: list[bytes], left: list[int], right: list[int]) -> np.ndarray:
    """For each pair (left[k], right[k]): are the flat forms near-identical?  Scored by rapidfuzz in bulk.

    Near-identical: ``ratio >= 80``, or ``token_sort_ratio >= 80`` when the plain ratio is already
    at least 65 (reordered wording is only worth checking when the texts are close).
    """
    if not left:
        return np.zeros(0, dtype=bool)
    plain = process.cpdist(
        [flats[i] for i in left], [flats[j] for j in right], scorer=fuzz.ratio, score_cutoff=_PLAIN_FLOOR
    )
    similar = plain >= SIMILARITY_CUTOFF
    close = np.flatnonzero((plain > 0) & ~similar).tolist()
    if close:
        # Token sort is the plain ratio of the sorted words: sort each text's words once, score in bulk.
        sorted_words: dict[int, bytes] = {}
        for k in close:
            for i in (left[k], right[k]):
                if i not in sorted_words:
                    sorted_words[i] = b" ".join(sorted(flats[i].split()))
        reordered = process.cpdist(
            [sorted_words[left[k]] for k in close],
            [sorted_words[right[k]] for k in close],
            scorer=fuzz.ratio,
            score_cutoff=SIMILARITY_CUTOFF,
        )
        similar[close] = reordered >= SIMILARITY_CUTOFF
    return similar


def _name_groups(passages: list[Passage], articles: list[int], groups: _Groups) -> int:
    by_root: dict[int, set[int]] = {}
    for i in groups.joined:
        by_root.setdefault(groups.find(i), set()).add(i)
    count = 0
    for members in by_root.values():
        if len({articles[i] for i in members}) < 2:
            continue
        group_id = min(passages[i].id for i in members)
        for i in members:
            passages[i].echo_group = group_id
        count += 1
    return count

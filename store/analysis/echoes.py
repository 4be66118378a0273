"""Echoes: the same paragraph, or nearly, in different articles.

Syndicated and recycled copy repeats whole paragraphs with small rewordings
("told Voice of America last month that the number could reach 15,000, with
troops rotated out …" in one article, the same with "He said a cumulative
100,000 …" as a second sentence in another).  Linking them lets the app say
"this passage appears in 4 articles" and count a repeated claim once.

Ingest runs this over the whole corpus (300,000 passages at 10,000
articles), so comparing every pair is out of the question, and so is much
Python work per passage:

1. flat forms and keys in bulk (``echo_keys``): lower-cased, punctuation
   dropped (curly and straight quotes, dashes and commas no longer count),
   made by a few C calls per batch of passages; the keys are int64 hashes in
   numpy arrays, bucketed by sorting, never by a Python loop per passage.
2. exact copies: passages with equal flat forms are one group at once (most
   syndicated copy is verbatim); only the first of them goes on.
3. candidates: passages sharing their first 40 flat bytes, their last 40, or
   the start of their longest clause.  A paragraph copied with small
   rewordings keeps at least one (rewording rarely touches the start, the
   end and the longest clause at once); unrelated paragraphs rarely share
   one.  A bucket of up to 12 is compared pairwise.  A bigger one (a stock
   opening or ending shared by many) is not: each member meets the bucket's
   first member, and members that also share the first (or last) 96 bytes
   meet each other; a stock clause is ignored (the other keys still meet).
   So the work stays linear.
4. confirmation: candidate pairs are scored by rapidfuzz in bulk
   (``process.cpdist``): near-identical means ``ratio >= 80`` on the flat
   forms, or ``token_sort_ratio >= 80`` when the plain ratio is at least 65
   (recast sentences); pairs too different in length to reach 80 are never
   scored, nor are pairs inside one article.
5. groups: union-find over confirmed pairs; a group is kept when it spans at
   least two articles, and its id is its smallest passage id (stable across
   re-ingests).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter

import numpy as np
from rapidfuzz import fuzz, process

from store.analysis.echo_keys import EDGE_BYTES, PassageKeys, mix, passage_keys
from store.disjoint_sets import DisjointSets
from store.gc_pause import gc_paused
from store.models import Passage, PassageKind

SIMILARITY_CUTOFF = 80.0
MIN_LENGTH_RATIO = 0.667  # below it neither ratio can reach 80: 2·short / (short + long) < 0.8
MIN_WORDS = 10  # headings, credits and one-liners repeat by nature, not as echoes
_SKIPPED_KINDS = frozenset({PassageKind.CREDIT, PassageKind.HEADING})
_REORDER_FLOOR = 65.0
_SMALL_BUCKET = 12  # up to this many passages under one key are compared pairwise


def assign_echo_groups(passages: Iterable[Passage]) -> int:
    """Set ``echo_group`` on every passage (None when it repeats nothing); return the number of groups."""
    passages = list(passages)
    return apply_echo_links(passages, echo_links(passages))


def echo_links(passages: list[Passage]) -> list[tuple[int, int]]:
    """(member, namer) for every passage in an echo group: ``passages[namer].id`` names the group.

    Reads the passages and changes nothing, so it can run in another process over a copy;
    :func:`apply_echo_links` then sets the groups on the originals.
    """
    with gc_paused():
        return _links(passages)


def apply_echo_links(passages: list[Passage], links: list[tuple[int, int]]) -> int:
    """Set ``echo_group`` from :func:`echo_links` (None for every other passage); return the number of groups."""
    for passage in passages:
        passage.echo_group = None
    for member, namer in links:
        passages[member].echo_group = passages[namer].id  # the namer's own id string, as a group id
    return len({namer for _, namer in links})


def _links(all_passages: list[Passage]) -> list[tuple[int, int]]:
    positions = [i for i, p in enumerate(all_passages) if p.kind not in _SKIPPED_KINDS]
    candidates = [all_passages[i] for i in positions]
    keys = passage_keys([p.text for p in candidates])
    eligible = keys.spaces >= MIN_WORDS - 1
    if np.count_nonzero(eligible) < 2:
        return []
    article_ids = [p.article_id for p in candidates]
    codes = {article: code for code, article in enumerate(dict.fromkeys(article_ids))}
    article_of = [codes[article] for article in article_ids]
    articles = np.array(article_of, dtype=np.int64)
    groups = _Groups(len(candidates))
    representative = _join_exact_copies(keys, groups, articles, eligible)

    pairs: list[tuple[np.ndarray, np.ndarray]] = []
    edges = np.flatnonzero(eligible & representative & (keys.lengths >= EDGE_BYTES))
    for short_key, long_key in ((keys.start, keys.long_start), (keys.end, keys.long_end)):
        buckets = _Buckets.of(short_key[edges], edges)
        pairs.append(buckets.all_pairs(_SMALL_BUCKET))
        # A stock opening or ending shared by many: each passage meets the crowd's first member, and those
        # that also share a longer one meet each other (or, a crowd again, its first member).
        crowds = buckets.larger_than(_SMALL_BUCKET)
        pairs.append(crowds.first_with_rest())
        label = np.repeat(np.arange(len(crowds.sizes)), crowds.sizes)
        sub = _Buckets.of(mix(long_key[crowds.members], label), crowds.members)
        pairs += [sub.all_pairs(_SMALL_BUCKET), sub.larger_than(_SMALL_BUCKET).first_with_rest()]
    # A stock clause quoted by many is evidence of a topic, not of an echo: only small buckets count.
    clauses = np.flatnonzero(eligible & representative & keys.has_clause)
    pairs.append(_Buckets.of(keys.clause[clauses], clauses).all_pairs(_SMALL_BUCKET))
    _link(keys, groups, articles, np.concatenate([a for a, _b in pairs]), np.concatenate([b for _a, b in pairs]))
    return [(positions[i], positions[j]) for i, j in _name_groups(candidates, article_of, groups)]


@dataclass(slots=True)
class _Buckets:
    """Indices sharing a key, two or more to a bucket: ``members[starts[k] : starts[k] + sizes[k]]``."""

    members: np.ndarray  # ascending within each bucket
    starts: np.ndarray
    sizes: np.ndarray

    @classmethod
    def of(cls, hashes: np.ndarray, indices: np.ndarray) -> _Buckets:
        """Buckets of ``indices`` (ascending) by their ``hashes`` (same order)."""
        order = np.argsort(hashes, kind="stable")  # stable: ascending indices stay ascending in a bucket
        ordered = hashes[order]
        new = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1]))) if len(ordered) else order
        sizes = np.diff(np.append(new, len(ordered)))
        shared = sizes >= 2
        members = indices[order]
        keep = np.repeat(shared, sizes)
        kept_sizes = sizes[shared]
        return cls(members[keep], np.cumsum(kept_sizes) - kept_sizes, kept_sizes)

    def larger_than(self, size: int) -> _Buckets:
        big = self.sizes > size
        keep = np.repeat(big, self.sizes)
        sizes = self.sizes[big]
        return _Buckets(self.members[keep], np.cumsum(sizes) - sizes, sizes)

    def all_pairs(self, max_size: int) -> tuple[np.ndarray, np.ndarray]:
        """Every pair (i < j) inside each bucket of at most ``max_size``, made size by size with numpy."""
        left, right = [_EMPTY], [_EMPTY]
        for size in np.unique(self.sizes[self.sizes <= max_size]).tolist():
            rows = self.members[self.starts[self.sizes == size][:, None] + np.arange(size)]
            first, second = np.triu_indices(size, 1)
            left.append(rows[:, first].ravel())
            right.append(rows[:, second].ravel())
        return np.concatenate(left), np.concatenate(right)

    def first_with_rest(self) -> tuple[np.ndarray, np.ndarray]:
        """(first member, other member) for every other member of every bucket."""
        position = np.arange(len(self.members))
        first = np.repeat(self.starts, self.sizes)
        rest = position != first
        return self.members[first[rest]], self.members[rest]


_EMPTY = np.zeros(0, dtype=np.int64)


class _Groups(DisjointSets):
    """Disjoint sets of passage indices, remembering which indices ever joined another."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.joined: list[int] = []

    def union(self, i: int, j: int) -> bool:
        if not super().union(i, j):
            return False
        self.joined += (i, j)
        return True


def _join_exact_copies(keys: PassageKeys, groups: _Groups, articles: np.ndarray, eligible: np.ndarray) -> np.ndarray:
    """Group passages with equal flat forms; returns which passages stand for their copies from now on.

    A set of copies is compared with others through its first member, whose article code becomes -1
    when the copies span several articles (copies inside one article are not echoes of each other).
    """
    representative = np.ones(len(keys.flats), dtype=bool)
    indices = np.flatnonzero(eligible)
    buckets = _Buckets.of(keys.exact[indices], indices)
    for start, size in zip(buckets.starts.tolist(), buckets.sizes.tolist(), strict=True):
        by_text: dict[bytes, list[int]] = {}
        for i in buckets.members[start : start + size].tolist():
            by_text.setdefault(keys.flats[i], []).append(i)  # equal hashes are checked: equal text
        for copies in by_text.values():
            head = copies[0]
            for i in copies[1:]:
                groups.union(head, i)
                representative[i] = False
                if articles[i] != articles[head]:
                    articles[head] = -1
    return representative


def _link(keys: PassageKeys, groups: _Groups, articles: np.ndarray, a: np.ndarray, b: np.ndarray) -> None:
    """Join every candidate pair (a[k], b[k]) whose passages are near-identical, skipping those that cannot be."""
    if not len(a):
        return
    unique = np.unique(a * len(keys.flats) + b, return_index=True)[1]  # a pair can share several keys
    a, b = a[unique], b[unique]
    short, long_ = np.minimum(keys.lengths[a], keys.lengths[b]), np.maximum(keys.lengths[a], keys.lengths[b])
    apart = (articles[a] != articles[b]) | (articles[a] < 0)
    worth = np.flatnonzero(apart & (short >= MIN_LENGTH_RATIO * long_) & (long_ > 0))
    a, b = a[worth], b[worth]
    similar = _similar_pairs(keys.flats, a, b)
    for i, j in zip(a[similar].tolist(), b[similar].tolist(), strict=True):
        groups.union(i, j)


def _similar_pairs(flats: list[bytes], left: np.ndarray, right: np.ndarray) -> np.ndarray:
    """For each pair (left[k], right[k]): are the flat forms near-identical?  Scored by rapidfuzz in bulk.

    Near-identical: ``ratio >= 80``, or ``token_sort_ratio >= 80`` (the same words reordered, as when
    a sentence is recast) when the plain ratio is already at least 65.
    """
    if not len(left):
        return np.zeros(0, dtype=bool)
    plain = process.cpdist(_pick(flats, left), _pick(flats, right), scorer=fuzz.ratio, score_cutoff=_REORDER_FLOOR)
    similar = plain >= SIMILARITY_CUTOFF
    close = np.flatnonzero((plain > 0) & ~similar)
    if len(close):
        # Token sort is the plain ratio of the texts' words in sorted order: sort each text's words once.
        texts, where = np.unique(np.concatenate((left[close], right[close])), return_inverse=True)
        in_order = [b" ".join(sorted(text.split())) for text in _pick(flats, texts)]
        reordered = process.cpdist(
            _pick(in_order, where[: len(close)]),
            _pick(in_order, where[len(close) :]),
            scorer=fuzz.ratio,
            score_cutoff=SIMILARITY_CUTOFF,
        )
        similar[close] = reordered >= SIMILARITY_CUTOFF
    return similar


def _pick(items: list[bytes], indices: np.ndarray) -> list[bytes]:
    """``[items[i] for i in indices]``, at C speed."""
    if len(indices) == 1:
        return [items[int(indices[0])]]
    return list(itemgetter(*indices.tolist())(items))


def _name_groups(passages: list[Passage], articles: list[int], groups: _Groups) -> list[tuple[int, int]]:
    """(member, namer) pairs of the groups that span two articles or more; the namer has the smallest id."""
    by_root: dict[int, list[int]] = {}
    for i in set(groups.joined):
        by_root.setdefault(groups.find(i), []).append(i)
    links: list[tuple[int, int]] = []
    for members in by_root.values():
        first = articles[members[0]]
        if all(articles[i] == first for i in members):
            continue
        namer = min(members, key=lambda i: passages[i].id)
        links.extend((i, namer) for i in members)
    return links

"""Echoes: the same paragraph, or nearly, in different articles.

Syndicated and recycled copy repeats whole paragraphs with small rewordings
("told Voice of America last month that the number could reach 15,000, with
troops rotated out …" in one article, the same with "He said a cumulative
100,000 …" as a second sentence in another).  Linking them lets the app say
"this passage appears in 4 articles" and count a repeated claim once.

Comparing every pair is out of the question at 300,000 passages, so:

1. candidates: each passage is cut into clauses at punctuation, and the first
   and last 24 characters of every clause of some length become keys.  Two
   near-identical paragraphs share at least one untouched clause, so they
   share two keys (its start and its end); a pair sharing a single key is
   compared only when one of them has hardly any keys to share.
2. confirmation: passages sharing a key are compared with rapidfuzz
   (``max(ratio, token_sort_ratio) >= 80`` on lower-cased, punctuation-free
   text, lengths within a factor 0.6).  A key shared by many passages (a
   stock phrase) is not compared pairwise: each passage meets only a few
   representatives of the key's groups, so the work stays linear.
3. groups: union-find over confirmed pairs; a group is kept when it spans at
   least two articles, and its id is its smallest passage id (stable across
   re-ingests).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz

from store.models import Passage, PassageKind

SIMILARITY_CUTOFF = 80.0
MIN_LENGTH_RATIO = 0.6
MIN_WORDS = 10  # headings, credits and one-liners repeat by nature, not as echoes
_SKIPPED_KINDS = frozenset({PassageKind.CREDIT, PassageKind.HEADING})
_PLAIN_FLOOR = 60.0
_KEY_CHARS = 24
_SMALL_BUCKET = 12  # up to this many passages under one key are compared pairwise
_REPRESENTATIVES = 4  # beyond it, each passage meets this many representatives

_CLAUSE_SPLIT = re.compile(r"[,.;:!?\"“”‘’()\[\]—–]+|\s-\s")
_PUNCTUATION = str.maketrans({ch: " " for ch in ",.;:!?\"“”‘’'()[]{}—–-/&*%$#@+=<>|\\"})


def _normalise(text: str) -> str:
    return " ".join(text.lower().translate(_PUNCTUATION).split())


def _keys(text: str) -> set[str]:
    keys: set[str] = set()
    for clause in _CLAUSE_SPLIT.split(text.lower()):
        clause = " ".join(clause.split())
        if len(clause) >= _KEY_CHARS:
            keys.add("<" + clause[:_KEY_CHARS])
            keys.add(">" + clause[-_KEY_CHARS:])
    return keys


def _similar(a: str, b: str) -> bool:
    """Near-identical after lower-casing and dropping punctuation (see the module note)."""
    short, long_ = sorted((len(a), len(b)))
    if long_ == 0 or short / long_ < MIN_LENGTH_RATIO:
        return False
    # A cutoff lets rapidfuzz stop early on clearly different texts; reordered wording (token sort)
    # is only worth checking when the plain ratio is already close.
    plain = fuzz.ratio(a, b, score_cutoff=_PLAIN_FLOOR)
    if plain >= SIMILARITY_CUTOFF:
        return True
    return plain > 0 and bool(fuzz.token_sort_ratio(a, b, score_cutoff=SIMILARITY_CUTOFF))


def assign_echo_groups(passages: Iterable[Passage]) -> int:
    """Set ``echo_group`` on every passage (None when it repeats nothing); return the number of groups."""
    all_passages = list(passages)
    for passage in all_passages:
        passage.echo_group = None
    eligible = [p for p in all_passages if p.kind not in _SKIPPED_KINDS and len(p.text.split()) >= MIN_WORDS]
    if len(eligible) < 2:
        return 0
    texts = [_normalise(p.text) for p in eligible]
    articles = [p.article_id for p in eligible]
    buckets: dict[str, list[int]] = {}
    for index, passage in enumerate(eligible):
        for key in _keys(passage.text):
            buckets.setdefault(key, []).append(index)

    parent = list(range(len(eligible)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def link(i: int, j: int) -> bool:
        """Compare i and j unless already grouped or in one article; True if they are (now) one group."""
        if articles[i] == articles[j]:
            return False
        root_i, root_j = find(i), find(j)
        if root_i == root_j:
            return True
        if not _similar(texts[i], texts[j]):
            return False
        parent[max(root_i, root_j)] = min(root_i, root_j)
        return True

    key_counts = [0] * len(eligible)
    shared: dict[tuple[int, int], int] = {}
    crowded: list[list[int]] = []
    for members in buckets.values():
        for i in members:
            key_counts[i] += 1
        if len(members) < 2:
            continue
        if len(members) > _SMALL_BUCKET:
            crowded.append(members)
            continue
        for pos, i in enumerate(members):
            for j in members[pos + 1 :]:
                if articles[i] != articles[j]:
                    shared[(i, j)] = shared.get((i, j), 0) + 1
    for (i, j), count in shared.items():
        if count >= 2 or min(key_counts[i], key_counts[j]) <= 2:
            link(i, j)
    for members in crowded:
        # A stock phrase shared by many: each passage meets a few representatives, never all the others.
        representatives: list[int] = []
        for i in members:
            if not any(link(rep, i) for rep in representatives) and len(representatives) < _REPRESENTATIVES:
                representatives.append(i)

    groups: dict[int, list[int]] = {}
    for index in range(len(eligible)):
        groups.setdefault(find(index), []).append(index)
    count = 0
    for members in groups.values():
        if len(members) < 2 or len({articles[i] for i in members}) < 2:
            continue
        group_id = min(eligible[i].id for i in members)
        for i in members:
            eligible[i].echo_group = group_id
        count += 1
    return count

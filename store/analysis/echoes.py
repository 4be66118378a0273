"""Echoes: the same paragraph, or nearly, in different articles.

Syndicated and recycled copy repeats whole paragraphs with small rewordings
("told Voice of America last month that the number could reach 15,000, with
troops rotated out …" in one article, the same with "He said a cumulative
100,000 …" as a second sentence in another).  Linking them lets the app say
"this passage appears in 4 articles" and count a repeated claim once.

Comparing every pair is out of the question at 300,000 passages, so:

1. candidates: each passage gets three keys, cut from its lower-cased,
   punctuation-free bytes: its first 40 bytes, its last 40, and the start of
   its longest clause.  A paragraph copied with small rewordings keeps at
   least one of them (rewording rarely touches the start, the end and the
   longest clause at once); unrelated paragraphs rarely share one.  Three
   keys per passage keep the buckets tiny.
2. confirmation: passages sharing a key are compared with rapidfuzz
   (``max(ratio, token_sort_ratio) >= 80`` on lower-cased, punctuation-free
   text; lengths within a factor 2/3, without which neither can reach 80).  A key shared by many passages is not
   compared pairwise: a stock opening or ending makes each passage meet two
   representatives of the key's groups; a stock clause is ignored (the
   passages' other keys still meet).  So the work stays linear.
3. groups: union-find over confirmed pairs; a group is kept when it spans at
   least two articles, and its id is its smallest passage id (stable across
   re-ingests).
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz

from store.models import Passage, PassageKind

SIMILARITY_CUTOFF = 80.0
MIN_LENGTH_RATIO = 0.667  # below it neither ratio can reach 80: 2·short / (short + long) < 0.8
MIN_WORDS = 10  # headings, credits and one-liners repeat by nature, not as echoes
_SKIPPED_KINDS = frozenset({PassageKind.CREDIT, PassageKind.HEADING})
_PLAIN_FLOOR = 65.0
_RAW_LENGTH_SLACK = 0.6  # looser than MIN_LENGTH_RATIO: punctuation and spacing shrink in normalising
_EDGE_BYTES = 40
_CLAUSE_BYTES = 32
_MIN_CLAUSE_BYTES = 24
_SMALL_BUCKET = 12  # up to this many passages under one key are compared pairwise
_REPRESENTATIVES = 2  # beyond it, each passage meets this many representatives

# Keys are cut from bytes: bytes.lower/translate/split run in C, several times faster than str.translate.
_CLAUSE_MARKS = b',.;:!?"()[]'
_CLAUSE_TABLE = bytes.maketrans(_CLAUSE_MARKS + b"\t\n\r", b"|" * len(_CLAUSE_MARKS) + b"   ")
_WORD_TABLE = bytes.maketrans(_CLAUSE_MARKS + b"|'-/&*%$#@+=<>{}\\\t\n\r", b" " * (len(_CLAUSE_MARKS) + 20))
_TYPOGRAPHIC = tuple(ch.encode() for ch in "—–“”‘’")


def _flat(text: str) -> tuple[bytes, bytes]:
    """(lower-cased bytes with clause marks as '|', the same with all punctuation gone and spaces collapsed)."""
    raw = text.encode("utf-8", "ignore").lower()
    if b"\xe2" in raw:
        for mark in _TYPOGRAPHIC:
            raw = raw.replace(mark, b"|")
    return raw, b" ".join(raw.translate(_WORD_TABLE).split())


def _normalise(text: str) -> bytes:
    return _flat(text)[1]


def _keys(text: str) -> list[bytes]:
    """Start, end and longest clause of the passage, lower-cased, as bucket keys."""
    raw, flat = _flat(text)
    keys = []
    if len(flat) >= _EDGE_BYTES:
        keys += [b"<" + flat[:_EDGE_BYTES], b">" + flat[-_EDGE_BYTES:]]
    longest = max(raw.translate(_CLAUSE_TABLE).split(b"|"), key=len).strip()
    if len(longest) >= _MIN_CLAUSE_BYTES:
        keys.append(b"=" + b" ".join(longest.split())[:_CLAUSE_BYTES])
    return keys


def _is_clause_key(key: bytes) -> bool:
    return key[:1] == b"="


def _similar(a: bytes, b: bytes) -> bool:
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


class _Texts:
    """Normalised text of each passage, made only for passages that meet a candidate."""

    def __init__(self, passages: list[Passage]) -> None:
        self.passages = passages
        self._text: dict[int, bytes] = {}

    def text(self, i: int) -> bytes:
        cached = self._text.get(i)
        if cached is None:
            cached = self._text[i] = _normalise(self.passages[i].text)
        return cached


def assign_echo_groups(passages: Iterable[Passage]) -> int:
    """Set ``echo_group`` on every passage (None when it repeats nothing); return the number of groups."""
    all_passages = list(passages)
    for passage in all_passages:
        passage.echo_group = None
    eligible = [p for p in all_passages if p.kind not in _SKIPPED_KINDS and p.text.count(" ") >= MIN_WORDS - 1]
    if len(eligible) < 2:
        return 0
    texts = _Texts(eligible)
    articles = [p.article_id for p in eligible]
    lengths = [len(p.text) for p in eligible]
    buckets: dict[bytes, list[int]] = {}
    for index, passage in enumerate(eligible):
        for key in _keys(passage.text):
            bucket = buckets.get(key)
            if bucket is None:
                buckets[key] = [index]
            else:
                bucket.append(index)

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
        short, long_ = sorted((lengths[i], lengths[j]))
        if short < _RAW_LENGTH_SLACK * long_:
            return False  # far apart in length already as written: no need to normalise either text
        if not _similar(texts.text(i), texts.text(j)):
            return False
        parent[max(root_i, root_j)] = min(root_i, root_j)
        return True

    for key, members in buckets.items():
        if len(members) < 2:
            continue
        if len(members) <= _SMALL_BUCKET:
            for pos, i in enumerate(members):
                for j in members[pos + 1 :]:
                    link(i, j)
            continue
        if members and _is_clause_key(key):
            continue  # a stock clause quoted by many: evidence of a topic, not of an echo
        # A stock opening shared by many: each passage meets a few representatives, never all the others.
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

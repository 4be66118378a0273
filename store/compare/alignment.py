"""Align two articles passage by passage, keeping reading order.

The result is a list of display rows, one per passage or per matched pair,
that the TUI draws as two columns and the CLI prints as JSON.

How passages are linked (measures in :mod:`store.compare.text_similarity`):

* **shared** — ``verbatim >= SHARED_VERBATIM`` (90): the same words in nearly
  the same order.  Measured on the seeds: re-used Business Insider paragraphs
  score 92-100, while two different paragraphs about the same event rarely
  pass 70.
* **overlap** — ``content >= OVERLAP_CONTENT`` (60): at least ~60% of the
  content words are shared, so the passages say the same thing in other
  words.  Reworded pairs in the seeds score 65-90 on this measure; unrelated
  paragraphs from the same story stay under ~55.
* anything else is not linked: the row is **left-only** or **right-only**.

Reading order: among all linked pairs we keep the set that never crosses
(left i < i' implies right j < j') and has the largest total similarity — a
weighted longest increasing subsequence over the candidate pairs, solved with
a Fenwick tree in O(k log n).  A passage that is linked but whose partner lies
out of order (a paragraph moved to another place) stays a one-sided row, with
``counterpart`` naming where its match is.

Which passages are compared: passages are aligned within three sections that
each keep their own reading order — *summary* (dek and bullets), *body* (body
paragraphs and sub-headings; the part that matters most) and *set-apart*
(captions, photo credits and pull quotes, whose position in the text says
little).  Keeping sections apart stops a caption re-used by both articles from
pinning the body alignment to the wrong place.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

import numpy as np

from store.compare.text_similarity import SimilarityMatrices, similarity_matrices
from store.models import Article, Passage, PassageKind

SHARED_VERBATIM = 90
OVERLAP_CONTENT = 60


class AlignmentKind(StrEnum):
    SHARED = "shared"
    OVERLAP = "overlap"
    LEFT_ONLY = "left-only"
    RIGHT_ONLY = "right-only"


class Section(StrEnum):
    SUMMARY = "summary"
    BODY = "body"
    SET_APART = "set-apart"


SECTION_OF_KIND: dict[str, Section] = {
    PassageKind.DEK: Section.SUMMARY,
    PassageKind.BULLET: Section.SUMMARY,
    PassageKind.BODY: Section.BODY,
    PassageKind.HEADING: Section.BODY,
    PassageKind.CAPTION: Section.SET_APART,
    PassageKind.CREDIT: Section.SET_APART,
    PassageKind.PULLQUOTE: Section.SET_APART,
}
SECTION_ORDER = (Section.SUMMARY, Section.BODY, Section.SET_APART)


@dataclass(frozen=True, slots=True)
class PassageMatch:
    """The best match of one passage on the other side (whether or not it was aligned)."""

    passage_id: str
    similarity: int  # max(verbatim, content), 0-100
    verbatim: int
    content: int
    linked: bool  # passes the shared or overlap threshold


@dataclass(frozen=True, slots=True)
class AlignedRow:
    """One display row: a matched pair, or a passage found on one side only."""

    left: Passage | None
    right: Passage | None
    similarity: int  # 0-100; for one-sided rows, the similarity to ``counterpart`` (0 if none)
    kind: AlignmentKind
    section: Section
    verbatim: int = 0
    content: int = 0
    # For a one-sided row whose match lies elsewhere (out of reading order): that match's id.
    counterpart: str | None = None

    @property
    def moved(self) -> bool:
        return self.counterpart is not None

    @property
    def passage_ids(self) -> tuple[str | None, str | None]:
        return (self.left.id if self.left else None, self.right.id if self.right else None)


@dataclass(slots=True)
class ArticleAlignment:
    left: Article
    right: Article
    rows: list[AlignedRow] = field(default_factory=list)
    best_for_left: dict[str, PassageMatch] = field(default_factory=dict)
    best_for_right: dict[str, PassageMatch] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        tally = {kind.value: 0 for kind in AlignmentKind}
        for row in self.rows:
            tally[row.kind.value] += 1
        return tally

    def row_index_of(self, passage_id: str) -> int | None:
        for index, row in enumerate(self.rows):
            if passage_id in row.passage_ids:
                return index
        return None

    def swapped(self) -> ArticleAlignment:
        """The same alignment seen from the other side (no recomputation)."""
        mirror = {
            AlignmentKind.LEFT_ONLY: AlignmentKind.RIGHT_ONLY,
            AlignmentKind.RIGHT_ONLY: AlignmentKind.LEFT_ONLY,
        }
        rows = [
            AlignedRow(
                left=row.right,
                right=row.left,
                similarity=row.similarity,
                kind=mirror.get(row.kind, row.kind),
                section=row.section,
                verbatim=row.verbatim,
                content=row.content,
                counterpart=row.counterpart,
            )
            for row in self.rows
        ]
        return ArticleAlignment(self.right, self.left, rows, self.best_for_right, self.best_for_left)


def align_articles(left: Article, right: Article) -> ArticleAlignment:
    """Link every passage of ``left`` to ``right`` and back, in reading order."""
    alignment = ArticleAlignment(left, right)
    for section in SECTION_ORDER:
        left_passages = _section_passages(left.passages, section)
        right_passages = _section_passages(right.passages, section)
        if not left_passages and not right_passages:
            continue
        matrices = similarity_matrices([p.text for p in left_passages], [p.text for p in right_passages])
        alignment.best_for_left.update(_best_matches(left_passages, right_passages, matrices))
        alignment.best_for_right.update(
            _best_matches(
                right_passages,
                left_passages,
                SimilarityMatrices(matrices.verbatim.T, matrices.content.T),
            )
        )
        alignment.rows.extend(_section_rows(section, left_passages, right_passages, matrices, alignment))
    return alignment


def _section_passages(passages: Iterable[Passage], section: Section) -> list[Passage]:
    chosen = [p for p in passages if SECTION_OF_KIND.get(p.kind, Section.BODY) == section]
    return sorted((p for p in chosen if p.text.strip()), key=lambda p: p.order)


def _linked(matrices: SimilarityMatrices) -> np.ndarray:
    return (matrices.verbatim >= SHARED_VERBATIM) | (matrices.content >= OVERLAP_CONTENT)


def _best_matches(own: list[Passage], other: list[Passage], matrices: SimilarityMatrices) -> dict[str, PassageMatch]:
    if not own or not other:
        return {}
    combined = matrices.combined
    linked = _linked(matrices)
    # Prefer a linked partner; among equals the most similar.
    best_columns = np.argmax(combined + linked * 1000.0, axis=1)
    found = {}
    for i, passage in enumerate(own):
        j = int(best_columns[i])
        found[passage.id] = PassageMatch(
            passage_id=other[j].id,
            similarity=_score(combined[i, j]),
            verbatim=_score(matrices.verbatim[i, j]),
            content=_score(matrices.content[i, j]),
            linked=bool(linked[i, j]),
        )
    return found


def _score(value: float) -> int:
    return int(round(float(value)))


def _section_rows(
    section: Section,
    left: list[Passage],
    right: list[Passage],
    matrices: SimilarityMatrices,
    alignment: ArticleAlignment,
) -> list[AlignedRow]:
    linked = _linked(matrices)
    combined = matrices.combined
    candidates = [(int(i), int(j), float(combined[i, j])) for i, j in np.argwhere(linked)]
    chain = _heaviest_increasing_chain(candidates, len(right))

    rows: list[AlignedRow] = []
    next_left = next_right = 0

    def one_sided(upto_left: int, upto_right: int) -> None:
        nonlocal next_left, next_right
        for i in range(next_left, upto_left):
            rows.append(_one_sided_row(left[i], None, section, alignment.best_for_left))
        for j in range(next_right, upto_right):
            rows.append(_one_sided_row(None, right[j], section, alignment.best_for_right))
        next_left, next_right = upto_left, upto_right

    for i, j in chain:
        one_sided(i, j)
        verbatim = _score(matrices.verbatim[i, j])
        kind = AlignmentKind.SHARED if verbatim >= SHARED_VERBATIM else AlignmentKind.OVERLAP
        rows.append(
            AlignedRow(
                left=left[i],
                right=right[j],
                similarity=_score(combined[i, j]),
                kind=kind,
                section=section,
                verbatim=verbatim,
                content=_score(matrices.content[i, j]),
            )
        )
        next_left, next_right = i + 1, j + 1
    one_sided(len(left), len(right))
    return rows


def _one_sided_row(
    left: Passage | None,
    right: Passage | None,
    section: Section,
    best: dict[str, PassageMatch],
) -> AlignedRow:
    passage = left or right
    assert passage is not None
    kind = AlignmentKind.LEFT_ONLY if left is not None else AlignmentKind.RIGHT_ONLY
    match = best.get(passage.id)
    if match is None or not match.linked:
        return AlignedRow(left=left, right=right, similarity=0, kind=kind, section=section)
    # Linked, yet left out of the in-order chain: the paragraph moved.
    return AlignedRow(
        left=left,
        right=right,
        similarity=match.similarity,
        kind=kind,
        section=section,
        verbatim=match.verbatim,
        content=match.content,
        counterpart=match.passage_id,
    )


def _heaviest_increasing_chain(candidates: list[tuple[int, int, float]], width: int) -> list[tuple[int, int]]:
    """Pairs (i, j) strictly increasing in both, with the largest total weight."""
    if not candidates:
        return []
    # Fenwick tree over j holding (best chain weight ending at column <= j, candidate index).
    tree: list[tuple[float, int]] = [(0.0, -1)] * (width + 1)

    def query(j: int) -> tuple[float, int]:  # best over columns < j (1-based prefix j)
        best = (0.0, -1)
        while j > 0:
            if tree[j][0] > best[0]:
                best = tree[j]
            j -= j & -j
        return best

    def update(j: int, value: tuple[float, int]) -> None:
        j += 1
        while j <= width:
            if value[0] > tree[j][0]:
                tree[j] = value
            j += j & -j

    candidates.sort()
    totals: list[float] = [0.0] * len(candidates)
    previous: list[int] = [-1] * len(candidates)
    start = 0
    while start < len(candidates):
        # All candidates of one left passage are scored before any is inserted,
        # so a chain never uses the same left passage twice.
        end = start
        while end < len(candidates) and candidates[end][0] == candidates[start][0]:
            end += 1
        for index in range(start, end):
            _, j, weight = candidates[index]
            best, before = query(j)
            totals[index] = best + weight
            previous[index] = before
        for index in range(start, end):
            update(candidates[index][1], (totals[index], index))
        start = end

    index = max(range(len(candidates)), key=totals.__getitem__)
    chain = []
    while index != -1:
        chain.append(candidates[index][:2])
        index = previous[index]
    return [(i, j) for i, j in reversed(chain)]

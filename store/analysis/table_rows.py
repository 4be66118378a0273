"""Figures in tables: one claim per row, its source from a "Source" column, its unit from the column head.

A comparison table written as text ("Source | Troops deployed | Date", then
"South Korea (NIS) | 11,000 | Nov 2024") carries claims that no sentence
states: the row's figure counts what its column head names, and a column
headed "Source", "According to", "Estimate by" … says who claims it.  The
figure is read from the row, then classified as if its column head followed
it ("11,000 Troops deployed"), so it lands in the subject a sentence saying
the same would.  A row whose columns count different subjects (troops and
casualties) gives one claim per subject.

A source cell written "Ukraine (Zelensky)" or "South Korea (NIS)" names a
country and, in brackets, the authority that gave its figure: the person or
the named body is whom an analyst weighs (Zelensky's 12,000 and the General
Staff's may differ), so the bracket is the claimant.  A bracket that only
names a kind of body ("Russia (defence ministry)", "Ukraine (MoD)") is
ambiguous alone, so the country stays as its owner ("Russia's defence ministry").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from store.analysis.claimants import clean_claimant
from store.analysis.numbers import find_figures
from store.analysis.subjects import SubjectTaxonomy
from store.ids import claim_id
from store.models import Claim, Figure, Passage

_SEPARATOR_CELL = re.compile(r":?-{2,}:?")
_SOURCE_HEAD = re.compile(
    # (and "Source" in Korean, Russian, Ukrainian: a report's table keeps its language)
    r"^(?:source|sources|claimant|according\s+to|estimated?\s+by|estimate\s+from|who|by|government|agency|출처|источник|джерело)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class TableHead:
    """The column heads of the table being read, and which column names the source (None: no such column)."""

    cells: list[str]
    source_column: int | None


def is_table_row(text: str) -> bool:
    """Cells split by "|": two or more of them on one line."""
    return "|" in text and "\n" not in text and len(_cells(text)) >= 2


def read_table_row(
    passage: Passage, head: TableHead | None, subjects: SubjectTaxonomy, classify
) -> tuple[list[Claim], TableHead | None]:
    """The claims of one table row and the table head in force after it (a row with no figure is a head)."""
    cells = _cells(passage.text)
    if all(_SEPARATOR_CELL.fullmatch(c) for c in cells if c):
        return [], head  # "---|---": the line under a Markdown head
    spans = _cell_spans(passage.text)
    if not any(ch.isdigit() for ch in passage.text) and not _counts_in_words(cells, head):
        source = next((i for i, c in enumerate(cells) if _SOURCE_HEAD.match(c)), None)
        return [], TableHead(cells, source)
    if head is None or len(head.cells) != len(cells):
        return [], head
    claimant = None
    if head.source_column is not None:
        claimant = source_cell_claimant(cells[head.source_column])
    figures: list[tuple[Figure, str | None, float]] = []
    # "Troops deployed | 11,000 | NIS" under "Measure | Figure | Source": a row's label names what the row counts
    # when the column's head ("Figure", "Estimate") does not.
    row_label = cells[0] if head.source_column != 0 and not any(ch.isdigit() for ch in cells[0]) else None
    for index, (start, end) in enumerate(spans):
        if index == head.source_column or not cells[index]:
            continue
        for figure in find_figures(passage.text[start:end]):
            unread = replace(figure)
            counted = _as_counted_by(figure, start, head.cells[index], subjects, classify, passage.text[start:end])
            if counted[1] is None and row_label and index:
                by_row = _as_counted_by(unread, start, row_label, subjects, classify, passage.text[start:end])
                counted = by_row if by_row[1] is not None else counted
            figures.append(counted)
    if not figures:
        return [], head
    figures.sort(key=lambda item: (-item[2], item[0].start))
    text = passage.text
    # "| Ukraine (HUR) | 12,000 | 4,000 |" under "Troops" and "Casualties": one claim per subject the row's
    # columns count, so each figure is the main one of its subject's claim (the first keeps the row's id).
    subjects_in_row = list(dict.fromkeys(s for _f, s, _score in figures if s is not None)) or [figures[0][1]]
    claims = []
    for rank, subject in enumerate(subjects_in_row):
        own = [f for f, s, _score in figures if s == subject]
        # Figures of no subject ride along with the first claim, unless that claim is the one of no subject.
        rest = [f for f, s, _score in figures if s is None] if rank == 0 and subject is not None else []
        claims.append(
            Claim(
                id=claim_id(passage.id, own[0].start if rank else 0),
                article_id=passage.article_id,
                passage_id=passage.id,
                text=text,
                start=0,
                end=len(text),
                claimant=claimant,
                subject=subject,
                figures=own + rest if rank == 0 else own,
            )
        )
    return claims, head


def _counts_in_words(cells: list[str], head: TableHead | None) -> bool:
    """Whether a row without digits is still a row of the table in force: "| Pentagon | hundreds killed |"."""
    if head is None or len(head.cells) != len(cells):
        return False
    return any(find_figures(cell) for index, cell in enumerate(cells) if index != head.source_column and cell)


# "Country (authority)": the authority in brackets at the end of the cell.
_BRACKETED_AUTHORITY = re.compile(r"^(?P<owner>[^()]+?)\s*[(\[](?P<authority>[^()\[\]]+)[)\]]$")
# Words that only say what kind of body speaks, not which one: "defence ministry", "MoD", "General Staff".
_BODY_KIND_WORDS = frozenset(
    """ministry ministries defence defense foreign interior military intelligence general staff army armed forces
    government officials official office president presidency presidential mod mfa mod. spy agency service services
    security state national federal embassy ambassador envoy spokesperson spokesman spokeswoman estimate estimates
    of the and""".split()
)


def source_cell_claimant(cell: str) -> str | None:
    """Who claims a row's figures, from its source cell (see the module's note on brackets)."""
    found = _BRACKETED_AUTHORITY.match(cell.strip())
    if found is None:
        return clean_claimant(cell) or None
    owner = found.group("owner").strip()
    authority = found.group("authority").split(",")[0].strip()  # "(Budanov, HUR)": the first named speaks
    words = authority.lower().split()
    if words and all(w.strip(".,") in _BODY_KIND_WORDS for w in words):
        # "Russia's defence ministry"; an acronym modifies the noun as it is ("US officials").
        owned = f"{owner} {authority}" if owner.isupper() else f"{owner}{'’' if owner.endswith('s') else '’s'} {authority}"
        return clean_claimant(owned.replace("’", "'")) or clean_claimant(owner) or None
    return clean_claimant(authority) or clean_claimant(owner) or None


def _as_counted_by(
    figure: Figure, offset: int, column: str, subjects: SubjectTaxonomy, classify, cell: str = ""
) -> tuple[Figure, str | None, float]:
    """The figure of a cell, with the unit and subject it has when its column head follows it.

    A head that names no count ("Estimate", "Figure") leaves it to the cell's own words: "4,000 killed
    and wounded" counts casualties under any head.
    """
    phrase = f"{figure.surface} {column}"
    read = find_figures(phrase)
    best = classify(phrase, read, subjects) if read else {}
    if read and read[0].start == 0:
        figure.unit = read[0].unit
        subject, score = best.get(id(read[0]), (None, 0.0))
    else:
        subject, score = None, 0.0
    if subject is None and cell.strip() != figure.surface:
        own = [f for f in find_figures(cell) if f.start == figure.start]
        found = classify(cell, own, subjects).get(id(own[0]), (None, 0.0)) if own else (None, 0.0)
        if found[0] is not None:
            figure.unit = own[0].unit or figure.unit
            subject, score = found
    figure.start += offset
    figure.end += offset
    return figure, subject, score


def _cells(text: str) -> list[str]:
    cells = [c.strip() for c in text.split("|")]
    if cells and not cells[0]:
        cells = cells[1:]  # "| a | b |": Markdown's outer bars
    if cells and not cells[-1]:
        cells = cells[:-1]
    return cells


def _cell_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's text, matching ``_cells``."""
    spans: list[tuple[int, int]] = []
    start = 0
    for part in text.split("|"):
        end = start + len(part)
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))
        start = end + 1
    if spans and spans[0][0] == spans[0][1]:
        spans = spans[1:]
    if spans and spans[-1][0] == spans[-1][1]:
        spans = spans[:-1]
    return spans

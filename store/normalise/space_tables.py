"""Tables set with runs of spaces: plain-text reports, pdftotext's layout, e-mails.

    Source            Troops     Casualties
    NIS               11,000     1,100

Squashing spaces would run such a table's cells together ("NIS 11,000 1,100"), and the claims
reader could no longer tell the source from the figures nor a figure from its column head.  A
block of three or more lines in a row whose cells (text between runs of two or more spaces, or
tabs) line up in the same two or more columns is rewritten as "| a | b |" rows, the form a
Markdown table takes and ``store.analysis.table_rows`` reads.

Prose is told apart by what tables are made of: every line has text in at least two of the
block's columns, and no line's text crosses a column's edge (a full stop's double space in
prose falls at a different place on every line); cells are short (a page set in two columns of
prose lines up too, but its cells run to sentences); the first line is a row of heads ("Source
Troops  Casualties"), and most rows under it hold a figure or fill every column.  Code with
aligned comments is no table.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

_MIN_ROWS = 3
_FULL_CELL = 0.6  # of its column's width: a cell that long may have wrapped
_MAX_WORDS_PER_CELL = 4.0  # on average over the block's cells; a two-column page of prose runs to 6 or more
_MAX_HEAD_WORDS = 4
_TAB_STOP = 8
_WIDE_FILLER = "\x00"  # stands for the second column a wide (CJK) character covers; cleaning removed all NULs

# A line with text on both sides of a gap: two spaces or a tab.
_GAPPED = re.compile(r"\S(?: {2,}|\t)\s*\S")
# Text between gaps: words split by single spaces.
_CHUNK = re.compile(r"[^ \t]+(?: [^ \t]+)*")
# A rule under a head or around the table: "-------  --------", "=====".
_RULE = re.compile(r"[-=_~+:|—–─━═ \t]+")
_CODE_MARKS = re.compile(r"[{};]\s*$|\s=\s|//|/\*|^\s*#")
_SENTENCE_END = re.compile(r"[.!?,;:]$")
# A note under a table ("Source: NIS", "* estimate"): never a wrapped cell of its last row.
_NOTE = re.compile(r"[*†‡]|\w+ ?:")


def aligned_table_rows(lines: list[str]) -> int:
    """Rows of tables set with runs of spaces, rewritten in place as "| a | b |" rows; how many."""
    # A line holding "|" is a table row in its own right (Markdown's, padded) or markup: never re-cut.
    gapped = [i for i, line in enumerate(lines) if ("  " in line or "\t" in line) and "|" not in line and _GAPPED.search(line)]
    if len(gapped) < _MIN_ROWS:
        return 0
    rewritten = 0
    at = 0
    while at < len(gapped):
        start = gapped[at]
        block = _aligned_block(lines, start, across_blanks=True)
        if len(block.rows) >= _MIN_ROWS and not _reads_as_table(list(block.rows.values())) and block.crossed_blank:
            # What stands past a blank line may be the text under the table, not more of its rows.
            block = _aligned_block(lines, start, across_blanks=False)
        if len(block.rows) >= _MIN_ROWS:
            if _reads_as_table(list(block.rows.values())):
                _rewrite(lines, start, block)
                rewritten += len(block.rows)
            # Aligned but no table (a page of prose in two columns): no later start within it is one either.
            start = block.last
        # On to the next gapped line after this one (or after the table just rewritten).
        while at < len(gapped) and gapped[at] <= start:
            at += 1
    return rewritten


def _rewrite(lines: list[str], start: int, block: _Block) -> None:
    """The block's lines as Markdown rows; a wrapped cell's next line left blank (its text is in its row)."""
    width = len(next(iter(block.rows.values())))
    for index in range(start, block.last + 1):
        cells = block.rows.get(index)
        if cells is not None:
            lines[index] = "| " + " | ".join(cells) + " |"
        elif index in block.continued or not lines[index].strip():
            lines[index] = ""  # (rows are units of their own: a blank line between two changes nothing)
        else:
            # A rule under the heads becomes Markdown's ("| --- | --- |"), dropped as a table's rule;
            # as written it would read as a separator between two articles.
            lines[index] = "| " + " | ".join(["---"] * width) + " |"


@dataclass(slots=True)
class _Block:
    """A block of aligned lines: its last line, its rows' cells by line, the lines that continue a row's cells."""

    last: int
    rows: dict[int, list[str]] = field(default_factory=dict)
    continued: set[int] = field(default_factory=set)
    crossed_blank: bool = False


def _aligned_block(lines: list[str], start: int, *, across_blanks: bool) -> _Block:
    """The longest block of aligned lines from ``start``.

    A line with no figure and text under only some of the last row's cells, each of which reaches
    across most of its column, is a cell wrapped onto the next line ("South Korea" over "  (NIS)"):
    its words join its row's cells (see ``_continues_row``).  pdftotext sets a blank line between rows: a single
    blank line is crossed (``across_blanks``) when the line after it fits the columns found so far.
    """
    columns: list[list[int]] = []  # merged [start, end) of every line's chunks so far
    chunks_by_line: dict[int, list[tuple[int, int, str]]] = {}
    wrapped: dict[int, list[tuple[int, int, str]]] = {}  # a row's line -> the chunks of the lines continuing it
    continued: set[int] = set()
    last = start
    crossed = False
    row = start
    index = start
    while index < len(lines):
        line = lines[index]
        if not line or line.isspace():
            following = index + 1
            if not (across_blanks and chunks_by_line and following < len(lines) and _fits(columns, _chunks(lines[following]))):
                break
            crossed = True
            index += 1
            continue
        if _RULE.fullmatch(line) and not any(ch.isalnum() for ch in line):
            last = index
            index += 1
            continue
        chunks = _chunks(line)
        merged = _merge(columns, chunks)
        if chunks_by_line and _continues_row(columns, merged, chunks, chunks_by_line[row], first_row=row == start, line=line):
            columns = merged
            wrapped.setdefault(row, []).extend(chunks)
            continued.add(index)
            last = index
            index += 1
            continue
        if len(chunks) < 2 or _filled(merged, chunks) < 2:
            break
        # Only a change of the columns can leave an earlier line with text in fewer than two.
        if merged != columns and not all(_filled(merged, found) >= 2 for found in chunks_by_line.values()):
            break
        columns = merged
        chunks_by_line[index] = chunks
        row = last = index
        index += 1
    if len(chunks_by_line) < _MIN_ROWS:
        return _Block(last)
    rows = {index: _cells(columns, chunks + wrapped.get(index, [])) for index, chunks in chunks_by_line.items()}
    return _Block(last, rows, continued, crossed)


def _fits(columns: list[list[int]], chunks: list[tuple[int, int, str]]) -> bool:
    """Whether a line's chunks fall in the columns found so far, two of them or more, without joining any two."""
    if len(chunks) < 2:
        return False
    # (counted in the merged columns: a chunk may start in a gap between the old ones when another
    # chunk joins two of them, which leaves the number of columns as it was)
    merged = _merge(columns, chunks)
    return len(merged) == len(columns) and _filled(merged, chunks) >= 2


def _continues_row(
    columns: list[list[int]], merged: list[list[int]], chunks: list[tuple[int, int, str]], row: list[tuple[int, int, str]], *, first_row: bool, line: str
) -> bool:
    """Whether ``chunks`` are the wrapped ends of the cells of ``row`` (see ``_aligned_block``)."""
    if len(merged) != len(columns) or any(ch.isdigit() for ch in line) or _NOTE.match(line.lstrip()):
        return False
    under = {_column_of(merged, a) for a, _b, _text in chunks}
    ends_above: dict[int, int] = {}
    for _a, b, _text in row:
        column = _column_of(merged, _a)
        ends_above[column] = max(ends_above.get(column, 0), b)
    if not under <= ends_above.keys():
        return False
    # A cell wraps when it has run out of room: the cell above reaches across most of its column.  (A short
    # cell above a word alone is a group's label over its rows: "Ukraine" over "  HUR   12,000".)
    if any(ends_above[c] - merged[c][0] < _FULL_CELL * (merged[c][1] - merged[c][0]) for c in under):
        return False
    # A line that fills most cells but the first is a row of a group ("  GUR   estimate" under "Ukraine  HUR …"),
    # except under the heads, whose cells wrap together ("Troops" over "deployed").
    return len(under) == 1 or 2 * len(under) <= len(columns) or (0 not in under and first_row)


def _chunks(line: str) -> list[tuple[int, int, str]]:
    """The line's text between gaps: (first column, end column, text), columns as the line is displayed."""
    shown = _displayed(line)
    return [(m.start(), m.end(), m.group().replace(_WIDE_FILLER, "")) for m in _CHUNK.finditer(shown)]


def _displayed(line: str) -> str:
    """The line as a fixed-width display shows it: tabs to the next stop, a wide character over two columns.

    A tab always opens a gap, however near the stop: its columns are filled with tabs, which no chunk
    of text spans (a chunk's words are split by single spaces).
    """
    if line.isascii() and "\t" not in line:
        return line
    out: list[str] = []
    column = 0
    for ch in line:
        if ch == "\t":
            width = _TAB_STOP - column % _TAB_STOP
            out.append("\t" * width)
            column += width
        elif not ch.isascii() and unicodedata.east_asian_width(ch) in "WF":
            out.append(ch + _WIDE_FILLER)
            column += 2
        else:
            out.append(ch)
            column += 1
    return "".join(out)


def _merge(columns: list[list[int]], chunks: list[tuple[int, int, str]]) -> list[list[int]]:
    """The columns once ``chunks`` are laid over them: overlapping spans become one column."""
    spans = sorted([*(tuple(c) for c in columns), *((a, b) for a, b, _ in chunks)])
    merged: list[list[int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged


def _filled(columns: list[list[int]], chunks: list[tuple[int, int, str]]) -> int:
    """How many of the columns hold some of the line's text."""
    return len({_column_of(columns, a) for a, _b, _text in chunks})


def _column_of(columns: list[list[int]], at: int) -> int:
    return next(i for i, (a, b) in enumerate(columns) if a <= at < b)


def _cells(columns: list[list[int]], chunks: list[tuple[int, int, str]]) -> list[str]:
    cells = [""] * len(columns)
    for a, _b, text in chunks:
        column = _column_of(columns, a)
        cells[column] = f"{cells[column]} {text}".strip()
    return cells


def _reads_as_table(rows: list[list[str]]) -> bool:
    """Whether aligned rows are a table rather than prose, verse or code set in columns (see the module's note)."""
    cells = [cell for row in rows for cell in row if cell]
    if sum(len(cell.split()) for cell in cells) > _MAX_WORDS_PER_CELL * len(cells):
        return False
    if sum(1 for row in rows if any(_CODE_MARKS.search(cell) for cell in row)) > 1:
        return False
    # Only a table under heads is read as one (``table_rows`` takes each figure's unit from its column's
    # head); a headless run of "Summary   1" lines (a contents page, a signature) is left as written.
    if not _is_head(rows[0]):
        return False
    with_figures = sum(1 for row in rows[1:] if any(ch.isdigit() for cell in row for ch in cell))
    return 2 * with_figures > len(rows) - 1 or all(all(row) for row in rows)


def _is_head(row: list[str]) -> bool:
    """A row of column heads: every column named, in a few words not in lower case, no figure, no sentence."""
    return all(
        cell
        and len(cell.split()) <= _MAX_HEAD_WORDS
        and cell[0].isalpha()
        and not cell[0].islower()  # (Korean, Chinese … have no case)
        and not _SENTENCE_END.search(cell)
        and not any(ch.isdigit() for ch in cell)
        for cell in row
    )

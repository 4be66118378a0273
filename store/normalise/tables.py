"""Articles exported as a table: CSV or TSV with a header row naming the fields.

A spreadsheet of collected articles, a database dump or a media monitor's
export ("id,published,outlet,author,title,body") holds one article per row,
its body often spanning lines inside quotes.  Read as plain text it is one
article of rows glued together.  A table is taken as articles only when its
header row names a title field and a body field exactly as the news-API
reader knows them, in English or another language of the beat (see ``feed_fields``); each row
then becomes an item.
"""

from __future__ import annotations

import csv
import io
import re

from store.normalise.feed_fields import (
    BODY_FIELD_NAMES,
    TITLE_FIELD_NAMES,
    Item,
    json_items,
)

_TITLE_CELLS = TITLE_FIELD_NAMES
_BODY_CELLS = BODY_FIELD_NAMES
# A header row is tested for a title column's name first, in one search (most files are no table).
_TITLE_CELL_WORD = re.compile("|".join(sorted(map(re.escape, TITLE_FIELD_NAMES), key=len, reverse=True)))
_DELIMITERS = ("\t", ",", ";", "|")
_MAX_HEADER = 500


def table_items(text: str) -> tuple[str, list[Item]] | None:
    """("csv" or "tsv", the rows as items), or None when ``text`` is no table of articles."""
    header = text[: text.find("\n")] if "\n" in text else text
    low = header.lower()
    # Cheap tests first: most files are ruled out by their first line's length and words.
    if len(header) > _MAX_HEADER or _TITLE_CELL_WORD.search(low) is None:
        return None
    delimiter = next((d for d in _DELIMITERS if d in header), None)
    if delimiter is None:
        return None
    cells = {cell.strip().strip('"').lower() for cell in header.split(delimiter)}
    if not (cells & _TITLE_CELLS and cells & _BODY_CELLS) or any(len(cell) > 40 for cell in cells):
        return None
    try:
        rows = [row for row in csv.DictReader(io.StringIO(text), delimiter=delimiter) if any(v for v in row.values() if isinstance(v, str))]
    except csv.Error:
        return None
    items = json_items([{k: v for k, v in row.items() if isinstance(k, str)} for row in rows], text)
    if not items:
        return None
    _number_rows(items, text)
    return ("tsv" if delimiter == "\t" else "csv"), items


def _number_rows(items: list[Item], text: str) -> None:
    """Each item's source line: where its title first stands in the file, searching on from the last."""
    at = 0
    for item in items:
        found = text.find(item.title, at) if item.title else -1
        if found >= 0:
            item.line = text.count("\n", 0, found) + 1
            at = found


_MIN_TAB_ROWS = 2
_MIN_TAB_CELLS = 3


def tab_table_rows(lines: list[str]) -> int:
    """Rows of a table of figures set with tabs, rewritten in place as "| a | b |" rows; how many.

    Squashing spaces would otherwise run its cells together ("Ukraine - 3,000+ Jan 2025").  A
    table is two or more lines in a row with the same number of tab-separated cells, three or more.
    """
    rewritten = 0
    start = 0
    while start < len(lines):
        cells = _tab_cells(lines[start])
        end = start + 1
        if cells >= _MIN_TAB_CELLS:
            while end < len(lines) and _tab_cells(lines[end]) == cells:
                end += 1
            if end - start >= _MIN_TAB_ROWS:
                for i in range(start, end):
                    lines[i] = "| " + " | ".join(cell.strip() for cell in lines[i].strip().split("\t") if cell.strip()) + " |"
                rewritten += end - start
        start = end
    return rewritten


def _tab_cells(line: str) -> int:
    if "\t" not in line:
        return 0
    return sum(1 for cell in line.strip().split("\t") if cell.strip())


_SEPARATOR_CELL = re.compile(r"\s*:?-{2,}:?\s*")


def wrapped_pipe_rows(lines: list[str]) -> int:
    """Cells of "| a | b |" tables wrapped onto a row of their own, joined to their row in place; how many lines.

    A long cell that goes on under its row ("| NIS | 11,000 | deployed to Kursk in |" over
    "|  |  | October |") would be read as a row of its own, and, holding no figure, as a new
    head for the rows below it.  A continuation holds no figure, leaves the first cell empty, and
    has text only under filled cells of the row above; a line that fills most cells but the first
    is a row of a group ("| | GUR | estimate |"), except under the heads, which wrap together.  Its words join the row above and its own line is left blank (the rows
    are units of their own: a blank line between two changes nothing).  A blank line between two
    rows (pdftotext sets one under each) does not end the table.
    """
    joined = 0
    row: int | None = None  # the line of the table's last row so far
    seen = -2  # the table's last line (a row, a rule, or a continuation now blank)
    first_row = False
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            if index - seen > 1:
                row = None  # two blank lines: the table has ended
            continue
        if stripped[0] != "|" or stripped.count("|") < 2:
            row = None
            continue
        seen = index
        cells = _pipe_cells(stripped)
        if all(_SEPARATOR_CELL.fullmatch(cell) for cell in cells):
            row, first_row = None, False  # the rule under the heads: what follows are the table's rows
            continue
        if row is not None and not any(ch.isdigit() for ch in stripped) and _continues(above := _pipe_cells(lines[row].strip()), cells, first_row=first_row):
            lines[row] = "| " + " | ".join(f"{a} {b}".strip() for a, b in zip(above, cells, strict=True)) + " |"
            lines[index] = ""
            joined += 1
            continue
        first_row = row is None and not _follows_rule(lines, index)
        row = index
    return joined


def _pipe_cells(row: str) -> list[str]:
    inner = row[1:-1] if row.endswith("|") and len(row) > 1 else row[1:]
    return [cell.strip() for cell in inner.split("|")]


def _continues(above: list[str], cells: list[str], *, first_row: bool) -> bool:
    """Whether ``cells`` are the wrapped ends of the cells of the row ``above`` (see ``wrapped_pipe_rows``)."""
    if len(cells) != len(above) or len(cells) < 2:
        return False
    under = [i for i, cell in enumerate(cells) if cell]
    if not under or any(not above[i] for i in under):
        return False
    # (The first cell filled alone is a group's label, "| Ukraine | | |", over its rows.)
    return 0 not in under and (len(under) == 1 or first_row or 2 * len(under) <= len(cells))


def _follows_rule(lines: list[str], index: int) -> bool:
    """Whether the nearest non-blank line above ``index`` is a table's rule ("|---|---|")."""
    for k in range(index - 1, -1, -1):
        if lines[k].strip():
            stripped = lines[k].strip()
            return stripped[0] == "|" and all(_SEPARATOR_CELL.fullmatch(cell) for cell in _pipe_cells(stripped))
    return False

"""Articles exported as a table: CSV or TSV with a header row naming the fields.

A spreadsheet of collected articles, a database dump or a media monitor's
export ("id,published,outlet,author,title,body") holds one article per row,
its body often spanning lines inside quotes.  Read as plain text it is one
article of rows glued together.  A table is taken as articles only when its
header row names a title field and a body field exactly as the news-API
reader knows them (see ``feed_fields``); each row then becomes an item.
"""

from __future__ import annotations

import csv
import io

from store.normalise.feed_fields import Item, json_items

_TITLE_CELLS = frozenset({"title", "headline"})
_BODY_CELLS = frozenset({"content", "body", "text", "articlebody", "article_body", "full_text", "fulltext", "bodytext", "description", "summary"})
_DELIMITERS = ("\t", ",", ";", "|")
_MAX_HEADER = 500


def table_items(text: str) -> tuple[str, list[Item]] | None:
    """("csv" or "tsv", the rows as items), or None when ``text`` is no table of articles."""
    header = text[: text.find("\n")] if "\n" in text else text
    low = header.lower()
    # Cheap tests first: most files are ruled out by their first line's length and words.
    if len(header) > _MAX_HEADER or not ("title" in low or "headline" in low):
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

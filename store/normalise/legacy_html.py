"""Old-style page layout that hides paragraphs from extraction.

Pages built before CSS layout set the whole article in a table cell and
separate its paragraphs with ``<br><br>`` instead of ``<p>``.  Extraction
then sees one table row and prints the article as a single "| ... |" table
cell.  Tables that lay out a page are told from tables of figures by their
cells: a data table's cells hold a figure or a few words, a layout cell
holds paragraphs.  Such tables are turned into plain blocks and runs of line
breaks into paragraph breaks before extraction; tables of figures stay.
"""

from __future__ import annotations

import re

from store.normalise.layout_grids import unwrapped_tables

_BREAK_RUN = re.compile(r"(?:<br\s*/?>\s*){2,}", re.IGNORECASE)
_TABLE = re.compile(r"<table\b", re.IGNORECASE)
_LAYOUT_CELL_WORDS = 60  # no cell of a table of figures holds a paragraph this long


def without_layout_tables(html_text: str) -> str:
    """``html_text`` with layout tables unwrapped and ``<br><br>`` runs made paragraph breaks."""
    has_tables = _TABLE.search(html_text) is not None
    if not has_tables and _BREAK_RUN.search(html_text) is None:
        return html_text
    text = _BREAK_RUN.sub("<p>", html_text)
    if not has_tables:
        return text
    return unwrapped_tables(text, _is_layout, lambda table: table.iter("thead", "tbody", "tfoot", "tr", "td", "th"))


def _is_layout(table: object) -> bool:
    """A cell of this table (not of a table inside it) holds a paragraph's worth of words."""
    for cell in table.iter("td", "th"):  # type: ignore[attr-defined]
        words = len((cell.text or "").split())
        for child in cell:
            if child.tag != "table":
                words += len(" ".join(child.itertext()).split())
            words += len((child.tail or "").split())
        if words >= _LAYOUT_CELL_WORDS:
            return True
    return False

"""Tables that lay a page out rather than tabulate figures: a forum or an old site built of nested tables.

Hacker News and many older forums and portals set the whole page in tables: the site's bar in one
row, the story in another, each comment in a table of its own inside the comment tree's.  Read as
data, each row would become a "| cell | cell |" line of body text, and the comments would lose the
class that marks them as comments.  A table holding another table or a form, or a single row set out
with a layout's attributes (border, padding, width), tabulates nothing; it is unwrapped into blocks, so
that the page reads as the page it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

_TABLE = re.compile(r"<table\b", re.IGNORECASE)
_GRID_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th")
_LAYOUT_ATTRIBUTES = ("border", "cellpadding", "cellspacing", "width", "bgcolor")  # (what a page laid out in tables sets)


def without_grid_tables(html_text: str) -> str:
    """``html_text`` with the tables that lay its page out made blocks (unchanged when it has none)."""
    if len(_TABLE.findall(html_text, 0, 2_000_000)) < 2:
        return html_text  # (a page of one table is read by the table's cells: see ``legacy_html``)
    return unwrapped_tables(html_text, _lays_out, _own_parts)


def unwrapped_tables(html_text: str, is_layout: Callable[[Any], bool], parts: Callable[[Any], Iterable[Any]]) -> str:
    """``html_text`` with the tables ``is_layout`` picks, and ``parts`` of each, made plain blocks; unchanged
    when it picks none or the markup cannot be parsed (it then goes to extraction as it is)."""
    try:
        from lxml import html as lxml_html

        root = lxml_html.document_fromstring(html_text)
    except Exception:  # noqa: BLE001  unparsable markup goes to extraction as it is
        return html_text
    chosen = [table for table in root.iter("table") if is_layout(table)]
    if not chosen:
        return html_text
    for table in chosen:
        for element in [table, *parts(table)]:
            element.tag = "div"
    return lxml_html.tostring(root, encoding="unicode")


def _lays_out(table: object) -> bool:
    """A table that holds another table or a form, or a single row set out with a layout's attributes."""
    inner = table.iter("table", "form", "textarea")  # type: ignore[attr-defined]
    next(inner)  # (the table itself)
    if next(inner, None) is not None:
        return True
    attributes = table.attrib  # type: ignore[attr-defined]
    laid = attributes.get("role") == "presentation" or any(name in attributes for name in _LAYOUT_ATTRIBUTES)
    return laid and len(_own_parts(table, ("tr",))) == 1


def _own_parts(table: object, tags: tuple[str, ...] = _GRID_PARTS) -> list[object]:
    """The table's rows and cells, not those of a table inside it."""
    return [part for part in table.iter(*tags) if next(part.iterancestors("table")) is table]  # type: ignore[attr-defined]

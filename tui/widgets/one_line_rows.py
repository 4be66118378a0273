"""A list row that stays on one line at any width: the name is cut with "…", its count kept whole.

A long outlet name (a page title read as the site's name, "Nordkoreanische Soldaten in Kursk: Südkorea
spricht von 11.000 Mann") wrapped over two rows of the Sources pane, and the count that ends the row
fell to a line of its own.  The cut happens where the row is drawn, at the width it has there: the
pane is 44 columns beside the reader and the whole terminal in the narrow layout.  The whole name stays
in the row's ``name`` for the pane's tooltip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.visual import Visual

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.strip import Strip
    from textual.style import Style
    from textual.visual import RenderOptions

ELLIPSIS = "…"


def cut_to_width(name: Content, tail: Content, width: int) -> Content:
    """``name + tail`` in ``width`` cells: the name cut with "…" so that the tail is shown whole."""
    if name.cell_length + tail.cell_length <= width:
        return name + tail
    room = width - tail.cell_length - len(ELLIPSIS)
    if room < 1:  # too narrow for both: the name's start, as much as fits
        return name.truncate(max(1, width - len(ELLIPSIS))).rstrip() + ELLIPSIS
    return name.truncate(room).rstrip() + ELLIPSIS + tail


class OneLineRow(Visual):
    """``name`` then ``tail`` (a count, a credit) on one line, the name cut to fit."""

    def __init__(self, name: Content, tail: Content, style: str = "") -> None:
        self.name = name
        self.tail = tail
        self.style = style  # over the whole row, as one span (two spans of one style are drawn as two runs)

    def __str__(self) -> str:  # as Content and Text read: the row's words
        return self.plain

    @property
    def plain(self) -> str:
        return (self.name + self.tail).plain

    @property
    def cell_length(self) -> int:
        return self.name.cell_length + self.tail.cell_length

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.cell_length

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        row = cut_to_width(self.name, self.tail, width)
        return (row.stylize(self.style) if self.style else row).render_strips(width, 1, style, options)


class TitleOverLine(Visual):
    """A title wrapped over as many rows as it needs, then one row of ``line`` cut to fit (the article
    list's outlet and date: a long outlet wrapped the date to a row of its own)."""

    def __init__(self, title: Content, line: OneLineRow) -> None:
        self.title = title
        self.line = line

    def __str__(self) -> str:
        return self.plain

    @property
    def plain(self) -> str:
        return f"{self.title.plain}\n{self.line.plain}"

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(self.title.get_optimal_width(rules, container_width), self.line.cell_length)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.title.get_height(rules, width) + 1

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        title = self.title.render_strips(width, None, style, options)
        return [*title, *self.line.render_strips(width, 1, style, options)]

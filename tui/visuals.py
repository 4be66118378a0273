"""A hanging-indent Visual: a narrow gutter beside text that wraps in its own column.

Content alone wraps continuation lines back to column 0, under the paragraph
number and the selection mark.  ``Hanging`` keeps marks in the gutter (a bar
down every line of a selected passage) and the prose in a clean column.
"""

from __future__ import annotations

from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual


class Hanging(Visual):
    """``first`` heads the gutter on line one, ``rest`` on every later line; ``body`` wraps beside them."""

    def __init__(self, first: Content, rest: Content, body: Content) -> None:
        self.first = first
        self.rest = rest
        self.body = body
        self.gutter = max(first.cell_length, rest.cell_length)

    @property
    def plain(self) -> str:
        """The text without styles, gutter first (what a test or a search would read)."""
        return f"{self.first.plain}{self.body.plain}"

    def __str__(self) -> str:
        return self.plain

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.gutter + self.body.get_optimal_width(rules, max(1, container_width - self.gutter))

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.gutter + 1

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.body.get_height(rules, max(1, width - self.gutter))

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        body_width = width - self.gutter
        if body_width <= 0:
            return self.body.render_strips(width, height, style, options)
        body = self.body.render_strips(body_width, height, style, options)
        first = self.first.render_strips(self.gutter, 1, style, options)
        rest = self.rest.render_strips(self.gutter, 1, style, options)
        rich_style = style.rich_style
        blank = [Strip.blank(self.gutter, rich_style)]
        # A trailing newline is spacing between items: the selection bar stops above it.
        spacer = len(body) - 1 if self.body.plain.endswith("\n") and len(body) > 1 else -1
        strips = []
        for line, strip in enumerate(body):
            gutter = blank if line == spacer else (first if line == 0 else rest) or blank
            margin = gutter[0].extend_cell_length(self.gutter, rich_style).crop(0, self.gutter)
            strips.append(Strip.join([margin, strip.extend_cell_length(body_width, rich_style)]))
        return strips

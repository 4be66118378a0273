"""A hanging-indent Visual: a narrow gutter beside text that wraps in its own column.

Content alone wraps continuation lines back to column 0, under the paragraph
number and the selection mark.  ``Hanging`` keeps marks in the gutter (a bar
down every line of a selected passage) and the prose in a clean column.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich._wrap import divide_line  # the line breaking Content.wrap uses
from rich.cells import cell_len
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
        # The body's wrapped lines for the last width and text rules it was drawn with.
        self._formatted: tuple[tuple[object, ...], list[Any]] | None = None

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
        body_width = max(1, width - self.gutter)
        if (lines := self._unwrapped_height(rules, body_width)) is not None:
            return lines
        return self.body.get_height(rules, body_width)

    def _unwrapped_height(self, rules: RulesMap, width: int) -> int | None:
        """The body's height from where its lines break, without building the wrapped lines; None
        when the text rules are not the plain ones this mirrors (then Content measures itself).

        A list measures every option it holds: a subtitle file read as 3,000 short passages
        built each one's wrapped lines only to count them, a third of a second before the reader showed.
        """
        if rules.get("text_wrap", "wrap") != "wrap" or rules.get("line_pad", 0):
            return None
        text = self.body.plain
        if "\t" in text:
            return None  # tabs are expanded before wrapping
        fold = rules.get("text_overflow", "fold") == "fold"
        return sum(1 if cell_len(line) <= width else len(divide_line(line, width, fold=fold)) + 1 for line in text.split("\n"))

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        body_width = width - self.gutter
        if body_width <= 0:
            return self.body.render_strips(width, height, style, options)
        body = self._body_strips(body_width, height, style, options)
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

    def _body_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        """``body.render_strips``, with the wrapping done once per width instead of once per look.

        A list draws an option again for every look it takes (plain, under the cursor, under the
        mouse, focused or not), and each draw wrapped the whole body anew: a pasted 5,000-word
        paragraph costs 50 ms a wrap, and showing it froze the app for a third of a second.
        """
        if options.selection is not None:
            return self.body.render_strips(width, height, style, options)  # a mouse selection lights rows as it wraps
        get_rule = options.rules.get
        rules = (
            get_rule("text_align", "left"),
            get_rule("text_overflow", "fold"),
            get_rule("text_wrap", "wrap") == "nowrap",
            get_rule("line_pad", 0),
        )
        key = (width, *rules, options.post_style, options.get_style)
        if self._formatted is None or self._formatted[0] != key:
            align, overflow, no_wrap, line_pad = rules
            try:
                lines = self.body._wrap_and_format(  # what render_strips wraps with (Textual 8)
                    width,
                    align=align,
                    overflow=overflow,
                    no_wrap=no_wrap,
                    line_pad=line_pad,
                    tab_size=8,
                    post_style=options.post_style,
                    get_style=options.get_style,
                )
            except (AttributeError, TypeError):  # another Textual: the public way, uncached
                return self.body.render_strips(width, height, style, options)
            self._formatted = (key, lines)
        lines = self._formatted[1] if height is None else self._formatted[1][:height]
        return [Strip(*line.to_strip(style)) for line in lines]


class Stacked(Visual):
    """Blocks drawn one under another, each wrapping in the full width by its own rules.

    A dialog's text mixes plain lines with hanging ones (a bulleted title whose second line
    should sit under its first word, not under the bullet): one Content cannot say both.
    """

    def __init__(self, blocks: Sequence[Content | Visual]) -> None:
        self.blocks = tuple(blocks)

    @property
    def plain(self) -> str:
        """The text without styles, a line break between blocks."""
        return "\n".join(getattr(block, "plain", str(block)) for block in self.blocks)

    def __str__(self) -> str:
        return self.plain

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max((block.get_optimal_width(rules, container_width) for block in self.blocks), default=0)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return max((block.get_minimal_width(rules) for block in self.blocks), default=1)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return sum(block.get_height(rules, width) for block in self.blocks)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        strips: list[Strip] = []
        for block in self.blocks:
            strips += block.render_strips(width, None, style, options)
            if height is not None and len(strips) >= height:
                return strips[:height]
        return strips

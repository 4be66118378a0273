"""Unmarked lists under a heading that announces them ("Key points" / two short lines).

Live pages and explainers print a summary box as a heading and a few short lines with
no bullet mark at all (the marks were images or CSS).  The heading says the lines are a
list; without it, two short lines read as a heading and a stray line of body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.models import PassageKind
from store.normalise.units import Unit

_LIST_HEADING = re.compile(
    r"(?:key|main) (?:points|facts|takeaways|findings|developments|events)|at a glance|in brief|in short"
    r"|what we know(?: so far)?|what you need to know|the latest|highlights|takeaways|summary"
    r"|timestamps|chapters|episode chapters|in this episode"
    r"|핵심(?: 요약| 포인트)?|요약|주요 내용|главное|коротко|головне",
    re.IGNORECASE,
)
_LEAST_ITEMS = 2
_MOST_ITEMS = 8  # a summary box is short: a heading over a whole article set as one block announces no list
_MOST_ITEM_WORDS = 30


def _item_shaped(unit: Unit) -> bool:
    """A list item: a short line of its own, not a paragraph and not another heading's colon."""
    return unit.kind is None and not unit.heading_level and unit.words() <= _MOST_ITEM_WORDS and not unit.text.endswith(":")


def mark_announced_lists(kept: Sequence[Unit]) -> None:
    """The lines a "Key points" heading announces become bullets and the line a heading.

    The items are the rest of the heading's block, or the whole next block when the heading
    stands alone; every item must be short, so a heading over ordinary paragraphs is left alone.
    """
    for i, unit in enumerate(kept):
        if unit.kind is not None or unit.bullet or len(unit.text) > 40:
            continue
        if not _LIST_HEADING.fullmatch(unit.text.strip().rstrip(":").strip()):
            continue
        rest = kept[i + 1 :]
        if not rest:
            return
        block = unit.block if unit.pos < unit.block_size - 1 else rest[0].block
        items = []
        for following in rest:
            if following.block != block or len(items) > _MOST_ITEMS:
                break
            items.append(following)
        if not _LEAST_ITEMS <= len(items) <= _MOST_ITEMS or not all(_item_shaped(item) for item in items):
            continue
        unit.kind = PassageKind.HEADING  # (over a marked list too: "Key points:" is the box's heading, not a line of text)
        for item in items:
            if not item.bullet:
                item.kind = PassageKind.BULLET

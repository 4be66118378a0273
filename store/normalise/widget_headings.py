"""A page widget's heading that extraction left out while keeping the list under it.

trafilatura often drops a "Most read" or "Related news" box's heading (a ``<strong>`` or an
``<h3>`` in an aside) and keeps the box's headlines, which then read as the article's last lines
("1. 北 김여정 담화", "• 朝鲜批准朝俄条约").  The heading goes back above its list, where the page
printed it, so that the furniture rules that judge such a heading in copied text judge it here
too: its list goes, and the story's own paragraphs, should they resume below, stay.
"""

from __future__ import annotations

import re

from store.normalise.furniture import match_furniture

_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")
_HEADING_CHARS = 60  # a widget's heading is short; a longer line is no heading of a box
_SECTION_ACTIONS = frozenset({"to-end", "list"})


def widget_headings_put_back(
    text: str, blocks: list[tuple[int, str]], discarded: list[tuple[int, str]]
) -> tuple[str, list[tuple[int, str]]]:
    """``text`` with each left-out widget heading back above the first kept line of its list, and
    ``discarded`` without the headings put back."""
    if not discarded or not text:
        return text, discarded
    dropped = set(discarded)
    candidates = [
        i for i, block in enumerate(blocks[:-1])
        if block in dropped and len(block[1]) <= _HEADING_CHARS and blocks[i + 1] not in dropped
    ]
    if not candidates:
        return text, discarded
    lines = text.split("\n")
    at_line: dict[str, int] = {}
    for n, line in enumerate(lines):
        at_line.setdefault(_LIST_MARK.sub("", line).strip(), n)
    inserts: list[tuple[int, str]] = []
    restored: set[tuple[int, str]] = set()
    for i in candidates:
        heading = blocks[i][1]
        found = match_furniture(heading)
        if found is None or found.action not in _SECTION_ACTIONS:
            continue
        at = at_line.get(blocks[i + 1][1])
        if at is None or not _LIST_MARK.match(lines[at]):
            continue  # only a list the box printed: a paragraph of the story after a dropped label stays as it is
        inserts.append((at, heading))
        restored.add(blocks[i])
    if not inserts:
        return text, discarded
    for at, heading in sorted(inserts, reverse=True):
        lines[at:at] = [heading, ""]
    return "\n".join(lines), [block for block in discarded if block not in restored]

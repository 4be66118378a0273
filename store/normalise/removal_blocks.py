"""The audit of one article's removed lines: consecutive lines taken out for one reason form one block.

A block keeps every removed line verbatim, except a run of one line repeated many times (a file of one
paragraph pasted 300,000 times): that line is kept once with a note of how many more times it stood there,
so the audit says what went without holding the whole file again.
"""

from __future__ import annotations

from collections.abc import Sequence

from store.models import Removal
from store.normalise.units import Unit

# A run this long of one removed line is recorded once, with its count; shorter runs stay verbatim.
_LEAST_FOLDED_RUN = 4


def repeat_note(times: int) -> str:
    """The line standing for the copies of the line above it: "(… the line above 340,130 more times)"."""
    return f"(… the line above {times:,} more times)"


def _folded(texts: list[str]) -> str:
    lines: list[str] = []
    start = 0
    while start < len(texts):
        end = start + 1
        while end < len(texts) and texts[end] == texts[start]:
            end += 1
        copies = end - start - 1
        lines.append(texts[start])
        if copies + 1 >= _LEAST_FOLDED_RUN:
            lines.append(repeat_note(copies))
        else:
            lines.extend(texts[start + 1 : end])
        start = end
    return "\n".join(lines)


def removal_blocks(units: Sequence[Unit], ordinal: int | None) -> list[Removal]:
    """Removed and consumed lines, consecutive ones with one reason merged into one block."""
    blocks: list[tuple[str, int, list[str]]] = []
    previous_reason: str | None = None
    for unit in units:
        reason = unit.removed or ("metadata-header" if unit.role == "header" else None)
        if reason is None:
            previous_reason = None
            continue
        if blocks and reason == previous_reason:
            blocks[-1][2].append(unit.raw)
        else:
            blocks.append((reason, unit.line, [unit.raw]))
        previous_reason = reason
    return [Removal(reason=r, text=_folded(texts), line=line, article_ordinal=ordinal) for r, line, texts in blocks]


def orphan_removals(units: Sequence[Unit]) -> list[Removal]:
    """The audit for a stretch that held no article: its text is recorded, never dropped silently."""
    for unit in units:
        if unit.kept:
            unit.removed = "outside-article"
    return removal_blocks(units, None)

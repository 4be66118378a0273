"""Messages that more than one widget or screen sends.

Messages that only one widget sends live nested in that widget's class.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.message import Message


@dataclass
class ToggleSelection(Message):
    """Add the passage to the export selection, or take it out.

    Any widget showing passages posts this; the App owns the selection.
    """

    passage_id: str


@dataclass
class OpenPassage(Message):
    """Show a passage in the reader, optionally with character spans lit up."""

    passage_id: str
    spans: tuple[tuple[int, int], ...] = field(default_factory=tuple)
    focus_reader: bool = True

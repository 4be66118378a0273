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


@dataclass
class WorkProgress(Message):
    """How far a long job in a worker has got (the loader's first build, adding files).

    Each sender subclasses it, so handlers tell the jobs apart; a newer report
    replaces one of the same job still queued, since only the latest is worth drawing.
    """

    message: str
    done: int
    total: int

    def can_replace(self, message: Message) -> bool:
        return type(message) is type(self)

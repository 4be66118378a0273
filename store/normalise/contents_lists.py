"""A report's table of contents: the "Contents" heading and the entries with their page numbers under it.

"Contents" / "Executive summary 1" / "Shipments by sea 4": each entry names a section and the page it
starts on.  None is text; each goes to the audit with the heading.  The list ends at the first line that
is not an entry (the report's own first heading or paragraph).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.units import Unit

# A section's name (numbered or not), then its page: after a space, dot leaders or an ellipsis.
_ENTRY = re.compile(r"(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?\s)?[^\W\d][^.!?\n]{1,100}?(?:\s?[.…·]{2,}\s?|\s)\d{1,4}")
_ENTRY_MAX_LENGTH = 120
_LEAST_ENTRIES = 2


def mark_contents_entries(units: Sequence[Unit], heading: int) -> None:
    """Remove the entries under the contents heading at ``heading``."""
    entries = []
    for unit in units[heading + 1 :]:
        if unit.removed is not None:
            continue
        text = unit.text
        if len(text) > _ENTRY_MAX_LENGTH or not text[-1:].isdigit() or _ENTRY.fullmatch(text) is None:
            break
        entries.append(unit)
    if len(entries) < _LEAST_ENTRIES:
        return  # one line ending in a number under a page's "Contents" link is the page's own line
    for unit in entries:
        unit.removed, unit.action = units[heading].removed or "contents-list", "line"

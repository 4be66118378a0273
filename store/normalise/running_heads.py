"""What a paged document's running head says of the document: who issued it and when.

A report converted from PDF repeats a line at the top or foot of every page ("CENTRE FOR NORTHEAST
ASIAN SECURITY · POLICY BRIEF NO. 27 · MARCH 2025").  ``pages`` removes it as a ``running-header``;
its parts still name the issuing body and the month of issue when the title page prints neither
as a line of its own.
"""

from __future__ import annotations

import re

from store.normalise.dates import FoundDate
from store.normalise.header_lines import masthead_name
from store.normalise.metadata import parse_header

# The parts of a running head: set apart by a dot, a bar, a dash or a gap of two spaces or more (an OCR scan
# keeps a paper's "THE GUARDIAN  Saturday 18 January 2025" two spaces apart).
_PARTS = re.compile(r"\s*(?:[·|•]|\s[-–—]\s)\s*|\s{2,}")
# What kind of paper it is ("ISSUE BRIEF", "Working Paper"), set opposite the issuer's name: no issuer itself.
_DOCUMENT_KIND = re.compile(
    r"(?:issue|policy|research|special|working|occasional|discussion|briefing|analytical|background)?\s*(?:brief|report|paper|note|memo|update|analysis|commentary|backgrounder)s?",
    re.IGNORECASE,
)


def running_head_fields(text: str) -> tuple[str | None, FoundDate | None]:
    """(the issuer's or publication's name, the date) a running head prints, each None when absent."""
    parts = [part.strip() for part in _PARTS.split(text.strip()) if part.strip()]
    names = [found for part in parts if (found := masthead_name(part, issuer=True)) is not None]
    name = next((found for found in names if _DOCUMENT_KIND.fullmatch(found) is None), names[0] if names else None)
    date = None
    for part in parts:
        header = parse_header(part) if any(ch.isdigit() for ch in part) else None
        if header is not None and header.kind == "date" and header.date is not None and header.date.iso:
            date = header.date
            break
    return name, date

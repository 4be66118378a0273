"""A web archive's toolbar, copied with the page it kept.

Under "The Wayback Machine - https://web.archive.org/web/2025…/…" a copy of an archived page carries the
toolbar's own lines: the capture count ("34 captures"), the span of captures ("13 Jan 2025 - 02 Mar
2025"), the calendar's months and years ("DEC JAN FEB", "2024 2025 2026") and its day, the status
("success", "fail") and the capture's details ("About this capture", "COLLECTED BY", "Collection:
Common Crawl", "TIMESTAMPS").  None is a sentence; the last of them closes the toolbar, and the page
begins under it.  A browser's copy of the whole window can set the toolbar above the banner instead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.units import Unit

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# Lines only the toolbar prints: what ends its run is the last of these within reach of the banner.
_TOOLBAR_LINE = re.compile(
    rf"\d{{1,3}}(?:,\d{{3}})* captures?|about this capture|collected by|timestamps|collection: [^\n]{{1,80}}"
    rf"|{_MONTH}(?:\s+{_MONTH}){{2}}|(?:19|20)\d\d(?:\s+(?:19|20)\d\d){{2}}|success|fail|loading\.{{0,3}}",
    re.IGNORECASE,
)
_REACH = 40  # the toolbar's lines, its calendar and its capture details fit well within this
_LONGEST_TOOLBAR_WORDS = 12  # "Web crawl data from Common Crawl." is the longest; a story's sentence is longer


def is_archive_banner(text: str) -> bool:
    return text[:19].lower() == "the wayback machine"


# A capture's or a cache's label whose address stands on the next line: "Saved from" / "https://…".
_ADDRESS_LABEL = re.compile(r"(?:saved|captured|cached|archived) from:?|(?:this is )?google['’]?s cache of:?", re.IGNORECASE)
_BARE_ADDRESS = re.compile(r"<?https?://\S{3,300}>?")


def mark_capture_addresses(units: Sequence[Unit], chrome: Sequence[int]) -> None:
    """The page's address under an archive's "Saved from" label goes with the label: where the copy came from.

    Left alone it reads as the file's first line, and so its title.
    """
    for i in chrome:
        if i + 1 < len(units) and _ADDRESS_LABEL.fullmatch(units[i].text) is not None:
            below = units[i + 1]
            if below.removed is None and _BARE_ADDRESS.fullmatch(below.text) is not None:
                below.removed = units[i].removed
                below.action = "line"


def mark_archive_toolbar(units: Sequence[Unit], banner: int) -> None:
    """Remove the toolbar's lines under the banner at ``banner``, up to its last line of its own."""
    last = None
    for i in range(banner + 1, min(len(units), banner + 1 + _REACH)):
        unit = units[i]
        if unit.words() > _LONGEST_TOOLBAR_WORDS:
            break  # the page's text: the toolbar is above it
        if _TOOLBAR_LINE.fullmatch(unit.text) is not None:
            last = i
    if last is not None:
        for unit in units[banner + 1 : last + 1]:
            if unit.removed is None:
                unit.removed = "reader-chrome"
                unit.action = "line"
    _mark_toolbar_above(units, banner)


def _mark_toolbar_above(units: Sequence[Unit], banner: int) -> None:
    """The toolbar copied above the banner (the address box, "Go", the captures and the calendar, down to
    "TIMESTAMPS"), as a browser's select-all copies it: every line from the file's top to the banner is the
    toolbar's when two of them are lines only it prints and none is a sentence.  The archived page's address,
    in the box, stays to be read as the header it is."""
    above = units[:banner]
    if not above or len(above) > _REACH or any(unit.words() > _LONGEST_TOOLBAR_WORDS for unit in above):
        return
    if sum(1 for unit in above if _TOOLBAR_LINE.fullmatch(unit.text) is not None) < 2:
        return
    for unit in above:
        if unit.removed is None and _BARE_ADDRESS.fullmatch(unit.text) is None:  # (the address box names the outlet)
            unit.removed = "reader-chrome"
            unit.action = "line"

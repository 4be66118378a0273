"""A plain-text file's opening "key: value" lines with no "---" fence around them.

A note kept by hand or a scraper's dump often opens "title: …" / "outlet: …" / "published: …" in lower case
(or in capitals), each on its own line.  Lower-case lines read as the wrapped continuation of the line
above, so the whole block would become one title; set in the metadata reader's spelling ("Title: …"),
each is read as the field it is.  Only known keys count, only at the top, and only two or more in a row.
"""

from __future__ import annotations

import re

# The keys such a block uses, spelt as the metadata reader knows them.
_KEYS = {
    "title": "Title", "headline": "Title",
    "outlet": "Outlet", "source": "Source", "publication": "Publication", "publisher": "Publisher",
    "published": "Published", "date": "Date",
    "author": "Author", "authors": "Author", "by": "Author", "byline": "Byline",
    "url": "URL", "link": "URL",
}
_PAIR = re.compile(r"^[ \t]*([A-Za-z]{2,11})[ \t]*:[ \t]+(\S.*?)[ \t]*$")
_MIN_FIELDS = 2
_NAMING_KINDS = frozenset({"Title", "Outlet", "Source", "Publication", "Publisher", "Published", "Date"})


def starts_with_field(start: str) -> bool:
    """Cheap sign for the dispatcher: the file's first word is a known key and a colon."""
    found = _PAIR.match(start.split("\n", 1)[0])
    return found is not None and found[1].lower() in _KEYS


def bare_header_fields(lines: list[str]) -> list[str] | None:
    """``lines`` with an opening run of known "key: value" lines respelt "Key: value", or None if none is there.

    One output line per input line; lines after the run are left as they are.
    """
    first = next((i for i, line in enumerate(lines[:5]) if line.strip()), None)
    if first is None:
        return None
    end = first
    spelt: list[str] = []
    while end < len(lines) and (pair := _PAIR.match(lines[end])) is not None and (key := _KEYS.get(pair[1].lower())) is not None:
        spelt.append(f"{key}: {pair[2]}")
        end += 1
    if len(spelt) < _MIN_FIELDS or not any(line.split(":", 1)[0] in _NAMING_KINDS for line in spelt):
        return None
    if lines[first:end] == spelt:
        return None  # already in the reader's spelling: nothing to do
    return lines[:first] + spelt + lines[end:]

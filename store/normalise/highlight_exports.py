"""A read-later app's highlights of one article, exported as Markdown (Readwise, Reader, Omnivore, Obsidian plugins).

Such a file holds the article's fields as a list ("- Author: [[Hyonhee Shin]]", "- Full Title: …",
"- URL: …") under a "Metadata" heading, then the passages the reader marked under "Highlights", one
bullet (or quote) each, with a link back to the app ("([View Highlight](…))") and, indented under a
passage, the reader's own note or tags ("- Note: compare with HUR's 4,000").  Read as Markdown, the
fields and the app's headings become text, and the reader's note a sentence of the outlet's, its
figure the outlet's claim.  Here the highlights are the article's text, in order; the fields are its
title (the full one), writer, address and day; the reader's notes, the app's links and the export's
own lines go to the audit.
"""

from __future__ import annotations

import re

from store.normalise.containers import Unpacked, render_item
from store.normalise.feed_fields import Item

_HIGHLIGHTS_HEADING = re.compile(r"^#{1,4} *highlights *$", re.IGNORECASE | re.MULTILINE)
_FIELD = re.compile(r"[-*] (?P<key>[A-Za-z][A-Za-z ]{1,20}): *(?P<value>.*)")
# "([View Highlight](…))", "[⤴️](…)", "— location: [1234](kindle://…)": the app's way back to the passage.
_APP_LINK = re.compile(
    r"\s*\(?\[(?:view highlight|location \d[\d-]*|page \d+|⤴️?|link)\]\([^)\s]{1,500}\)\)?|\s*[—–-] (?:location|page): \[[\d-]{1,12}\]\([^)\s]{1,500}\)",
    re.IGNORECASE,
)
_WIKI_LINK = re.compile(r"\[\[([^\]|]{1,100})(?:\|[^\]]{0,100})?\]\]")
_HIGHLIGHT = re.compile(r"(?:[-*] |> ?)(?P<text>\S.*)")
_TITLE_KEYS = ("full title", "title")
_DATE_KEYS = ("published", "date published", "published date", "date")
_URL_KEYS = ("url", "source url", "source", "link")


def highlight_export_items(text: str) -> Unpacked | None:
    """The exported article as one container item, or None when ``text`` is no highlights export."""
    heading = _HIGHLIGHTS_HEADING.search(text)
    if heading is None:
        return None
    head, highlights = text[: heading.start()].split("\n"), text[heading.end() :].split("\n")
    fields: dict[str, str] = {}
    for line in head:
        if (found := _FIELD.fullmatch(line.strip())) is not None:
            fields.setdefault(found["key"].lower(), _WIKI_LINK.sub(r"\1", found["value"]).strip())
    if not any(key in fields for key in (*_TITLE_KEYS, "author", *_URL_KEYS)):
        return None  # a document with a section called "Highlights": no export's fields over it
    h1 = next((line.lstrip("#").strip() for line in head if line.startswith("# ")), None)
    item = Item(
        line=1,
        title=next((fields[key] for key in _TITLE_KEYS if fields.get(key)), h1),
        author=fields.get("author") or None,
        published=next((fields[key] for key in _DATE_KEYS if fields.get(key)), None),
        url=next((fields[key] for key in _URL_KEYS if fields.get(key, "").startswith(("http://", "https://"))), None),
    )
    item.removed.extend(("export-field", line.strip()) for line in head if line.strip())
    passages: list[str] = []
    for line in highlights:
        stripped = line.strip()
        if not stripped:
            continue
        found = _HIGHLIGHT.fullmatch(stripped)
        if line[:1] in " \t" or found is None:
            # The reader's note or tags under a passage, or the app's own line: not the article's words.
            item.removed.append(("reader-note", stripped))
            continue
        passage = found["text"]
        for link in _APP_LINK.finditer(passage):
            item.removed.append(("highlight-link", link.group(0).strip()))
        passage = _APP_LINK.sub("", passage).strip()
        if passage:
            passages.append(passage)
    if not passages:
        return None
    item.body = "\n\n".join(passages)
    unpacked = Unpacked("highlights")
    render_item(item, unpacked)
    return unpacked

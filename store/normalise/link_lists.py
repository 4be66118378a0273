"""A file of saved links and nothing else: a read-later export (Pocket), a bookmarks file, a links-only CSV.

Each entry is a headline with its address; no story's words are there to read. Read as a page, the
headlines would run together into one article of links that no outlet wrote: such a file gives no
article, and says why in one line.
"""

from __future__ import annotations

import csv
import html
import re

_LEAST_LINKS = 3
_PARAGRAPH = re.compile(r"<p(?:\s[^>]{0,300})?>\s*[^<\s]", re.IGNORECASE)  # a paragraph with words (a bookmarks file's bare "<p>" has none)
_UNSEEN = re.compile(r"<(script|style|head|title|noscript|template)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_ANCHOR = re.compile(r"<a\b[^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL)
# A section's label over its links ("Unread", "Read Archive", a bookmarks folder's name) says what follows.
_LABEL = re.compile(r"<(h[1-6]|dt|summary|caption)\b[^>]*>(?:(?!<a\b).)*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_OTHER_WORDS = 12  # outside the links: a line of chrome ("Exported from …") at most
# A CSV's columns that hold a story's words: with none of them, its rows are links and their titles.
_TEXT_COLUMNS = frozenset({"text", "body", "content", "description", "summary", "excerpt", "article", "full_text", "fulltext", "abstract", "snippet", "lead"})


def _words(fragment: str) -> int:
    return len(html.unescape(_TAG.sub(" ", fragment)).split())


def links_only_page(page: str) -> str | None:
    """Why a page of links alone gives no article ("a list of 4 saved links …"), or None when it has text."""
    if _PARAGRAPH.search(page) is not None and len(_PARAGRAPH.findall(page, 0, 200_000)) >= _LEAST_LINKS:
        return None  # paragraphs: a story's text, or at least a page's
    visible = _UNSEEN.sub(" ", page)
    anchors = _ANCHOR.findall(visible)
    linked = sum(1 for anchor in anchors if _words(anchor) >= 2)
    if linked < _LEAST_LINKS:
        return None
    other = _words(_LABEL.sub(" ", _ANCHOR.sub(" ", visible)))
    if other > _OTHER_WORDS:
        return None
    return f"a list of {linked} saved links (headlines and addresses) with no article text: open the links and save the articles themselves"


def links_only_table(text: str) -> str | None:
    """Why a CSV of titles and addresses alone (a read-later export) gives no article, or None."""
    head = text[:2000].split("\n", 1)[0]
    try:
        columns = {c.strip().lower() for c in next(csv.reader([head]))}
    except (csv.Error, StopIteration):
        return None
    if not ({"url", "link", "href", "address"} & columns) or columns & _TEXT_COLUMNS:
        return None
    rows = sum(1 for line in text.split("\n")[1:] if "://" in line)
    if rows < 1:
        return None
    return f"a list of {rows} saved links (titles and addresses) with no article text: open the links and save the articles themselves"

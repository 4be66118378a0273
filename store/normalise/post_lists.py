"""A live page's stream of posts set as a list: each ``<li>`` a post with its time, heading and paragraphs.

The extractor flattens a list item into one line ("1. ### Kremlin: no comment Peskov declined…"),
which glues a post's heading to its text and makes the post a bullet or a numbered paragraph.
An item that holds a heading or a time stamp together with paragraphs is a post, not a bullet:
a list of such items is rewritten as plain blocks before extraction, and each post's time goes
in front of its heading ("15:10 GMT · Kremlin: no comment"), the stamp it is; a post with no
heading keeps its time as a line of its own (an entry time, which the audit records).
Lists whose items are short lines (a summary's bullets, "<li><p>point</p></li>") stay lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A list item that opens (through wrappers) with a time, a heading or a paragraph: the only pages worth the scan.
_PRECHECK = re.compile(r"<li\b[^>]{0,1000}>\s*(?:<(?:div|span|header|article|section)\b[^>]{0,1000}>\s*){0,3}<(?:time|h[1-6]|p)\b", re.IGNORECASE)
_LIST_TAGS = re.compile(r"<(/?)(ol|ul|li)\b[^>]{0,1000}>", re.IGNORECASE)
_HEADING_OPEN = re.compile(r"<h[1-6]\b[^>]{0,1000}>", re.IGNORECASE)
_PARAGRAPH_OPEN = re.compile(r"<p\b", re.IGNORECASE)
_TIME = re.compile(r"<time\b[^>]{0,1000}>([^<]{1,60})</time\s*>", re.IGNORECASE)
_MIN_POSTS = 2
_ARTICLE_TAG = re.compile(r"<(/?)article\b[^>]{0,1000}>", re.IGNORECASE)
_COMMENTS = re.compile(r"comment|repl(?:y|ies)|discussion|disqus|respons", re.IGNORECASE)


@dataclass(slots=True)
class _OpenList:
    tag: str
    opening: tuple[int, int]
    items: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)  # (opening tag, closing tag or insertion point)
    item_open: tuple[int, int] | None = None

    def close_item(self, at: int, end: int) -> None:
        if self.item_open is not None:
            self.items.append((self.item_open, (at, end)))
            self.item_open = None


def posts_out_of_lists(html_text: str) -> str:
    """``html_text`` with its lists of posts rewritten as blocks (unchanged when it has none)."""
    if _PRECHECK.search(html_text) is None:
        return html_text
    edits: list[tuple[int, int, str]] = []
    stack: list[_OpenList] = []
    for found in _LIST_TAGS.finditer(html_text):
        closing, tag = found[1] == "/", found[2].lower()
        if tag != "li":
            if not closing:
                stack.append(_OpenList(tag, found.span()))
            elif stack and stack[-1].tag == tag:
                opened = stack.pop()
                opened.close_item(found.start(), found.start())  # an item left open ends with its list
                if _is_post_list(html_text, opened):
                    edits += _post_list_edits(html_text, opened, found.span())
        elif stack:
            current = stack[-1]
            if not closing:
                current.close_item(found.start(), found.start())  # "<li>" with its "</li>" left out
                current.item_open = found.span()
            else:
                current.close_item(*found.span())
    if not edits:
        return html_text
    return _applied(html_text, edits)


def _is_post_list(html_text: str, opened: _OpenList) -> bool:
    if _COMMENTS.search(html_text, opened.opening[0], opened.opening[1]) is not None:
        return False  # a page's comments, each stamped and signed: the extractor knows them by their list's class
    posts = sum(_is_post(html_text[start[1] : end[0]]) for start, end in opened.items)
    return posts >= _MIN_POSTS and 3 * posts >= 2 * len(opened.items)


def _is_post(content: str) -> bool:
    """A heading or a time stamp over at least one paragraph."""
    return _PARAGRAPH_OPEN.search(content) is not None and (_HEADING_OPEN.search(content) is not None or _TIME.search(content) is not None)


def _post_list_edits(html_text: str, opened: _OpenList, closing: tuple[int, int]) -> list[tuple[int, int, str]]:
    # Bare tags: a class such as "entry" or "post" would make the extractor take one post for the whole story.
    edits = [(opened.opening[0], opened.opening[1], "<div>"), (closing[0], closing[1], "</div>")]
    for start, end in opened.items:
        # (a section each: the extractor keeps a section's heading with its text, where it lifts a div's)
        edits.append((start[0], start[1], "<section>"))
        edits += _stamp_edits(html_text, start[1], end[0])
        # (an <article> per post would make the extractor take the first post for the page's whole story)
        edits += [(found.start(), found.end(), f"<{found[1]}div>") for found in _ARTICLE_TAG.finditer(html_text, start[1], end[0])]
        edits.append((end[0], end[1], "</section>"))
    return edits


def _stamp_edits(html_text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The post's time moved in front of its heading, or set as a paragraph of its own."""
    stamp = _TIME.search(html_text, start, end)
    if stamp is None or not any(ch.isdigit() for ch in stamp[1]):
        return []
    time_text = " ".join(stamp[1].split())
    # The element goes where the stamp is read (its wrapper may be a "meta" box the extractor drops), emptied and
    # kept: its datetime attribute may be the only date the page gives.
    element = html_text[stamp.start() : stamp.start(1)] + html_text[stamp.end(1) : stamp.end()]
    heading = _HEADING_OPEN.search(html_text, start, end)
    if heading is not None:
        return [(stamp.start(), stamp.end(), ""), (heading.end(), heading.end(), f"{element}{time_text} · ")]
    paragraph = _PARAGRAPH_OPEN.search(html_text, start, end)
    if paragraph is None:
        return []
    return [(stamp.start(), stamp.end(), ""), (paragraph.start(), paragraph.start(), f"<p>{element}{time_text}</p>")]


def _applied(html_text: str, edits: list[tuple[int, int, str]]) -> str:
    parts: list[str] = []
    at = 0
    for start, end, replacement in sorted(edits, key=lambda edit: (edit[0], edit[1])):
        if start < at:
            continue  # (an edit inside one already made: a list of posts nested in another)
        parts += [html_text[at:start], replacement]
        at = end
    parts.append(html_text[at:])
    return "".join(parts)

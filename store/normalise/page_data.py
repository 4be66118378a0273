"""A page whose story is only in its data: a JSON-LD "articleBody", or a Next.js page's __NEXT_DATA__.

A page rendered in the browser ships an empty shell ("Loading…", "You need to enable JavaScript") and
its story as data for the script.  Extraction finds no text there; the data holds every sentence.  It
is read only when extraction found much less than the data holds, so a page that prints its story
is read as printed.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator

from store.normalise.shapes import prose_shape, word_count

_LD_JSON = re.compile(r"<script\b[^>]{0,200}application/ld\+json[^>]{0,200}>(.{2,2000000}?)</script>", re.IGNORECASE | re.DOTALL)
_NEXT_DATA = re.compile(r"<script\b[^>]{0,200}id=[\"']?__NEXT_DATA__[^>]{0,200}>(.{2,4000000}?)</script>", re.IGNORECASE | re.DOTALL)
_MOST_DEPTH = 60  # deeper nesting is no page's data, and walking it would only cost
_HEADLINE_KEYS = ("headline", "title")


def _parsed(raw: str) -> object | None:
    try:
        return json.loads(raw.strip().removeprefix("<!--").removesuffix("-->"))
    except (ValueError, RecursionError):
        return None


def _walk(value: object, depth: int = 0) -> Iterator[tuple[str | None, object, dict | None]]:
    """(key, value, the object holding it) for every value under ``value``, in document order."""
    if depth > _MOST_DEPTH:
        return
    if isinstance(value, dict):
        for key, item in value.items():
            yield key, item, value
            yield from _walk(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield None, item, None
            yield from _walk(item, depth + 1)


_BLOCK_MARKUP = re.compile(r"</?(?:p|div|br|li|ul|ol|blockquote|figure|figcaption|h[1-6]|section|table|tr)\b[^>]{0,300}>", re.IGNORECASE)
_HEADING_OPEN = re.compile(r"<h([2-6])\b[^>]{0,300}>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,300}>")


def _paragraphs(text: str) -> list[str]:
    if "<" in text and _BLOCK_MARKUP.search(text):
        # An articleBody of markup ("<p>…</p><h2>Payment</h2>"): a paragraph a block, its sub-headings marked as such.
        text = html.unescape(_TAG.sub("", _BLOCK_MARKUP.sub("\n", _HEADING_OPEN.sub(lambda m: "\n" + "#" * int(m[1]) + " ", text))))
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n|\n", text) if part.strip()]


def _article_body(html_text: str) -> tuple[list[str], str | None] | None:
    for found in _LD_JSON.finditer(html_text):
        data = _parsed(found[1])
        for key, value, holder in _walk(data):
            if key == "articleBody" and isinstance(value, str) and value.strip():
                headline = next((h for k in _HEADLINE_KEYS if isinstance(h := (holder or {}).get(k), str)), None)
                return _paragraphs(value), headline
    return None


def _next_data_text(html_text: str) -> tuple[list[str], str | None] | None:
    found = _NEXT_DATA.search(html_text)
    data = _parsed(found[1]) if found else None
    if data is None:
        return None
    paragraphs: list[str] = []
    seen: set[str] = set()
    headline = None
    for key, value, _ in _walk(data):
        if not isinstance(value, str) or value in seen or "<" in value[:1]:
            continue
        if headline is None and key in _HEADLINE_KEYS and 3 <= word_count(value) <= 30:
            headline = value.strip()
        elif prose_shape(value, word_count(value)):
            seen.add(value)
            paragraphs.extend(_paragraphs(value))
    return (paragraphs, headline) if paragraphs else None


def data_story(html_text: str, extracted: str) -> str | None:
    """The story the page's data holds, as Markdown-flavoured text, when extraction found much less of it."""
    story = None
    if "articleBody" in html_text:
        story = _article_body(html_text)
    if story is None and "__NEXT_DATA__" in html_text:
        story = _next_data_text(html_text)
    if story is None:
        return None
    paragraphs, headline = story
    flat = " ".join(extracted.split())
    # (trafilatura may fall back on the articleBody itself, run into one paragraph: the data keeps them apart)
    if word_count(flat) * 2 >= sum(map(word_count, paragraphs)) and flat != " ".join(p.lstrip("# ") for p in paragraphs):
        return None
    return "\n\n".join([*([f"# {headline}"] if headline else []), *paragraphs])

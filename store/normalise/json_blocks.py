"""An API's body given as a list of typed blocks, as headless CMSs export it.

[{"type": "paragraph", "text": "..."}, {"type": "image", "caption": "...", "credit": "..."},
{"type": "related", "items": [...]}]: the paragraphs, headings, list items and pictures' captions
are the article; blocks of any other type (related stories, adverts, newsletter boxes, embeds)
are the page's, and are left out.  The result is HTML, which the feed reader renders like any
item's markup: captions stay captions.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

_TEXT_KEYS = ("text", "content", "html", "value", "body")
# (Draft.js names its plain paragraph "unstyled", its headings "header-one" to "header-six".)
_PARAGRAPH_TYPES = frozenset({"paragraph", "p", "text", "body", "html", "richtext", "rich_text", "quote", "blockquote", "pullquote_text", "unstyled"})
_HEADING_TYPES = frozenset({"heading", "header", "subheading", "subhead", "h2", "h3", "h4", "title", *(f"header_{n}" for n in ("one", "two", "three", "four", "five", "six"))})
_LIST_TYPES = frozenset({"list_item", "listitem", "li", "bullet", "unordered_list_item", "ordered_list_item"})
_PICTURE_TYPES = frozenset({"image", "photo", "picture", "figure", "gallery_image"})


def is_block_list(value: object) -> bool:
    """A list of objects each with a "type" (at least one holding text)."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(v, dict) and isinstance(v.get("type"), str) for v in value)
        and any(_block_text(v) for v in value)
    )


def render_blocks(blocks: Sequence[dict[str, object]]) -> str:
    parts: list[str] = []
    for block in blocks:
        kind = str(block.get("type", "")).lower().replace("-", "_")
        text = _block_text(block)
        if kind in _PICTURE_TYPES:
            data = block.get("data")
            fields = {**data, **block} if isinstance(data, dict) else block
            caption = " ".join(s for k in ("caption", "alt", "credit") if isinstance(s := fields.get(k), str) and s.strip())
            if caption:
                parts.append(f"<figure><figcaption>{html.escape(caption)}</figcaption></figure>")
        elif not text:
            continue
        elif kind in _PARAGRAPH_TYPES:
            parts.append(f"<p>{_markup(text)}</p>")
        elif kind in _HEADING_TYPES:
            parts.append(f"<h2>{_markup(text)}</h2>")
        elif kind in _LIST_TYPES:
            parts.append(f"<ul><li>{_markup(text)}</li></ul>")
    return "\n".join(parts)


def _block_text(block: dict[str, object]) -> str:
    data = block.get("data")  # Editor.js keeps a block's text under "data"
    fields = {**data, **block} if isinstance(data, dict) else block
    for key in _TEXT_KEYS:
        value = fields.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def _markup(text: str) -> str:
    """A block's text: its own inline markup kept, bare text escaped."""
    return text if "<" in text and ">" in text else html.escape(text)

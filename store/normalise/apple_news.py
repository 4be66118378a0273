"""An Apple News Format document (``article.json``): one article as a list of components by role.

A publisher's feed to Apple News, or a syndication partner's copy of it, is JSON with a
``"components"`` list: ``{"role": "title"}``, ``"intro"``, ``"byline"``, ``"body"``, ``"heading2"``,
``"photo"`` with its ``"caption"``, ``"pullquote"``, containers holding more components.  Read as
JSON it would be an unreadable file; read by role it is the article: the title, its deck, its
body's paragraphs, captions and pull-quotes set apart (as markup the container reader knows).
"""

from __future__ import annotations

import html

from store.normalise.feed_fields import Item

_HEADINGS = frozenset({"heading", *(f"heading{n}" for n in range(1, 7))})
_TEXT_ROLES = frozenset({"body", "quote", "pullquote", "caption", "figcaption", "photo", "image", "figure", "gallery", "portrait"})
_MOST_COMPONENTS = 5000


def is_apple_news(data: object) -> bool:
    return isinstance(data, dict) and isinstance(data.get("components"), list) and isinstance(data.get("version"), str) and "identifier" in data


def apple_news_items(data: dict) -> list[Item]:
    metadata = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    authors = metadata.get("authors")
    title = data.get("title") if isinstance(data.get("title"), str) else None
    summary = None
    byline = None
    blocks: list[str] = []
    for component in _flattened(data["components"]):
        role = str(component.get("role", "")).lower()
        text = component.get("text") if isinstance(component.get("text"), str) else ""
        if role == "title":
            title = title or text.strip() or None
        elif role in ("intro", "subtitle"):
            summary = summary or text.strip() or None
        elif role in ("byline", "author"):
            byline = byline or text.strip() or None
        elif role in _HEADINGS and text.strip():
            blocks.append(f"<h2>{html.escape(text.strip())}</h2>")
        elif role in _TEXT_ROLES:
            caption = component.get("caption")
            caption = caption.get("text") if isinstance(caption, dict) else caption
            if isinstance(caption, str) and caption.strip():
                blocks.append(f"<figcaption>{html.escape(caption.strip())}</figcaption>")
            if role in ("caption", "figcaption") and text.strip():
                blocks.append(f"<figcaption>{html.escape(text.strip())}</figcaption>")
            elif role in ("quote", "pullquote") and text.strip():
                blocks.append(f"<blockquote>{html.escape(text.strip())}</blockquote>")
            elif text.strip():
                blocks += [f"<p>{html.escape(part.strip())}</p>" for part in text.split("\n\n") if part.strip()]
    author = ", ".join(a for a in authors if isinstance(a, str)) if isinstance(authors, list) else None
    if byline and not author:
        from store.normalise.metadata import parse_byline

        # "By Jane Roe | November 4, 2024": the byline reader's names (a byline it cannot read names nobody).
        author = (parse_byline(byline) or (None, None))[0]
    published = metadata.get("datePublished") if isinstance(metadata.get("datePublished"), str) else None
    return [
        Item(
            line=1, title=title, author=author or None, published=published, summary=summary,
            url=metadata.get("canonicalURL") if isinstance(metadata.get("canonicalURL"), str) else None,
            body="".join(blocks),
        )
    ]


def _flattened(components: list) -> list[dict]:
    """The components in reading order, a container's (a section's, a chapter's) in its place."""
    found: list[dict] = []
    pending = list(reversed(components))
    while pending and len(found) < _MOST_COMPONENTS:
        component = pending.pop()
        if not isinstance(component, dict):
            continue
        found.append(component)
        inner = component.get("components")
        if isinstance(inner, list):
            pending.extend(reversed(inner))
    return found

"""Elements a page opened and never closed, closed before the text they would swallow.

A parser reads everything after an unclosed ``<script>``, ``<style>``, ``<textarea>`` or ``<!--`` as
that element's content, and the extraction strips it with its content: a fragment cut from a page
("<p>…</p><svg><path/><p>…</p>") would lose every paragraph after the ``<svg>`` with nothing on record.
An element that holds no prose is closed where the page's next block of text opens (a paragraph, a
heading, a list item), which is what its author meant; the repair names the element.  One that swallows
text with no block tag after it is closed at the end of its own line (at once on a page of one line),
so the text is read, not lost.
"""

from __future__ import annotations

import re

# Elements whose content is never shown as the page's text: the extraction drops them whole.
_OPENER = re.compile(
    r"<(?P<tag>svg|script|style|noscript|template|textarea|title|iframe|xmp|noembed|noframes|math)\b[^>]{0,2000}>|<!--",
    re.IGNORECASE,
)
_BLOCK_OPENER = re.compile(
    r"<(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|article|section|main|blockquote|figure|table|tr|header|footer|aside|pre|body)[\s>/]",
    re.IGNORECASE,
)
_TAG = re.compile(r"<[^>]{0,2000}>")
_PROSE = re.compile(r"[^\W\d_]{2,}(?:\W+[^\W\d_]{2,}){3,}")  # four words or more: text, not a path's data


def unclosed_elements_closed(html_text: str) -> tuple[str, list[str]]:
    """``html_text`` with each unclosed hidden element closed before the text after it, and the repairs."""
    if "<" not in html_text:
        return html_text, []
    repairs: list[str] = []
    position = 0
    while (opener := _OPENER.search(html_text, position)) is not None:
        tag = opener["tag"]
        if tag is None:  # a comment
            closer = "-->"
            end = html_text.find(closer, opener.end())
        else:
            if opener.group(0).endswith("/>"):
                position = opener.end()
                continue
            closer = f"</{tag}>"
            found = re.compile(rf"</{tag}\s*>", re.IGNORECASE).search(html_text, opener.end())
            end = -1 if found is None else found.start()
        if end >= 0:
            position = end + len(closer)
            continue
        cut = _cut(html_text, opener.end())
        if cut is None:
            break  # nothing but markup follows: the element may run to the end
        html_text = html_text[:cut] + closer + html_text[cut:]
        repairs.append(f"unclosed-{(tag or 'comment').lower()}-closed-before-text")
        position = cut + len(closer)
    return html_text, repairs


def _cut(html_text: str, start: int) -> int | None:
    """Where an element opened at ``start`` and never closed should end, None when no text follows it."""
    rest = html_text[start:]
    if _PROSE.search(_TAG.sub(" ", rest)) is None:
        return None
    block = _BLOCK_OPENER.search(rest)
    if block is not None and _PROSE.search(_TAG.sub(" ", rest[block.start():])) is not None:
        return start + block.start()
    line_end = rest.find("\n")
    return start if line_end < 0 else start + line_end

"""Why the audit says a block of a saved page was left out, where its text says more than "boilerplate".

The page extractor leaves out the byline and the section label over the headline with the page's
menus; the byline still gives the author, so the audit should call it what it is ("By Jane Doe ·
January 14, 2025" is the byline, "Russia-Ukraine war" over the headline the kicker), not chrome.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.normalise.byline_parsing import BYLINE_START
from store.normalise.characters import squash_spaces

if TYPE_CHECKING:
    from store.normalise.html import ExtractedPage

_KICKER_WORDS = 4
_BYLINE_WORDS = 25


def left_out_reasons(page: ExtractedPage) -> list[str]:
    """A reason for each of ``page.discarded``, in order."""
    kicker = _kicker(page)
    return [_reason(text, text == kicker, page) for _, text in page.discarded]


def _reason(text: str, kicker: bool, page: ExtractedPage) -> str:
    if text in page.notes:
        return "footnote"
    if kicker:
        return "kicker"
    if len(text.split()) <= _BYLINE_WORDS and BYLINE_START.match(text) is not None:
        from store.normalise.metadata import parse_header

        header = parse_header(text)
        if header is not None and header.kind == "byline" and header.author:
            return "byline"
    return "html-boilerplate"


def _kicker(page: ExtractedPage) -> str | None:
    """The short label right over the headline that extraction left out ("Russia-Ukraine war", "Analysis")."""
    title = squash_spaces(page.metadata.title or "")
    if not title or not page.discarded:
        return None
    blocks = list(page.block_lines)  # (the page's blocks in their order)
    at = next((i for i, block in enumerate(blocks) if block == title), None)
    if not at:
        return None
    above = blocks[at - 1]
    words = above.split()
    if len(words) > _KICKER_WORDS or above[-1:] in ".!?:" or "|" in above or any(ch.isdigit() for ch in above):
        return None
    if len(words) >= 3 and all(word[:1].isupper() for word in words):
        return None  # "Home News Sport": a menu's links, each a capitalised word
    from store.normalise.furniture import match_furniture

    if match_furniture(above) is not None:
        return None  # "Sign in", "Share": the page's buttons over the headline
    return above if any(text == above for _, text in page.discarded) else None

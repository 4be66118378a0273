"""A saved page's head when extraction left the printed headline out of the main text.

trafilatura takes the ``<h1>`` for the page's title and leaves it out of the text it returns;
with it can go the subtitle printed right under it, and what the page prints above the headline
(a mail's preheader, a kicker, a "View in browser" row) can then open the text as if it were
the headline.  The page's own block order says which is which: what stands above the printed
headline is not the article, and a deck right under it is.
"""

from __future__ import annotations

import html
import re

from store.normalise.characters import squash_spaces
from store.normalise.furniture import match_furniture
from store.normalise.metadata import is_dek_shaped

# Lines above the headline dropped as the page's head are short: a paragraph of the story hoisted
# there by extraction is longer, and is kept.
_HEAD_LINE_WORDS = 12


def settle_page_head(text: str, blocks: list[tuple[int, str]], title: str | None) -> str:
    """``text`` without the short lines the page prints above its headline, and with the deck under it.

    Only when the page prints the title as a block of its own that extraction left out: the text
    then starts below the headline, as the page does.
    """
    if not title or not text or len(blocks) < 2:
        return text
    folded = squash_spaces(title).casefold()
    at = next((i for i, (_, block) in enumerate(blocks) if block.casefold() == folded), None)
    if at is None:
        return text
    paragraphs = text.split("\n\n")
    order: dict[str, int] = {}
    for i, (_, block) in enumerate(blocks):
        order.setdefault(block, i)
    printed = next((n for n, p in enumerate(paragraphs) if _plain(p).casefold() == folded), None)
    if printed is not None:
        # The headline is in the text: only the short lines the page prints above it go, and the deck
        # printed under the page's own headline block, which extraction left out, goes back under it.
        if printed and not all(_above(p, order, at) for p in paragraphs[:printed]):
            return text
        paragraphs = paragraphs[printed:]
        after = 1
        while after < len(paragraphs) and _plain(paragraphs[after]).casefold() == folded:
            after += 1  # (an export prints its headline twice: the page's and the story's own)
        deck = _deck_under(blocks, at, paragraphs[after:], order)
        return "\n\n".join([*paragraphs[:after], deck, *paragraphs[after:]] if deck is not None else paragraphs)
    lead = 0
    while lead < len(paragraphs) - 1 and _above(paragraphs[lead], order, at):
        lead += 1
    if lead:
        paragraphs = paragraphs[lead:]
    deck = _deck_under(blocks, at, paragraphs, order)
    if not lead and deck is None and not _deck_opens_text(blocks, at, paragraphs):
        return text
    # The headline goes back above what the page prints under it, so that the deck is read as the
    # headline's deck and not as a headline of its own.
    return "\n\n".join([f"# {blocks[at][1]}", *([deck] if deck is not None else []), *paragraphs])


def _above(paragraph: str, order: dict[str, int], at: int) -> bool:
    """A short line of the text that the page prints above its headline (block ``at``)."""
    index = order.get(_plain(paragraph))
    return index is not None and index < at and len(paragraph.split()) <= _HEAD_LINE_WORDS


def _deck_under(blocks: list[tuple[int, str]], at: int, paragraphs: list[str], order: dict[str, int]) -> str | None:
    """The subtitle printed right under the headline, when extraction left it out and it reads as a deck."""
    if at + 1 >= len(blocks):
        return None
    deck = blocks[at + 1][1]
    if order.get(deck, at + 1) != at + 1 or not is_dek_shaped(deck) or " | " in deck or deck.lower().startswith("by "):
        return None
    if any(deck in p for p in paragraphs) or match_furniture(deck) is not None:
        return None
    first = order.get(_plain(paragraphs[0])) if paragraphs else None
    if first is None or first <= at + 1:
        return None  # the text does not start below the deck: its place in the text is unknown
    return deck


def _deck_opens_text(blocks: list[tuple[int, str]], at: int, paragraphs: list[str]) -> bool:
    """The text opens with the subtitle the page prints right under its headline: extraction kept the
    deck and left the headline out, so that the deck would pass for the headline."""
    if at + 1 >= len(blocks) or not paragraphs:
        return False
    deck = blocks[at + 1][1]
    return _plain(paragraphs[0]) == deck and is_dek_shaped(deck) and match_furniture(deck) is None


def _plain(paragraph: str) -> str:
    """A paragraph of the text as the page's block holds it: without Markdown marks, and a table row by its first cell."""
    plain = paragraph.lstrip("#> ").strip()
    if plain.startswith("|"):
        plain = plain.strip("| ").split(" | ", 1)[0]
    return squash_spaces(plain)


_SUB_HEADING = re.compile(r"<h([2-4])\b[^>]{0,500}>(.{1,300}?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,1000}>")
_SUB_HEADING_WORDS = 12


def restore_sub_headings(text: str, blocks: list[tuple[int, str]], html_text: str) -> str:
    """Sub-headings extraction left out between two paragraphs it kept go back between them.

    trafilatura drops an ``<h2>`` now and then in a word processor's export ("Equipment" between
    two paragraphs of a briefing note): the section's heading is the author's text.  Only a
    heading whose neighbours in the page both stand in the text, one right after the other, is
    put back, so that a widget's heading ("Related stories") with its list never returns.
    """
    if "<h" not in html_text and "<H" not in html_text:
        return text
    headings = {squash_spaces(html.unescape(_TAG.sub(" ", found[2]))) for found in _SUB_HEADING.finditer(html_text)}
    headings.discard("")
    if not headings:
        return text
    paragraphs = text.split("\n\n")
    at = {_plain(p): n for n, p in enumerate(paragraphs)}
    inserts: list[tuple[int, str]] = []
    for i in range(1, len(blocks) - 1):
        heading = blocks[i][1]
        if heading not in headings or heading in at or len(heading.split()) > _SUB_HEADING_WORDS:
            continue
        before, after = at.get(blocks[i - 1][1]), at.get(blocks[i + 1][1])
        if before is None or after != before + 1 or match_furniture(heading) is not None:
            continue
        inserts.append((after, f"## {heading}"))
    for position, heading in reversed(inserts):
        paragraphs.insert(position, heading)
    return "\n\n".join(paragraphs) if inserts else text

"""A feed item's standfirst: the "summary" or "description" a feed gives beside the full text.

JSON Feed, RSS and news APIs carry a short field next to the body ("summary", "description",
"excerpt", "dek").  When the body is the full text, that field is the item's deck, printed
between the headline and the first paragraph, unless it is only the body's opening cut short
(WordPress fills <description> with the first words and "[…]") or the feed's own notice ("The
post … appeared first on …").  A field that is the only text is the body itself, never a deck.
"""

from __future__ import annotations

import html
import re

from store.normalise.derived_titles import is_dek_shaped

# The fields whose value sums the item up; the body is whichever of the item's text fields is longest.
SUMMARY_KEYS = ("summary", "description", "excerpt", "dek", "standfirst", "subtitle", "subheadline", "teaser", "abstract", "lede")
_TAG = re.compile(r"<[^>]{0,500}>")
# How a feed marks the body's opening cut short: "…", "...", "[…]", "[...]", "Read more", "Continue reading".
_CUT_MARK = re.compile(r"\s*(?:\[?(?:…|\.\.\.)\]?|\[\+\d+ chars?\])?\s*(?:read more|continue reading|read the full (?:story|article))?\W{0,5}$", re.IGNORECASE)
_FEED_NOTICE = re.compile(r"\bappeared first on\b|\bcontinue reading\b|\bread more\b", re.IGNORECASE)
_COMPARED_CHARS = 60  # how much of the opening must match for the summary to be the body's own start


def plain_text(value: str) -> str:
    """A field's words without markup or entities, on one line."""
    if "<" in value:
        value = _TAG.sub(" ", value)
    if "&" in value:
        value = html.unescape(value)
    return " ".join(value.split())


def standfirst(candidates: list[str], body: str) -> str | None:
    """The first of ``candidates`` (summary fields' values) that is the item's deck beside ``body``, or None."""
    full = plain_text(body)
    for candidate in candidates:
        text = plain_text(candidate)
        if not text or text == full or len(text) * 2 > len(full) or not is_dek_shaped(text):
            continue  # (half the body or more is a second copy of it, not its deck)
        if _FEED_NOTICE.search(text) or _opening_of(text, full):
            continue
        return text
    return None


def _opening_of(summary: str, body: str) -> bool:
    """The summary is the body's first words (maybe cut short with "…" or "[…]"), or a sentence of it."""
    start = _CUT_MARK.sub("", summary).rstrip(" .,;:")
    if not start:
        return True
    return body.startswith(start[:_COMPARED_CHARS]) or start in body

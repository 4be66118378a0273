"""An aggregator's feed items: a headline over links, not a story.

Google News and its like publish each item as the headline with its source
appended ("Units move to Kursk - Reuters" over ``<source>Reuters</source>``),
and as the item's description only links: the headline again, or a list of
other outlets' headlines on the same story, each with its outlet's name beside
it.  The source's name is no part of the headline, and a description of links
alone holds no word of the story: its headlines are the aggregator's related
stories (or its own headline again), on record in the audit as "linked-headlines".
"""

from __future__ import annotations

import re

from store.normalise.characters import squash_spaces

# A link, and the outlet's name an aggregator sets beside it (in <font>, <span> or <small>).
_LINK = re.compile(r"<a\b[^>]{0,2000}>(?P<text>.{0,600}?)</a\s*>", re.IGNORECASE | re.DOTALL)
_BESIDE = re.compile(r"<(?P<tag>font|span|small|cite)\b[^>]{0,300}>(?P<text>[^<]{0,120})</(?P=tag)\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,2000}>")
_LEFT_BETWEEN = re.compile(r"(?:&nbsp;|&#160;|\u00a0|[\s\d.,;:|·•–—-])*")
_MOST_HEADLINE_WORDS = 30
_TITLE_SOURCE_SEPARATORS = (" - ", " – ", " — ", " | ")


def title_without_source(title: str | None, source: str | None) -> str | None:
    """"Units move to Kursk - Reuters" is "Units move to Kursk" when the item's source is Reuters."""
    if not title or not source:
        return title
    for separator in _TITLE_SOURCE_SEPARATORS:
        head, found, tail = title.rpartition(separator)
        if found and head.strip() and squash_spaces(tail).casefold() == squash_spaces(source).casefold():
            return head.strip()
    return title


def linked_headlines(body: str) -> list[str] | None:
    """The headlines of a description made of links alone (each with its outlet beside it), else None."""
    if "<a" not in body and "<A" not in body:
        return None
    headlines = []
    for found in _LINK.finditer(body):
        text = squash_spaces(_TAG.sub(" ", found["text"]).replace("&nbsp;", " "))
        if text:
            if text.count(" ") >= _MOST_HEADLINE_WORDS:
                return None  # a paragraph set in a link is text, not a headline
            headlines.append(text)
    if not headlines:
        return None
    left = _TAG.sub(" ", _BESIDE.sub(" ", _LINK.sub(" ", body)))
    if _LEFT_BETWEEN.fullmatch(left) is None:
        return None  # words outside the links: the description says something of its own
    sources = [squash_spaces(found["text"].replace("&nbsp;", " ")) for found in _BESIDE.finditer(_LINK.sub(" ", body))]
    return [f"{headline} ({source})" if source else headline for headline, source in zip(headlines, [*sources, *[""] * len(headlines)], strict=False)]

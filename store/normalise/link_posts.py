"""A link post: a forum or aggregator page whose whole submission is a headline linking elsewhere.

Hacker News, Lobsters or a subreddit's link post prints the story's headline as a link to the story's
own site and nothing under it but votes and comments.  Extraction finds no paragraph there, yet the page
does say something: which story was shared, under what headline, at what address.  The page's title is
printed as a link to another site: that headline and its address are the article.
"""

from __future__ import annotations

import html
import re

from store.normalise.splitting import Segment
from store.normalise.units import build_units

# An anchor to another site whose words are plain text ("<a href="https://…">Headline</a>").
_OUTWARD_ANCHOR = re.compile(
    r"<a\b[^>]{0,400}?\bhref\s*=\s*[\"'](https?://[^\"'\s<>]{4,600})[\"'][^>]{0,400}>\s*([^<]{8,400}?)\s*</a\s*>",
    re.IGNORECASE,
)
_PAGE_OWN_HOST = re.compile(r"https?://(?:www\.)?([^/\"'\s:]{3,100})")


def _words(text: str) -> str:
    return " ".join(html.unescape(text).split()).casefold()


def linked_headline(html_text: str, title: str | None) -> tuple[str, str] | None:
    """The page title's words and the address they link to, when the page prints its title as a link out."""
    if not title or "href" not in html_text:
        return None
    wanted = _words(title)
    for anchor in _OUTWARD_ANCHOR.finditer(html_text):
        if _words(anchor[2]) == wanted:
            return " ".join(html.unescape(anchor[2]).split()), anchor[1]
    return None


def link_post_segment(headline: str, address: str) -> Segment:
    """The headline over its address: the title and the one line of text a link post has."""
    return Segment(build_units([headline, "", address]))

"""The stories one file holds: its segments, and what a page's own fields say of each.

A container or a stream of posts says where each item starts; the splitter cuts further.  A web page
split into several stories (a newsletter's issue saved as a page, a digest of briefs) has a <title>
that names the issue, not any one story.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

from store.normalise.article import FileContext
from store.normalise.splitting import Segment, split_articles
from store.normalise.units import Unit

_TITLE_LOOK_UNITS = 40  # a story's headline stands near its top


def file_segments(units: list[Unit], item_starts: list[int]) -> list[tuple[Segment, bool]]:
    """The file's segments, each with whether it opens an item.

    A container (or a stream of posts) says where each item starts: only what
    follows a start can be cut further, and what stands before the first start
    (an export's own heading) is no item.  An item is an article even when its
    body is a one-line summary, but what a split cuts off the end of an item (a
    signature, say) still needs prose of its own.
    """
    if not item_starts:
        return [(segment, False) for segment in split_articles(units)]
    before = [(segment, False) for segment in split_articles(units[: item_starts[0]])] if item_starts[0] > 0 else []
    cuts = [*item_starts, len(units)]
    items = [units[a:b] for a, b in itertools.pairwise(cuts) if a < b]
    return before + [(segment, n == 0) for item in items for n, segment in enumerate(split_articles(item))]


def stories_titled_apart(context: FileContext, stories: list[Segment]) -> FileContext:
    """The file's context with the page's title (and its deck) left out when no story prints it: each
    story of a digest ("The Peninsula Brief: Nov 4") is left to find its own headline."""
    page = context.page
    if page is None or not page.title or len(stories) < 2:
        return context
    title = page.title.casefold()
    for story in stories:
        for unit in story.units[:_TITLE_LOOK_UNITS]:
            printed = unit.text.casefold()
            if len(printed) >= 8 and (printed in title or title in printed):
                return context  # the page's headline stands over a story of its own: the title is that story's
    # A title no story prints over a page split into stories, with no site named ("Korea Watch Daily — 6
    # November 2024" left "Korea Watch Daily"), is the issue's name: the stories' outlet.
    site = page.sitename or (page.title if _name_shaped(page.title) else None)
    return replace(context, page=replace(page, title=None, subtitle=None, sitename=site))


_MOST_NAME_WORDS = 5


def _name_shaped(text: str) -> bool:
    words = text.split()
    return len(words) <= _MOST_NAME_WORDS and all(w[:1].isupper() or w in ("of", "the", "and", "on", "&") for w in words) and text[-1:].isalnum()

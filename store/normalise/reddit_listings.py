"""A Reddit thread or subreddit page saved as the site's JSON (".json" appended to its address).

Reddit answers with "Listing" objects whose children are "things": kind "t3" a post (its title, the
subreddit, the address it links to, "created_utc"), kind "t1" a comment (author, body, nested replies).
A thread is two listings, the post then its comments; a subreddit page is one listing of posts.  Each
post is an article: its title, the outlet "r/<subreddit>", the linked article's address (the thread's
own for a text post), the day it was posted, and a text post's own text as the body (a link post's text
is at the address it links to, which the audit says).  The articles
have no kind of passage for readers' comments, so every comment goes to the audit ("reddit-comment",
"u/name: text"), none lost and none read as the article's text or its claims.
"""

from __future__ import annotations

import html
import json
from datetime import UTC, datetime

from store.normalise.feed_fields import Item

_SITE = "https://www.reddit.com"
_GONE = frozenset({"[deleted]", "[removed]"})


def reddit_items(data: object, text: str) -> list[Item] | None:
    """The posts of a Reddit JSON listing (a thread or a subreddit page) as items, or None for other JSON."""
    listings = data if isinstance(data, list) else [data]
    if not listings or not all(_is_listing(listing) for listing in listings):
        return None
    posts = [child["data"] for child in _children(listings[0]) if child.get("kind") == "t3" and isinstance(child.get("data"), dict)]
    if not posts:
        return None
    comments = [comment for listing in listings[1:] for comment in _comments(_children(listing))]
    items = []
    for post in posts:
        items.append(_post_item(post, text))
    items[0].removed.extend(("reddit-comment", comment) for comment in comments)
    return items


def _is_listing(value: object) -> bool:
    return isinstance(value, dict) and value.get("kind") == "Listing" and isinstance(value.get("data"), dict)


def _children(listing: object) -> list[dict[str, object]]:
    data = listing.get("data") if isinstance(listing, dict) else None
    children = data.get("children") if isinstance(data, dict) else None
    return [child for child in children if isinstance(child, dict)] if isinstance(children, list) else []


def _comments(children: list[dict[str, object]]) -> list[str]:
    """Each comment as "u/name: text", replies after the comment they answer; deleted ones left out."""
    found: list[str] = []
    for child in children:
        data = child.get("data")
        if child.get("kind") != "t1" or not isinstance(data, dict):
            continue
        body, author = data.get("body"), data.get("author")
        if isinstance(body, str) and body.strip() and body.strip() not in _GONE:
            body = html.unescape(body.strip())  # (Reddit escapes "&", "<" and ">" in its JSON: "&gt; quoted")
            found.append(f"u/{author}: {body}" if isinstance(author, str) and author not in _GONE else body)
        if _is_listing(data.get("replies")):
            found.extend(_comments(_children(data["replies"])))
    return found


def _post_item(post: dict[str, object], text: str) -> Item:
    title = post.get("title") if isinstance(post.get("title"), str) else None
    subreddit = post.get("subreddit") if isinstance(post.get("subreddit"), str) else None
    permalink = post.get("permalink") if isinstance(post.get("permalink"), str) else None
    thread = f"{_SITE}{permalink}" if permalink and permalink.startswith("/") else permalink
    selftext = post.get("selftext") if isinstance(post.get("selftext"), str) else ""
    link = post.get("url") if isinstance(post.get("url"), str) and not post.get("is_self") else None
    stamp = post.get("created_utc")
    published = datetime.fromtimestamp(float(stamp), tz=UTC).isoformat() if isinstance(stamp, (int, float)) and stamp > 0 else None
    author = post.get("author") if isinstance(post.get("author"), str) else None
    url = link if link and not link.startswith(thread or "\0") else thread
    # A link post holds the story's headline and address, not its text: the audit says where the text is.
    elsewhere = [("body-elsewhere", f"(a link post: the story's text is at {url}, not in this file)")] if url and url == link and not selftext.strip() else []
    return Item(
        line=_line_of(text, title),
        title=title,
        outlet=f"r/{subreddit}" if subreddit else "Reddit",
        # A text post is its writer's own; a link post's writer is who shared the article, not who wrote it.
        author=f"u/{author}" if selftext.strip() and author and author not in _GONE else None,
        published=published,
        url=url,
        body=selftext.strip(),
        removed=elsewhere,
    )


def _line_of(text: str, value: str | None) -> int:
    at = text.find(json.dumps(value)[1:-1]) if value else -1
    return text.count("\n", 0, at) + 1 if at >= 0 else 1

"""Embedded social posts: another person's words set into the page, not the outlet's prose.

A page that embeds a post on X (Twitter) prints it as the post's text, its links
("https://t.co/… pic.twitter.com/…") and a signature: "— Oliver Carroll
(@olliecarroll) November 14, 2024".  Copied out of the page, the post reads like a
paragraph of the story and its signature like a photo credit.  Both are kept,
set apart as a quotation (``PassageKind.PULLQUOTE``, the only set-apart kind
for quoted text): the post first, its signature, naming its author, after it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.models import PassageKind
from store.normalise.units import Unit

# "— Name (@handle) November 14, 2024": an embed's signature, the date optional after a dash
# (some copies drop it) and required without one (the dash is what some copies drop).
_SIGNATURE = r"(?P<name>[^()\n—–]{1,60}?)\s?\(@\w{1,30}\)(?P<date>\s*[^\s()@][^()@\n]{0,30}\d{4})?\s*"
_DASHED_SIGNATURE = re.compile(rf"[—–-]\s?{_SIGNATURE}")
_BARE_SIGNATURE = re.compile(_SIGNATURE)
# A post's text and its signature in one paragraph: "... pic.twitter.com/3lOtCi13TO — Name (@handle) Nov 14, 2024".
_SIGNED_AT_END = re.compile(rf"\S\s?[—–]\s?{_SIGNATURE}$")
# The links an embedded post ends with: shortened links, its pictures, a post's own address.
_POST_LINK_AT_END = re.compile(r"(?:https?://t\.co/\w+|pic\.twitter\.com/\w+|https?://(?:www\.)?(?:x|twitter)\.com/\S+)\s*$")
_LONGEST_POST_WORDS = 200  # a long post on X runs to a few hundred words; a story's paragraph can too, but is not signed


def _is_signature(text: str) -> bool:
    if "(@" not in text or len(text) > 120:
        return False
    found = _DASHED_SIGNATURE.fullmatch(text) or _BARE_SIGNATURE.fullmatch(text)
    return found is not None and (text[:1] in "—–-" or found.group("date") is not None)


def _dated(text: str) -> bool:
    found = _DASHED_SIGNATURE.fullmatch(text) or _BARE_SIGNATURE.fullmatch(text)
    return found is not None and found.group("date") is not None


def mark_embedded_posts(kept: Sequence[Unit]) -> None:
    """Mark embedded posts and their signatures as set-apart quotations (before credits are looked for)."""
    for i, unit in enumerate(kept):
        if unit.kind is not None or "(@" not in unit.text:
            continue
        text = unit.text
        if _is_signature(text):
            post = _post_above(kept, i, dated=_dated(text))
            if post:
                for part in (*post, unit):
                    part.kind = PassageKind.PULLQUOTE
        elif _signed_post(unit):
            unit.kind = PassageKind.PULLQUOTE


def _signed_post(unit: Unit) -> bool:
    """A post and its signature in one paragraph, dated or ending its text with the post's links."""
    if unit.words() > _LONGEST_POST_WORDS + 12 or (found := _SIGNED_AT_END.search(tail := unit.text[-130:])) is None:
        return False
    return found.group("date") is not None or _POST_LINK_AT_END.search(tail[: found.start() + 1]) is not None


def _post_above(kept: Sequence[Unit], i: int, *, dated: bool) -> list[Unit]:
    """The post a signature signs: the paragraph right above it (with the lines of its block).

    A dated signature is the embed's own, so the paragraph above is its post; an undated one
    signs a post only when that paragraph ends with the post's links.
    """
    if i == 0:
        return []
    last = kept[i - 1]
    if last.kind is not None or last.heading_level or last.words() > _LONGEST_POST_WORDS:
        return []
    if not dated and _POST_LINK_AT_END.search(last.text[-120:]) is None:
        return []
    post = [last]
    j = i - 2
    # (A file with no blank lines is one block: only a small block is the post's own lines.)
    while last.block_size <= 4 and j >= 0 and kept[j].block == last.block and kept[j].kind is None and not kept[j].heading_level:
        post.insert(0, kept[j])
        j -= 1
    return post

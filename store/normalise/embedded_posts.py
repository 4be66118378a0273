"""Embedded social posts: another person's words set into the page, not the outlet's prose.

A page that embeds a post on X (Twitter) prints it as the post's text, its links
("https://t.co/… pic.twitter.com/…") and a signature: "— Oliver Carroll
(@olliecarroll) November 14, 2024".  Copied out of the page, the post reads like a
paragraph of the story and its signature like a photo credit.  Both are kept,
set apart as a quotation (``PassageKind.PULLQUOTE``, the only set-apart kind
for quoted text): the post first, its signature, naming its author, after it.

Copied out of the rendered page instead, a post is a card: on X the author's name over the
handle alone on its line ("Rob Lee" / "@RALee85"), the text, then the time line ("9:14 AM · Nov 5,
2024") and the buttons (which are furniture); a Telegram post is the channel's name, the text, its
views and time, and the post's address ("t.me/ok_sever/1234").  The card's lines are set apart
the same way: another's words, not the story's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.models import PassageKind
from store.normalise.units import Unit
from store.post_signatures import SIGNED_AT_END, post_signature

# The links an embedded post ends with: shortened links, its pictures, a post's own address.
_POST_LINK_AT_END = re.compile(r"(?:https?://t\.co/\w+|pic\.twitter\.com/\w+|https?://(?:www\.)?(?:x|twitter)\.com/\S+)\s*$")
_LONGEST_POST_WORDS = 200  # a long post on X runs to a few hundred words; a story's paragraph can too, but is not signed
_HANDLE_LINE = re.compile(r"@\w{1,30}")
# A card's time line: "9:14 AM · Nov 5, 2024", "14:02 · 5 Nov 2024", "2:14 PM - 5 Nov 2024 · 1.2M Views".
_CARD_TIME = re.compile(r"\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s?[·•–-]\s?[^\n]{3,25}\d{4}(?:\s?·\s?[\d.,]{1,6}[KkMm]?\s?[Vv]iews)?")
# A post's own address alone on its line, closing a copied card: Telegram's "t.me/channel/1234", an X status.
_POST_ADDRESS = re.compile(r"(?:https?://)?(?:t\.me|(?:www\.)?(?:x|twitter)\.com)/\w{1,40}/(?:status/)?\d{1,25}(?:\?\S{0,60})?")
_CARD_LINES = 8  # the name, the handle, a post's few lines, the time: more is no card
_NAME_WORDS = 6


def mark_embedded_posts(kept: Sequence[Unit]) -> None:
    """Mark embedded posts and their signatures as set-apart quotations (before credits are looked for)."""
    for i, unit in enumerate(kept):
        if unit.kind is not None or "(@" not in unit.text:
            continue
        text = unit.text
        if (signature := post_signature(text)) is not None:
            post = _post_above(kept, i, dated=signature.group("date") is not None)
            if post:
                for part in (*post, unit):
                    part.kind = PassageKind.PULLQUOTE
        elif _signed_post(unit):
            unit.kind = PassageKind.PULLQUOTE
    _mark_post_cards(kept)


def _mark_post_cards(kept: Sequence[Unit]) -> None:
    """Posts copied as cards (see the module's note): each card's lines set apart as a quotation."""
    for i, unit in enumerate(kept):
        if unit.kind is not None or unit.block_size > _CARD_LINES + 2 or len(unit.text) > 80:
            continue
        text = unit.text.strip()
        if text[:1] == "@" and _HANDLE_LINE.fullmatch(text):
            card = _x_card(kept, i)
        elif "/" in text and _POST_ADDRESS.fullmatch(text):
            card = [u for u in kept[max(0, i - _CARD_LINES) : i + 1] if u.block == unit.block]
        else:
            continue
        if not card or not all(u.kind is None and not u.heading_level for u in card) or not any(u.words() >= 4 for u in card):
            continue
        # Set into a story, whose own prose stands outside it: a file that is the post alone (a channel's
        # export, each post closing on its address) is the post's own text.
        if any(u.block != unit.block and u.kind is None and u.is_prose() for u in kept):
            for part in card:
                part.kind = PassageKind.PULLQUOTE


def _x_card(kept: Sequence[Unit], i: int) -> list[Unit]:
    """The card a handle line opens (with the name above it): up to its time line, or no card."""
    handle = kept[i]
    start = i - 1 if i > 0 and kept[i - 1].block == handle.block and _name_line(kept[i - 1].text) else i
    for j in range(i + 1, min(len(kept), i + _CARD_LINES)):
        if kept[j].block != handle.block:
            return []
        if _CARD_TIME.fullmatch(kept[j].text.strip()):
            return list(kept[start : j + 1]) if j > i + 1 else []
    return []


def _name_line(text: str) -> bool:
    """A display name: a few words and no sentence's end ("Rob Lee", "Operational Command "North"")."""
    return 0 < len(text.split()) <= _NAME_WORDS and text.rstrip()[-1:] not in ".,;:!?"


def _signed_post(unit: Unit) -> bool:
    """A post and its signature in one paragraph, dated or ending its text with the post's links."""
    if unit.words() > _LONGEST_POST_WORDS + 12 or (found := SIGNED_AT_END.search(tail := unit.text[-130:])) is None:
        return False
    return found.group("date") is not None or _POST_LINK_AT_END.search(tail[: found.start()]) is not None


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

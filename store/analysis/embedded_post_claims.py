"""Embedded social posts: a pull-quote signed by its author is that author's words.

The normaliser sets an embedded post apart as a quotation (``PassageKind.PULLQUOTE``)
with its signature after it: "— Oliver Carroll (@olliecarroll) November 14, 2024"
(see ``store.normalise.embedded_posts``).  An ordinary pull-quote repeats the body and
yields no claim; a signed post is said nowhere else in the article, so its figures are
claims, its author's, relayed by the platform its links point to (X for t.co,
pic.twitter.com, twitter.com and x.com links).  The signature itself is no claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from store.analysis.claimants import clean_claimant
from store.analysis.speakers import Speakers
from store.models import Claim, Passage, PassageKind
from store.post_signatures import LONGEST_SIGNATURE, SIGNED_AT_END, post_signature

# Links only X (Twitter) gives a post: its link shortener, its pictures, a post's own address.
_X_LINK = re.compile(r"https?://t\.co/\w|pic\.twitter\.com/\w|https?://(?:www\.|mobile\.)?(?:x|twitter)\.com/")
_MOST_POST_PASSAGES = 5  # a post's own lines (the normaliser keeps up to four of its block) and its signature


@dataclass(frozen=True, slots=True)
class SignedPost:
    """Who wrote a signed post, the platform that carries it, and where its text ends in the passage."""

    author: str
    via: str | None
    end: int  # the text after it (a glued signature) is no claim


def signed_post(passages: Sequence[Passage], index: int) -> SignedPost | None:
    """The author of the pull-quote at ``index`` if it is an embedded post: its own signature, glued to its
    end, or the signature passage right after it (or after the rest of the post's lines)."""
    text = passages[index].text
    if post_signature(text) is not None:
        return None  # the signature names the author: it says nothing itself
    glued = SIGNED_AT_END.search(text[-LONGEST_SIGNATURE - 10 :]) if "(@" in text else None
    if glued is not None and (author := _real_author(glued)) is not None:
        cut = max(0, len(text) - LONGEST_SIGNATURE - 10) + glued.start()
        return SignedPost(author, _platform(text[:cut], glued.group("handle")), cut)
    lines = [text]
    for following in passages[index + 1 : index + _MOST_POST_PASSAGES]:
        if following.kind != PassageKind.PULLQUOTE:
            return None
        if (signature := post_signature(following.text)) is not None:
            author = _real_author(signature)
            return SignedPost(author, _platform(" ".join(lines), signature.group("handle")), len(text)) if author else None
        lines.append(following.text)
    return None


def _real_author(signature: re.Match[str]) -> str | None:
    """The signature's name, or its handle when the name is no name (emoji, blank)."""
    name = clean_claimant(signature.group("name"))
    return name if name and any(ch.isalpha() for ch in name) else signature.group("handle")


# Bluesky's posts link its app, or are signed with a handle under its domain.
_BLUESKY_LINK = re.compile(r"https?://bsky\.app/|\bbsky\.app/profile/")


def _platform(post: str, handle: str = "") -> str | None:
    """The platform the post's links (or a Bluesky handle) say it is on; none when they say nothing."""
    if _X_LINK.search(post):
        return "X"
    return "Bluesky" if _BLUESKY_LINK.search(post) or handle.endswith(".bsky.social") else None


# What reading a sentence may change in ``Speakers``: the article's own thread of speakers runs past a post as
# past any pull-quote ("… Kasapoğlu said." / post / '"…," he added.': "he" is still Kasapoğlu).
_THREAD_FIELDS = (
    "persons", "last_person", "last_body", "last_group", "via_of", "previous_claimant", "opening_label",
    "label_relay", "last_counted", "asked", "list_source", "list_count", "quote_owner", "last_person_at", "noted_at",
)


def speakers_thread(speakers: Speakers) -> tuple[object, ...]:
    """A copy of the article's thread of speakers, to restore once a post has been read."""
    return tuple(_copied(getattr(speakers, name)) for name in _THREAD_FIELDS)


def end_post(claims: list[Claim], first: int, post: SignedPost, speakers: Speakers, thread: tuple[object, ...]) -> None:
    """The post's claims from ``first`` on are its author's, relayed by its platform; whom it cites keeps
    theirs, relayed by the author.  The article's speakers are again those before it."""
    for claim in claims[first:]:
        if claim.claimant is None:
            claim.claimant, claim.via = post.author, post.via
        elif claim.via is None and claim.claimant != post.author:
            claim.via = post.author  # "Ukraine's HUR says 11,000 …" posted by an analyst: HUR's, via the analyst
    for name, value in zip(_THREAD_FIELDS, thread, strict=True):
        setattr(speakers, name, value)


def _copied(value: object) -> object:
    return value.copy() if isinstance(value, (list, dict)) else value

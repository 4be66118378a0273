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

# "— Name (@handle) November 14, 2024": a dash, the author's name, their handle, an optional date
# (the same shape ``store.normalise.embedded_posts`` marks; a bare signature needs its date).
_SIGNATURE = r"(?P<name>[^()\n—–]{1,60}?)\s?\((?P<handle>@\w{1,30})\)(?P<date>\s*[^\s()@][^()@\n]{0,30}\d{4})?\s*"
_DASHED_SIGNATURE = re.compile(rf"[—–-]\s?{_SIGNATURE}")
_BARE_SIGNATURE = re.compile(_SIGNATURE)
# A post with its signature glued to its last line: "... pic.twitter.com/3lOtCi13TO — Name (@handle) Nov 14, 2024".
_SIGNED_AT_END = re.compile(rf"(?<=\S)\s?[—–]\s?{_SIGNATURE}$")
# Links only X (Twitter) gives a post: its link shortener, its pictures, a post's own address.
_X_LINK = re.compile(r"https?://t\.co/\w|pic\.twitter\.com/\w|https?://(?:www\.|mobile\.)?(?:x|twitter)\.com/")
_LONGEST_SIGNATURE = 120
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
    if _signature(text) is not None:
        return None  # the signature names the author: it says nothing itself
    glued = _SIGNED_AT_END.search(text[-_LONGEST_SIGNATURE - 10 :]) if "(@" in text else None
    if glued is not None and (author := _real_author(glued)) is not None:
        cut = max(0, len(text) - _LONGEST_SIGNATURE - 10) + glued.start()
        return SignedPost(author, _platform(text[:cut]), cut)
    lines = [text]
    for following in passages[index + 1 : index + _MOST_POST_PASSAGES]:
        if following.kind != PassageKind.PULLQUOTE:
            return None
        if (signature := _signature(following.text)) is not None:
            author = _real_author(signature)
            return SignedPost(author, _platform(" ".join(lines)), len(text)) if author else None
        lines.append(following.text)
    return None


def _signature(text: str) -> re.Match[str] | None:
    if "(@" not in text or len(text) > _LONGEST_SIGNATURE:
        return None
    text = text.strip()
    found = _DASHED_SIGNATURE.fullmatch(text) or _BARE_SIGNATURE.fullmatch(text)
    if found is None or (text[:1] not in "—–-" and found.group("date") is None):
        return None
    return found


def _real_author(signature: re.Match[str]) -> str | None:
    """The signature's name, or its handle when the name is no name (emoji, blank)."""
    name = clean_claimant(signature.group("name"))
    return name if name and any(ch.isalpha() for ch in name) else signature.group("handle")


def _platform(post: str) -> str | None:
    """The platform the post's links say it is on; none when they say nothing."""
    return "X" if _X_LINK.search(post) else None


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

"""Social-media posts as claimants, and the counts that only measure a post's reach.

"A post shared 20,000 times on Telegram claimed that 5,000 …": nobody an
analyst can check says it, so the claimant is marked as such and keeps its
platform ("unattributed Telegram post"; "unattributed social-media post" when
none is named): one plainly generic name per platform, never one invented
author standing for every unnamed post.  The platform relays it, and "20,000"
counts shares, not anything the post claims.  An account the post is on is
its author: "a post on the Telegram channel Rybar" and "the Telegram channel
Rybar wrote" are Rybar's, relayed by Telegram.
A post whose author is named ("a post by the Estonian analyst X", "X's post")
is its author's, and so is one by a handle ("a post on X by @kursk_watch").
Reach counts ("shared 12,000 times", "1.2 million views", "200,000
followers") are dropped from a claim's figures wherever they stand.
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import clean_claimant
from store.analysis.generic_sources import unattributed_post

PLATFORMS = (
    "Telegram",
    "X",
    "Twitter",
    "Facebook",
    "TikTok",
    "Instagram",
    "YouTube",
    "VK",
    "VKontakte",
    "Weibo",
    "Threads",
    "Bluesky",
    "Reddit",
    "WhatsApp",
    "Odnoklassniki",
    "Rutube",
)
_PLATFORM = "|".join(sorted(PLATFORMS, key=len, reverse=True))
# "Another post, shared on X by …, said": a comma may open the words that say where and by whom it was posted.
_APPOSITION = r",\s+(?=(?:shared|posted|published|uploaded|circulated|written|on|by|from|via)\b)"
_POST_NOUNS = r"(?:post|posts|video|videos|tweet|tweets|clip|clips|message|messages|reel|meme|thread)"
# The words before a reporting verb that make a post its subject: "A post shared 20,000 times on Telegram",
# "A viral post on X", "A Facebook post", "A video posted on TikTok", "One widely shared tweet".
_POST_SUBJECT = re.compile(
    rf"(?:^|(?<=[\s,:;(\"“]))(?P<np>(?:[Aa]n?|[Oo]ne|[Ss]ome|[Ss]everal|[Mm]any|[Aa]nother|[Yy]et\s+another|"
    rf"(?:[Aa]|[Tt]he)\s+(?:second|third|fourth|fifth|further|later|first|similar))\s+(?:(?:viral|widely[- ]shared|"
    rf"popular|anonymous|unverified|recent|separate|new|pro-[\w-]+|anti-[\w-]+)\s+)*"
    rf"(?:(?P<lead>{_PLATFORM})\s+)?{_POST_NOUNS}\b(?P<tail>(?:[^,;:\"“]|,(?=\d)|{_APPOSITION}){{0,80}}?))\s*,?\s*$"
)
_IN_ASIDE = re.compile(r"(?:^|\W)(?:[Ii]n|[Vv]ia|[Tt]hrough)\s+$")
_BY_AUTHOR = re.compile(
    r"^(?:\s*,)?\s*(?:(?:shared|posted|published|uploaded|circulated|written)\s+(?:on|to|via)\s+\S+\s+)?(?:by|from)\s+"
    r"(?P<author>.+?)(?=\s+(?:on|in|shared|viewed|that|which)\b|\s*,|$)"
)
_ON_PLATFORM = re.compile(rf"\b(?:on|to|via|across)\s+(?:the\s+)?(?P<platform>{_PLATFORM})\b")
# An account named on a platform: "(on) the Telegram channel Rybar", "the X account 'Kursk Watch'", "the pro-Kremlin
# Telegram channel Two Majors".  The name is capitalised words (or a quoted name) right after the account noun.
_ACCOUNT_NOUNS = r"(?:channel|account|page|blog|group|feed)"
_ACCOUNT_NAME = r"(?P<account>[\"“][^\"“”]{2,40}[\"”]|[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|of|the|and))*)"
_ON_ACCOUNT = re.compile(
    rf"\b(?:on|by|from|via)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,2}}?(?P<platform>{_PLATFORM})\s+{_ACCOUNT_NOUNS}\s+"
    rf"(?:called\s+|named\s+)?{_ACCOUNT_NAME}"
)
_ACCOUNT_SUBJECT = re.compile(
    rf"(?:^|(?<=[\s,:;(]))(?P<np>(?:[Tt]he\s+|[Aa]n?\s+|[Oo]ne\s+)?(?:[\w-]+\s+){{0,2}}?(?P<platform>{_PLATFORM})\s+"
    rf"{_ACCOUNT_NOUNS}\s+(?:called\s+|named\s+)?{_ACCOUNT_NAME})\s*,?\s*$"
)
# An account's handle: "by @kursk_watch" names the post's author even where no name is given.
_HANDLE = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{2,32}\b")
# Counts of a post's reach, never a claim's figure.
_REACH_COUNT = re.compile(
    r"\b(?:(?:shared|viewed|watched|retweeted|reposted|forwarded|liked|seen|played)\s+"
    r"(?:(?:more|fewer|less)\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+|around\s+|some\s+|roughly\s+)?"
    r"[\d][\d,.]*(?:\s*(?:million|thousand|m|k))?\s+times)|"
    r"[\d][\d,.]*(?:\s*(?:million|thousand|m|k))?\s+(?:views|likes|shares|retweets|reposts|followers|"
    r"subscribers|comments|reactions|impressions)\b",
    re.IGNORECASE,
)


def post_subject(before: str) -> tuple[int, str, str, str | None] | None:
    """(start, words, claimant, platform) when the words before a reporting verb are a social-media post,
    or an account on a platform ("The Telegram channel Two Majors wrote …")."""
    if (account := account_subject(before)) is not None:
        return account
    if not _may_name_post(before):
        return None
    match = _POST_SUBJECT.search(before.rstrip())
    if match is None or _IN_ASIDE.search(before, 0, match.start("np")) is not None:
        return None  # "HUR, in a post on Telegram, said": the post is where its subject said it (a relay)
    tail = match.group("tail") or ""
    platform = match.group("lead")
    on = _ON_PLATFORM.search(tail)
    if platform is None and on is not None:
        platform = on.group("platform")
    claimant = unattributed_post(platform)
    author = _BY_AUTHOR.match(tail)
    handle = _HANDLE.search(match.group("np")) if "@" in tail else None
    account = _named_account(tail)
    if account is not None:
        claimant, platform = account  # "a post on the Telegram channel Rybar": the channel wrote it
    elif handle is not None:
        claimant = handle.group()  # "a post on X by @kursk_watch": the account, which readers can look up
    elif author is not None:
        named = clean_claimant(author.group("author"))
        if named and any(ch.isupper() for ch in named) and named not in PLATFORMS:
            claimant = named
    return match.start("np"), match.group("np"), claimant, platform


def account_subject(before: str) -> tuple[int, str, str, str] | None:
    """(start, words, account, platform) when the words before a reporting verb name an account on a platform:
    "The Telegram channel Two Majors wrote …" is Two Majors', relayed by Telegram."""
    if not _may_name_account(before):
        return None
    match = _ACCOUNT_SUBJECT.search(before.rstrip())
    if match is None:
        return None
    account = _account_name(match.group("account"))
    return (match.start("np"), match.group("np"), account, match.group("platform")) if account else None


def _named_account(words: str) -> tuple[str, str] | None:
    """(account, platform) of "on the Telegram channel Rybar" inside a post's description."""
    if not _may_name_account(words):
        return None
    match = _ON_ACCOUNT.search(words)
    account = _account_name(match.group("account")) if match else None
    return (account, match.group("platform")) if match and account else None


def _account_name(raw: str) -> str | None:
    name = raw.strip().strip('"“”').strip()
    while name.rsplit(None, 1)[-1:] and name.rsplit(None, 1)[-1] in ("of", "the", "and"):
        name = name.rsplit(None, 1)[0] if " " in name else ""
    return name or None


def _may_name_account(text: str) -> bool:
    """Substring tests (each a fast scan in C): an account noun, then a piece of a platform's name."""
    return (
        "channel" in text or "account" in text or "page" in text or "blog" in text or "group" in text
        or "feed" in text
    ) and (
        "Tele" in text or "X " in text or "Twit" in text or "Face" in text or "Tok" in text or "Insta" in text
        or "Tube" in text or "VK" in text or "Weibo" in text or "Threads" in text or "Bluesky" in text
        or "Reddit" in text or "WhatsApp" in text or "Odno" in text
    )


def _may_name_post(text: str) -> bool:
    """Substring tests (each a fast scan in C): most subjects of a reporting verb are no post."""
    return (
        "post" in text or "video" in text or "tweet" in text or "clip" in text or "message" in text
        or "reel" in text or "meme" in text or "thread" in text
    )


def reach_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of "shared 20,000 times", "1.2 million views": counts of a post's reach."""
    if " times" not in sentence and not _may_count_reach(sentence):
        return []
    return [m.span() for m in _REACH_COUNT.finditer(sentence)]


def _may_count_reach(text: str) -> bool:
    """Substring tests before the pattern; every reach noun ends in "s" after one of these pieces."""
    return (
        "views" in text or "likes" in text or "shares" in text or "followers" in text or "subscribers" in text
        or "retweets" in text or "reposts" in text or "comments" in text or "reactions" in text
        or "impressions" in text
    )


# 'Andriy Kovalenko, head of Ukraine's Centre for Countering Disinformation, on Telegram: "About 300 …"', 'Ukrainian
# President Volodymyr Zelensky, on X: "…"': a roundup's speaker, described, then the platform the quotation is from.
# A live page's caption names the post first: 'Post from Zelensky on X: "…"', 'A statement by the SBU on Telegram:'.
POSTED_SPEAKER = re.compile(
    rf"^(?P<lead>(?:(?:An?|The)\s+)?(?:[Pp]ost|[Mm]essage|[Ss]tatement|[Vv]ideo|[Tt]weet)\s+(?:from|by)\s+(?:the\s+)?)?"
    rf"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,4}})(?:,\s+[^:\"“”]{{1,120}}?)?"
    rf"(?(lead),?\s+|,\s+)(?:on|via|in\s+a\s+post\s+on)"
    rf"\s+(?P<platform>{_PLATFORM})\s*:\s+[\"“]"
)


def posted_speaker(sentence: str) -> list[Anchor]:
    """The speaker quoted from a platform, if the sentence opens with one (as a list: it joins a sentence's anchors)."""
    found = POSTED_SPEAKER.match(sentence) if ":" in sentence else None
    claimant = clean_claimant(found.group("name")) if found else None
    if found is None or claimant is None:
        return []
    return [Anchor(found.start("name"), found.end() - 1, found.group("name"), claimant, via=found.group("platform"),
                   kind="colon")]

"""Who wrote a post or a story, where a plain byline's reading falls short.

A forum names its posters by handles ("grey_owl", "Post by kolya_k » Tue Nov
12, 2024 4:05 pm") that never read as a person's name; a byline may list
several writers ("By Jonathan Reed, Min-ji Lee and Oksana Hrytsenko") where a
comma usually parts the writer from the outlet; and a label beside a date
("Photo gallery | 12 January 2025") says what kind of story it is, not who
ran it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# A forum's post line names the poster by a handle, which need not read as a person's name
# ("steppe_watcher"); the board's arrow ("»") ends the name.
# A thread's opening line names who started it: "Started by grey_owl, November 5, 2024", "Topic started by
# grey_owl on 5 November 2024", "Thread starter grey_owl · Start date Nov 5, 2024" (the date is read apart).
_POSTED_BY = re.compile(
    r"(?:(?i:(?:topic |thread )?(?:post(?:ed)?|reply|comment|message|submitted|started|opened|created)) (?i:by)|(?i:thread starter|topic starter|original poster)) (?:u/)?"
    r"(?P<name>[\w.@-]{2,40}(?: [A-Z][\w.-]{1,30}){0,2}) ?(?:[»›>|]|(?i:on|at))?"
    # (and how long ago, as a thread page prints it beside the poster: "Posted by u/kimchi_analyst 5 hr. ago")
    r"(?: ?[·•]? ?\d{1,3} ?(?i:hr|hrs|h|hours?|min|mins|minutes?|d|days?|mo|months?|yr|years?)\.?(?: (?i:ago))?)?"
)
# A forum user's handle: one token joined by underscores ("grey_owl", "Bravo_Six"), which no outlet's
# or person's printed name is (a token with digits may be a plane or a virus: "F-16", "COVID-19").
_HANDLE = re.compile(r"(?=[\w.-]{3,30}$)(?=[^_]*_)[A-Za-z0-9][\w.-]*[A-Za-z0-9]")
# Labels that say what kind of story a page is; never the name of the outlet beside a date.
_FORMAT_LABELS = frozenset({
    "photo gallery", "photos", "gallery", "in pictures", "pictures", "video", "watch", "live", "live blog",
    "podcast", "analysis", "opinion", "explainer", "interview", "feature", "breaking", "breaking news",
    "fact check", "factcheck", "graphics", "interactive", "slideshow", "photo essay",
    "live updates", "live coverage", "full coverage", "as it happened", "transcript", "transcripts", "rush transcript",
    "newsletter", "weekly newsletter", "daily newsletter", "weekly digest", "daily digest", "weekly briefing",
    "daily briefing", "morning briefing", "evening briefing",
    # a document's kind above its date ("Briefing note, 20 January 2025"): what it is, not who issued it
    "briefing note", "briefing paper", "policy brief", "issue brief", "research note", "working paper",
    "discussion paper", "commentary", "memo", "memorandum", "backgrounder", "fact sheet", "report",
})
_LAST_OF_LIST = re.compile(r",? (?:and|&) ")


# An unrolled thread's first post, as unrolling services and copies print it: "@handle: 1/ New imagery ..."
# (the counter "1/" or "1/6" tells a thread's opening from a single post quoted in a story).
_THREAD_OPENER = re.compile(r"(?P<handle>@[A-Za-z0-9_]{2,30}):\s+(?=1/(?:\d{1,2})?\s)")


def thread_opener(text: str) -> tuple[str, int] | None:
    """(the poster's handle, where the thread's own words start) of "@handle: 1/ ...", or None."""
    found = _THREAD_OPENER.match(text) if text[:1] == "@" else None
    return (found["handle"], found.end()) if found else None


def is_handle(text: str) -> bool:
    return "_" in text and _HANDLE.fullmatch(text) is not None


def posted_by(text: str) -> str | None:
    """The poster of "Post by kolya_k »", "Posted by Marta_PL"; None for anything else."""
    if text[:3] in ("by ", "By ") and is_handle(text[3:].strip(" »›>|")):
        return text[3:].strip(" »›>|")  # "by grey_owl", what a dated line's "Posted by grey_owl on …" leaves round its date
    found = _POSTED_BY.fullmatch(text) if " by " in text or " By " in text or "starter" in text or "poster" in text else None  # ("Posted By …": a blog's print view)
    return found["name"] if found else None


# A chat or channel export's label over its date ("Slack export — March 24, 2025", "Chat history"): the
# file's kind, never an outlet.
_EXPORT_LABEL = re.compile(r"(?:[\w.-]+ ){0,3}(?:export(?:ed)?|chat (?:log|history|archive)|message history|backup)", re.IGNORECASE)


# A document's kind named by its last word under one or two words in lower case: "Analyst note", "Briefing memo",
# "Situation report", "Daily intelligence summary" (a name, "Kyiv Independent report", is capitalised throughout).
_KIND_NOUNS = frozenset("note notes memo memorandum brief briefing paper report commentary backgrounder assessment summary update".split())
_KIND_LABEL = re.compile(r"[A-Z][a-z]{2,20}(?: [a-z]{3,20}){0,1} (?P<kind>[a-z]{4,14})")


def is_format_label(text: str) -> bool:
    if text.lower() in _FORMAT_LABELS or (text[-1:] in "dptyge" and _EXPORT_LABEL.fullmatch(text) is not None):
        return True
    return (found := _KIND_LABEL.fullmatch(text)) is not None and found["kind"] in _KIND_NOUNS


def listed_names(rest: str, person_names: Callable[[str], str | None]) -> str | None:
    """``rest`` when it lists two or more people ("A B, C D and E F"), each with a first and a last name.

    A name of one word is left out on purpose: "Jane Doe, Reuters and AP" lists outlets after the writer.
    """
    if " and " not in rest and " & " not in rest:
        return None
    names = [n.strip() for part in rest.split(",") for n in _LAST_OF_LIST.split(f" {part.strip()}") if n.strip()]
    if len(names) < 2 or any(len(n.split()) < 2 or person_names(n) is None for n in names):
        return None
    return rest.strip()


# A copied thread's head: "Thread by @handle on X", "A thread by @handle": who posted it, and where.
_THREAD_HEAD = re.compile(
    r"(?:an? )?(?:🧵 ?)?thread (?:by|from) (?P<handle>@[A-Za-z0-9_]{2,30})(?: on (?P<platform>X|Twitter|Bluesky|Mastodon|Threads))?(?: ?🧵)?",
    re.IGNORECASE,
)


def thread_head(text: str) -> tuple[str, str | None] | None:
    """(the poster's handle, the network's name or None) of "Thread by @handle on X", or None."""
    found = _THREAD_HEAD.fullmatch(text.strip()) if "@" in text and len(text) < 90 else None
    if found is None:
        return None
    platform = found["platform"]
    return found["handle"], ("X" if platform and platform.lower() == "x" else platform)

"""A social network's post copied with its head: the poster's name, a role line and the post's age.

"Dr. Sarah Kim" / "Senior Fellow, Northeast Asia | Former State Department" / "3d • Edited •"
over a LinkedIn post, "Radio Free Asia" / "March 12, 2025 at 9:14 AM ·" over a Facebook page's
post: the first line names who posted, not what the post is about.  It is read as such only when
it is a person's name or a known outlet's and a date or age stamp follows within a line, so that
a headline over a date line ("Kim visits Moscow" / "March 12, 2025") stays the headline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.dates import find_date
from store.normalise.header_lines import Evidence, first_prose
from store.normalise.metadata import person_names
from store.normalise.outlets import has_publication_word, outlet_table
from store.normalise.units import Unit

_AGE_REASONS = frozenset({"timestamp", "share-prompt", "entry-time", "icon"})
_NAME_WORDS = 5
_ROLE_WORDS = 14
# The button a platform sets beside a channel's name: "Подписаться", "Subscribe", "+ Follow", "구독".
_SUBSCRIBE = re.compile(r"(?:\+ ?)?(?:follow|subscribe|подписаться|підписатися|구독(?:하기)?|フォローする|フォロー|关注|訂閱|订阅)", re.IGNORECASE)


def consume_poster_head(units: Sequence[Unit], evidence: Evidence) -> None:
    """The poster's name (and role line) atop a post become header lines naming its author or outlet."""
    head_end = first_prose(units)
    kept = [i for i in range(min(head_end, len(units))) if units[i].kept]
    if not kept:
        return
    # (under a poster's name and over "Follow" stands the poster's handle, never a channel)
    if len(kept) > 1 and person_names(units[kept[0]].text.strip()) is None and _channel_under_title(units, kept[1], evidence):
        return
    if _writer_with_role_under_title(units, kept, evidence):
        return
    first = units[kept[0]]
    text = first.text.strip()
    if first.words() > _NAME_WORDS or first.heading_level or text[-1:] in ".!?:;,":
        return
    outlet = outlet_table().lookup(text)  # (first: "Radio Free Asia" reads as a person's name too)
    person = outlet is None and person_names(text) == text and not _organisation_name(text)
    below = units[kept[0] + 1] if kept[0] + 1 < len(units) else None
    if not person and outlet is None and below is not None and below.removed == "share-prompt" and _SUBSCRIBE.fullmatch(below.text.strip()):
        first.role = "header"  # "Военное обозрение" over "Подписаться": a channel's name beside its subscribe button
        evidence.outlet(3, text, "poster line")
        return
    named = outlet.name if outlet else (text if has_publication_word(text) else None)  # ("环球时报": a paper's account)
    if not person and named is None and not _page_stamp_below(units, kept[0]):
        return
    named = named or (None if person else text)  # a page's name over its post's "November 9 at 6:12 PM ·"
    if _handle_below(units, kept, evidence, text if person else None):
        first.role = "header"
        if not person:
            evidence.outlet(3, named, "poster line")
        return
    role = None
    for k in range(kept[0] + 1, min(kept[0] + 5, len(units))):
        unit = units[k]
        if _age_stamp(unit):
            break
        if not unit.kept and role is not None and unit.role == "header" and person_names(unit.text.strip()) is not None:
            return  # a headline over its writer's byline ("Yahoo News" / headline / "Jane Roe" / date): no post's role line
        if not unit.kept:
            continue  # (an icon or a button between the lines)
        if role is None and unit.words() <= _ROLE_WORDS and not unit.is_prose():
            role = unit
            continue
        return
    else:
        return
    first.role = "header"
    if person:
        evidence.authors.insert(0, text)
    else:
        evidence.outlet(3, named, "poster line")
    if role is not None and role.kept and not role.is_prose():
        role.role = "header"


def _writer_with_role_under_title(units: Sequence[Unit], kept: list[int], evidence: Evidence) -> bool:
    """"Jane Roe" / "Senior Fellow, Northeast Asia | Former State Department" / "Published Nov 4, 2024" under a
    headline (a LinkedIn article, a think tank's commentary): the writer and her role, over the date or the
    platform's "Follow" button; neither line is a heading of the text."""
    if len(kept) < 3 or units[kept[0]].words() <= _NAME_WORDS:
        return False
    name, role = units[kept[1]], units[kept[2]]
    text = name.text.strip()
    if name.block == units[kept[0]].block or role.block != name.block:
        return False  # (a letterhead's lines are one block: "Organization for Security ..." / "Permanent Council")
    if person_names(text) != text or _organisation_name(text) or role.words() > _ROLE_WORDS or role.is_prose() or role.text.strip()[-1:] in ".!?":
        return False
    closing = units[kept[2] + 1 : kept[2] + 3]
    if not any((u.role == "header" and find_date(u.text) is not None) or (u.removed == "share-prompt" and _SUBSCRIBE.fullmatch(u.text.strip())) for u in closing):
        return False
    name.role = role.role = "header"
    evidence.authors.insert(0, text)
    return True


def _channel_under_title(units: Sequence[Unit], at: int, evidence: Evidence) -> bool:
    """"DW News" under a video's title, over its "5.2M subscribers" and "Subscribe": the channel that ran it."""
    unit = units[at]
    if unit.words() > _NAME_WORDS or unit.text.strip()[-1:] in ".!?:;," or unit.text[:1] == "@" or unit.is_prose():
        return False
    below = [u for u in units[at + 1 : at + 3] if not u.kept]
    if not below or below[0].removed != "share-prompt" or not any(_SUBSCRIBE.fullmatch(u.text.strip()) or _SUBSCRIBERS.search(u.text) for u in below):
        return False
    unit.role = "header"
    outlet = outlet_table().lookup(unit.text.strip())
    evidence.outlet(3, outlet.name if outlet else unit.text.strip(), "channel line")
    return True


_SUBSCRIBERS = re.compile(r"\d[\d.,]*\s?[KkMm]? (?:subscribers|abonnenten|abonnés|suscriptores|подписчик)", re.IGNORECASE)


# A network's handle under the poster's name: "@hliebermann_nk", or a fediverse one with its server ("@hanna@sigmoid.social").
# (Bluesky's handle is a domain name: "@jennytown.bsky.social".)
_HANDLE = re.compile(r"@[A-Za-z0-9_]{2,30}(?:\.[A-Za-z0-9-]{1,63}){0,4}(?:@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4})?")
# The stamp under a post: X's "2:14 PM · Jan 14, 2025" (with the view count after it), a fediverse web
# view's "Jan 14, 2025, 09:12 · 🌐 · Web · 12 · 48 · 31" (visibility, client, replies, boosts, favourites).
_POST_STAMP = re.compile(
    r"\d{1,2}:\d{2} ?[AP]M ?· ?[A-Z][a-z]{2} \d{1,2}, \d{4}(?: ?· ?[\d.,]+[KM]? Views)?"
    r"|[A-Z][a-z]{2} \d{1,2}, \d{4},? \d{1,2}:\d{2}(?: ?[AP]M)?(?: ?· ?[^\s·]{1,12}){0,8}"
)


def _handle_below(units: Sequence[Unit], kept: list[int], evidence: Evidence, person: str | None) -> bool:
    """"Dr. Hanna Liebermann" / "@hliebermann_nk" over a post or a thread: the network's own head.

    The handle under the name marks the poster as surely as an age stamp does; the post's time
    stamp ("2:14 PM · Jan 14, 2025") follows the post's text and dates the post.  A copied thread
    repeats the name, the handle and a stamp over each later post: those are heads too, not text.
    """
    below = next((units[k] for k in kept[1:2]), None)
    if below is None or _HANDLE.fullmatch(below.text.strip()) is None:
        return False
    below.role = "header"
    if person is not None:
        evidence.authors.insert(0, person)
    at = units.index(below)
    head_lines = {units[kept[0]].text.strip(), below.text.strip()}
    dated = False
    for unit in units[at + 1 :]:
        if not unit.kept:
            continue
        text = unit.text.strip()
        if text in head_lines:
            unit.role = "header"
        elif len(text) <= 80 and _POST_STAMP.fullmatch(text):
            unit.role = "header"
            if not dated and (found := find_date(text)) is not None:
                evidence.dates.append(found)
                dated = True
    return True


_ORGANISATION_LAST_WORDS = frozenset({"podcast", "news", "radio", "tv", "media", "network", "magazine", "weekly", "channel"})


def _page_stamp_below(units: Sequence[Unit], at: int) -> bool:
    """A network's dated stamp with its trailing dot ("November 9 at 6:12 PM ·") within two lines under ``at``."""
    return any(u.role == "header" and u.text.rstrip()[-1:] in "·•" and _age_stamp(u) for u in units[at + 1 : at + 3])


def _organisation_name(text: str) -> bool:
    """"The Peninsula Podcast", "Kursk Watch News": a show's or a site's name, never a person's ("Emily Post" is one)."""
    return text.startswith("The ") or text.rsplit(" ", 1)[-1].lower() in _ORGANISATION_LAST_WORDS


def _age_stamp(unit: Unit) -> bool:
    """The post's age as a network prints it: "3d • Edited •", "5 hr. ago", "March 12, 2025 at 9:14 AM ·".

    An ordinary date line under a headline has none of the network's marks (the dot after the
    stamp, an age in hours or days, "Edited"), so a story's head is never taken for a post's.
    """
    if unit.removed not in _AGE_REASONS and unit.role != "header":
        return False
    return len(unit.text) <= 60 and _SOCIAL_STAMP.search(unit.text) is not None


_SOCIAL_STAMP = re.compile(
    # (a Weibo post's stamp names the client it was sent from: "2月24日 10:15 来自 微博 weibo.com")
    r"(?:^|\s)\d{1,3} ?(?:[smhdwy]|mo|mins?|hrs?)\.?(?=\s|$|[•·])|\bago\b|[·•]\s*$|\bedited\b|来自|來自", re.IGNORECASE
)

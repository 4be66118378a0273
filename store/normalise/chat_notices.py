"""What chat apps write themselves into an export: notices, media placeholders, date separators.

None of it is anyone's words, yet all of it is in the source: the chat readers (``chat_logs``)
take it out of the text and put it in the audit, each with its reason ("chat-system" for the
apps' notices and placeholders, "date-separator" for a day's heading between messages).  The
apps' exact (English) wordings are matched, whole: a member's message that merely says
"Russia left 200 vehicles behind" or "NATO added Pyongyang to the agenda" is no notice.
"""

from __future__ import annotations

import re

from store.normalise.dates import find_date

# What the apps write in place of a message, or as the whole of one.
PLACEHOLDER = re.compile(
    r"<?(?:media|image|video|audio|sticker|gif|document|contact card|voice message|photo) omitted>?"
    r"|<attached: [^<>]{1,200}>|[^<>\n]{1,200} \(file attached\)"  # WhatsApp (iOS, Android)
    r"|this message was deleted\.?|you deleted this message\.?"
    r"|missed (?:voice|video) call|null|<this message was edited>"
    r"|waiting for this message\.?(?: this may take a while\.?)?"
    # A copied Telegram post's media ("[ Photo ]", "[ File : report.pdf ]", "[ Album ]").
    r"|\[ ?(?:photo|album|video|video message|voice message|audio|sticker|gif|animation|file|document"
    r"|poll|contact|location|geo|live location|game|invoice)(?: ?: [^\[\]]{0,200})? ?\]",
    re.IGNORECASE,
)
# WhatsApp appends its edit mark to the edited message's own text.
EDITED_MARK = "<This message was edited>"

_WHO = r"(?:[Yy]ou|[^.,:;!?]{1,60})"
_MEMBER = r"(?:\+?[\d ]{6,20}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"  # a name or a phone number
_MEMBERS = rf"(?:you|{_MEMBER})(?:(?:, | and ){_MEMBER}){{0,20}}"
_QUOTED = r"(?:«[^»]{0,200}»|\"[^\"]{0,200}\"|“[^”]{0,200}”)"
# The apps' own notices, with or without a sender in front.
NOTICE = re.compile(
    r"(?i:messages and calls are end-to-end encrypted)\b.{0,200}"
    rf"|{_WHO} (?i:created group|created this group|created channel)\b.{{0,80}}"
    r"|(?i:channel created|group created)\.?"
    rf"|{_WHO} (?:added|removed) {_MEMBERS}"
    rf"|{_WHO} left"
    rf"|{_WHO} (?i:joined using this group's invite link)"
    rf"|(?:{_WHO} )?(?i:joined the (?:server|group|channel)(?: by link| via invite link| by request)?)\.?"
    rf"|(?:{_WHO} )?(?i:pinned) (?:a message|{_QUOTED})\.?"
    rf"|(?:{_WHO} )?(?i:started a thread)\b.{{0,200}}"
    rf"|{_WHO} (?i:changed (?:the subject|this group's icon|the group description|the group name|their phone number"
    r"|group photo|group name|channel photo|channel title|the channel name))\b.{0,160}"
    rf"|{_WHO} (?i:(?:is|are) now an? admin)"
    rf"|{_WHO} (?i:turned (?:on|off) disappearing messages)\b.{{0,120}}"
    rf"|{_WHO} (?i:updated the disappearing message timer)\b.{{0,120}}"
    r"|(?i:your security code with) [^.]{1,60} (?i:changed)\b.{0,120}"
    r"|(?i:safety number with) [^.]{1,60} (?i:has changed)\.?"
)

# A day's heading between messages: "12 November 2024", "Tuesday, 12 November 2024", "— Today —".
_DAY_WORDS = frozenset({"today", "yesterday"})
# What may stand beside a day's date: a weekday's name (and "г.", "year", after a Russian date).
_WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "г"}
)
_DECORATION = " -—–=~*_[]()|·•"
_MAX_DATE_LINE = 48


def is_date_separator(line: str) -> bool:
    """Whether ``line`` is a date standing alone (with at most a weekday): no one's words, the app's heading."""
    core = line.strip().strip(_DECORATION)
    if not core or len(core) > _MAX_DATE_LINE:
        return False
    if core.lower() in _DAY_WORDS:
        return True
    if not any(ch.isdigit() for ch in core) or ":" in core:  # a time of day makes a stamp, not a heading
        return False
    found = find_date(core)
    if found is None:
        return False
    rest = (core[: found.start] + " " + core[found.end :]).strip(" ,.")
    # What stands beside the date is at most a weekday's name ("Kyiv, 12 November 2024" is a dateline).
    return not rest or rest.lower() in _WEEKDAYS

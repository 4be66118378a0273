"""Chat-app exports (WhatsApp, Signal): one line per message, stamp and sender in front.

"[12/11/2024, 09:14:03] Jane Doe: text" (iOS) and "12/11/24, 9:14 AM - Jane
Doe: text" (Android) put a message's stamp, sender and first line of text on
one line; further lines of the same message follow unstamped.  Each message
is rewritten as a channel post ("[stamp] Sender:" over its text, see
``posts``) so that the rest of the pipeline splits the log post by post and
reads each post's date like any other header line.  Unlike a channel's
name, a chat sender is a person: the post's author, not its outlet.

What the app itself writes (the encryption notice, "X created group",
"<Media omitted>", "This message was deleted") is no one's words: it leaves
the text and goes to the audit as ``chat-system``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.normalise.units import LineInfo

# A numeric date, a comma or space, a time of day (12- or 24-hour clock).
_STAMP = r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
_BRACKETED = re.compile(rf"\[(?P<when>{_STAMP})\] (?P<rest>.+)")
_DASHED = re.compile(rf"(?P<when>{_STAMP}) [-–] (?P<rest>.+)")
# Cheap test before reading a file line by line: some line opens with a stamp.  A leading "\n"
# (not "^" in multi-line mode) lets the engine jump from line break to line break.
_STAMP_AT_LINE_START = re.compile(rf"\n\[?{_STAMP}\]? ")
_STAMP_AT_START = re.compile(rf"\[?{_STAMP}\]? ")
_SENDER = re.compile(r"(?P<name>[^:\[\]]{1,60}?): (?P<text>.+)")
# What the apps write in place of a message, or as the whole of one (their English wording).
_PLACEHOLDER = re.compile(
    r"<?(?:media|image|video|audio|sticker|gif|document|contact card|voice message|photo) omitted>?"
    r"|<attached: [^<>]{1,200}>|this message was deleted\.?|you deleted this message\.?"
    r"|missed (?:voice|video) call|null|<this message was edited>|waiting for this message\.?[^.]{0,60}",
    re.IGNORECASE,
)
# The apps' own notices, with or without a sender in front, in the apps' exact words: a member's
# message that merely says "Russia left 200 vehicles behind" is no notice.
_WHO = r"(?:[Yy]ou|[^.,:;!?]{1,60})"
_MEMBER = r"(?:\+?[\d ]{6,20}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"  # a name or a phone number
_MEMBERS = rf"(?:you|{_MEMBER})(?:(?:, | and ){_MEMBER}){{0,20}}"
_NOTICE = re.compile(
    r"(?i:messages and calls are end-to-end encrypted)\b.{0,200}"
    rf"|{_WHO} (?i:created group|created this group)\b.{{0,80}}"
    rf"|{_WHO} (?:added|removed) {_MEMBERS}"
    rf"|{_WHO} left"
    rf"|{_WHO} (?i:joined using this group's invite link)"
    rf"|{_WHO} (?i:changed (?:the subject|this group's icon|the group description|the group name|their phone number))\b.{{0,160}}"
    rf"|{_WHO} (?i:(?:is|are) now an? admin)"
    rf"|{_WHO} (?i:turned (?:on|off) disappearing messages)\b.{{0,120}}"
    r"|(?i:your security code with) [^.]{1,60} (?i:changed)\b.{0,120}"
)
_MIN_MESSAGES = 2


@dataclass(slots=True)
class ChatLog:
    """A chat export rewritten as posts: lines to build units from, and what the apps wrote."""

    lines: list[LineInfo] = field(default_factory=list)
    removed: list[tuple[int, str, str]] = field(default_factory=list)  # (line, reason, text)
    messages: int = 0
    # The stamp and sender as the source wrote them, by line: what the audit shows for a header.
    written_headers: dict[int, str] = field(default_factory=dict)


def chat_log_lines(lines: list[str], text: str) -> ChatLog | None:
    """The log rewritten post by post, or None when ``lines`` (of ``text``) are no chat export.

    Two or more stamped lines that carry a sender and words are needed, and
    stamped lines must open most of the non-blank lines: an article quoting
    one chat line stays an article.
    """
    if _STAMP_AT_START.match(text) is None and _STAMP_AT_LINE_START.search(text) is None:
        return None
    from store.normalise.units import LineInfo

    stamped = [_stamped(line) for line in lines]
    senders = sum(1 for s in stamped if s is not None and _SENDER.fullmatch(s[1]))
    filled = sum(1 for line in lines if line.strip())
    if senders < _MIN_MESSAGES or sum(s is not None for s in stamped) * 2 < filled:
        return None
    log = ChatLog()
    for n, (line, stamp) in enumerate(zip(lines, stamped, strict=True), start=1):
        if stamp is None:
            log.lines.append(LineInfo(line, n))  # a message's next line, or the export's own heading
            continue
        when, rest = stamp
        sender = _SENDER.fullmatch(rest)
        words = sender["text"].strip() if sender else rest.strip()
        if sender is None or _NOTICE.fullmatch(rest) or _NOTICE.fullmatch(words) or _PLACEHOLDER.fullmatch(words):
            log.removed.append((n, "chat-system", line.strip()))
            continue
        if log.lines and log.lines[-1].text.strip():
            log.lines.append(LineInfo("", n))  # each message a block of its own
        log.lines.append(LineInfo(f"[{when}] {sender['name'].strip()}:", n, chat_sender=True))
        log.written_headers[n] = line.strip()[: len(line.strip()) - len(sender["text"])].rstrip()
        log.lines.append(LineInfo(words, n))
        log.messages += 1
    return log


def _stamped(line: str) -> tuple[str, str] | None:
    """(stamp, rest) of a line that opens with a chat app's stamp."""
    if not line or not (line[0] == "[" or line[0].isdigit()):
        return None
    found = _BRACKETED.fullmatch(line.strip()) if line[0] == "[" else _DASHED.fullmatch(line.strip())
    return (found["when"], found["rest"]) if found else None

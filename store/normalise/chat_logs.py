"""Chat-app exports (WhatsApp, Signal): one line per message, stamp and sender in front.

"[12/11/2024, 09:14:03] Jane Doe: text" (iOS) and "12/11/24, 9:14 AM - Jane
Doe: text" (Android) put a message's stamp, sender and first line of text on
one line; further lines of the same message follow unstamped.  Each message
is rewritten as a channel post ("[stamp] Sender:" over its text, see
``posts``) so that the rest of the pipeline splits the log post by post and
reads each post's date like any other header line.  Unlike a channel's
name, a chat sender is a person: the post's author, not its outlet.

What the app itself writes (the encryption notice, "X created group",
"<Media omitted>", "This message was deleted", see ``chat_notices``) is no
one's words: it leaves the text and goes to the audit as ``chat-system``; a
day's heading between messages ("12 November 2024", "Today") as
``date-separator``.  The same goes for a stream whose stamp and sender stand
on a line of their own over the message (a copied Telegram channel, a Discord
export): its media placeholders ("[ Photo ]"), attachment and reaction blocks
and notices ("Pinned a message.") leave the text for the audit too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from store.normalise.channel_dumps import named_stamp_stream
from store.normalise.chat_notices import (
    EDITED_MARK,
    NOTICE,
    PLACEHOLDER,
    is_date_separator,
)

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
    one chat line stays an article.  A log whose stamp and sender stand on a
    line of their own over the message (a copied Telegram channel, a Discord
    export) is read by ``_post_stream``; a channel's name on a line over its stamp by ``channel_dumps``.
    """
    if _STAMP_AT_START.match(text) is None and _STAMP_AT_LINE_START.search(text) is None:
        return _post_stream(lines, text) or named_stamp_stream(lines, text)
    from store.normalise.units import LineInfo

    stamped = [_stamped(line) for line in lines]
    senders = sum(1 for s in stamped if s is not None and _SENDER.fullmatch(s[1]))
    filled = sum(1 for line in lines if line.strip())
    if senders < _MIN_MESSAGES or sum(s is not None for s in stamped) * 2 < filled:
        return _post_stream(lines, text)
    log = ChatLog()
    for n, (line, stamp) in enumerate(zip(lines, stamped, strict=True), start=1):
        if stamp is None:
            # A message's next line, the export's own heading, or the app's heading of a day's messages.
            if line.strip() and is_date_separator(line) and _opens_next(stamped, lines, n):
                log.removed.append((n, "date-separator", line.strip()))
                log.lines.append(LineInfo("", n))
            else:
                log.lines.append(LineInfo(_without_edit_mark(line, n, log), n))
            continue
        when, rest = stamp
        sender = _SENDER.fullmatch(rest)
        words = sender["text"].strip() if sender else rest.strip()
        if sender is None or NOTICE.fullmatch(rest) or NOTICE.fullmatch(words) or PLACEHOLDER.fullmatch(words):
            log.removed.append((n, "chat-system", line.strip()))
            continue
        if log.lines and log.lines[-1].text.strip():
            log.lines.append(LineInfo("", n))  # each message a block of its own
        log.lines.append(LineInfo(f"[{when}] {sender['name'].strip()}:", n, chat_sender=True))
        log.written_headers[n] = line.strip()[: len(line.strip()) - len(sender["text"])].rstrip()
        log.lines.append(LineInfo(_without_edit_mark(words, n, log), n))
        log.messages += 1
    return log


def _stamped(line: str) -> tuple[str, str] | None:
    """(stamp, rest) of a line that opens with a chat app's stamp."""
    if not line or not (line[0] == "[" or line[0].isdigit()):
        return None
    found = _BRACKETED.fullmatch(line.strip()) if line[0] == "[" else _DASHED.fullmatch(line.strip())
    return (found["when"], found["rest"]) if found else None


def _opens_next(stamped: list[tuple[str, str] | None], lines: list[str], n: int) -> bool:
    """Whether the next non-blank line after line ``n`` (1-based) opens a message."""
    for index in range(n, len(lines)):
        if lines[index].strip():
            return stamped[index] is not None
    return False


def _without_edit_mark(text: str, n: int, log: ChatLog) -> str:
    """``text`` without WhatsApp's edit mark at its end (the mark goes to the audit)."""
    if not text.endswith(EDITED_MARK) or text.strip() == EDITED_MARK:
        return text
    log.removed.append((n, "chat-system", EDITED_MARK))
    return text[: -len(EDITED_MARK)].rstrip()


# A post stream's header line: "[12.11.2024 9:14] Name" or "Name, [12.11.2024 9:14]" (see ``posts``).
_BRACKETED_STAMP = re.compile(rf"\[{_STAMP}\]")
# What a Discord export sets under a message: a marker, then the app's lines up to a blank line.
_APP_BLOCKS = frozenset({"{Attachments}", "{Reactions}", "{Stickers}"})
_APP_MARKERS = frozenset({"{Embed}", "{Forwarded message}"})  # a marker alone: what follows is quoted text


def _post_stream(lines: list[str], text: str) -> ChatLog | None:
    """A stream of posts under header lines with the apps' own lines taken out, or None when it is none.

    Two or more header lines make a stream (as they do for ``posts.post_starts``).  Under them the
    app's media placeholders and attachment or reaction blocks leave the text; a notice ("Pinned a
    message.", "X joined the group") only when it is a post's whole text; a date standing alone
    only right above a header.
    """
    if "[" not in text or _BRACKETED_STAMP.search(text) is None:
        return None
    from store.normalise.posts import parse_post_header
    from store.normalise.units import LineInfo

    headers = [i for i, line in enumerate(lines) if "[" in line and parse_post_header(line.strip()) is not None]
    if len(headers) < _MIN_MESSAGES:
        return None
    log = ChatLog(messages=len(headers))
    app_lines: dict[int, str] = {}
    for start, end in zip(headers, [*headers[1:], len(lines)], strict=True):
        _mark_app_lines(lines, start + 1, end, app_lines)
    for index in range(headers[0]):
        if lines[index].strip() and is_date_separator(lines[index]) and _next_filled(lines, index) in headers:
            app_lines[index] = "date-separator"
    for index, line in enumerate(lines):
        reason = app_lines.get(index)
        if reason is None:
            log.lines.append(LineInfo(line, index + 1))
        else:
            log.removed.append((index + 1, reason, line.strip()))
            log.lines.append(LineInfo("", index + 1))
    return log


def _mark_app_lines(lines: list[str], start: int, end: int, app_lines: dict[int, str]) -> None:
    """The app's lines among one post's ``lines[start:end]``, by index, with their reason."""
    filled = [i for i in range(start, end) if lines[i].strip()]
    in_block = False
    for i in range(start, end):
        line = lines[i].strip()
        if not line:
            in_block = False
        elif in_block or line in _APP_BLOCKS:
            in_block = True
            app_lines[i] = "chat-system"
        elif line in _APP_MARKERS or (PLACEHOLDER.fullmatch(line) and line.lower() != "null"):
            app_lines[i] = "chat-system"
    kept = [i for i in filled if i not in app_lines]
    if len(kept) == 1 and (NOTICE.fullmatch(lines[kept[0]].strip()) or lines[kept[0]].strip().lower() == "null"):
        app_lines[kept[0]] = "chat-system"  # the post's whole text is the app's notice
    if filled and filled[-1] + 1 < len(lines) and is_date_separator(lines[filled[-1]]) and _next_filled(lines, filled[-1]) == end:
        app_lines[filled[-1]] = "date-separator"  # the next post's day, set over its header


def _next_filled(lines: list[str], index: int) -> int:
    """The index of the next non-blank line after ``index`` (len(lines) when there is none)."""
    return next((i for i in range(index + 1, len(lines)) if lines[i].strip()), len(lines))

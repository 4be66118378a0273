"""A channel's posts copied as text with the channel's name over each post's stamp.

A Telegram channel copied out of the desktop app, or a viewer's text dump, sets every post as
"Channel" / "November 6, 2024 14:05" / the post's text: the name on a line of its own, the date and
time of day alone on the next.  Read as an article, the name becomes each post's title.  The two
lines are one post header: they are rewritten as the header line ``posts`` reads ("[stamp] Channel")
so that the stream splits post by post, each post dated, the channel its outlet and its title its own.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

from store.normalise.dates import find_date

if TYPE_CHECKING:
    from store.normalise.chat_logs import ChatLog

_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?!\d)")
# What may stand beside the date and time on a stamp line: separators, "at", a time zone.
_STAMP_REST = re.compile(r"[\s,|·•@-]*(?:(?:at|um|в|o)\s+)?(?:(?:UTC|GMT|KST|MSK|CET|EET)(?:[+-]\d{1,2})?)?[\s,|·•-]*")
_NAME_MAX = 60
_NAME_MAX_WORDS = 6
_MIN_POSTS = 2


_STAMP_LINE_MAX = 48


def named_stamp_stream(lines: list[str], text: str) -> ChatLog | None:
    """The stream rewritten with one header line a post, or None when ``lines`` are no such stream.

    Two or more posts are needed under one and the same name, and those posts must hold most of the
    file's lines: an article that names a channel over a dated line once stays an article.
    """
    if not _short_timed_line(text):
        return None  # (the cheap test before reading the file line by line)
    pairs = [i for i in range(len(lines) - 1) if ":" in lines[i + 1] and _stamp_line(lines[i + 1]) and _name_line(lines[i])]
    if len(pairs) < _MIN_POSTS:
        return None
    name, count = Counter(lines[i].strip() for i in pairs).most_common(1)[0]
    pairs = [i for i in pairs if lines[i].strip() == name]
    if count < _MIN_POSTS or pairs[0] > 3:
        return None
    from store.normalise.chat_logs import ChatLog
    from store.normalise.units import LineInfo

    log = ChatLog(messages=len(pairs))
    header = name.replace("[", "(").replace("]", ")")  # (a post header's name holds no brackets: "Ukraine NOW [EN]")
    starts = set(pairs)
    skip = -1
    for index, line in enumerate(lines):
        if index == skip:
            log.lines.append(LineInfo("", index + 1))
            continue
        if index in starts:
            stamp = lines[index + 1].strip()
            log.lines.append(LineInfo(f"[{stamp}] {header}", index + 1))
            log.written_headers[index + 1] = f"{line.strip()} / {stamp}"
            skip = index + 1
            continue
        log.lines.append(LineInfo(line, index + 1))
    return log


def _short_timed_line(text: str) -> bool:
    """Some line of ``text`` is short enough for a stamp and holds a time of day ("14:05")."""
    colon = text.find(":")  # (found at C speed: a pattern led by a digit class steps through every character)
    while colon > 0:
        if text[colon - 1].isdigit() and text[colon + 1 : colon + 3].isdigit():
            start, end = text.rfind("\n", 0, colon) + 1, text.find("\n", colon)
            if (len(text) if end < 0 else end) - start <= _STAMP_LINE_MAX:
                return True
        colon = text.find(":", colon + 1)
    return False


def _name_line(line: str) -> bool:
    text = line.strip()
    return 0 < len(text) <= _NAME_MAX and len(text.split()) <= _NAME_MAX_WORDS and text[-1:] not in ".!?:;," and find_date(text) is None


def _stamp_line(line: str) -> bool:
    text = line.strip()
    if not 8 <= len(text) <= _STAMP_LINE_MAX or ":" not in text or (time := _TIME.search(text)) is None:
        return False
    found = find_date(text)
    if found is None or found.iso is None:
        return False
    rest = text[: min(found.start, time.start())] + " " + text[max(found.end, time.end()) :]  # (the date's own time)
    if found.end <= time.start():
        rest = text[: found.start] + " " + text[found.end : time.start()] + " " + text[time.end() :]
    elif time.end() <= found.start:
        rest = text[: time.start()] + " " + text[time.end() : found.start] + " " + text[found.end :]
    return _STAMP_REST.fullmatch(rest) is not None

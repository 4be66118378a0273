"""Mailing-list digests saved as text (Mailman, Sympa, Google Groups): one message after another.

A digest opens with the list's instructions and a "Today's Topics" table, then gives each message
under "Message: 2" and its mail headers ("Date:", "From:", "Subject: Re: [Korea-Watch] ..."),
parted by rules of dashes, and closes with the list's footer.  Read as plain text, the
instructions become the first article and every message is titled "Message: 2".  Here each
message is an item signed by its sender under its subject; the list's instructions, table of
topics and footer, and the text a reply quotes ("> ..."), go to the audit.
"""

from __future__ import annotations

import re

from store.normalise.feed_fields import Item

_MESSAGE = re.compile(r"Message: ?\d{1,4}")
_HEADER = re.compile(r"(?P<key>Date|From|To|Cc|Subject|Message-ID|Message-Id|Content-Type|Content-Transfer-Encoding|MIME-Version|In-Reply-To|References|Reply-To): ?(?P<value>.*)")
_RULE = re.compile(r"-{20,}|_{20,}|\*{20,}|={20,}")
_LIST_TAG = re.compile(r"^(?:(?:re|fwd?|aw|sv)\s?:\s?)*\[[^\]\n]{1,60}\]\s?", re.IGNORECASE)
_REPLY_PREFIX = re.compile(r"^(?:(?:re|fwd?|aw|sv)\s?:\s?)+", re.IGNORECASE)
_ADDRESS = re.compile(r"\s*<[^<>\s]{1,200}@[^<>\s]{1,200}>|\s*\([^()]{0,100}\)|\S{1,100}@\S{1,200}")
_QUOTED = re.compile(r"\s*>|On .{5,120} wrote:\s*$")
_DIGEST_FOOTER = re.compile(r"Subject: Digest Footer|End of .{1,80} Digest.*", re.IGNORECASE)
_LEAST_MESSAGES = 1


def digest_items(text: str) -> tuple[str, list[Item], list[tuple[int, str]]] | None:
    """("digest", the messages as items, (source line, text) of the list's own lines), or None."""
    if "Message: " not in text or ("Today's Topics" not in text and "Digest" not in text):
        return None
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if _MESSAGE.fullmatch(line.strip()) and i + 1 < len(lines) and _HEADER.match(lines[i + 1])]
    if len(starts) < _LEAST_MESSAGES:
        return None
    dropped = [(i + 1, lines[i].strip()) for i in range(starts[0]) if lines[i].strip()]
    items: list[Item] = []
    for start, stop in zip(starts, [*starts[1:], len(lines)], strict=True):
        item = _message(lines, start, stop, dropped)
        if item is not None:
            items.append(item)
    return ("digest", items, dropped) if items else None


def _message(lines: list[str], start: int, stop: int, dropped: list[tuple[int, str]]) -> Item | None:
    dropped.append((start + 1, lines[start].strip()))
    fields: dict[str, str] = {}
    i = start + 1
    while i < stop and (found := _HEADER.match(lines[i])) is not None:
        fields[found["key"].lower()] = found["value"].strip()
        if found["key"].lower() not in ("date", "from", "subject"):
            dropped.append((i + 1, lines[i].strip()))
        i += 1
    body: list[str] = []
    for j in range(i, stop):
        line = lines[j]
        if _DIGEST_FOOTER.fullmatch(line.strip()):
            dropped.extend((k + 1, lines[k].strip()) for k in range(j, stop) if lines[k].strip())
            break
        if _RULE.fullmatch(line.strip()) or _QUOTED.match(line):
            dropped.append((j + 1, line.strip()))
            body.append("")
            continue
        body.append(line)
    if not any(part.strip() for part in body):
        return None
    body = _unwrapped(body)
    sender = _ADDRESS.sub("", fields.get("from", "")).strip(" \"'") or None
    _drop_signed_name(body, sender, start, dropped)
    subject = _REPLY_PREFIX.sub("", _LIST_TAG.sub("", fields.get("subject", ""))).strip() or None
    return Item(line=start + 1, title=subject, author=sender, published=fields.get("date"), body="\n".join(body).strip("\n"))


_LEAST_WRAP, _MOST_WRAP, _SHORT_BY = 60, 100, 25


def _unwrapped(body: list[str]) -> list[str]:
    """A message's paragraphs, which the list's mail program wrapped at ~72 columns, a line each.

    A line continues the one above when that one reaches near the wrapping column: "Best," over
    "Andrei" (a short line) stays apart.  The digest's headers beside the bodies would hide the
    wrapping from the reading of the whole file.
    """
    width = max(map(len, body), default=0)
    if not _LEAST_WRAP <= width <= _MOST_WRAP:
        return body
    joined: list[str] = []
    for line in body:
        if joined and line.strip() and joined[-1].strip() and len(joined[-1].split("\n")[-1]) >= width - _SHORT_BY:
            joined[-1] = f"{joined[-1]}\n{line}"
        else:
            joined.append(line)
    return [" ".join(part.split()) if "\n" in part else part for part in joined]


def _drop_signed_name(body: list[str], sender: str | None, start: int, dropped: list[tuple[int, str]]) -> None:
    """The sender's own name closing the message ("Rachel" under Rachel Minyoung Lee's reply): a signature."""
    last = next((n for n in range(len(body) - 1, -1, -1) if body[n].strip()), None)
    if sender is None or last is None:
        return
    words = body[last].strip().split()
    if 1 <= len(words) <= 3 and all(word.strip(".,") in sender.split() for word in words):
        dropped.append((start + 1, body[last].strip()))
        body[last] = ""

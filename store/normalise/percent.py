"""Text saved in its URL encoding: a form post or a query string kept as the file's content.

``North%20Korea%20sent%2011%2C000%20troops%20%E2%80%94`` is prose whose every comma, quote and
non-ASCII byte became a ``%XX`` escape (and, from an HTML form, every space a "+").  Links in an
ordinary article carry escapes too ("https://ko.wikipedia.org/wiki/%EB%B6%81%ED%95%9C"), so only
escapes outside links count, and only when they are dense enough that no reader could read the text.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_to_bytes

_HEAD = 64 * 1024
_ESCAPE = re.compile(rb"%[0-9A-Fa-f]{2}")
# Absolute links, and a page's relative ones (after a space, a quote, "=" or a bracket: href="/wiki/%EB...").
_LINK = re.compile(rb"\S*://\S*|www\.\S*|(?<![^\s\"'=(])/\S*")
_LEAST_ESCAPES = 8
_LEAST_SHARE = 0.02  # escapes per character of the text outside links
# Escapes of the characters prose is full of: space, comma, apostrophe, quote, colon, full stop.
_PROSE_ESCAPES = re.compile(rb"%(?:20|2[Cc]|27|22|3[Aa]|2[Ee]|0[Aa]|E2%80%9[3489CDcd])")


def percent_decoded(data: bytes) -> bytes | None:
    """The bytes of URL-encoded text, or None when ``data`` is not such text.  (ASCII ``data`` only.)"""
    if b"%" not in data:
        return None
    head = _LINK.sub(b" ", data[:_HEAD])
    escapes = len(_ESCAPE.findall(head))
    if escapes < _LEAST_ESCAPES or escapes < _LEAST_SHARE * len(head) or len(_PROSE_ESCAPES.findall(head)) < _LEAST_ESCAPES // 2:
        return None
    if b" " not in head.strip() and b"+" in head:
        data = data.replace(b"+", b" ")  # an HTML form's encoding: spaces became "+"
    return unquote_to_bytes(data)


# One line or one field saved in its URL encoding, in a file that is otherwise plain: a title
# copied from an address bar or a <meta> tag ("North%20Korea%20sends%2012%2C000%20troops").
_TEXT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_TEXT_PROSE_ESCAPES = re.compile(r"%(?:20|2[Cc]|27|22|3[Aa]|E2%80%9[3489CDcd])")
_LEAST_LINE_ESCAPES = 3
_MOST_CHARACTERS_PER_ESCAPE = 16
_MARKUP = frozenset('<>{}="')  # a tag, a script or a JSON block keeps its escapes: they are its data


def percent_decoded_text(text: str) -> str:
    """``text`` unquoted when it is a line or field of URL-encoded prose (no link, no markup); else ``text``."""
    if text.count("%") < _LEAST_LINE_ESCAPES or "://" in text or "www." in text or not _MARKUP.isdisjoint(text):
        return text
    escapes = len(_TEXT_ESCAPE.findall(text))
    if escapes < _LEAST_LINE_ESCAPES or escapes * _MOST_CHARACTERS_PER_ESCAPE < len(text) or len(_TEXT_PROSE_ESCAPES.findall(text)) < 2:
        return text
    try:
        unquoted = unquote_to_bytes(text.encode("utf-8")).decode("utf-8")
    except UnicodeDecodeError:
        return text  # escapes of some other codepage's bytes: left as written, never guessed at
    return unquoted.replace("+", " ") if " " not in text and "+" in text else unquoted


def percent_decoded_lines(text: str) -> tuple[str, int]:
    """The text with its URL-encoded lines of prose unquoted, and how many there were."""
    if "%" not in text:
        return text, 0
    lines = text.split("\n")
    count = 0
    for i, line in enumerate(lines):
        if line.count("%") >= _LEAST_LINE_ESCAPES and (unquoted := percent_decoded_text(line)) is not line:
            lines[i] = unquoted
            count += 1
    return ("\n".join(lines), count) if count else (text, 0)

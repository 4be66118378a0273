"""Mojibake that lost a byte: curly quotes whose last UTF-8 byte became U+FFFD.

A curly quote is three UTF-8 bytes, E2 80 xx.  Decoded with a codepage that
has no character for ``xx`` (Windows-1252 has none for 0x9D, Windows-1253
none for 0x98, 0x9C and 0x9D, Windows-1251 none for 0x98), a lenient decoder
writes the replacement character, so ``”`` turns into ``â€�`` (or ``β€�``,
``вЂ�``).  ftfy can only turn such a sequence into a bare ``�``, which loses
the quote for good; but the two readable characters and the codepage they
betray narrow ``xx`` down to a quote, and where it stands (before or after a
word) tells which one.  Double mojibake adds ``ï¿½``: U+FFFD's own UTF-8
bytes read as Windows-1252, which no real text contains.
"""

from __future__ import annotations

import re
from collections import Counter

_REPLACEMENT_AS_CP1252 = "ï¿½"
# The lead and first continuation byte, E2 80, as each codepage family shows them.
_LOSSY_QUOTE = re.compile("(?:â€|β€|вЂ)\ufffd")
# Windows-1251 has a character for every quote byte but 0x98, the opening single quote.
_ONLY_OPENING_SINGLE = "вЂ"
# Windows-1252 and its relatives lack only 0x9D among the quotes: the closing double quote.
_ONLY_CLOSING_DOUBLE = "â€"
# The next closing quote on the line, as itself or still as mojibake (this pass runs before the
# codepage repair too): group 1 is a closing single quote (E2 80 99), anything else a double one.
_NEXT_CLOSING_QUOTE = re.compile("(’|[€Ђ]™)|”|\ufffd|[€Ђ][\u009dќ]")


def restore_lossy_quotes(text: str, counts: Counter[str]) -> str:
    """Turn lossy quote sequences back into the quotes they were; counted as ``lossy-quote``."""
    if "\ufffd" not in text and _REPLACEMENT_AS_CP1252 not in text:
        return text
    text = text.replace(_REPLACEMENT_AS_CP1252, "\ufffd")

    def quote(match: re.Match[str]) -> str:
        counts["lossy-quote"] += 1
        prefix = match.group(0)[:2]
        if prefix == _ONLY_OPENING_SINGLE:
            return "‘"
        if prefix == _ONLY_CLOSING_DOUBLE:
            return "”"
        return _quote_from_position(match.string, match.start(), match.end())

    return _LOSSY_QUOTE.sub(quote, text)


def _quote_from_position(text: str, start: int, end: int) -> str:
    """Windows-1253 lost both double quotes and the opening single one: judge by position.

    After a letter, digit or punctuation a quote closes (only the double one can
    have been lost).  Before a word it opens; it is the single quote when the
    next quote on the line is a closing single one.
    """
    before = text[start - 1] if start else " "
    if not (before.isspace() or before in "([{—–-/"):
        return "”"
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end != -1 else len(text)]
    following = _NEXT_CLOSING_QUOTE.search(rest)
    return "‘" if following is not None and following.group(1) else "“"

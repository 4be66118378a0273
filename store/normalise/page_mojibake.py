"""A saved page in mojibake, repaired before its markup is parsed, and its metadata fields repaired too.

The HTML parser and trafilatura drop what mojibake is partly made of: C1 controls (what a UTF-8
continuation byte becomes when the codepage leaves it undefined: "ώ" read as Windows-1253 is "Ο\\x8e"),
soft hyphens and no-break spaces ("έ" is "Ξ\\xad", "Π" is "Ξ\\xa0"), and a name's trailing "‚" ("ς" is
"Ο‚").  Once dropped, the round trip back to UTF-8 fails.  So a page holding them is repaired as a whole
first; and a field taken from the page's head (its <meta name="author">) is repaired on its own, since
the text's repair never sees it.
"""

from __future__ import annotations

import re

from store.normalise.mojibake import repair_mojibake

# C1 controls are never a page's text; a soft hyphen or no-break space right after a lead character of
# UTF-8 read as Windows-1252 or -1253 ("Ã", "Â", "Ð", "Ñ", "Ξ", "Ο") is the second half of a letter; so is
# a zero-width joiner or non-joiner after an Arabic letter, UTF-8 read as Windows-1256 ("ذ\u200c" for "Д").
_PARSER_LOSSES = re.compile("[\x80-\x9f]|[ÃÂÐÑΞΟ][\xa0\xad]|[\u0600-\u06ff][\u200c\u200d]")


def repaired_before_parsing(html_text: str) -> tuple[str, list[str]]:
    """The page with its mojibake repaired, and the repairs made, when parsing would lose some of it."""
    if html_text.isascii() or _PARSER_LOSSES.search(html_text) is None:
        return html_text, []
    return repair_mojibake(html_text)


def repaired_field(value: str | None) -> str | None:
    """A metadata value (author, site name) with its mojibake repaired; plain values are left alone."""
    if value is None or value.isascii():
        return value
    return repair_mojibake(value)[0]

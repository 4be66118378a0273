"""A saved page in mojibake, repaired before its markup is parsed, and its metadata fields repaired too.

The HTML parser and trafilatura drop what mojibake is partly made of: C1 controls (what a UTF-8
continuation byte becomes when the codepage leaves it undefined: "ώ" read as Windows-1253 is "Ο\\x8e"),
soft hyphens and no-break spaces ("έ" is "Ξ\\xad", "Π" is "Ξ\\xa0"), and a name's trailing "‚" ("ς" is
"Ο‚").  Once dropped, the round trip back to UTF-8 fails.  So a page holding them is repaired as a whole
first; and a field taken from the page's head (its <meta name="author">) is repaired on its own, since
the text's repair never sees it.
"""

from __future__ import annotations

import html
import re

from store.normalise.mojibake import repair_mojibake

# C1 controls are never a page's text; a soft hyphen or no-break space right after a lead character of
# UTF-8 read as Windows-1252 or -1253 ("Ã", "Â", "Ð", "Ñ", "Ξ", "Ο") is the second half of a letter; so is
# a zero-width joiner or non-joiner after an Arabic letter, UTF-8 read as Windows-1256 ("ذ\u200c" for "Д").
# Chinese or Japanese read as Windows-1251 puts them after or before a Cyrillic letter or "№" ("дё\xad" for
# "中", "ж\xadЈ" for "正", "д№\xa0" for "习"); genuine Russian's "в\xa0Москве" costs a repair that finds nothing.
_PARSER_LOSSES = re.compile(
    "[\x80-\x9f]|[ÃÂÐÑΞΟ][\xa0\xad]|[\u0600-\u06ff][\u200c\u200d]|[\u0400-\u04ff№][\xa0\xad]|\xad(?=[\u0400-\u04ff])"
)


# A CMS that stored mojibake as numeric references ("&#209;&#129;" for "с"): the parser reads those of the
# five C1 controls Windows-1252 leaves undefined (HTML maps the others to its characters) as the controls and
# drops them, so the references past ASCII are read first, as the parser would read them.
_C1_REFERENCE = re.compile(r"&#(?:129|141|143|144|157|[xX](?:81|8[dDfF]|90|9[dD]));")
_REFERENCE_PAST_ASCII = re.compile(r"&#(?:(1[2-9][0-9]|[2-9][0-9]{2}|[1-9][0-9]{3,5})|[xX]([0-9a-fA-F]{2,5}));")


def repaired_before_parsing(html_text: str) -> tuple[str, list[str]]:
    """The page with its mojibake repaired, and the repairs made, when parsing would lose some of it."""
    references: list[str] = []
    if "&#" in html_text and _C1_REFERENCE.search(html_text) is not None:
        html_text, read = _REFERENCE_PAST_ASCII.subn(_referenced, html_text)
        references.append(f"numeric-references-read-before-parsing x{read}")
    if html_text.isascii() or _PARSER_LOSSES.search(html_text) is None:
        return html_text, references
    repaired, repairs = repair_mojibake(html_text)
    return repaired, [*references, *repairs]


def _referenced(match: re.Match[str]) -> str:
    code = int(match.group(1)) if match.group(1) else int(match.group(2), 16)
    return match.group(0) if code < 0x80 else html.unescape(match.group(0))


def repaired_field(value: str | None) -> str | None:
    """A metadata value (author, site name) with its mojibake repaired; plain values are left alone."""
    if value is None or value.isascii():
        return value
    return repair_mojibake(value)[0]

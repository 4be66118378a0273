"""A line of staff credits in sentences: "Written by Jeong Yon-ju for RFA Korean. Translated by Leejin Jun."

Broadcasters' web desks close or open a story with who wrote, translated and edited it.  Unlike a
byline it ends with a full stop and names several people; the writer (or reporter) is the author,
and "for X" names the service the piece was written for.
"""

from __future__ import annotations

import re

_CREDIT = r"(?:written|reported|translated|edited|produced|compiled|adapted|additional reporting|with reporting) by [^.\n]{2,80}\."
_CREDITS_LINE = re.compile(rf"(?:{_CREDIT} ?){{1,6}}", re.IGNORECASE)
_WRITER = re.compile(
    r"(?:written|reported) by (?P<names>[A-Z][^.\n]{1,60}?)(?: for (?P<service>[A-Z][^.\n]{1,50}))?\.", re.IGNORECASE
)


def parse_staff_credits(text: str) -> tuple[str, str | None] | None:
    """(writer, service) for a line made only of credit sentences that names its writer; else None."""
    if len(text) > 400 or _CREDITS_LINE.fullmatch(text.strip()) is None:
        return None
    found = _WRITER.match(text.strip())
    if found is None:
        return None  # "Edited by ..." alone names no author
    return found["names"].strip(), found["service"]

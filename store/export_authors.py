"""A byline's authors one by one, for the citation formats that keep one author per field (RIS, CSL-JSON).

The article stores its byline as printed ("Tom Balmforth and Ju-min Park") or already split ("Jane Doe; John
Smith").  A reference manager reading one AU line "Tom Balmforth and Ju-min Park" makes one person of two, so
the joiners a byline uses are split here: ";" always, and "and" / "&" / a serial comma when every part reads as
a name (starts with a capital).  "Staff and agencies" stays whole, and so does "Doe, Jane" (a comma alone, with
no "and" closing a list, is the surname-first form, not two people).
"""

from __future__ import annotations

import re

_AND = re.compile(r"\s*,?\s+(?:and|&)\s+|\s*&\s*", re.IGNORECASE)
_COMMA = re.compile(r"\s*,\s*")


def _reads_as_name(part: str) -> bool:
    return bool(part) and part[0].isupper()


def _split_listed(byline: str) -> list[str]:
    """One "A, B and C" / "A & B" byline into its names, or the byline whole when a part is no name."""
    pieces = _AND.split(byline)
    if len(pieces) < 2:
        return [byline]
    # Only the part before the last "and" may hold more names, separated by commas ("A, B and C").
    names = [*_COMMA.split(pieces[0]), *pieces[1:]] if "," in pieces[0] else pieces
    names = [n.strip() for n in names]
    return names if all(_reads_as_name(n) for n in names) else [byline]


def author_names(byline: str | None) -> list[str]:
    """The separate author names of a byline, in order, each kept whole ("Kim Jong Un" is not split)."""
    if not byline:
        return []
    return [name for chunk in byline.split(";") if chunk.strip() for name in _split_listed(chunk.strip())]

"""The head of a scholarly paper copied as text: the repository's stamp, the authors, their affiliations.

A preprint opens "arXiv:2503.01234v1 [cs.CY] 24 Mar 2025" / title / "Ji-hoon Park¹, Elena Novak²" /
"¹ Department of Political Science, Yonsei University".  The superscripts tie each author to an
affiliation line; the stamp dates the version.  All of it is header, none of it the paper's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from store.normalise.dates import find_date
from store.normalise.metadata import person_names
from store.normalise.units import Unit

if TYPE_CHECKING:
    from store.normalise.header_lines import Evidence

_STAMP = re.compile(r"(?:arxiv|biorxiv|medrxiv|ssrn|osf preprints?|preprint)[: ]\s?[\w./-]{3,40}(?: \[[\w.-]{2,20}\])?(?: .{0,40})?", re.IGNORECASE)
_MARKS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]+|(?<=[a-z])\d{1,2}\b|\^\d{1,2}")
_AFFILIATION = re.compile(
    r"[¹²³⁴⁵⁶⁷⁸⁹⁰*†‡§]{1,3}\s?.{0,200}?\b(?:university|institute|department|school|college|centre|center|academy"
    r"|laboratory|faculty|foundation|council|ministry)\b.{0,200}",
    re.IGNORECASE,
)
_HEAD_LINES = 8


def consume_paper_head(units: Sequence[Unit], evidence: Evidence) -> None:
    """The stamp, the marked authors' line and the affiliations under it become header lines."""
    head = [u for u in units[:_HEAD_LINES * 2] if u.kept][:_HEAD_LINES]
    affiliations = [n for n, u in enumerate(head) if _AFFILIATION.fullmatch(u.text) is not None]
    if not affiliations:
        return
    authors_at = affiliations[0] - 1
    if authors_at < 1:
        return
    authors = head[authors_at]
    names = " ".join(_MARKS.sub("", authors.text).split()).strip(" ,")
    if authors.text == names or person_names(names) is None or len(names) > 200:
        return  # unmarked names: ``consume_headers`` reads a byline without the paper's marks
    authors.role = "header"
    evidence.authors.append(names.replace(" ,", ","))
    for n in affiliations:
        head[n].role = "header"
    for unit in head[:authors_at]:
        if _STAMP.fullmatch(unit.text) is not None:
            unit.role = "header"
            if (found := find_date(unit.text)) is not None:
                evidence.dates.append(found)

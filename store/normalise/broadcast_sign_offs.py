"""A broadcast reporter's sign-off closing a report: "Mathias Bölinger, DW, Kyiv." / "Anna Kowalska, BBC News, Kyiv".

A television or radio report ends on the reporter's name, the broadcaster and where the report was filed
from.  That line says who made the report, not what happened: it leaves the text, and its three parts give
the author, the outlet and the dateline.  In subtitles it is the last sentence of the joined cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.normalise.dateline_places import publication_like

_CAPITALISED = r"[A-ZÀ-ÞĀ-Ž][\w'’.-]+"
_SIGN_OFF = re.compile(
    rf"(?:^|(?<=[.!?…\"”] ))(?P<name>{_CAPITALISED}(?: {_CAPITALISED}){{1,3}}), (?P<outlet>[\w&'’. -]{{2,40}}?), "
    rf"(?P<place>{_CAPITALISED}(?: {_CAPITALISED}){{0,2}})\.?$"
)


@dataclass(slots=True, frozen=True)
class SignOff:
    start: int  # where the sign-off starts in the paragraph
    reporter: str
    outlet: str
    place: str


def broadcast_sign_off(text: str) -> SignOff | None:
    """The sign-off closing ``text``, when its middle part names a broadcaster or publication and the first a person."""
    if text.count(", ") < 2 or len(text) < 12:
        return None
    found = _SIGN_OFF.search(text[-160:])
    if found is None or not publication_like(found["outlet"]):
        return None
    from store.normalise.metadata import person_names

    if person_names(found["name"]) is None:
        return None
    return SignOff(len(text) - len(text[-160:]) + found.start(), found["name"], found["outlet"], found["place"].rstrip("."))

"""The datelines French and Spanish wires open their own-language copy with.

AFP's French service and EFE set the place in ordinary capitals, not in block capitals as the
English wires do: "Kiev (AFP) - ...", "Séoul (AFP) - ...", "Seúl, 24 feb (EFE).- ...".  A
capitalised word and a dash open many sentences, so only the wire's name in brackets right after
the place (and a short day and month between them, as EFE and Lusa print) makes such a line a
dateline; ANSA puts its name first ("(ANSA) - SEUL, 13 NOV - ...").  The caller checks that the
name is a known wire's.
"""

from __future__ import annotations

import re

from store.normalise.outlets import has_publication_word, wire_named

_LOCAL_WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’.]+(?:[ -][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’.]+){0,2})"
    r"(?:,\s+(?P<date>\d{1,2}\s[a-zé]{3,10}\.?(?:\s(?:19|20)\d\d)?))?"
    r"\s+\((?P<wire>[A-Za-z][\w.&' -]{1,30})\)\s*(?:\.-|[-–—]{1,2})\s*(?=\S)"
)
# ANSA sets its name first, then the place in capitals and the day: "(ANSA) - SEUL, 13 NOV - ...".
_WIRE_FIRST_DATELINE = re.compile(
    r"^\((?P<wire>[A-Za-z][\w.&' -]{1,30})\)\s*[-–—]{1,2}\s*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’. -]{1,30}?)"
    r",\s+(?P<date>\d{1,2}\s[A-Za-zÀ-ÿ]{3,10}\.?(?:\s(?:19|20)\d\d)?)\s*[-–—]{1,2}\s*(?=\S)"
)


def local_wire_dateline(text: str) -> re.Match[str] | None:
    """"Kiev (AFP) - ...", "Seúl, 24 feb (EFE).- ...": the match, with the place, day and wire as written."""
    if "(" not in text[:60]:
        return None
    return _LOCAL_WIRE_DATELINE.match(text) or (_WIRE_FIRST_DATELINE.match(text) if text[:1] == "(" else None)


def bracketed_wire(source: str | None, *, relayed: bool = False) -> str | None:
    """The wire a capitals dateline's brackets name: a wire the outlet list knows, or one it does not know
    that calls itself a service ("SEOUL, Nov. 6 (Korea Wire) —"); a relayed release's distributor only if known."""
    if not source:
        return None
    if (known := wire_named(source)) is not None:
        return known.name
    return source if not relayed and has_publication_word(source) else None

"""Bodies an article names without having them say anything yet: what "the think tank" points back to.

"The Royal United Services Institute, a London think tank, published a study
on Monday. The think tank said …": RUSI attributed nothing in its first
sentence, so no speaker was noted, yet "the think tank" is RUSI.  Read only
when a definite description finds no speaker named before (rare), so the
search of the text before it costs nothing on most articles.
"""

from __future__ import annotations

import re

from store.analysis.claimants import clean_claimant
from store.analysis.coreference import DOCUMENT_NOUNS, FORMATION_NOUNS
from store.analysis.country_agencies import agencies_named

# The words of a name: capitalised words, joined by the small words names hold ("Institute for the Study of War").
_NAME = r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|the|and|on|in)\s+)*[A-Z][\w'’.-]*)*"
_ACRONYM = r"(?:\s+\([A-Z]{2,6}\))?"
# The heads of a research body's name: what "the analysts" or "the researchers" work for.
_SMALL = r"(?:of|for|the|and|on|in)"
_NAME_TAIL = rf"(?:\s+(?:{_SMALL}\s+)+[A-Z][\w'’.-]*(?:\s+(?:{_SMALL}\s+)*[A-Z][\w'’.-]*)*)?"
_RESEARCH_HEADS = re.compile(
    rf"({_NAME}\s+(?:Institute|Institution|Centre|Center|Foundation|Council|Project|Academy|Observatory|University)"
    rf"{_NAME_TAIL})"
)

_BRIEFED = re.compile(
    rf"({_NAME}){_ACRONYM}\s+(?:has\s+|had\s+)?(?:briefed|(?:gave|held|hosted|gave)\s+(?:an?|its|the)\s+"
    rf"(?:[\w'’-]+\s+){{0,3}}?briefing)\b|briefed\s+by\s+({_NAME})"
)
# A formation's name, its number included: "Ukraine's 47th Mechanized Brigade", "the 225th Separate Assault
# Battalion", "the Special Operations Forces".
_FORMATION = re.compile(
    r"((?:[A-Z][\w'’.-]*\s+){0,2}(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}"
    r"(Brigade|Battalion|Regiment|Division|Corps|Forces|Unit|Squadron))\b"
)
# Heads of a body's name written in lower case after its owner ("a UN panel of experts", "the EU commission").
_LOWER_CASE_HEADS = frozenset({"panel", "commission"})


def body_named_before(text: str, description: str, staff: bool) -> str | None:
    """The body last named in ``text`` that ``description`` ("the think tank", "the institute") points back to.

    A body described in apposition ("RUSI, a London think tank,") matches the description's words; a name
    holding the noun matches it ("the institute" → "Institute for the Study of War"); a research body's name
    is what its staff ("the analysts", ``staff``) belong to.
    """
    words = description.lower().split()[1:]
    if not words:
        return None
    found: list[tuple[int, str]] = []
    phrase = r"\s+".join(map(re.escape, words))
    # Only an apposition closed by a comma or a stop: in "…, the statement listed" the noun opens a clause.
    described = re.compile(rf"({_NAME}){_ACRONYM},\s+an?\s+(?:[\w'’-]+\s+){{0,3}}?{phrase}\s*[,.;)]")
    found += [(m.start(), m.group(1)) for m in described.finditer(text)]
    noun = words[-1]
    if noun in FORMATION_NOUNS and len(words) == 1:  # "the unit": any formation; "the brigade": a brigade
        found += [(m.start(), m.group(1)) for m in _FORMATION.finditer(text) if noun in ("unit", m.group(2).lower())]
    elif noun.isalpha() and len(words) == 1 and not staff:
        titled = noun.capitalize()
        if titled in text:
            holding = re.compile(rf"({_NAME}\s+{titled}(?:\s+(?:(?:of|for|the|and|on|in)\s+)+{_NAME})?|{titled}"
                                 rf"(?:\s+(?:(?:of|for|the|and|on|in)\s+)+{_NAME}))")
            found += [(m.start(), m.group(1)) for m in holding.finditer(text)]
    if staff or noun == "tank":
        found += [(m.start(), m.group(1)) for m in _RESEARCH_HEADS.finditer(text)]
    if noun in DOCUMENT_NOUNS and len(words) <= 3:
        # "ISW released an analysis on Friday. The analysis said …": the body that wrote it.
        written = re.compile(rf"({_NAME}){_ACRONYM}\s+(?:has\s+|had\s+)?(?:released|published|issued|produced|"
                             rf"prepared|circulated|presented|compiled|sent)\s+(?:an?|its|their|the)\s+"
                             rf"(?:[\w'’-]+\s+){{0,3}}?{noun}\b")
        found += [(m.start(), m.group(1)) for m in written.finditer(text)]
    if noun == "briefing" and len(words) <= 3:
        # "The NIS briefed lawmakers on Tuesday. The briefing said …", "lawmakers briefed by the NIS": who briefed.
        found += [(m.start(), m.group(1) or m.group(2)) for m in _BRIEFED.finditer(text)]
    if noun in ("agency", "service") and len(words) == 1:
        # "The NIS did not give a figure, but lawmakers briefed by the agency said …": an agency named, not speaking
        # (an agency's name from the list is a name even when one word: "SBU")
        agencies = agencies_named(text)
        found += agencies
        if agencies and agencies[-1][0] >= max((start for start, _name in found), default=-1):
            return clean_claimant(agencies[-1][1])
    if noun in _LOWER_CASE_HEADS and len(words) == 1:
        # "A UN panel of experts published its report. The panel also said …": a body named by a common noun.
        headed = re.compile(rf"((?:[A-Z][\w'’.-]*\s+)+(?:[a-z]+\s+)?{noun}(?:\s+(?:of|on)\s+[a-z]+)?)\b")
        found += [(m.start(), m.group(1)) for m in headed.finditer(text)]
    for _start, name in sorted(found, reverse=True):
        cleaned = clean_claimant(name)
        if cleaned and " " in cleaned:
            return cleaned
    return None

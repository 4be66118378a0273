"""A list's lead-in names the source of its items: "The report's main findings:" then "• 4 million shells …".

An item may instead open with whose figures it gives: "• South Korea: about 11,000
troops" is South Korea's, as a row of a table is its first cell's.  Only a
country or a body labels an item so: "Troops: 11,000", "Kursk: 11,000" or
"Note: …" name what or where, not who.

A bulleted or numbered item seldom repeats who says it; the line that opens
the list does ("The report's main findings:", "Key findings of the IISS
study:", "The institute found:", "Key figures, according to the NIS:").  An item that names no source of its own is
the lead-in's.  A lead-in that names nobody ("The figures are summarised
below:") lends nothing, and an item with its own source keeps it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.analysis.anchors import Anchor
from store.analysis.claimants import PRONOUNS, clean_claimant, names_place_or_body
from store.analysis.coreference import is_definite_coref
from store.analysis.number_starts import figure_starts

if TYPE_CHECKING:
    from store.analysis.speakers import Speakers

_FINDING_NOUNS = r"(?:findings|conclusions|estimates|figures|numbers|claims|points|assessments?|data|highlights)"
_FINDING = re.compile(rf"\b{_FINDING_NOUNS}\b")
_OWNERS_FINDINGS = re.compile(
    rf"^(?P<owner>.{{1,80}}?)['’]s?\s+(?:(?:main|key|chief|principal|central|headline|latest|other|own)\s+)?"
    rf"{_FINDING_NOUNS}\s*(?:include|are|were)?\s*:\s*$"
)
_FINDINGS_OF = re.compile(
    rf"^(?:(?:the|its|their)\s+)?(?:(?:main|key|chief|principal|central|headline|latest)\s+)?{_FINDING_NOUNS}\s+"
    rf"(?:of|from|by|in)\s+(?P<owner>.{{1,80}}?)\s*(?:include|are|were)?\s*:\s*$",
    re.IGNORECASE,
)
_OWNER_FOUND = re.compile(
    r"^(?P<owner>.{1,80}?)\s+(?:found|finds|concluded|concludes|lists|listed|highlights|highlighted|estimates|"
    r"estimated)(?:\s+that)?\s*:\s*$"
)
# "Key figures, according to South Korea's NIS:", "The toll so far, per Ukraine's general staff:".
_ACCORDING_TO = re.compile(r"^.{0,80}?(?:\baccording\s+to|,\s+per|^[Pp]er)\s+(?P<owner>.{1,80}?)\s*:\s*$")
_ITEM_MARK = re.compile(r"(?:[•*·▪‣◦-]|–|\d{1,2}[.)])\s+")


def lead_in_owner(text: str) -> str | None:
    """The words naming whose list follows ("The report", "the IISS study"), or None if the line names nobody."""
    if not text.endswith(":"):
        return None
    first = text.split(None, 1)[0]
    if first in ("Its", "Their") and _FINDINGS_OF.match(text[len(first) :].strip()) is None and _FINDING.search(text):
        return "it" if first == "Its" else "they"  # "Its key findings:": whoever "it" points back to
    for pattern in (_OWNERS_FINDINGS, _FINDINGS_OF, _OWNER_FOUND, _ACCORDING_TO):
        found = pattern.match(text)
        if found is not None:
            return found.group("owner").strip()
    return None


def lead_in_source(text: str, speakers: Speakers) -> str | None:
    """Whose list the lead-in opens: "The report's main findings:" → the body the report was named with."""
    owner = lead_in_owner(text)
    if owner is None:
        return None
    if owner.lower() in PRONOUNS or is_definite_coref(owner):
        return speakers.resolve(Anchor(0, len(owner), owner, None, pronoun=owner.lower(), kind="list"))
    claimant = clean_claimant(owner)
    return speakers.resolve(Anchor(0, len(owner), owner, claimant, kind="list")) if claimant else None


def is_list_item(text: str) -> bool:
    """Whether a passage is a bulleted or numbered list item ("• …", "- …", "2. …")."""
    return _ITEM_MARK.match(text) is not None


_ITEM_LABEL = re.compile(
    r"(?:[•*·▪‣◦-]\s+|–\s+|\d{1,2}[.)]\s+)?"
    r"(?P<label>[A-Z][\w'’.-]*(?:\s+(?:of|the|and|for|[A-Z][\w'’.-]*)){0,4}):\s+\S"
)


def item_label(text: str) -> str | None:
    """Whose figures a list item gives by its label ("South Korea: about 11,000 troops"), or None."""
    found = _ITEM_LABEL.match(text) if ":" in text[:60] else None
    if found is None or not figure_starts(text[found.end() - 1 :]):
        return None  # "• Kyiv: talks resume on Monday": a news brief's dateline, with no figures to own
    claimant = clean_claimant(found.group("label"))
    return claimant if claimant is not None and names_place_or_body(claimant) else None

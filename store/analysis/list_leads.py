"""A list's lead-in names the source of its items: "The report's main findings:" then "• 4 million shells …".

An item may instead open with whose figures it gives: "• South Korea: about 11,000
troops" is South Korea's, as a row of a table is its first cell's.  Only a
country or a body labels an item so: "Troops: 11,000", "Kursk: 11,000" or
"Note: …" name what or where, not who.

A bulleted or numbered item seldom repeats who says it; the line that opens
the list does ("The report's main findings:", "Key findings of the IISS
study:", "The institute found:", "Key figures, according to the NIS:").  An item that names no source of its own is
the lead-in's.  A lead-in that names nobody ("The figures are summarised
below:") lends nothing, and an item with its own source keeps it.  What the
lead-in counts ("Estimates of the deployment vary:") is what an item's bare
figure counts ("• NIS: 11,000").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.analysis.anchors import Anchor
from store.analysis.claimants import PRONOUNS, clean_claimant, names_place_or_body
from store.analysis.coreference import is_definite_coref
from store.analysis.figure_words import COUNT_NOUNS
from store.analysis.number_starts import figure_starts
from store.analysis.subjects import SentenceCues, SubjectTaxonomy, classify_figure
from store.models import Figure

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
            owner = found.group("owner").strip()
            if pattern is _FINDINGS_OF and _COUNTED_TOPIC.intersection(_WORDS.findall(owner.lower())):
                return None  # "Estimates of North Korea's share of shells:": what is estimated, not by whom
            return owner
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


_WORDS = re.compile(r"[a-z]+")
# Words after "estimates of" that name what is counted: "Estimates of North Korean troops:" names no owner.
_COUNTED_TOPIC = frozenset(COUNT_NOUNS) | {"share", "proportion", "percentage", "number", "toll", "losses"}
LeadCount = tuple[str, dict[str, str]]  # the unit of a bare figure, and the subject of each unit


def lead_in_count(text: str, subjects: SubjectTaxonomy) -> LeadCount | None:
    """What a lead-in says its items count: "Estimates of the deployment vary:" → troops deployed.

    Each count noun it holds ("Casualty figures by source:") and each subject its words cue offers a unit;
    each unit gets its best subject, and a figure counting nothing named takes the best-scoring unit.
    None if it names nothing counted.
    """
    cues = SentenceCues.of(text, subjects)
    if not cues.hits:
        return None
    cued = {subject_id for *_span, ids in cues.hits for subject_id in ids}
    units = [COUNT_NOUNS[word] for word in _WORDS.findall(text.lower()) if word in COUNT_NOUNS]
    units += [s.unit for s in subjects.subjects if s.unit and s.id in cued]
    by_unit: dict[str, str] = {}
    best: tuple[str, float] | None = None
    for unit in dict.fromkeys(units):
        probe = Figure(value=0.0, low=None, high=None, unit=unit, qualifier="exact", surface="", start=len(text),
                       end=len(text))
        subject, score = classify_figure(probe, "", cues, len(text), subjects)
        if subject is not None:
            by_unit[unit] = subject
            if best is None or score > best[1]:
                best = (unit, score)
    return (best[0], by_unit) if best is not None else None


def count_as_lead_in(figures: list[Figure], best: dict[int, tuple[str | None, float]], count: LeadCount) -> None:
    """'• NIS: 11,000' after "Estimates of the deployment vary:": a figure that counts nothing named (or a
    unit the lead-in counts, with no subject of its own) counts what the lead-in named."""
    bare_unit, by_unit = count
    for figure in figures:
        if best.get(id(figure), (None, 0.0))[0] is None and (figure.unit or bare_unit) in by_unit:
            figure.unit = figure.unit or bare_unit
            best[id(figure)] = (by_unit[figure.unit], 1.0)


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

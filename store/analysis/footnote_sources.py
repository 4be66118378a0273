"""Figures sourced by a report's notes: "… more than 20,000 containers since August 2023.[1]".

Think-tank briefs and government reports name their sources in numbered notes, not in the sentence:
"[1] South Korean Ministry of National Defense, press briefing, Feb. 2025."  A claim whose sentence
carries such a mark and names nobody else is the noted source's, as a reader following the note
would take it.  A note that is the writer's own work ("Author's calculation based on RUSI data",
"Interviews by the authors") leaves the claim the article's own.
"""

from __future__ import annotations

import re

from store.analysis.claimants import clean_claimant
from store.analysis.phrases import plausible_source
from store.models import Article, Claim

_NOTE = re.compile(r"\[(\d{1,3})\]\s+(?P<source>[^,;.]{3,120})")
_MARK = re.compile(r"\[(\d{1,3})\]")
# Notes that credit the writer's own work or point elsewhere in the document.
_OWN_WORK = re.compile(
    r"(?:the\s+)?(?:authors?['’]?s?|our|own|calculation|estimate[sd]?\s+by\s+the\s+author|interviews?|ibid|see|"
    r"op\.?\s*cit)\b",
    re.IGNORECASE,
)


def note_sources(article: Article) -> dict[str, str]:
    """Each note's number and the source it names, from passages that open with "[n] "."""
    sources: dict[str, str] = {}
    for passage in article.passages:
        if not passage.text.startswith("[") or (note := _NOTE.match(passage.text)) is None:
            continue
        written = note.group("source").strip()
        if _OWN_WORK.match(written) or not plausible_source(written):
            continue
        if (source := clean_claimant(written)) is not None:
            sources[note.group(1)] = source
    return sources


def attribute_to_notes(claims: list[Claim], article: Article) -> None:
    """Give each claim that names nobody the source of the note its sentence points to (claims changed in place)."""
    if not any(claim.claimant is None and "[" in claim.text for claim in claims):
        return  # nearly every article: no unattributed claim carries a mark
    sources = note_sources(article)
    if not sources:
        return
    for claim in claims:
        if claim.claimant is None and not claim.denied:
            named = [sources[mark] for mark in _MARK.findall(claim.text) if mark in sources]
            if named:
                claim.claimant = named[0]

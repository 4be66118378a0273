"""What a definite description points back to: "the ministry", "the analysts", "the unit" said.

A description names no one of its own: it is a speaker named before (by the noun its name holds, "the post" after
"a viral post on X"), a body's staff ("the analysts" after the institute spoke), the last group or person, or a body
the text named without having it speak yet (``body_mentions``).  A formation ("the unit", "the brigade") is only a
formation named before, never the ministry that spoke last; named nowhere, it stays the bare noun, which "it said"
can point back to in turn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.analysis.anchors import Anchor
from store.analysis.claimants import clean_claimant
from store.analysis.coreference import (
    DOCUMENT_NOUNS,
    FORMATION_HEADS,
    FORMATION_NOUNS,
    PERSON_NOUNS,
    STAFF_NOUNS,
    described_kinds,
    description_fits,
    possessor_of,
)

if TYPE_CHECKING:
    from store.analysis.speakers import Speakers


def described_speaker(speakers: Speakers, anchor: Anchor) -> str | None:
    """The claimant a description (``anchor.pronoun``, "the spy agency") points back to, or the bare noun."""
    pronoun = anchor.pronoun or ""
    possessor = possessor_of(anchor.raw)
    if possessor is not None:  # "the institute's researchers": the institute named before speaks
        return speakers.resolve(Anchor(0, 0, possessor, None, pronoun=possessor.lower(), kind=anchor.kind))
    noun = pronoun.split()[-1]
    if noun in FORMATION_NOUNS:  # "the unit said": a brigade or battalion named before
        heads = FORMATION_HEADS if noun == "unit" else (noun,)
        named = next(filter(None, map(speakers.recent_with_head, heads)), None)
        return named or speakers.body_mentioned(pronoun, staff=False) or clean_claimant(anchor.raw)
    same_noun = speakers.recent_with_head(noun)
    if same_noun is not None and not description_fits(pronoun, same_noun, speakers.described.get(same_noun, ())):
        same_noun = None  # "the country's finance ministry" after "Russia's environmental ministry" said
    if same_noun is None and noun not in PERSON_NOUNS:  # "the spy agency": the intelligence body named
        same_noun = next(filter(None, map(speakers.recent_with_head, described_kinds(pronoun))), None)
    if same_noun is not None:
        return same_noun  # "the post" after "a viral post on X", "the group" after "… research group"
    if noun in STAFF_NOUNS:  # "the analysts" after the institute said something: its analysts
        near = speakers.passage_index - speakers.noted_at.get(speakers.last_body or "", -99) <= 1
        body = speakers.last_body if near else None
        return body or speakers.body_mentioned(pronoun, staff=True) or clean_claimant(anchor.raw)
    if noun.endswith("s") and noun != "press" and noun not in DOCUMENT_NOUNS:  # "the analysis": no plural
        return speakers.recent(speakers.last_group) or clean_claimant(anchor.raw)
    if noun in PERSON_NOUNS:
        return speakers.recent(speakers.last_person) or clean_claimant(anchor.raw)
    # (the body may be named in the sentence itself: "The NIS gave no figure, but lawmakers briefed by the agency …")
    named = speakers.recent(speakers.last_body)
    if named is not None and not description_fits(pronoun, named, speakers.described.get(named, ())):
        named = None  # the last body is of another kind: "the finance ministry" after the environmental one
    named = named or speakers.body_mentioned(pronoun, staff=False, within=anchor.start)
    return named or (None if noun in DOCUMENT_NOUNS else clean_claimant(anchor.raw))

"""A source passed on by an outlet inside one attribution: "according to a report by RUSI cited by the FT".

"According to a RUSI report cited by the Financial Times" names two parties:
RUSI, whose figure it is, and the paper that passed it on.  Read as one noun
phrase, the claimant became one of them and the other was lost; read as two
attributions ("according to RUSI" and "cited by the FT"), the paper was a
second claimant of the same words.  The source is the claimant and the outlet
its relay (``via``), as in "the FT, citing RUSI, said".
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import clean_claimant
from store.analysis.phrases import plausible_source

_PASSED_ON = r"(?:cited|quoted|carried|reported|relayed|published|seen|obtained|interviewed)\s+by"
# A speaker's noun phrase naming a document before "seen by"/"obtained by": "A NIS report seen by Reuters".
_DOCUMENT_BEFORE = re.compile(r"\b(?:report|document|assessment|memo|estimate|analysis|briefing|study)s?$")
# Inside the words after "according to": "a RUSI report cited by the Financial Times".
_PASSED_ON_INSIDE = re.compile(rf",?\s+(?:and\s+|as\s+)?{_PASSED_ON}\s+")
# Between "according to X" and a "cited by Y" anchor that follows it.
_ADJACENT = re.compile(r"\s*,?\s*(?:and\s+|as\s+)?$")
_PASSED_ON_VERB = re.compile(_PASSED_ON)
_SOURCE_KINDS = ("according", "per")
# A sentence opening with an authored estimate: "An estimate by the Korea Institute …, cited by Yonhap, puts …".
_AUTHORED_LEAD = re.compile(
    r"(?:An?|The)\s+(?:[\w'’-]+\s+){0,3}?(?:estimate|report|study|analysis|assessment|survey|figure|tally)s?\s+"
    r"(?:by|from)\s+(?P<src>[^,]{3,80}),"
)
# A document its author is named for in apposition, then (past any description of the author) the verb:
# "The report, by the Royal United Services Institute (RUSI), a London-based think tank …, estimated that …".
_APPOSED_AUTHOR = re.compile(
    r"(?:The|A|An|Its|Their|This)\s+(?:[\w-]+\s+){0,2}?(?:report|study|analysis|assessment|estimate|paper|survey|"
    r"review)s?,\s+(?:by|from)\s+(?P<src>[^,()]{3,80}?)(?:\s+\([A-Z]{2,6}\))?,[^;]{0,220}?\s"
    r"(?P<verb>estimated|estimates|said|says|found|finds|concluded|concludes|puts?|claimed|claims|suggested|"
    r"suggests|showed|shows|counted|counts)\b"
)
# Words that name what was passed on, not who made it: "figures reported by the ministry" are the ministry's.
_UNAUTHORED = frozenset(
    """figure figures estimate estimates data number numbers statistics report reports count counts tally transcript
    transcripts recording video footage readout translation""".split()
)


def fold_passed_on_sources(sentence: str, anchors: list[Anchor]) -> list[Anchor]:
    """Each "according to X cited by Y" as one anchor: X the claimant, Y the relay (anchors changed in place)."""
    if ", by " in sentence[:60] or ", from " in sentence[:60]:
        anchors = _authored_subject(sentence, anchors)
    for anchor in anchors:
        if anchor.kind == "cited by" and anchor.via is None and (lead := _AUTHORED_LEAD.match(sentence)):
            _give_to_author(sentence, anchor, lead)
    for anchor in anchors:
        if anchor.kind == "verb" and anchor.via is None and " by " in anchor.raw:
            # "A NIS report seen by Reuters says …": the report's author says it, the outlet that saw it relays.
            inside = _PASSED_ON_INSIDE.search(anchor.raw)
            if inside is not None and _DOCUMENT_BEFORE.search(anchor.raw, 0, inside.start()) is not None:
                _split(anchor, inside)
    if not any(a.kind in _SOURCE_KINDS for a in anchors):
        return anchors
    dropped: list[Anchor] = []
    for anchor in anchors:
        if anchor.kind not in _SOURCE_KINDS or anchor.via is not None:
            continue
        inside = _PASSED_ON_INSIDE.search(anchor.raw)
        if inside is not None:
            _split(anchor, inside)
            continue
        relay = next(
            (
                other for other in anchors
                if other.kind == "cited by"
                and other.start >= anchor.end
                and _PASSED_ON_VERB.match(sentence, other.start) is not None
                and _ADJACENT.fullmatch(sentence, anchor.end, other.start) is not None
            ),
            None,
        )
        if relay is not None and (relay.claimant is not None or relay.pronoun is not None):
            anchor.via, anchor.via_pronoun = relay.claimant, None if relay.claimant else relay.pronoun
            anchor.end = relay.end
            dropped.append(relay)
    return [a for a in anchors if not any(a is d for d in dropped)] if dropped else anchors


def _authored_subject(sentence: str, anchors: list[Anchor]) -> list[Anchor]:
    """"The report, by RUSI (a think tank whose analysts …), estimated …": the author the apposition names."""
    found = _APPOSED_AUTHOR.match(sentence)
    raw = found.group("src").strip() if found else ""
    author = clean_claimant(raw) if raw and plausible_source(raw) else None
    if found is None or author is None:
        return anchors
    kept = [a for a in anchors if a.start >= found.end() or a.end <= found.start("verb") and a.start > found.end("src")]
    return [Anchor(0, found.end(), raw, author, kind="verb"), *kept]


def _give_to_author(sentence: str, anchor: Anchor, lead: re.Match[str]) -> None:
    """"An estimate by KINU, cited by Yonhap, puts …": the estimate's author says it, the outlet relays it."""
    if sentence[lead.end() : anchor.start].strip():
        return  # the relay must follow the author's name right after its comma
    author_raw = lead.group("src").strip()
    author = clean_claimant(author_raw) if plausible_source(author_raw) else None
    if author is not None and anchor.claimant is not None and author != anchor.claimant:
        anchor.via, anchor.claimant, anchor.raw, anchor.content = anchor.claimant, author, author_raw, "right"


def _split(anchor: Anchor, inside: re.Match[str]) -> None:
    source_raw, relay_raw = anchor.raw[: inside.start()].strip(), anchor.raw[inside.end() :].strip()
    source = clean_claimant(source_raw) if source_raw and plausible_source(source_raw) else None
    relay = clean_claimant(relay_raw) if relay_raw and plausible_source(relay_raw) else None
    if relay is None or source == relay:
        return
    named = source or (clean_claimant(source_raw) if source_raw else None)
    if named is not None and (named.lower() in _UNAUTHORED or (named.islower() and _DOCUMENT_BEFORE.search(named))):
        # "figures reported by the ministry", "a transcript published by RBC", "a confidential report seen by
        # The Times": the words before name nobody, so the agent is the source
        anchor.raw, anchor.claimant, anchor.pronoun = relay_raw, relay, None
        return
    if source is None:
        return
    anchor.raw, anchor.claimant, anchor.pronoun, anchor.via = source_raw, source, None, relay

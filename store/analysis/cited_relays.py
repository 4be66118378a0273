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

_PASSED_ON = r"(?:cited|quoted|carried|reported|relayed|published|seen)\s+by"
# Inside the words after "according to": "a RUSI report cited by the Financial Times".
_PASSED_ON_INSIDE = re.compile(rf",?\s+(?:and\s+|as\s+)?{_PASSED_ON}\s+")
# Between "according to X" and a "cited by Y" anchor that follows it.
_ADJACENT = re.compile(r"\s*,?\s*(?:and\s+|as\s+)?$")
_PASSED_ON_VERB = re.compile(_PASSED_ON)
_SOURCE_KINDS = ("according", "per")
# Words that name what was passed on, not who made it: "figures reported by the ministry" are the ministry's.
_UNAUTHORED = frozenset(
    "figure figures estimate estimates data number numbers statistics report reports count counts tally".split()
)


def fold_passed_on_sources(sentence: str, anchors: list[Anchor]) -> list[Anchor]:
    """Each "according to X cited by Y" as one anchor: X the claimant, Y the relay (anchors changed in place)."""
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


def _split(anchor: Anchor, inside: re.Match[str]) -> None:
    source_raw, relay_raw = anchor.raw[: inside.start()].strip(), anchor.raw[inside.end() :].strip()
    source = clean_claimant(source_raw) if source_raw and plausible_source(source_raw) else None
    relay = clean_claimant(relay_raw) if relay_raw and plausible_source(relay_raw) else None
    if relay is None or source == relay:
        return
    if source is None or source.lower() in _UNAUTHORED:
        # "figures reported by the ministry": the words before name nobody, so the agent is the source
        if source is not None:
            anchor.raw, anchor.claimant, anchor.pronoun = relay_raw, relay, None
        return
    anchor.raw, anchor.claimant, anchor.pronoun, anchor.via = source_raw, source, None, relay

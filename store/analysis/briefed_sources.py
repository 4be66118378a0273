"""A speaker someone briefed: the briefer is the source, every hand it passed through a relay.

"Lawmakers briefed by the NIS said 11,000", "Yonhap, citing officials briefed
by the NIS, said 11,000", "according to lawmakers briefed by the NIS" and
"Lee, a lawmaker briefed by the NIS, said" all pass on what the agency told
them: the NIS is the authority an analyst weighs, whoever repeats it.  The
chain stays readable in ``via``, nearest hand first, joined by " via ": the
claim reads "National Intelligence Service via officials via Yonhap".
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import clean_claimant
from store.analysis.coreference import is_definite_coref
from store.analysis.phrase_ends import right_np_end
from store.analysis.phrases import plausible_source

_BRIEFED_BY = re.compile(r"\bbriefed\s+(?:by|from)\s+")
# Between the speaker's words and "briefed by": nothing, a relative clause's verb ("who were"), an apposition
# naming what the speaker is ("Lee Seong-kweun, a lawmaker"), or the speaker's own verb and "after being"
# ("lawmakers said after being briefed by the NIS").
_QUALIFIES_SPEAKER = re.compile(
    r"\s*(?:,\s*(?:a|an|the|one|two|three|several)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?,?\s*"
    r"(?:(?:who|that)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"|(?:(?:said|says|say|told\s+(?:reporters|journalists|lawmakers))\s+)?after\s+being\s+)?$"
)

# The briefer's name ends before the verb that puts the figure: "briefed by the NIS put the toll at 300".
_SOURCE_ENDS = re.compile(r"\s+(?:put|puts|putting|estimated?|estimates|believed?|believes|says|said|told)\b")


def fold_briefed_speakers(sentence: str, anchors: list[Anchor]) -> list[Anchor]:
    """Each speaker the sentence says someone briefed hands the claim to the briefer (anchors changed in place)."""
    if "briefed " not in sentence or not anchors:
        return anchors
    for match in _BRIEFED_BY.finditer(sentence):
        source_raw = sentence[match.end() : right_np_end(sentence, match.end())]
        source_raw = _SOURCE_ENDS.split(source_raw, 1)[0].strip().rstrip(",;:")
        pointing_back = is_definite_coref(source_raw)  # "briefed by the agency": named earlier in the article
        source = clean_claimant(source_raw) if source_raw and plausible_source(source_raw) else None
        if source is None:
            continue
        for anchor in anchors:
            if anchor.raw.startswith(match.group()):
                _name_the_one_briefed(sentence, anchor, match.start())
            if anchor.claimant is None or anchor.claimant == source or anchor.via == source:
                continue  # a pronoun waits for its name; the briefer named already (see ``cited_relays``)
            if _names_speaker_before(sentence, anchor, match.start()):
                anchor.via = anchor.claimant + (f" via {anchor.via}" if anchor.via else "")
                anchor.claimant, anchor.raw, anchor.via_interview = source, source_raw, False
                if pointing_back:
                    anchor.claimant, anchor.pronoun = None, source_raw.lower()
                break
    return anchors


# "A lawmaker who was briefed by the agency told …": a subject read from the relative clause on is the briefing
# itself; the one briefed is the noun phrase before "who was".
_BRIEFED_ONE = re.compile(r"(?:^|(?<=[,;:]\s))(?P<np>[^,;:]{2,60}?)\s+(?:who|that)\s+(?:was|were|had\s+been|have\s+been|has\s+been)\s+$")

_BRIEFED_ONE_TAIL = re.compile(r",?\s+(?:who|that)\s+(?:was|were|had\s+been|have\s+been|has\s+been)$")


def _name_the_one_briefed(sentence: str, anchor: Anchor, briefed_at: int) -> None:
    found = _BRIEFED_ONE.search(sentence, max(0, briefed_at - 90), briefed_at)
    one = clean_claimant(found.group("np")) if found and plausible_source(found.group("np")) else None
    if one is not None:
        anchor.raw, anchor.claimant, anchor.pronoun = found.group("np"), one, None


def _names_speaker_before(sentence: str, anchor: Anchor, briefed_at: int) -> bool:
    """Whether the words just before "briefed" end with the anchor's speaker (perhaps in apposition)."""
    raw = _BRIEFED_BY.split(anchor.raw, 1)[0].strip()  # "according to lawmakers briefed by …": the lawmakers
    raw = _BRIEFED_ONE_TAIL.sub("", raw)
    if not raw:
        return False
    found = sentence.rfind(raw, max(0, briefed_at - len(raw) - 80), briefed_at)
    return found >= 0 and _QUALIFIES_SPEAKER.fullmatch(sentence, found + len(raw), briefed_at) is not None

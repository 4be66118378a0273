"""A source and its relay closing a sentence one after the other: "…, according to the NIS, Lee said."

Korean and wire copy report a lawmaker's briefing so: the figure, "according to" the body it comes from, then
the person who passed it on.  Read as two attributions, each with its content on the left, the person became a
second claimant of nothing ("Lee said.") and the source lost its relay.  The source keeps the claim and the
speaker who closes the sentence relays it (a pronoun is left for the caller to resolve, as for "citing").
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor

# Between the source's words and the speaker's: a comma, nothing else.
_JOINED = re.compile(r"\s*,\s*$")
_ENDS = re.compile(r"\s*[.!?\"”’)]*\s*$")


def fold_trailing_relay(sentence: str, anchors: list[Anchor]) -> list[Anchor]:
    """Merge "according to X, Y said." at the sentence's end into one anchor: X's, relayed by Y."""
    if len(anchors) < 2:
        return anchors
    source, speaker = anchors[-2], anchors[-1]
    if (
        source.kind != "according"
        or source.content != "left"
        or speaker.kind != "verb"
        or speaker.content != "left"
        or source.via is not None
        or _JOINED.match(sentence[source.end : speaker.start]) is None
        or _ENDS.match(sentence, speaker.end) is None
    ):
        return anchors
    if speaker.claimant is None and speaker.pronoun is not None:
        source.via_pronoun = speaker.raw  # "…, according to the NIS, he said": the caller knows who
    else:
        source.via = speaker.claimant
    source.end = speaker.end
    return anchors[:-1]

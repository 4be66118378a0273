"""A figure named as the one a speaker gave: "far below the 3,000 Kyiv has given", "the 12,000 Seoul cited".

A follow-up sentence weighs a figure against one given before, naming whose it is in a relative clause without
"that": the verb ("given", "gave", "cited", "put forward", "claimed") has the figure before it as object, and the
capitalised name between them is its speaker.  Read left to right, the speaker's noun phrase swallowed the figure
and its comparison ("far below the 3,000 Kyiv"), or "given" was no verb of saying and the figure had no owner.
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import clean_claimant
from store.analysis.phrases import plausible_source

# Only "the" and a figure can open one; the whole pattern is tried there alone (most sentences have none).
_THE_FIGURE = re.compile(r"the\s+(?:(?:some|about|around|roughly|nearly|over)\s+)?[$€£]?\d")
_GIVEN_OBJECT = re.compile(
    r"the\s+(?:(?:some|about|around|roughly|nearly|over)\s+)?[$€£]?\d[\d,.]*"
    r"(?:\s+(?:million|billion|thousand))?\s+(?:(?:that|which)\s+)?"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|the)){0,4}?)\s+"
    r"(?:(?:has|had|have)\s+(?:(?:already|previously|earlier|repeatedly|publicly)\s+)?)?"
    r"(?P<verb>given|gave|gives|cited|cites|put\s+forward|offered|claimed|claims|reported|reports|estimated|"
    r"estimates)\b"
)


def given_figure_anchors(sentence: str) -> list[Anchor]:
    """The speaker of each figure the sentence names as one they gave ("the 3,000 Kyiv has given")."""
    anchors = []
    for lead in _THE_FIGURE.finditer(sentence):
        at = lead.start()
        if at and (sentence[at - 1].isalnum() or sentence[at - 1] == "_"):
            continue  # "bathe 3": no word "the"
        match = _GIVEN_OBJECT.match(sentence, at)
        if match is None:
            continue
        words = match.group("who")
        claimant = clean_claimant(words) if plausible_source(words) else None
        if claimant:
            anchors.append(Anchor(match.start("who"), match.end(), words, claimant, content="left", kind="object"))
    return anchors

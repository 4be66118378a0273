"""Outlets that pass a source's word on without saying it themselves.

* "…, the Pentagon said, as cited by CNN" / "…, as quoted by the Kyiv Independent": the outlet after "as
  cited by" carried the speaker's words; it is the speaker's relay, not a second claimant;
* "The Defence Intelligence Agency, according to a senior US official, believes …": the subject believes it,
  and the source set off by commas relays it;
* "According to Yonhap, the deployment of 3,000 more troops was confirmed by the Pentagon": the body that
  confirms owns the figure, and the outlet that tells of the confirmation relays it.  A confirmation by
  evidence ("was confirmed by satellite imagery") names nobody: the first source keeps its word.
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import clean_claimant
from store.analysis.phrase_ends import content_side, right_np_end
from store.analysis.phrases import left_noun_phrase, plausible_source
from store.analysis.reporting_verbs import VERB_WORDS

_AS_RELAYED = re.compile(
    r",\s+as\s+(?:(?:first|earlier|later|originally)\s+)?(?:cited|quoted|reported|relayed|carried)\s+by\s+"
)
# Pictures and records confirm nothing by themselves: whoever reads them does.
_EVIDENCE_HEADS = frozenset(
    """imagery images image photos photographs pictures footage video videos data evidence records documents
    intercepts""".split()
)
# "has not been confirmed by", "could not be independently confirmed by": nobody vouches for the figure.
_NOT_CONFIRMED = re.compile(r"\b(?:not|never|n['’]t|yet\s+to)(?:\s+[\w'’]+){0,3}\s+$", re.IGNORECASE)
_SPEAKING_KINDS = frozenset({"verb", "colon", "quoted", "according", "per"})


def fold_as_relayed(sentence: str, anchors: list[Anchor]) -> list[Anchor]:
    """'…, the Pentagon said, as cited by CNN': CNN relays the Pentagon (or, with no speaker before, claims it)."""
    for match in _AS_RELAYED.finditer(sentence):
        np_end = right_np_end(sentence, match.end())
        raw = sentence[match.end() : np_end].strip().rstrip(".,;")
        outlet = clean_claimant(raw) if raw and plausible_source(raw) else None
        if outlet is None:
            continue
        # The relay's own anchor, if "cited by" or "reported by" made one: it is no second claimant.
        anchors = [a for a in anchors if not (match.start() <= a.start < np_end)]
        speaker = next((a for a in reversed(anchors) if a.end <= match.start()), None)
        if speaker is not None and speaker.kind in _SPEAKING_KINDS:
            if speaker.via is None and speaker.via_pronoun is None:
                speaker.via = outlet
            continue
        anchors.append(Anchor(match.start(), np_end, raw, outlet, content="left", kind="cited by"))
        anchors.sort(key=lambda a: a.start)
    return anchors


def fold_relayed_confirmation(sentence: str, anchors: list[Anchor]) -> list[Anchor]:
    """'According to Yonhap, … was confirmed by the Pentagon': the Pentagon's figure, relayed by Yonhap."""
    kept: list[Anchor] = []
    for anchor in anchors:
        source = kept[-1] if kept else None
        if (
            source is not None
            and source.kind in ("according", "per")
            and source.content == "right"
            and source.claimant is not None
            and anchor.kind == "cited by"
            and anchor.content == "left"
            and anchor.claimant is not None
            and anchor.via is None
            and sentence.startswith("confirm", anchor.start)
            and anchor.raw.split()[-1].lower().strip(".,;") not in _EVIDENCE_HEADS
            and any(word[:1].isupper() for word in anchor.raw.split())  # a named body, not "interrogations of …"
            and _NOT_CONFIRMED.search(sentence, max(0, anchor.start - 40), anchor.start) is None
        ):
            anchor.via = source.claimant
            kept[-1] = anchor
            continue
        kept.append(anchor)
    return kept


_VERB_AFTER = re.compile(r",\s+(?:(?:also|still|now|privately)\s+)?([a-z]+)\b")


def fold_set_off_source(sentence: str, anchors: list[Anchor]) -> list[Anchor]:
    """'The DIA, according to a senior US official, believes …': the DIA's belief, relayed by the official."""
    for index, anchor in enumerate(anchors):
        if anchor.kind != "according" or anchor.claimant is None:
            continue
        verb = _VERB_AFTER.match(sentence, anchor.end)
        if verb is None or verb.group(1) not in VERB_WORDS or not sentence[: anchor.start].rstrip().endswith(","):
            continue
        found = left_noun_phrase(sentence[: anchor.start].rstrip()[:-1])
        if found is None or found[0] > 0 and not sentence[: found[0]].rstrip().endswith((",", ";")):
            continue  # the subject must open its clause: "… said the DIA, according to …" is another reading
        np_start, words = found
        claimant = clean_claimant(words) if plausible_source(words) else None
        if claimant is None:
            continue
        anchors[index] = Anchor(np_start, verb.end(1), words, claimant, via=anchor.claimant,
                                content=content_side(sentence, verb.end(1)))
    return anchors

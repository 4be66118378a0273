"""Sources named in the passive or by a go-between: "quoted as saying" and "a figure … was given by X".

* "lawmaker X quoted the NIS as saying …": the NIS says it, via X;
  "the agency was quoted as saying": the agency (or whom "it" points to);
* "A figure of 1,100 casualties was given by South Korea's intelligence
  service": the agent of the passive is the figure's source, provided the
  subject names a figure (goods "provided by" a country are no statement).
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import PRONOUNS, clean_claimant
from store.analysis.coreference import is_definite_coref
from store.analysis.phrases import (
    left_noun_phrase,
    plausible_source,
    strip_trailing_adverbs,
)

_QUOTED_AS_SAYING = re.compile(r"\bquoted\s+(?P<src>(?:[\w'’.-]+\s+){1,10}?)as\s+saying\b")
_PASSIVE_QUOTED = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+)?quoted\s+as\s+saying\b")
# A figure whose source is the agent of a passive: "A figure of 1,100 was given by …" (goods "provided by"
# a country are not a statement, so the subject must name a figure).
_GIVEN_VERBS = frozenset({"given", "provided", "published", "released", "issued", "offered", "forward", "produced"})
_GIVEN_SUBJECT = re.compile(
    r"\b(?:figure|estimate|number|tally|total|count|assessment)s?\b(?:[^,;:]|,(?=\d)){0,80}?\b(?:was|were|is|are|"
    r"has\s+been|have\s+been|had\s+been)\s+(?:first\s+|also\s+|later\s+)?(?:put\s+)?$"
)


def quoted_anchors(sentence: str) -> list[Anchor]:
    """'lawmaker X quoted the NIS as saying …' (the NIS says it, via X) and 'the agency was quoted as saying'."""
    anchors = []
    for match in _QUOTED_AS_SAYING.finditer(sentence):
        raw = match.group("src").strip()
        claimant = clean_claimant(raw)
        if not claimant or not plausible_source(raw):
            continue
        relay = left_noun_phrase(strip_trailing_adverbs(sentence[: match.start()]))
        via = clean_claimant(relay[1]) if relay else None
        anchors.append(Anchor(relay[0] if relay else match.start(), match.end(), raw, claimant, via=via, kind="quoted"))
    for match in _PASSIVE_QUOTED.finditer(sentence):
        found = left_noun_phrase(strip_trailing_adverbs(sentence[: match.start()]))
        if found is None:
            continue
        start, raw = found
        lower = raw.lower()
        if lower in PRONOUNS or is_definite_coref(raw):
            anchors.append(Anchor(start, match.end(), raw, None, pronoun=lower, kind="quoted"))
        elif plausible_source(raw) and (claimant := clean_claimant(raw)):
            anchors.append(Anchor(start, match.end(), raw, claimant, kind="quoted"))
    return anchors


def given_by(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "<figure noun> … was given by " in ``text``; ``end`` is where the agent begins.

    Found from each " by " (few per text) and the word before it, so texts without such a verb cost a
    substring search only.
    """
    found: list[tuple[int, int]] = []
    at = text.find(" by ")
    while at >= 0:
        word_start = text.rfind(" ", 0, at) + 1
        if text[word_start:at] in _GIVEN_VERBS:
            head = _GIVEN_SUBJECT.search(text, max(0, word_start - 120), word_start)
            if head is not None:
                found.append((head.start(), at + 4))
        at = text.find(" by ", at + 4)
    return found


# "The ISW estimate of 10,000 to 12,000 troops", "RUSI's figure of up to 15,000": a figure its owner gives.
_OWNED_FIGURE = re.compile(
    r"(?P<owner>(?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&-]*)(?:['’]s?)?\s+(?:[a-z-]+\s+)?"
    r"(?:estimate|figure|tally|count|assessment)\s+of\s+"
    r"(?=(?:(?:about|around|up\s+to|some|more\s+than|at\s+least|between|roughly|nearly|as\s+many\s+as)\s+)?[\d$€£])"
)


def owned_figures(text: str) -> list[tuple[int, int, str]]:
    """(start, end, owner as written) of each "<Owner>'s estimate of <figure>" in ``text``."""
    if not ("estimate of" in text or "figure of" in text or "tally of" in text or "count of" in text
            or "assessment of" in text):
        return []
    return [(m.start("owner"), m.end(), m.group("owner")) for m in _OWNED_FIGURE.finditer(text)]

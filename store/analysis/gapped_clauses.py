"""Gapped clauses: "The NIS estimates 11,000 troops; the Pentagon, 12,000; and Ukraine, as many as 15,000".

A list of estimates often names the verb once: each later clause is a
speaker, a comma standing for the verb, and that speaker's figure.  Read
whole, every figure was the first speaker's; each gapped speaker owns the
figure after its comma.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from store.analysis.anchors import Anchor
from store.analysis.claimants import clean_claimant
from store.analysis.phrases import plausible_source

# After a semicolon (or "; and"): a capitalised name of up to six words, a comma, then a figure (perhaps hedged,
# quoted, or in words: 'Washington, "hundreds"').
_GAPPED = re.compile(
    r";\s+(?:and\s+|while\s+|but\s+)?(?P<name>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}?),\s+"
    r"(?=(?:at\s+)?(?:(?:about|around|roughly|some|nearly|almost|up\s+to|as\s+many\s+as|at\s+least|more\s+than|over|"
    r"fewer\s+than|between|an\s+estimated)\s+)?[\"“]?(?:\$?\d|(?:several\s+)?(?:hundreds|thousands|dozens)\b))"
)


# "South Korea put the number at 11,000 and Ukraine at 12,000": after a "put … at" clause, "and", a capitalised
# name, and "at" with a figure: the verb and its object are left out of the second clause.
_PUT_GAPPED = re.compile(
    r"\bput(?:s|ting)?\s[^;.]*?\bat\s[^;]*?,?\s+and\s+(?P<name>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,4})"
    r"\s+(?=at\s+(?:(?:about|around|roughly|some|nearly|almost|least|more\s+than|up\s+to)\s+)?[\"“]?\$?\d)"
)


def gapped_speakers(sentence: str) -> list[Anchor]:
    """An anchor for each gapped speaker of the sentence (none unless a clause's verb is left out)."""
    if ";" not in sentence:
        if " and " not in sentence or "put" not in sentence:
            return []
        return _speakers(_PUT_GAPPED.finditer(sentence))
    return _speakers(_GAPPED.finditer(sentence))


def _speakers(matches: Iterator[re.Match[str]]) -> list[Anchor]:
    found = []
    for match in matches:
        raw = match.group("name")
        claimant = clean_claimant(raw) if plausible_source(raw) else None
        if claimant is not None:
            found.append(Anchor(match.start("name"), match.end(), raw, claimant, kind="gapped"))
    return found

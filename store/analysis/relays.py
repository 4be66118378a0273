"""Relays and chains: through whom a claim reached the article.

"X told Bloomberg News", "in an interview with X", "writing for X", "in a
February 2025 War on the Rocks article", "a statement carried by KCNA" name
a relay (``via``); "X, citing Y, reported" and "X, quoting Y, said" make Y the source and X the relay.
"""

from __future__ import annotations

import re

from store.analysis.claimants import clean_claimant
from store.analysis.phrase_ends import right_np_end
from store.analysis.phrases import plausible_source
from store.analysis.terms import trie_pattern

# Relays: "told X", "in an interview with X", "speaking to X", "writing for X", "in an article for X",
# "in a February 2025 War on the Rocks article".  A trigger word is found first, then the phrase around it.
_TRIGGER_WORDS = """told telling tells interview speaking spoke talking talked writing article report piece op-ed column
    commentary essay carried published""".split()
# Searched behind one space: every trigger starts with a word character, so "\b" before it is "a non-word
# character before it", and a pattern that starts with ``\W`` lets ``re`` skip through words in C.
_RELAY_TRIGGER = re.compile(rf"\W({trie_pattern(_TRIGGER_WORDS)})\b")
_RELAY_AFTER = {
    "told": re.compile(r"\s+"),
    "telling": re.compile(r"\s+"),
    "tells": re.compile(r"\s+"),
    "interview": re.compile(r"\s+with\s+"),
    "speaking": re.compile(r"\s+(?:to|with)\s+"),
    "spoke": re.compile(r"\s+(?:to|with)\s+"),
    "talking": re.compile(r"\s+(?:to|with)\s+"),
    "talked": re.compile(r"\s+(?:to|with)\s+"),
    "writing": re.compile(r"\s+(?:for|in)\s+"),
    "carried": re.compile(r"\s+by\s+"),
    "published": re.compile(r"\s+by\s+"),
}
_RELAY_PUBLICATION = re.compile(r"\s+(?:for|in|published\s+by)\s+")
_RELAY_NAMED_BEFORE = re.compile(
    r"\bin\s+an?\s+(?:[\w-]+\s+){0,3}?((?:[A-Z][\w'’.-]*\s+)+(?:(?:on|of|the)\s+[A-Z][\w'’.-]*\s+)*)$"
)
_INTERVIEW_TRIGGERS = frozenset({"told", "telling", "tells", "interview", "speaking", "spoke", "talking", "talked"})
_CITING = re.compile(r"\b(?:citing|quoting|cited\s+by)\s+", re.IGNORECASE)


def relays(sentence: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, relay name, was an interview) for every relay phrase in the sentence."""
    found = []
    for trigger in _RELAY_TRIGGER.finditer(" " + sentence):
        word = trigger.group(1)
        trigger_start, trigger_end = trigger.start(1) - 1, trigger.end(1) - 1  # offsets in ``sentence``
        after = _RELAY_AFTER.get(word) or _RELAY_PUBLICATION
        joined = after.match(sentence, trigger_end)
        raw = ""
        if joined:
            raw = sentence[joined.end() : right_np_end(sentence, joined.end())]
        elif word in ("article", "report", "piece", "op-ed", "column", "commentary", "essay", "interview"):
            named = _RELAY_NAMED_BEFORE.search(sentence, max(0, trigger_start - 80), trigger_start)
            raw = named.group(1) if named else ""
        via = clean_claimant(raw.strip()) if raw.strip() else None
        if via and any(ch.isupper() for ch in via):  # "told reporters", "told parliament" relay nothing
            found.append((trigger_start, trigger_end, via, word in _INTERVIEW_TRIGGERS))
    return found


# "Citing satellite imagery, CSIS said …": evidence with no author of its own is not a source; CSIS says it.
_UNAUTHORED_EVIDENCE = frozenset(
    {"imagery", "image", "data", "footage", "document", "figure", "video", "photo", "recording", "intercept", "record"}
)


def citations(sentence: str) -> list[tuple[int, int, str, str]]:
    """(start, end, source as written, source name) for every "citing X" or "quoting X" in the sentence."""
    found = []
    for match in _CITING.finditer(sentence) if "iting" in sentence or "uoting" in sentence else ():
        if match.group().lower().startswith("cited"):
            continue  # "cited by X" is an anchor of its own
        end = right_np_end(sentence, match.end())
        raw = sentence[match.end() : end].strip()
        source = clean_claimant(raw) if raw and plausible_source(raw) else None
        if source and source.split()[-1].lower().rstrip("s") not in _UNAUTHORED_EVIDENCE:
            found.append((match.start(), end, raw, source))
    return found

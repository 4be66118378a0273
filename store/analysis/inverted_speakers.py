"""Inverted attributions: the speaker after the verb ('"…," said Wallace Gregson', "…, says South Korea",
"…, said a government official who asked not to be named")."""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import PRONOUNS, clean_claimant
from store.analysis.coreference import is_definite_coref
from store.analysis.phrase_ends import right_np_end
from store.analysis.phrases import TIME_TAIL, plausible_source

# After '"…," said': the speaker, perhaps behind an article and a lower-case role ("wrote analyst Jaehyun Park",
# "said former defence minister Kim"), but never behind a preposition ("said on Monday").
_INVERTED_SUBJECT = re.compile(
    r"\s+((?:the|a|an)\s+)?"
    r"(?:(?!(?:in|on|at|by|for|to|with|from|of|that|this|last|during|after|before|when|while|as|and|but)\b)"
    r"[a-z][a-z-]+\s+){0,3}(?=[A-Z]|he\b|she\b|they\b|it\b)"
)
# "…, said a government official who asked not to be named": a described speaker, all in lower case.
_INVERTED_DESCRIPTION = re.compile(
    r"\s+((?:the|a|an|one|two|three|several)\s+)(?=(?:[a-z][a-z-]+\s+){0,3}(?:officials?|sources?|diplomats?|"
    r"analysts?|spokes(?:man|woman|person)|lawmakers?|commanders?|officers?|experts?|researchers?|"
    # "…, said the defence ministry (in Kyiv)": a body named by what it is
    r"ministry|agency|government|military|army|embassy|office|department|command|general\s+staff)\b)"
)
# "…, said officials familiar with the matter", "…, said lawmakers who were briefed": plural people need no article.
_INVERTED_PLURAL = re.compile(
    r"\s+()(?=(?:[a-z][a-z-]+\s+){0,2}(?:officials|sources|diplomats|analysts|lawmakers|legislators|commanders|officers|"
    r"experts|researchers|soldiers)\b)"
)
_FAMILIAR_TAIL = re.compile(r"\s+(?:familiar\s+with|close\s+to|briefed\s+on)")
_QUOTE_GOES_ON = re.compile(r"\s*[,.]?\s*[\"”’]\s*\S")
# What may follow the speaker's words and still describe them: "who asked not to be named", "familiar with …".
_QUALIFIERS = ("who ", "familiar ", "close to ", "briefed ", "speaking ", "with knowledge ")
# "…, said officials in Seoul.": where the speakers sit ends their description with the sentence.
# "…, estimated North Korean losses at 3,000": the words after the verb are what it puts at a figure, no speaker
# ("…, said the ministry at 3 pm" is a time).
_PUT_AT_FIGURE = re.compile(
    r"\s+at\s+(?:(?:about|around|some|roughly|nearly|almost|over|least|up\s+to|more\s+than|as\s+many\s+as)\s+)*"
    r"\d[\d,.]*(?!\d|[\d,.]*\s*(?:[ap]\.?m\b|GMT|UTC|KST|local|o['’]clock|hours?\b)|:)"
)
_PLACE_TAIL = re.compile(r"\s+(?:in|from|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?=\s*[,.;:!?\"”’)]|$)")


def is_inverted(before: str) -> bool:
    tail = before.rstrip()
    return bool(tail) and tail[-1] in ',"”' and (tail[-1] != "," or len(tail.rsplit(None, 2)) >= 3)


def inverted_anchor(sentence: str, verb_start: int, verb_end: int) -> Anchor | None:
    """'"…," said Wallace Gregson, a former officer' / '…, says South Korea.'"""
    rest = sentence[verb_end:]
    lead = _INVERTED_SUBJECT.match(rest) or _INVERTED_DESCRIPTION.match(rest) or _INVERTED_PLURAL.match(rest)
    if not lead:
        return None
    np_start = verb_end + lead.start(1) if lead.group(1) else verb_end + lead.end()
    if not lead.group(1) and rest[: lead.end()].split()[:1] in (["one"], ["two"], ["three"], ["several"]):
        np_start = verb_end + len(rest) - len(rest.lstrip())  # "said one Ukrainian officer": how many is no figure
    end = right_np_end(sentence, np_start)
    familiar = _FAMILIAR_TAIL.search(sentence, np_start, end)
    if familiar is not None and familiar.end() == end:  # "said officials familiar with the matter."
        end = familiar.start() + len(sentence[familiar.start() :].split(",", 1)[0].split(".", 1)[0].rstrip())
    if " at " in sentence[end : end + 4] and _PUT_AT_FIGURE.match(sentence, end):
        return None
    place = _PLACE_TAIL.match(sentence, end)
    if place is not None and sentence[np_start].islower():
        end, place = place.end(), None  # "officials in Seoul" are described by their place; a named person is not
    after = sentence[place.end() if place else end :].lstrip(' )"”’')
    if after and after[0] not in ",.;:!?" and not TIME_TAIL.match(sentence[end:]) and not after.startswith(_QUALIFIERS):
        return None  # "…, states that …": content follows, so this is not "said X"
    if lead.re is _INVERTED_PLURAL and _QUOTE_GOES_ON.match(sentence, end):
        return None  # '"…, say experts," Kim said': the quoted speaker's own words; Kim is the one who speaks
    raw = sentence[np_start : familiar.start() if familiar is not None else end].strip()
    lower = raw.lower()
    if lower in PRONOUNS or is_definite_coref(raw):
        return Anchor(verb_start, end, raw, None, pronoun=lower, content="left")
    claimant = clean_claimant(raw)
    if not claimant or not plausible_source(raw):
        return None
    return Anchor(verb_start, end, raw, claimant, content="left")

"""The source a preposition names: "according to X", ", per X", "cited by X", "the assessment of X".

Split from ``attribution``: the noun phrase after the preposition is read to its clause's end, cut at a list,
a relative clause or a verb that opens a clause of its own, and the side of its content told from where it stands.
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import clean_claimant
from store.analysis.coreference import is_definite_coref
from store.analysis.generic_sources import unowned_evidence
from store.analysis.phrase_ends import CLAUSE_VERB_INSIDE, clause_end, right_np_end
from store.analysis.phrases import OWN_VOICE, TIME_TAIL, plausible_source

_SHOWS = re.compile(r"\s(?:show|shows|showed|suggest|suggests|indicate|indicates|reveal|reveals|revealed)\b")
_SHARED_WITH = re.compile(r"\s+and\s+(?:later\s+|exclusively\s+)?(?:shared|provided|given|sent|passed|leaked|shown)"
                          r"\s+(?:with|to)\b")
_OBJECT_PRONOUNS = {"him": "he", "her": "she", "them": "they"}
# ", Park Sun-won." closing a sentence after a role: a person's name (two to four capitalised words).
_NAME_AFTER_ROLE = re.compile(r",\s+((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]*)(?=[.!?\"”]*$)")
_LIST_TAIL = re.compile(
    r"(?:,\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})*,?\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
)


# "according to Kyiv there are 12,000", "per Seoul they number 11,000": the source named, then with no comma the
# clause of what it says.
_EXISTENTIAL = re.compile(r"\s+(?:there\s+(?:are|were|is|was|have|had|could|may|might|would)|"
                          r"they\s+(?:are|were|number(?:ed)?|have|had)|these\s+(?:are|were))\b")
_CLAUSE_JOINT = re.compile(r"(?:^|[,;]|\b(?:while|whereas|but|though|although|and))$")


def prepositional_anchor(sentence: str, start: int, np_start: int, kind: str) -> Anchor | None:
    """The anchor of a source named after a preposition or a participle ("according to", "per", "cited by",
    "the assessment of"), from ``np_start``, where its noun phrase opens; None when it names no plausible source."""
    stop = clause_end(sentence, np_start)
    if (close := sentence.find(")", np_start, stop)) >= 0 and "(" not in sentence[np_start:close]:
        stop = close  # "(about 4,000, per HUR) mount": the bracket the source was named in closes it
    raw = sentence[np_start:stop].strip()
    end = np_start + len(sentence[np_start:stop].rstrip())
    tail = _LIST_TAIL.match(sentence, end)
    if tail and TIME_TAIL.match(sentence[tail.end() :]):
        raw = sentence[np_start : tail.end()].strip()
        end = tail.end()
    # "estimated by X that …", "given by X to lawmakers", "confirmed by reports citing Y", "estimated by X at
    # 4,700", "cited by Kyiv was accurate", "reported by X and later confirmed by Y": the agent's words end where
    # its noun phrase does (tested on the words first: most agents are named alone).
    if (
        kind == "cited by"
        and (" that " in raw or " to " in raw or " citing " in raw or " at " in raw or " by " in raw
             or CLAUSE_VERB_INSIDE.search(raw))
        and (np_end := right_np_end(sentence, np_start)) < end
    ):
        raw, end = sentence[np_start:np_end].strip(), np_end
    existential = _EXISTENTIAL.search(raw) if " the" in raw else None
    if existential is not None:
        raw, end = raw[: existential.start()], np_start + existential.start()  # "according to Kyiv there are 12,000"
    if " and " in raw and (shared := _SHARED_WITH.search(raw)) is not None:
        raw, end = raw[: shared.start()], np_start + shared.start()  # "compiled by X and shared with Reuters": X's
    if kind == "cited by" and (shows := _SHOWS.search(raw)) is not None:
        raw, end = raw[: shows.start()], np_start + shows.start()  # "analysed by CSIS show …": the agent ends
    if raw.split() and raw.split()[0] in OWN_VOICE and raw[raw.find(" ") + 1 :][:1].isupper():
        raw = raw[raw.find(" ") + 1 :]  # "according to our National Intelligence Service": the body is named
    if raw.split() and raw.split()[0] in OWN_VOICE or kind == "according" and unowned_evidence(raw):
        return None  # "according to our data", "according to preliminary data", "according to a statement"
    if (subject := _OBJECT_PRONOUNS.get(raw.lower())) is not None:  # "According to him, …": the man just named
        return Anchor(start, end, raw, None, pronoun=subject, content="right" if start < 3 else "left", kind=kind)
    if (who := raw.find(" who ")) > 0 and plausible_source(raw[:who]) and " " in (clean_claimant(raw[:who]) or ""):
        # "according to a Western official who spoke on condition of …": the described official ("people who
        # have seen the report" are only their description)
        raw, end = raw[:who], np_start + who
    claimant = clean_claimant(raw)
    if len(raw.split()) > 20 or (len(raw.split()) > 8 and claimant and len(claimant.split()) > 8):
        cut = right_np_end(sentence, np_start)
        raw, end = sentence[np_start:cut].strip(), cut
        claimant = clean_claimant(raw)
    if not claimant or not plausible_source(raw):
        return None
    before = sentence[:start].strip(" ,")
    content = "right" if len(before.rsplit(None, 3)) <= 3 and not before.endswith(("said", "says")) else "left"
    if content == "right" and before and sentence[end : end + 1] != ",":
        content = "left"
    if existential is not None and _CLAUSE_JOINT.search(before):
        content = "right"  # "…, while according to Kyiv there are 12,000": its words follow it
    if content == "left" and raw[-1:].islower() and (named := _NAME_AFTER_ROLE.match(sentence, end)) is not None:
        # "…, according to a South Korean lawmaker, Park Sun-won.": the role's holder is named after it
        raw, end, claimant = named.group(1), named.end(1), clean_claimant(named.group(1)) or claimant
    if is_definite_coref(raw):  # "according to the agency": the agency named before
        return Anchor(start, end, raw, None, pronoun=raw.lower(), content=content, kind=kind)
    return Anchor(start, end, raw, claimant, content=content, kind=kind)

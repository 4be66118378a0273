"""Sources named in the passive or by a go-between: "quoted as saying" and "a figure … was given by X".

* "lawmaker X quoted the NIS as saying …": the NIS says it, via X;
  "the agency was quoted as saying": the agency (or whom "it" points to);
* "A figure of 1,100 casualties was given by South Korea's intelligence
  service": the agent of the passive is the figure's source, provided the
  subject names a figure (goods "provided by" a country are no statement);
* "The deployment — put at 11,000 by Seoul and 12,000 by Washington —": a
  figure put or estimated "at" a number "by" an agent is that agent's, and so is
  each further "and <figure> by <agent>".
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import PRONOUNS, clean_claimant
from store.analysis.coreference import is_definite_coref
from store.analysis.denials import DENIAL_VERBS
from store.analysis.phrase_ends import right_np_end
from store.analysis.phrases import (
    left_noun_phrase,
    plausible_source,
    strip_trailing_adverbs,
)

_QUOTED_AS_SAYING = re.compile(r"\bquoted\s+(?P<src>(?:[\w'’.-]+\s+){1,10}?)as\s+saying\b")
_AUXILIARY_END = re.compile(r"\s*\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:also\s+)?$")
_AGENT_AFTER = re.compile(r"\s+by\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})(?=\s*[,.;:]|\s+that\b|\s*$)")
_PASSIVE_QUOTED = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been)\s+(?:also\s+)?quoted\s+as\s+saying\b")
# A figure whose source is the agent of a passive: "A figure of 1,100 was given by …" (goods "provided by"
# a country are not a statement, so the subject must name a figure).
_GIVEN_VERBS = frozenset({"given", "provided", "published", "released", "issued", "offered", "forward", "produced"})
_GIVEN_TO = re.compile(r"\b(?P<verb>given|provided|offered|presented)\s+to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+$")
_GIVEN_SUBJECT = re.compile(
    r"\b(?:figure|estimate|number|tally|total|count|assessment)s?\b(?:[^,;:]|,(?=\d)){0,80}?(?:\b(?:was|were|is|"
    r"are|has\s+been|have\s+been|had\s+been)\s+(?:first\s+|also\s+|later\s+)?(?:put\s+)?|\s)$"
)  # the auxiliary may be left out: "the figure of around 100 deaths released by the NIS" (a reduced relative)
# Set off by commas: "The estimate of 12,000 troops, first published by the NIS, …" (with its article: "officials
# estimate 40,000 …, provided by" has a verb, not a figure named).
_GIVEN_SUBJECT_SET_OFF = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?(?:figure|estimate|number|tally|total|count|"
    r"assessment)s?\b(?:[^,;:]|,(?=\d)){0,80}?,\s+(?:(?:first|originally|initially|also)\s+)?$"
)


def quoted_anchors(sentence: str) -> list[Anchor]:
    """'lawmaker X quoted the NIS as saying …' (the NIS says it, via X) and 'the agency was quoted as saying'."""
    anchors = []
    for match in _QUOTED_AS_SAYING.finditer(sentence):
        raw = match.group("src").strip()
        before = sentence[: match.start()]
        if raw.startswith("by ") and (aux := _AUXILIARY_END.search(before)) is not None:
            # "Lee was quoted by Yonhap as saying …": the subject says it, the agent relays it.
            subject = left_noun_phrase(strip_trailing_adverbs(before[: aux.start()]))
            speaker = clean_claimant(subject[1]) if subject else None
            if subject and speaker and plausible_source(subject[1]):
                relay = clean_claimant(raw[3:])
                anchors.append(Anchor(subject[0], match.end(), subject[1], speaker, via=relay, kind="quoted"))
            continue
        claimant = clean_claimant(raw)
        if not claimant or not plausible_source(raw):
            continue
        relay = left_noun_phrase(strip_trailing_adverbs(before))
        via = clean_claimant(relay[1]) if relay else None
        start = relay[0] if relay else match.start()
        if is_definite_coref(raw):  # "Lee quoted the agency as saying": the agency named before
            anchors.append(Anchor(start, match.end(), raw, None, pronoun=raw.lower(), via=via, kind="quoted"))
            continue
        anchors.append(Anchor(start, match.end(), raw, claimant, via=via, kind="quoted"))
    for match in _PASSIVE_QUOTED.finditer(sentence):
        found = left_noun_phrase(strip_trailing_adverbs(sentence[: match.start()]))
        if found is None:
            continue
        start, raw = found
        lower = raw.lower()
        # "…, Zelensky was quoted as saying by the Kyiv Independent": the agent after it relays.
        agent = _AGENT_AFTER.match(sentence, match.end())
        via = clean_claimant(agent.group(1)) if agent and plausible_source(agent.group(1)) else None
        end = agent.end() if via else match.end()
        if lower in PRONOUNS or is_definite_coref(raw):
            anchors.append(Anchor(start, end, raw, None, pronoun=lower, via=via, kind="quoted"))
        elif plausible_source(raw) and (claimant := clean_claimant(raw)):
            anchors.append(Anchor(start, end, raw, claimant, via=via, kind="quoted"))
    return anchors


_ANALYSED = frozenset({"analysed", "analyzed", "reviewed", "examined", "studied", "assessed", "interpreted"})
_EVIDENCE_BEFORE = re.compile(
    r"\b(?:[Ii]mages?|[Ii]magery|[Pp]hotos?|[Pp]hotographs?|[Ff]ootage|[Vv]ideos?|[Pp]ictures?)\b[^,;:]{0,60}?\s$"
)
# "Data compiled by the Open Source Centre shows …", "Figures collected by the UN …": whoever gathered the records
# reads them.
_COMPILED = frozenset({"compiled", "collected", "gathered", "collated", "tallied", "tracked", "obtained", "analysed",
                       "analyzed"})
_RECORDS_BEFORE = re.compile(
    r"\b(?:[Dd]ata|[Ff]igures|[Ss]tatistics|[Rr]ecords|[Nn]umbers|[Tt]all(?:y|ies)|[Cc]ounts|[Ee]stimates)\b[^,;:]{0,40}?\s$"
)
_PUT_AT_BEFORE = re.compile(r"\bput\s+(?:it\s+)?at\s+(?:[\w$€£%.,-]+\s+){0,3}[\w$€£%.,-]+$")


def given_by(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "<figure noun> … was given by " in ``text``; ``end`` is where the agent begins.

    Found from each " by " (few per text) and the word before it, so texts without such a verb cost a
    substring search only.
    """
    found: list[tuple[int, int]] = []
    at = text.find(" by ")
    while at >= 0:
        word_start = text.rfind(" ", 0, at) + 1
        word = text[word_start:at]
        if word not in _GIVEN_VERBS and " to " in text[max(0, at - 50) : at] and (
            told := _GIVEN_TO.search(text, max(0, at - 50), at)
        ):
            word_start, word = told.start(), told.group("verb")  # "was given to reporters by …": the verb before
        if word in _GIVEN_VERBS:
            head = _GIVEN_SUBJECT.search(text, max(0, word_start - 120), word_start) or (
                _GIVEN_SUBJECT_SET_OFF.search(text, max(0, word_start - 120), word_start)
            )
            if head is not None:
                found.append((head.start(), at + 4))
        elif text[word_start:at] in _ANALYSED and (shown := _EVIDENCE_BEFORE.search(text, max(0, word_start - 80),
                                                                                   word_start)) is not None:
            found.append((shown.start(), at + 4))  # "Images from Planet Labs analysed by CSIS show …": CSIS reads them
        elif text[word_start:at] in _COMPILED and (records := _RECORDS_BEFORE.search(text, max(0, word_start - 50),
                                                                                     word_start)) is not None:
            found.append((records.start(), at + 4))
        elif (put := _PUT_AT_BEFORE.search(text, max(0, at - 60), at)) is not None:
            # "The figure was put at 12,000 by Ukraine's HUR": the agent put the figure there.
            head = _GIVEN_SUBJECT.search(text, max(0, put.start() - 120), put.start() + 4)
            if head is not None:
                found.append((head.start(), at + 4))
        at = text.find(" by ", at + 4)
    return found


# "The ISW estimate of 10,000 to 12,000 troops", "RUSI's figure of up to 15,000", "the NIS estimate is 11,000",
# "Zelensky's claim that 3,000 …": a figure its owner gives.
_OWNED_FIGURE = re.compile(
    r"(?P<owner>(?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&-]*)(?:['’]s?)?\s+(?:(?!(?:the|a|an|this|that)\s)[a-z-]+\s+)?"
    # "… estimate of 12,000", or set off by a dash, a bracket or commas: "The Pentagon's estimate — 10,000 to 12,000
    # troops —", "The NIS figure, 10,000, sits at the lower end"
    r"(?:estimate|figure|tally|count|assessment|claims?|assertion)(?:\s+of\s+|\s*[—–(]\s*|\s+--\s+|,\s+(?=\S+,)|"
    r"\s+(?:is|was|stands\s+at|that)\s+)"
    r"(?=(?:(?:about|around|up\s+to|some|more\s+than|at\s+least|between|roughly|nearly|as\s+many\s+as)\s+)?[\d$€£])"
)


_SET_OFF = re.compile(r"(?:estimate|figure|tally|count|assessment)\s*(?:[—–(]|--)")


# "… is higher than the Pentagon's 10,000", "compared with Seoul's 11,000": a figure set against its owner's.
_COMPARED_OWNER = re.compile(
    r"\b(?:than|with|versus|vs\.?)\s+(?:the\s+)?(?P<owner>(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&-]*)['’]s?\s+"
    # The figure ends the clause: "Russia's 600,000 troops" are Russia's troops, not its estimate.
    r"(?=(?:(?:about|around|some|roughly|nearly)\s+)?[$€£]?\d+(?:[,.]\d+)*(?:\s+(?:estimate|figure))?\s*"
    r"(?:[;)]|[.,](?!\d)|$))"
)


def owned_figures(text: str) -> list[tuple[int, int, str]]:
    """(start, end, owner as written) of each "<Owner>'s estimate of <figure>" in ``text``."""
    compared = [
        (m.start("owner"), m.end(), m.group("owner")) for m in _COMPARED_OWNER.finditer(text)
    ] if ("'s " in text or "’s " in text) and (" than " in text or " with " in text or " vs" in text) else []
    return compared + _owned_figures(text)


# "Seoul's estimate of North Korean casualties was raised to 4,700": the owner's estimate, changed, is still theirs.
_OWNED_REVISED = re.compile(
    r"(?P<owner>(?:[A-Z][\w.&'’-]*\s+){0,4}[A-Z][\w.&-]*)['’]s?\s+(?:[a-z-]+\s+)?"
    r"(?:estimate|figure|tally|count|assessment|toll)s?\s+(?:of\s+(?:[\w'’-]+\s+){1,6}?)?"
    r"(?:was|were|ha(?:s|ve|d)\s+(?:(?:since|now|also)\s+)?been)\s+(?:(?:later|since|then|now|also)\s+)?"
    r"(?:raised|revised|lowered|cut|increased|updated|reduced|upped|adjusted)\s+(?:(?:up|down|upward|downward)\s+)?to\s+"
)


def _owned_figures(text: str) -> list[tuple[int, int, str]]:
    if ("'s " in text or "’s " in text) and ("ed to " in text or " cut to " in text or "ed up to " in text
                                             or "ed down to " in text or " cut down to " in text):
        revised = [(m.start("owner"), m.end(), m.group("owner")) for m in _OWNED_REVISED.finditer(text)]
        if revised:
            return revised
    if not ("estimate of" in text or "figure of" in text or "tally of" in text or "count of" in text
            or "estimate is" in text or "estimate was" in text or "figure is" in text or "figure was" in text
            or " stands at" in text or "claim that" in text or "claims that" in text or "assertion that" in text
            or "figure, " in text or "estimate, " in text
            or (("—" in text or "–" in text or "(" in text or "--" in text) and _SET_OFF.search(text))):
        return []
    return [
        (m.start("owner"), m.end(), m.group("owner")) for m in _OWNED_FIGURE.finditer(text)
        # "rejected Ukraine's claim that 4,000 …": a denial's object, whose owner ``owner_claims`` files
        if not (m.group().endswith("that ") and any(w in DENIAL_VERBS for w in text[: m.start()].split()[-2:]))
    ]


# "By Ukraine's estimate, …", "In the ministry's assessment, …", "By Seoul's count, …", "In the colonel's
# words, …": the owner's figure (an owner in lower case points back to one named before).
_BY_OWNERS_ESTIMATE = re.compile(
    r"\b(?:[Bb]y|[Ii]n)\s+(?P<owner>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|for)){0,5}|"
    r"the\s+[a-z]+(?:\s+[a-z]+)?)['’]s?\s+"
    r"(?:(?:own|latest|conservative|official|rough|internal|new|updated)\s+)?"
    r"(?:estimates?|count|reckoning|calculations?|tally|assessment|view|figures|words)\b"
)


def by_owners_estimate(text: str) -> list[tuple[int, int, str]]:
    """(start, end, owner as written) of each "By <Owner>'s estimate" in ``text``."""
    if "’s " not in text and "'s " not in text:
        return []  # no possessive: the common case, two scans in C
    if not ("s estimate" in text or "s count" in text or "s reckoning" in text or "s calculation" in text
            or "s tally" in text or "s assessment" in text or "s view" in text or "s figures" in text
            or "s own" in text or "s latest" in text or "s official" in text or "s conservative" in text
            or "s words" in text):
        return []
    return [(m.start(), m.end(), m.group("owner")) for m in _BY_OWNERS_ESTIMATE.finditer(text)]


# "That was the assessment of Oleksandr Kindratenko, a spokesman …": the words before were his.
POINTING_BACK = ("That ", "This ", "Such ", "Those ", "These ", "It ")
_ASSESSMENT_OF = re.compile(
    r"\s+(?:was|is|were|are|came\s+from)\s+(?:the\s+)?(?:assessment|estimate|view|conclusion|account|verdict|"
    r"reckoning|picture\s+painted)\s+(?:of|from|given\s+by|offered\s+by)\s+(?=(?:the\s+)?[A-Z])"
)


def assessment_of(text: str) -> list[tuple[int, int]]:
    """(start, where the source begins) of "That was the assessment of <source>" opening ``text``.

    Only a sentence that points back ("That", "This", "Such") names the source of the words before it.
    """
    if not text.startswith(POINTING_BACK):
        return []
    found = _ASSESSMENT_OF.match(text, text.find(" "))
    return [(found.start(), found.end())] if found else []


# "put at 11,000 by Seoul", "estimated at 1,100 by the NIS", then "and 12,000 by Washington": the agent follows
# the figure it put; a capital or "the" opens the agent ("by the end of the year" names no one).
_PUT_AT_BY = re.compile(
    r"\b(?:put|estimated|placed|pegged|assessed)\s+at\s+(?:[^,;:—–()]|,(?=\d)){1,40}?\s+by\s+(?=[A-Z]|the\s+[A-Z])"
)
_AND_BY = re.compile(r",?\s+(?:and|while|with|to)\s+(?:[^,;:—–()]|,(?=\d)){1,40}?\s+by\s+(?=[A-Z]|the\s+[A-Z])")


def figures_put_by(text: str) -> list[tuple[int, int, int]]:
    """(start, agent start, agent end) of each "put at <figure> by <agent>" and each "and <figure> by <agent>"
    right after one: each is cut into a claim of its own, its agent's."""
    found: list[tuple[int, int, int]] = []
    if "put at " not in text and "ed at " not in text:
        return found  # a substring scan in C spares most texts the pattern
    for match in _PUT_AT_BY.finditer(text):
        start, agent = match.start(), match.end()
        while True:
            agent_end = right_np_end(text, agent)
            found.append((start, agent, agent_end))
            more = _AND_BY.match(text, agent_end)
            if more is None:
                break
            start, agent = more.start(), more.end()
    return found


def put_by_anchors(sentence: str) -> list[Anchor]:
    """An anchor for each agent of ``figures_put_by``: its claim lies to its left and ends with its name."""
    anchors = []
    for start, agent, end in figures_put_by(sentence):
        raw = sentence[agent:end].strip(" ,—–-")
        claimant = clean_claimant(raw) if plausible_source(raw) else None
        if claimant:
            anchors.append(Anchor(start, agent + len(raw), raw, claimant, content="left", kind="put by"))
    return anchors

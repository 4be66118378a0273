"""Relays and chains: through whom a claim reached the article.

"X told Bloomberg News", "in an interview with X", "writing for X", "in a
February 2025 War on the Rocks article", "a statement carried by KCNA" name
a relay (``via``); "X, citing Y, reported" and "X, quoting Y, said" make Y the source and X the relay.
A platform the words were posted on ("writing on Telegram", "said in a Telegram post", "in a post on X")
relays them too; a body the speaker addressed ("told the Security Council") does not.
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.ascii_twins import TwinScan
from store.analysis.claimants import clean_claimant
from store.analysis.generic_sources import generic_claimant, is_demonym, is_generic
from store.analysis.phrase_ends import right_np_end
from store.analysis.phrases import plausible_source
from store.analysis.social_posts import PLATFORMS
from store.analysis.terms import trie_pattern

_PLATFORM = "|".join(sorted(PLATFORMS, key=len, reverse=True))


def _may_name_platform(text: str) -> bool:
    """Substring tests (each a fast scan in C) before the platform pattern: most sentences name no platform.

    Every name in ``PLATFORMS`` holds one of these pieces; "X" is looked for only as a word after "on"/"to".
    """
    return (
        "Tele" in text or "Twit" in text or "Face" in text or "Tok" in text or "Insta" in text or "Tube" in text
        or "VK" in text or "Weibo" in text or "Threads" in text or "Bluesky" in text or "Reddit" in text
        or "WhatsApp" in text or "Odno" in text or " X" in text
    )

# Relays: "told X", "in an interview with X", "speaking to X", "writing for X", "in an article for X",
# "in a February 2025 War on the Rocks article".  A trigger word is found first, then the phrase around it.
_TRIGGER_WORDS = """told telling tells interview speaking spoke talking talked writing article report piece op-ed column
    commentary essay carried published quoted seen obtained reviewed viewed""".split()
# Searched behind one space: every trigger starts with a word character, so "\b" before it is "a non-word
# character before it", and a pattern that starts with ``\W`` lets ``re`` skip through words in C.
_RELAY_TRIGGER = re.compile(rf"\W({trie_pattern(_TRIGGER_WORDS)})\b")
_RELAY_SCAN = TwinScan(_RELAY_TRIGGER)  # faster on plain ASCII text (see ``ascii_twins``)
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
    "quoted": re.compile(r"\s+by\s+"),  # "A source in the military, quoted by the Dong-A Ilbo, said …"
}
# "said in a statement seen by Reuters", "in a letter obtained by the FT": the outlet that saw the document relays
# it; only a document is seen so ("troops seen by drones" relay nothing).
_SEEING = frozenset({"seen", "obtained", "reviewed", "viewed"})
_SEEN_DOCUMENTS = (
    r"(?:statement|document|letter|report|memo|memorandum|cable|assessment|transcript|e-?mail|presentation|"
    r"briefing|copy|draft|note|readout|filing|dossier|paper|reply|response|answer|submission|testimony|slide|"
    r"message|text|order|directive|contract|invoice|manifest)s?"
)
_DOCUMENT_SEEN = re.compile(rf"\b{_SEEN_DOCUMENTS}\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# "A memo from the Pentagon, obtained by Politico, put …": the document opens the sentence, its seer set off after it.
_OPENING_DOCUMENT_SEEN = re.compile(rf"(?:an?|the)\s+(?:[\w-]+\s+){{0,2}}?{_SEEN_DOCUMENTS}\b[^,;]{{0,60}},\s+$",
                                    re.IGNORECASE)
for _word in _SEEING:
    _RELAY_AFTER[_word] = re.compile(r"\s+by\s+")
_RELAY_PUBLICATION = re.compile(r"\s+(?:for|in|published\s+by)\s+")
_RELAY_NAMED_BEFORE = re.compile(
    r"\bin\s+an?\s+(?:[\w-]+\s+){0,3}?((?:[A-Z][\w'’.-]*\s+)+(?:(?:on|of|the)\s+[A-Z][\w'’.-]*\s+)*)$"
)
_INTERVIEW_TRIGGERS = frozenset({"told", "telling", "tells", "interview", "speaking", "spoke", "talking", "talked"})
_ENDS_SENTENCE = re.compile(r"\s*[.!?\"”’)]*\s*$")
# "after a briefing by the NIS", "following a closed-door briefing from the agency": the body that briefed the
# speaker is the source, as with "citing"; so is "According to Reuters, which cited a NATO official, …".
_CITING = re.compile(
    r"\b(?:citing|quoting|cited\s+by|(?:which|who)\s+(?:cited|quoted)|"
    r"(?:after|following)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?briefing\s+(?:by|from))\s+",
    re.IGNORECASE,
)


def relays(sentence: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, relay name, was an interview) for every relay phrase in the sentence."""
    found = []
    # The first word lowered: "Speaking to the BBC, …" opens the sentence with its trigger.
    for trigger in _RELAY_SCAN.finditer(" " + sentence[:1].lower() + sentence[1:]):
        word = trigger.group(1)
        trigger_start, trigger_end = trigger.start(1) - 1, trigger.end(1) - 1  # offsets in ``sentence``
        if word in _SEEING and _DOCUMENT_SEEN.search(sentence, max(0, trigger_start - 40), trigger_start) is None and (
            _OPENING_DOCUMENT_SEEN.fullmatch(sentence, 0, trigger_start) is None
        ):
            continue
        after = _RELAY_AFTER.get(word) or _RELAY_PUBLICATION
        joined = after.match(sentence, trigger_end)
        raw = ""
        if joined:
            raw = sentence[joined.end() : right_np_end(sentence, joined.end())]
            first = raw.split(None, 1)
            if len(first) == 2 and first[0].islower() and first[0].endswith("s") and (
                first[1][:1].isupper() or first[1].startswith(("the ", "The "))
            ):  # "told reporters North Korea had sent …", "told reporters the NIS estimated …": whom he told
                raw = first[0]  # ends before the content
        elif word in ("article", "report", "piece", "op-ed", "column", "commentary", "essay", "interview"):
            named = _RELAY_NAMED_BEFORE.search(sentence, max(0, trigger_start - 80), trigger_start)
            raw = named.group(1) if named else ""
        # An outlet is named with a capital, as written: "told us" is no "US" however its alias reads.
        via = clean_claimant(raw.strip()) if raw.strip() and not raw.islower() else None
        if via and any(ch.isupper() for ch in via) and _names_outlet(via):
            found.append((trigger_start, trigger_end, via, word in _INTERVIEW_TRIGGERS))
    if _may_name_platform(sentence):
        for match in _PLATFORM_RELAY.finditer(sentence):
            if not any(a <= match.start() < b for a, b, _v, _i in [(f[0], f[1], f[2], f[3]) for f in found]):
                found.append((match.start(), match.end(), match.group("platform"), False))
    return found


# "told the Security Council", "told parliament": whom a speaker addressed, not an outlet that relays them.
_AUDIENCES = frozenset(
    """council parliament congress senate assembly committee duma rada lawmakers legislators mps parliamentarians
    senators commons lords bundestag diet knesset sejm seimas riigikogu saeima storting riksdag folketing eduskunta
    chamber house hearing subcommittee""".split()
)
# Common nouns an outlet's name may end in: "the Guardian newspaper", "the Yonhap news agency".
_OUTLET_NOUNS = frozenset(
    """newspaper paper daily weekly magazine agency broadcaster channel station network website site outlet
    publication programme program show podcast service radio television tv news""".split()
)


def _names_outlet(via: str) -> bool:
    """Whether the one told is an outlet that carries the words to the reader, not an audience.

    An outlet is a name, so its last word is capitalised ("Reuters", "the BBC", "Bloomberg News") or is an
    outlet's noun ("the Guardian newspaper"); "US officials", "South Korean lawmakers", "European diplomats" end
    in a common noun for people, who heard the words but carry them to no reader.  Bodies addressed
    ("the Security Council", "the Duma") are capitalised but are audiences too.
    """
    head = via.rsplit(None, 1)[-1]
    lower = head.lower()
    if lower in _AUDIENCES:
        return False
    return not head[:1].islower() or lower in _OUTLET_NOUNS


# "writing on Telegram", "said in a Telegram post", "in a post on X", "posted to his Facebook page": the platform
# carried the words, so it is the relay.
_PLATFORM_RELAY = re.compile(
    rf"\b(?:on|via|to|in\s+an?)\s+(?:(?:his|her|its|their|the|an?|official|own|personal|verified)\s+){{0,2}}"
    rf"(?P<platform>{_PLATFORM})(?![\w-])"
)


# "Citing satellite imagery, CSIS said …": evidence with no author of its own is not a source; CSIS says it.
_UNAUTHORED_EVIDENCE = frozenset(
    {"imagery", "image", "data", "footage", "document", "figure", "video", "photo", "recording", "intercept", "record",
     "evidence", "sign", "preparation",
     # what was overheard or ordered is evidence too: "citing intercepted radio traffic", "citing captured orders"
     "traffic", "communication", "transmission", "conversation", "chatter", "call", "order", "message", "log"}
)
# "citing battlefield reports", "citing frontline reports": reports named only by where they come from are
# evidence the speaker read; "citing media reports" or "citing a Pentagon report" name who reported.
_PLACE_REPORTS = re.compile(r"\b(?:battlefield|front[\s-]?line|combat|field|unit|situation)\s+reports?\b", re.IGNORECASE)

# Pictures taken by a satellite firm are evidence the citing analyst reads; data from an institute is its own.
_PICTURES = frozenset({"imagery", "image", "photo", "photograph", "footage", "video", "picture"})
_EVIDENCE_OWNER = re.compile(r"\s+(?:from|by|of|taken\s+by|provided\s+by)\s+")
# "citing intelligence shared with allies" names no one; "citing South Korean intelligence" does.
_BARE_EVIDENCE = frozenset({"intelligence", "information"})
# Work nobody is named as doing: "citing debris analysis", "citing internal estimates".  With an owner the
# name keeps a capital ("citing a RUSI analysis" is RUSI's); "citing its own assessment" is the speaker's.
_ANALYSIS = frozenset({"analysis", "analyse", "assessment", "estimate", "calculation", "study", "research", "count",
                       "tally", "investigation", "review"})
_OWN_WORK = frozenset({"its", "their", "his", "her", "our", "my"})


# "citing defects found by Ukrainian sappers", "citing losses recorded in Kursk": a bare common noun that others
# found or recorded is evidence the speaker reads; whoever found it is named only as a detail of it.
_FOUND_BY = re.compile(r"\s+(?:[a-z]+ed|found|seen|shown|taken|made|held|given|known|left|shot|kept)\s+(?:by|in|at|on)\s+")


# "citing figures compiled by Ukraine's HUR", "citing data released by the NIS": counts are their compiler's own,
# as "data from an institute" is, unlike defects found by sappers (evidence the speaker reads).
_COUNTS = frozenset({"figure", "figures", "data", "number", "numbers", "statistics", "estimate", "estimates", "tally",
                     "count", "counts", "toll"})
_COMPILED_BY = re.compile(
    r"\s+(?:compiled|collected|gathered|published|released|provided|issued|produced|kept|given|shared)\s+by\s+"
)


_CITED_COUNTS_BEFORE = re.compile(
    r"\b(?:citing|quoting)\s+(?:(?:the|new|latest|official|recent|its|their)\s+)*(?:(?:[\w-]+\s+)?"
    r"(?:figures|data|numbers|statistics|estimates|tally|count|counts|toll)\s+)?$",
    re.IGNORECASE,
)


def compiler_of_cited_counts(sentence: str, verb_start: int) -> bool:
    """Whether "compiled by" at ``verb_start`` (or the counts it follows) names the compiler of counts a "citing"
    phrase cites ("citing figures compiled by HUR"): HUR is that citation's source (see ``citations``), not a
    speaker of its own."""
    return _CITED_COUNTS_BEFORE.search(sentence, max(0, verb_start - 60), verb_start) is not None


def _found_by_others(raw: str) -> bool:
    head = _FOUND_BY.split(raw, 1)
    return len(head) == 2 and head[0].islower() and " " not in head[0] and not plausible_source(head[0])


_SEEN_BY = re.compile(r"\s+(?:seen|obtained|reviewed|viewed)\s+by\b")
# "citing members of parliament's intelligence committee", "citing a member of the National Assembly": the people
# are named by the body they belong to, which their noun phrase would end before.
_MEMBERS_OF = re.compile(
    r"\s*(?:(?:a|one|two|three|some|several|senior|other)\s+)?members?\s+of\s+(?=(?:the\s+)?(?:[A-Z]|parliament|"
    r"congress|(?:[\w-]+\s+){0,2}?(?:committee|assembly|parliament|council)))"
)


def _members_body_end(sentence: str, start: int) -> int | None:
    """The end of "members of X" when the cited phrase at ``start`` names people by their body, else None."""
    of = _MEMBERS_OF.match(sentence, start)
    return None if of is None else right_np_end(sentence, of.end())
_FAMILIAR_END = re.compile(r"\s+(?:familiar\s+with|close\s+to|briefed\s+on)$")


def citations(sentence: str) -> list[tuple[int, int, str, str]]:
    """(start, end, source as written, source name) for every "citing X" or "quoting X" in the sentence."""
    found = []
    may_cite = (
        "iting" in sentence or "uoting" in sentence or "briefing" in sentence
        or " cited " in sentence or " quoted " in sentence
    )
    for match in _CITING.finditer(sentence) if may_cite else ():
        if match.group().lower().startswith("cited"):
            continue  # "cited by X" is an anchor of its own
        members_end = _members_body_end(sentence, match.end())
        end = members_end or right_np_end(sentence, match.end())
        raw = sentence[match.end() : end].strip()
        if raw.endswith(("familiar with", "close to", "briefed on")) and generic_claimant(raw) is None:
            raw = _FAMILIAR_END.sub("", raw)  # "citing U.S. officials familiar with the intelligence": the officials
        if " by" in raw:  # "citing a Ukrainian assessment seen by the paper": the assessment's author, not the paper
            raw = _SEEN_BY.split(raw, 1)[0]
        source = clean_claimant(raw) if raw and (members_end or plausible_source(raw)) else None
        head, *owner = _EVIDENCE_OWNER.split(raw, 1)  # "satellite imagery from Planet Labs": imagery, cited as evidence
        if owner and head.lower() in _BARE_EVIDENCE and plausible_source(owner[0]):
            source = clean_claimant(owner[0])  # "citing intelligence from Ukraine": Ukraine's
        elif (by := _COMPILED_BY.match(sentence, end)) and raw.split() and raw.split()[-1].lower() in _COUNTS:
            # "citing figures compiled by Ukraine's HUR": the counts are HUR's
            owner_end = right_np_end(sentence, by.end())
            compiler = sentence[by.end() : owner_end].strip()
            if plausible_source(compiler) and (name := clean_claimant(compiler)):
                found.append((match.start(), owner_end, sentence[match.end() : owner_end].strip(), name))
                continue
        if (
            source
            and head.split()[-1].lower().rstrip("s") not in _PICTURES
            and source.split()[-1].lower().rstrip("s") not in _UNAUTHORED_EVIDENCE
            and _PLACE_REPORTS.search(sentence, match.end(), end + 9) is None  # ("reports" may end the phrase)
            and source.lower() not in _BARE_EVIDENCE
            and source.split()[0].lower() not in _OWN_WORK
            and not (source.islower() and _ANALYSIS.intersection((source.split()[-1], source.split()[-1][:-1])))
            and not _found_by_others(raw)
        ):
            found.append((match.start(), end, raw, source))
    return found


# Words placing a statement on an occasion of its own: "Kim told a briefing", "at a press conference", "Kim later
# said", "in a separate interview", "in a statement".  The outlet a speaker talked to earlier ("Kim told Yonhap")
# relays such a statement no more.  "told the paper" and "in the interview" point back to that outlet's interview.
_OWN_OCCASION = re.compile(
    r"\b(?:told|tells|telling)\s+(?!(?:the|this|that)\s+(?:paper|newspaper|outlet|magazine|agency|broadcaster|channel|"
    r"station|website|site|publication|programme|program|show|network)\b)|"
    r"\b(?:later|separately|separate|addressed|addressing|briefed|wrote|posted)\b|"
    r"\b(?:at|during|in|on)\s+(?:a|an|another|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?(?:briefing|conference|forum|"
    r"summit|meeting|hearing|speech|address|statement|session|event|appearance|broadcast|post|video|rally)s?\b|"
    r"\b(?:in|during)\s+(?:a|an|another)\s+(?:[\w-]+\s+){0,2}?interview\b",
    re.IGNORECASE,
)


def names_own_occasion(text: str) -> bool:
    """Whether a claim's words place it on an occasion of its own (a briefing, a statement, "later")."""
    return _OWN_OCCASION.search(text) is not None


def attach_relays(sentence: str, anchors: list[Anchor]) -> None:
    """Give each relay ("told X", "citing Y") to the nearest attribution of the sentence (in place)."""
    if not anchors:
        return
    told_before: dict[int, int] = {}  # id(anchor) → where its "told"/"interview" relay word ends
    for start, end, via, interview in relays(sentence):
        nearest = min(anchors, key=lambda a: _distance(a, start, end))
        if nearest.via is None:
            nearest.via, nearest.via_interview = via, interview
            told_before[id(nearest)] = end
    for start, end, raw, source in citations(sentence):
        nearest = min(anchors, key=lambda a: _distance(a, start, end))
        if _distance(nearest, start, end) > 60 and (
            len(anchors) > 1 or nearest.via is not None or not _ENDS_SENTENCE.match(sentence, end)
        ):
            continue  # far from its speaker, unless the sentence's only speaker closes it with "…, citing X."
        relay = nearest.claimant or nearest.raw
        # "X told Y, citing Z, that …": Z is the source, and the claim holds one relay, X or the outlet Y.  A named
        # X keeps it: X chose the source and the figure and answers for them, and Y, who only wrote X down, stays
        # readable in the claim's text.  An unnamed X ("an official told Reuters, citing …") can be checked by
        # no one, so the outlet that vouches for them is the relay an analyst can follow.
        if (
            nearest.via is not None
            and nearest.via_interview
            and told_before.get(id(nearest), len(sentence)) <= start
            and relay
            and _unnamed(clean_claimant(relay) or "")
        ):
            nearest.claimant, nearest.raw, nearest.pronoun = source, raw, None
            nearest.via_interview = False
            continue
        if nearest.claimant is None and nearest.pronoun is not None:
            # "Citing …, the lawmaker said": the lawmaker named before relays it; the article's speakers know who.
            nearest.via, nearest.via_pronoun = None, nearest.raw
        else:
            nearest.via = clean_claimant(relay) if relay else None
        nearest.claimant, nearest.raw, nearest.pronoun = source, raw, None
        nearest.via_interview = False


def _unnamed(name: str) -> bool:
    """ "official", "senior South Korean official", "unnamed sources": a description whose only capitals are a
    people's adjective names no one a reader could check."""
    if not name or is_generic(name):
        return bool(name)
    words = name.split()
    capitalised = " ".join(w for w in words[:-1] if not w[:1].islower())
    return words[-1].islower() and (not capitalised or capitalised in ("US", "UK", "EU") or is_demonym(capitalised))


def _distance(anchor: Anchor, start: int, end: int) -> int:
    if end <= anchor.start:
        return anchor.start - end
    if start >= anchor.end:
        return start - anchor.end
    return 0

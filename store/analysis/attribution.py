"""Who says it: the attributions in one sentence.

An attribution ("anchor") is found from its verb or preposition and then the
claimant's words are read beside it:

* "X said / told Y / estimated / reported / warned / believes …" — X is the noun
  phrase before the verb; "X, <role>, said" and "<role>, X, said" pick the name;
  "X, who …, said" skips the relative clause;
* inverted: '"…," said Wallace Gregson' and "…, says South Korea";
* "according to X", ", per X", "cited by X", "with reports suggesting that";
* chains: "X, citing Y, reported" and "according to X, citing Y" make Y the
  claimant and X the relay (``via``); "X told Bloomberg News" and "in an
  interview with X" make the outlet the relay.

Each anchor also says on which side of it the claimed content lies, so a
sentence carrying two claimants can be cut into one claim per claimant.
Pronouns ("he said") are left for the caller, which knows the speakers so far.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.analysis.claimants import PRONOUNS, clean_claimant

# --- vocabulary -------------------------------------------------------------------------

_VERB_FORMS = """says said say saying tells told tell telling estimates estimated estimate reports reported warns
    warned claims claimed claim claiming believes believed believe assesses assessed assess states stated notes noted
    adds added writes wrote argues argued argue suggests suggested suggest suggesting emphasises emphasized emphasised
    emphasizes stresses stressed explains explained confirms confirmed announces announced acknowledges acknowledged
    insists insisted predicts predicted cites cited indicates indicated concludes concluded alleges alleged testified
    disclosed revealed calculates calculated estimating reporting warning""".split()


def _verb_pattern() -> re.Pattern[str]:
    from store.analysis.terms import trie_pattern

    return re.compile(
        rf"\b(?:{trie_pattern(_VERB_FORMS)}|points\s+out|pointed\s+out|"
        r"puts?\s+(?:the|its|their|his|her)\s+(?:total|number|figure|toll|tally|count|estimate)\s+at)\b"
    )


_VERB = _verb_pattern()
_VERB_WORDS = frozenset(
    """says said say saying tells told tell telling estimates estimated estimate reports reported warns warned claims
    claimed claim believes believed believe assesses assessed assess states stated notes noted adds added writes wrote
    argues argued argue suggests suggested suggest points pointed emphasises emphasized emphasised emphasizes stresses
    stressed explains explained confirms confirmed announces announced acknowledges acknowledged insists insisted
    predicts predicted cites cited indicates indicated concludes concluded alleges alleged testified disclosed revealed
    calculates calculated""".split()
)
_ING_VERBS = frozenset({"saying", "telling", "suggesting", "claiming", "reporting", "estimating", "warning"})
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being", "am", "'s"})
_AUX = frozenset(
    """is are was were be been being am has have had having do does did will would shall should can could may might
    must""".split()
)
_BOUNDARY = frozenset(
    """that which who whom whose when where while whereas because as after before since until if though although
    but so than or nor yet unless whether once""".split()
)
_PREPOSITIONS = frozenset("in on at of for from with by to into about over under during among between like per against".split())
_TRAILING_ADVERB = re.compile(
    r"(?:^|\s)(?:also|previously|later|earlier|recently|reportedly|repeatedly|further|then|first|separately|similarly|"
    r"once|again|already|has|have|had|would|will|could|can|may|might|did|does|do|not|just|now|still|even|publicly|"
    r"privately|openly|initially|originally|subsequently|yesterday|today|tonight|long|himself|herself|themselves|"
    r"itself|too|only|however|specifically|explicitly|clearly|all|both|"
    r"on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:last|this|next)\s+(?:week|month|year|weekend|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|earlier\s+this\s+(?:week|month|year)|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s*$"
)
_SENTENCE_ADVERBS = frozenset(
    """similarly however meanwhile nevertheless nonetheless additionally instead still also indeed moreover
    furthermore earlier later separately previously yet then thus so overall likewise elsewhere""".split()
)
# Lower-case words that make a noun phrase a plausible source of a statement.
SOURCE_NOUNS = frozenset(
    """official officials analyst analysts expert experts source sources report reports intelligence observer
    observers diplomat diplomats researcher researchers people person government ministry military army agency
    group spokesman spokeswoman spokesperson commander commanders statement study analysis data estimate estimates
    assessment assessments imagery soldier soldiers troops lawmaker lawmakers legislator legislators media outlet
    outlets officer officers authorities critic critics resident residents witness witnesses investigator
    investigators monitor monitors scholar scholars specialist specialists economist economists president minister
    secretary ambassador envoy aide aides adviser advisers advisor advisors leader leaders chief head director
    general journalist journalists correspondent reporter reporters newspaper paper broadcaster network service
    services institute centre center council committee office department embassy team project survey poll document
    documents findings figures prosecutors police navy command staff administration mission delegation
    representative representatives operator operators pilot commentators insiders defectors veterans engineers
    generals agencies tank thinktank think-tank newspapers""".split()
)
_DEFINITE_COREF = frozenset(
    """group ministry agency outlet report statement newspaper paper company army military department network
    broadcaster service institute centre center project government council office embassy study organization
    organisation official spokesman spokeswoman spokesperson minister president ambassador analyst expert commander
    general source researcher lawmaker diplomat people officials analysts experts sources""".split()
)
_NP_PARTICIPLES = frozenset({"unnamed", "unidentified", "armed", "informed", "retired", "embattled", "ruling", "leading",
                             "governing", "outgoing", "incoming", "named", "detained", "captured", "concerned",
                             "exiled", "based"})
_QUOTE_CHARS = "\"“”"
# Relays: "told X", "in an interview with X", "speaking to X", "writing for X", "in an article for X",
# "in a February 2025 War on the Rocks article".  A trigger word is found first, then the phrase around it.
_RELAY_TRIGGER = re.compile(
    r"\b(?:told|telling|tells|interview|speaking|spoke|talking|talked|writing|article|report|piece|op-ed|column|"
    r"commentary|essay)\b"
)
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
}
_RELAY_PUBLICATION = re.compile(r"\s+(?:for|in|published\s+by)\s+")
_RELAY_NAMED_BEFORE = re.compile(r"\bin\s+an?\s+(?:[\w-]+\s+){0,3}?((?:[A-Z][\w'’.-]*\s+)+(?:(?:on|of|the)\s+[A-Z][\w'’.-]*\s+)*)$")
_INTERVIEW_TRIGGERS = frozenset({"told", "telling", "tells", "interview", "speaking", "spoke", "talking", "talked"})
_CITING = re.compile(r"\b(?:citing|cited\s+by)\s+", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\s+", re.IGNORECASE)
_PER = re.compile(r"(?:^|,\s+)(?P<per>[Pp]er)\s+(?=[A-Z]|the\s|a\s|an\s|some\s|sources|officials|analysts|reports|local|state|media|unnamed|senior)")
_WITH_ING = re.compile(r"\bwith\s+(?P<np>(?:[\w'’-]+\s+){1,6}?)(?P<verb>saying|suggesting|claiming|reporting|estimating|warning|indicating)\b")
_LIST_TAIL = re.compile(
    r"(?:,\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})*,?\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
)
_WORD_SPAN = re.compile(r"\S+")
_TIME_TAIL = re.compile(
    r"^(?:\s*(?:on|in|last|this|earlier|late|early|during|at|by|over|via|through|to|from|with|when|"
    r"an?|the|interview|statement|briefing|press|conference|report|note|post|address|speech|session|"
    r"week|month|year|weekend|morning|evening|night|afternoon|time|local|research|televised|nightly|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|\d{1,4}|[A-Z][\w'’.-]*)\b[\s,]*)*[.!?\"”’)]*\s*$"
)


@dataclass(slots=True)
class Anchor:
    start: int  # first character of the attribution (the claimant's words, or "according to")
    end: int  # last character of it (the verb, or the claimant's words)
    raw: str  # the claimant's words as written
    claimant: str | None  # cleaned name; None while a pronoun waits for its antecedent
    pronoun: str | None = None  # "he", "she", "they", "it", or a definite "the group"
    via: str | None = None
    via_interview: bool = False  # the relay was an interview ("told Kyodo News"): it carries forward
    content: str = "right"  # where the claimed content is: "right" of the anchor or "left" of it
    kind: str = "verb"


def may_attribute(text: str) -> bool:
    """A cheap test: could ``text`` hold an attribution at all?"""
    return bool(_VERB.search(text)) or "ccording" in text or ("er " in text and bool(_PER.search(text)))


def attribution_starts(text: str) -> list[int]:
    """Offsets of the words that can open an attribution (verbs, "according to", "per"), for per-sentence tests."""
    starts = [m.start() for m in _VERB.finditer(text)]
    if "ccording" in text:
        starts += [m.start() for m in _ACCORDING.finditer(text)]
    if "er " in text:
        starts += [m.start("per") for m in _PER.finditer(text)]
    return starts


def find_anchors(sentence: str) -> list[Anchor]:
    """Every attribution in ``sentence``, in order, overlapping ones removed."""
    anchors: list[Anchor] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for match in _ACCORDING.finditer(sentence) if "ccording" in sentence else ():
        anchor = _prepositional_anchor(sentence, match.start(), match.end(), "according")
        if anchor:
            anchors.append(anchor)
            taken.append((anchor.start, anchor.end))
    for match in _PER.finditer(sentence) if "er " in sentence else ():
        anchor = _prepositional_anchor(sentence, match.start("per"), match.end(), "per")
        if anchor and free(anchor.start, anchor.end):
            anchors.append(anchor)
            taken.append((anchor.start, anchor.end))
    for match in _WITH_ING.finditer(sentence) if "with " in sentence else ():
        np = match.group("np").strip()
        claimant = clean_claimant(np)
        if claimant and _plausible_source(np) and free(match.start(), match.end()):
            anchors.append(Anchor(match.start("np"), match.end(), np, claimant, kind="with"))
            taken.append((match.start(), match.end()))
    for match in _VERB.finditer(sentence):
        if not free(match.start(), match.end()) or match.group().lower() in _ING_VERBS:
            continue
        if match.group() in ("cited",) and sentence[match.end() : match.end() + 4] == " by ":
            anchor = _prepositional_anchor(sentence, match.start(), match.end() + 4, "cited by")
        else:
            anchor = _verb_anchor(sentence, match)
        if anchor and free(anchor.start, anchor.end):
            anchors.append(anchor)
            taken.append((anchor.start, anchor.end))
    anchors.sort(key=lambda a: a.start)
    _attach_relays(sentence, anchors)
    return anchors


# --- the anchors ----------------------------------------------------------------------------


def _prepositional_anchor(sentence: str, start: int, np_start: int, kind: str) -> Anchor | None:
    clause_end = _clause_end(sentence, np_start)
    raw = sentence[np_start:clause_end].strip()
    end = np_start + len(sentence[np_start:clause_end].rstrip())
    tail = _LIST_TAIL.match(sentence, end)
    if tail and _TIME_TAIL.match(sentence[tail.end() :]):
        raw = sentence[np_start : tail.end()].strip()
        end = tail.end()
    claimant = clean_claimant(raw)
    if len(raw.split()) > 20 or (len(raw.split()) > 8 and claimant and len(claimant.split()) > 8):
        cut = _right_np_end(sentence, np_start)
        raw, end = sentence[np_start:cut].strip(), cut
        claimant = clean_claimant(raw)
    if not claimant or not _plausible_source(raw):
        return None
    before = sentence[:start].strip(" ,")
    content = "right" if len(before.split()) <= 3 and not before.endswith(("said", "says")) else "left"
    if content == "right" and before and sentence[end : end + 1] != ",":
        content = "left"
    return Anchor(start, end, raw, claimant, content=content, kind=kind)


def _verb_anchor(sentence: str, match: re.Match[str]) -> Anchor | None:
    verb_start, verb_end = match.start(), match.end()
    before = sentence[:verb_start]
    stripped = _strip_trailing_adverbs(before)
    previous = stripped.split()[-1].lower() if stripped.split() else ""
    if previous in _BE or previous.endswith("n't") and previous[:-3] in _BE:
        return None  # passive: "is believed", "were reported"
    if previous == "to" and match.group() in ("estimate", "calculate", "conclude", "say"):
        return _infinitive_anchor(sentence, stripped, verb_start, verb_end)
    if _is_inverted(stripped) and match.group() not in ("told", "tells", "tell"):
        inverted = _inverted_anchor(sentence, verb_start, verb_end)
        if inverted is not None or not stripped.rstrip().endswith(","):
            return inverted
    found = _left_noun_phrase(stripped)
    if found is None:
        return None
    np_start, np_text = found
    lower = np_text.lower().strip()
    content = _content_side(sentence, verb_end)
    if lower in PRONOUNS:
        return Anchor(np_start, verb_end, np_text, None, pronoun=lower, content=content)
    if _is_definite_coref(lower):
        return Anchor(np_start, verb_end, np_text, None, pronoun=lower, content=content)
    if not _plausible_source(np_text):
        return None
    claimant = clean_claimant(np_text)
    if not claimant:
        return None
    return Anchor(np_start, verb_end, np_text, claimant, content=content)


def _infinitive_anchor(sentence: str, stripped: str, verb_start: int, verb_end: int) -> Anchor | None:
    """'Open Source Centre used the imagery to estimate that …': the clause's subject says it."""
    clause_start = max(stripped.rfind(","), stripped.rfind(";"), -1) + 1
    clause = stripped[clause_start:]
    lead = re.match(r"\s*((?:the\s+)?(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*)", clause)
    if not lead:
        return None
    raw = lead.group(1)
    claimant = clean_claimant(raw)
    if not claimant:
        return None
    start = clause_start + lead.start(1)
    return Anchor(start, verb_end, raw, claimant, content=_content_side(sentence, verb_end))


def _is_inverted(before: str) -> bool:
    tail = before.rstrip()
    return bool(tail) and tail[-1] in ",\"”" and (tail[-1] != "," or len(tail.split()) >= 3)


def _inverted_anchor(sentence: str, verb_start: int, verb_end: int) -> Anchor | None:
    """'"…," said Wallace Gregson, a former officer' / '…, says South Korea.'"""
    rest = sentence[verb_end:]
    lead = re.match(r"\s+((?:the|a|an)\s+)?(?=[A-Z]|he\b|she\b|they\b|it\b)", rest)
    if not lead:
        return None
    np_start = verb_end + lead.start(1) if lead.group(1) else verb_end + lead.end()
    end = _right_np_end(sentence, np_start)
    after = sentence[end:].lstrip(" )\"”’")
    if after and after[0] not in ",.;:!?" and not _TIME_TAIL.match(sentence[end:]):
        return None  # "…, states that …": content follows, so this is not "said X"
    raw = sentence[np_start:end].strip()
    lower = raw.lower()
    if lower in PRONOUNS or _is_definite_coref(lower):
        return Anchor(verb_start, end, raw, None, pronoun=lower, content="left")
    claimant = clean_claimant(raw)
    if not claimant or not _plausible_source(raw):
        return None
    return Anchor(verb_start, end, raw, claimant, content="left")


# --- noun phrases ---------------------------------------------------------------------------


def _strip_trailing_adverbs(text: str) -> str:
    """'South Korean intelligence has also' → 'South Korean intelligence'."""
    # The adverbs sit at the very end: search only the last few words, never the whole sentence.
    while (match := _TRAILING_ADVERB.search(text, max(0, len(text) - 40))) is not None:
        text = text[: match.start()]
    return text


def _left_noun_phrase(text: str) -> tuple[int, str] | None:
    """The claimant's words just before a verb: (start offset, words)."""
    body = text.rstrip()
    if not body:
        return None
    if body.endswith(","):
        return _appositive_chain(body[:-1])
    window = max(0, len(body) - 220)  # 16 words back is the most a claimant's phrase takes
    tokens = [(m.start(), m.group()) for m in _WORD_SPAN.finditer(body, window)][-16:]
    if window and tokens and not body[tokens[0][0] - 1].isspace():
        tokens = tokens[1:]
    collected: list[tuple[int, str]] = []
    for index in range(len(tokens) - 1, -1, -1):
        start, token = tokens[index]
        core = token.strip("\"“”()[]")
        lower = core.lower()
        closes = token[-1] in ",;:" or token[-1] in _QUOTE_CHARS or token in ("—", "–", "-")
        if closes:
            if collected and collected[0][1].lower() in ("and", "or") and core[:1].isupper():
                collected.insert(0, (start, core.rstrip(",")))  # a list: "officials in the US, Ukraine, and …"
                continue
            if collected and len(collected) >= 1 and _list_item(collected) and core[:1].isupper():
                collected.insert(0, (start, core.rstrip(",")))
                continue
            break
        if token[0] in _QUOTE_CHARS:
            collected.insert(0, (start + 1, core))
            break
        if core[:1].islower() and (lower in _BOUNDARY or lower in _AUX or lower in _VERB_WORDS):
            break
        if lower in ("and", "or") and index > 0:
            prev = tokens[index - 1][1].strip("\"“”(,")
            if not (prev[:1].isupper() or prev.lower() in SOURCE_NOUNS) or not collected:
                break
        if core[:1].islower() and lower.endswith(("ed", "ing")) and lower not in _NP_PARTICIPLES:
            if not collected or collected[0][1].lower() not in _PREPOSITIONS:
                break
        collected.insert(0, (start, core))
        if len(collected) > 14:
            return None
    if not collected:
        return None
    words = [w for _s, w in collected]
    # "soldiers fighting in the Kursk region" → "soldiers"; "X, who …" never gets here.
    for i, word in enumerate(words):
        low = word.lower()
        if i > 0 and low.endswith("ing") and word[:1].islower() and low not in _NP_PARTICIPLES:
            words = words[:i]
            break
        if i > 0 and low in ("familiar", "close", "briefed", "involved"):
            words = words[:i]
            break
    while words and (words[0].lower() in _PREPOSITIONS or words[0].lower() in _SENTENCE_ADVERBS):
        if words[0].lower() in _PREPOSITIONS:
            return None  # "to reported losses": a prepositional phrase is nobody
        words = words[1:]
        collected = collected[1:]
    if not words:
        return None
    first = collected[0][0]
    last_start, last_word = collected[len(words) - 1] if len(words) <= len(collected) else collected[-1]
    end = last_start + len(last_word)
    while end < len(body) and body[end] in ")]":
        end += 1
    return first, body[first:end]


def _list_item(collected: list[tuple[int, str]]) -> bool:
    return any(w.lower() in ("and", "or") for _s, w in collected[:3])


_CHAIN_SPLIT = re.compile(r"(,\s+|[,.?!]?[\"”]\s+)")


def _appositive_chain(body: str) -> tuple[int, str] | None:
    """'Dmytro Ponomarenko, Ukraine's ambassador to South Korea' → the name, wherever it sits."""
    pieces: list[tuple[int, str]] = []
    offset = 0
    for part in _CHAIN_SPLIT.split(body):
        if part and not _CHAIN_SPLIT.fullmatch(part):
            pieces.append((offset, part))
        offset += len(part)
    candidates: list[tuple[int, str]] = []
    for start, piece in reversed(pieces[-5:]):
        text = re.sub(r"^(?:and|or)\s+", "", piece.strip())
        lead = text.split()[0].lower() if text.split() else ""
        if lead in ("who", "which", "whose", "where", "when") or (lead.endswith("ing") and text[:1].islower()):
            continue  # "who until last year was …", "writing for Insider …"
        if lead in _PREPOSITIONS or lead in _SENTENCE_ADVERBS:
            continue  # "in a February 2025 report for the IISS", "Similarly"
        if text[:1].islower() and lead not in ("a", "an", "the") and lead.rstrip(".") not in _ROLE_HEADS:
            continue  # "built in 1960 at the instructions of …": a description, neither name nor role
        if _is_role(text):
            candidates.append((start, text))
            continue
        if _is_name(text):
            name = re.sub(r"^(?:and|or)\s+", "", text)
            offset_in = text.find(name)
            candidates.append((start + offset_in + (len(piece) - len(piece.lstrip())), name))
            cleaned = clean_claimant(name)
            if cleaned and _is_person(cleaned):
                return candidates[-1]
            continue
        if text.endswith(('"', "”")) or len(text.split()) > 8:
            break
        break
    names = [c for c in candidates if _is_name(c[1]) and not _is_role(c[1])]
    if names:
        return names[0]
    return candidates[0] if candidates else None


def _is_person(name: str) -> bool:
    from store.analysis.claimants import looks_like_person

    return looks_like_person(name)


def _is_role(text: str) -> bool:
    """An appositive naming a position: "a senior advisor with …", "head of …", "South Korea's defense minister"."""
    words = text.split()
    if not words:
        return False
    first = words[0].lower()
    if first in ("a", "an", "the") and len(words) > 1 and words[1][:1].islower():
        return True
    if first.rstrip(".") in _ROLE_HEADS:
        return True
    return bool(re.match(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+(?:[a-z-]+\s+)*[a-z-]+", text))


def _is_name(text: str) -> bool:
    words = re.sub(r"^(?:and|or)\s+", "", text).split()
    if not words or len(words) > 9:
        return False
    if any(w[:1].islower() and (w in _AUX or w in _VERB_WORDS) for w in words):
        return False
    return words[0][:1].isupper() or words[0].lower() == "the"


_ROLE_HEADS = frozenset(
    """head chief director spokesman spokeswoman spokesperson ambassador minister secretary president chairman chair
    professor fellow analyst expert researcher lecturer adviser advisor aide officer commander editor founder
    deputy member envoy specialist economist correspondent reporter official leader governor senator""".split()
)


def _is_definite_coref(lower: str) -> bool:
    words = lower.split()
    return len(words) == 2 and words[0] == "the" and words[1] in _DEFINITE_COREF


def _plausible_source(words: str) -> bool:
    tokens = [t.strip("\"“”(),.'’") for t in words.split()]
    for i, token in enumerate(tokens):
        if not token:
            continue
        if token.lower() in SOURCE_NOUNS:
            return True
        if token[:1].isupper() and token.lower() not in _NOT_NAMES and not (i == 0 and token.lower() in _BOUNDARY):
            return True
    return False


_NOT_NAMES = frozenset(
    """the a an this that these those some many most other such but and however meanwhile it its he she they we i
    his her their our there here what when where while if in on at as for with from by""".split()
)


def _right_np_end(sentence: str, start: int) -> int:
    """Where the noun phrase starting at ``start`` ends (told X …, said X, …, per X)."""
    end = start
    words = list(_WORD_SPAN.finditer(sentence, start))
    for i, match in enumerate(words[:12]):
        token = match.group()
        core = token.rstrip(",.;:!?\"”)’'").lstrip("\"“(")
        lower = core.lower()
        next_word = words[i + 1].group().lstrip("\"“(") if i + 1 < len(words) else ""
        if i > 0 and (lower in _BOUNDARY or lower in _AUX or lower in _VERB_WORDS):
            break
        if i > 0 and lower in ("on", "in", "at", "last", "this", "earlier", "during", "after", "before", "to", "via", "when", "about", "over"):
            break
        if i > 0 and lower in ("of", "for", "and", "the", "&", "de") and not (next_word[:1].isupper() or next_word.lower() == "the"):
            break
        if i > 0 and core[:1].islower() and lower.endswith(("ed", "ing")) and lower not in _NP_PARTICIPLES:
            break
        end = match.start() + len(token.rstrip(",.;:!?\"”)’"))
        if token != token.rstrip(",.;:!?\"”)"):
            break
    return end


_CLAUSE_END = re.compile(r",(?!\d{3})|[.;:!?\"”](?!\d)|\s[–—-]\s|—")
_CLAUSE_END_AFTER_ACRONYM = re.compile(r",(?!\d{3})|[;:!?\"”]|\.(?=\s|$)")


def _clause_end(sentence: str, start: int) -> int:
    match = _CLAUSE_END.search(sentence, start)
    if match and match.group() == "." and re.match(r"[A-Z]\.|U\.S|U\.K|U\.N", sentence[match.start() - 1 : match.start() + 2]):
        later = _CLAUSE_END_AFTER_ACRONYM.search(sentence, match.end() + 1)
        return later.start() if later else len(sentence)
    return match.start() if match else len(sentence)


def _content_side(sentence: str, verb_end: int) -> str:
    rest = sentence[verb_end:]
    words = rest.split()
    if words and words[0] == "that":
        return "right"
    if len(words) <= 4 or (len(words) <= 14 and _TIME_TAIL.match(rest)):
        return "left"
    return "right"


# --- relays ("via") and chains ("citing") ---------------------------------------------------------


def _relays(sentence: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, relay name, was an interview) for every relay phrase in the sentence."""
    found = []
    for trigger in _RELAY_TRIGGER.finditer(sentence):
        word = trigger.group()
        after = _RELAY_AFTER.get(word) or _RELAY_PUBLICATION
        joined = after.match(sentence, trigger.end())
        raw = ""
        if joined:
            raw = sentence[joined.end() : _right_np_end(sentence, joined.end())]
        elif word in ("article", "report", "piece", "op-ed", "column", "commentary", "essay", "interview"):
            named = _RELAY_NAMED_BEFORE.search(sentence, max(0, trigger.start() - 80), trigger.start())
            raw = named.group(1) if named else ""
        via = clean_claimant(raw.strip()) if raw.strip() else None
        if via and any(ch.isupper() for ch in via):  # "told reporters", "told parliament" relay nothing
            found.append((trigger.start(), trigger.end(), via, word in _INTERVIEW_TRIGGERS))
    return found


def _attach_relays(sentence: str, anchors: list[Anchor]) -> None:
    if not anchors:
        return
    for start, end, via, interview in _relays(sentence):
        nearest = min(anchors, key=lambda a: _distance(a, start, end))
        if nearest.via is None:
            nearest.via = via
            nearest.via_interview = interview
    for match in _CITING.finditer(sentence) if "ited" in sentence or "iting" in sentence else ():
        end = _right_np_end(sentence, match.end())
        raw = sentence[match.end() : end].strip()
        if not raw or not _plausible_source(raw):
            continue
        source = clean_claimant(raw)
        if not source:
            continue
        if match.group().startswith("cited"):
            continue  # "cited by X" is an anchor of its own
        nearest = min(anchors, key=lambda a: _distance(a, match.start(), end))
        if _distance(nearest, match.start(), end) > 60:
            continue
        relay = nearest.claimant or nearest.raw
        nearest.via = clean_claimant(relay) if relay else None
        nearest.claimant, nearest.raw, nearest.pronoun = source, raw, None
        nearest.via_interview = False


def _distance(anchor: Anchor, start: int, end: int) -> int:
    if end <= anchor.start:
        return anchor.start - end
    if start >= anchor.end:
        return start - anchor.end
    return 0

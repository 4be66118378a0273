"""Appositive chains: the name among the comma-set pieces before a verb ("Dmytro Ponomarenko, Ukraine's ambassador
to South Korea, said").

The pieces are read from the verb back: a role ("head of …", "South Korea's defence minister") or a name each may
be the claimant, a person's name wins, and a description ("built in 1960 at …") or a prepositional phrase ends
nothing but is skipped.
"""

from __future__ import annotations

import re

from store.analysis.claimants import clean_claimant, looks_like_person
from store.analysis.generic_sources import generic_claimant
from store.analysis.phrase_words import AUX, PREPOSITIONS, SENTENCE_ADVERBS
from store.analysis.reporting_verbs import VERB_WORDS

_LEADING_AND = re.compile(r"^(?:and|or)\s+")
_POSSESSIVE_ROLE = re.compile(
    r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s\s+(?:[a-z-]+\s+)*[a-z-]+"
)  # "South Korea's defense minister"
CHAIN_SPLIT = re.compile(r"(,\s+|[,.?!]?[\"”]\s+)")
# A piece opening a clause of its own: "KCNA did not mention it, while Yonhap, citing the NIS, said": what stands
# before "while" is another clause, never a piece of this speaker's chain.
_CLAUSE_OPENER = re.compile(r"(?:while|whereas|but|although|though|yet)\s+", re.IGNORECASE)
# A group of people named by its plural noun, which speaks as a name does: "while officials, citing HUR, spoke of …".
_SPEAKING_GROUP = re.compile(
    r"(?:[\w'’-]+\s+){0,3}?(?:officials|authorities|lawmakers|diplomats|analysts|experts|sources|ministers|"
    r"commanders|officers|spokespeople|spokesmen)"
)


def appositive_chain(body: str) -> tuple[int, str] | None:
    """'Dmytro Ponomarenko, Ukraine's ambassador to South Korea' → the name, wherever it sits."""
    candidates: list[tuple[int, str]] = []
    for start, piece in _this_clauses_pieces(last_pieces(body, 5)):
        text = _LEADING_AND.sub("", piece.strip())
        lead = text.split()[0].lower() if text.split() else ""
        if lead in ("who", "which", "whose", "where", "when") or (lead.endswith("ing") and text[:1].islower()):
            continue  # "who until last year was …", "writing for Insider …"
        if lead in PREPOSITIONS or lead in SENTENCE_ADVERBS:
            continue  # "in a February 2025 report for the IISS", "Similarly"
        if text[:1].islower() and lead not in ("a", "an", "the") and lead.rstrip(".") not in _ROLE_HEADS and (
            candidates or not _SPEAKING_GROUP.fullmatch(text)
        ):
            continue  # "built in 1960 at the instructions of …": a description, neither name nor role
        if _is_role(text):
            candidates.append((start, text))
            continue
        if _is_name(text):
            name = _LEADING_AND.sub("", text)
            offset_in = text.find(name)
            candidates.append((start + offset_in + (len(piece) - len(piece.lstrip())), name))
            cleaned = clean_claimant(name)
            if cleaned and looks_like_person(cleaned):
                return candidates[-1]
            continue
        if not candidates and (generic_claimant(text) is not None or _SPEAKING_GROUP.fullmatch(text)):
            candidates.append((start + len(piece) - len(piece.lstrip()), text))  # "Some reports, citing …, said"
        break
    names = [c for c in candidates if _is_name(c[1]) and not _is_role(c[1])]
    if names and generic_claimant(names[0][1]) is not None:
        # "A third source, a Western diplomat in Seoul": a generic source is no name; the description says more.
        names = [c for c in names if generic_claimant(c[1]) is None]
        if not names and len(candidates) > 1:
            return candidates[0]
    if names:
        return names[0]
    return candidates[0] if candidates else None


def _this_clauses_pieces(pieces: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The pieces (last first) up to the one that opens the speaker's clause with a name ("while Yonhap"), that one
    without its opener; all of them when no name opens a clause ("while the limited number of reports makes …").

    The name must be set off from the verb by a piece of its own ("while Yonhap, citing the NIS, said"): "The
    minister, while Ukraine burned, said" is the minister's, the clause an aside.
    """
    for index, (start, piece) in enumerate(pieces):
        if index and (stop := max(piece.rfind("; "), piece.rfind(": "))) >= 0 and _is_name(piece[stop + 2 :]):
            # "Zelensky says 4,000; the NIS, which cites …, says", "Dame Barbara Woodward (United Kingdom): Ukrainian
            # authorities, citing …, say": a semicolon or a speaker's label ends what stands before the clause
            return [*pieces[:index], (start + stop + 2, piece[stop + 2 :])]
        opener = _CLAUSE_OPENER.match(piece, len(piece) - len(piece.lstrip()))
        if index and opener is not None and (
            _is_name(piece[opener.end() :]) or _SPEAKING_GROUP.fullmatch(piece, opener.end())
        ):  # "while Yonhap, citing the NIS, said", "while officials, citing HUR, spoke of …"
            return [*pieces[:index], (start + opener.end(), piece[opener.end() :])]
    return pieces


def last_pieces(body: str, count: int) -> list[tuple[int, str]]:
    """The last ``count`` non-empty pieces of ``body`` between chain separators, last first, with their offsets.

    ``split`` with a capturing group returns text, separator, text, …: the texts sit at even indexes.  They
    are read from the end, so a long sentence before the verb costs nothing but the split itself.
    """
    parts = CHAIN_SPLIT.split(body)
    pieces: list[tuple[int, str]] = []
    offset = len(body)
    for index in range(len(parts) - 1, -1, -1):
        part = parts[index]
        offset -= len(part)
        if index % 2 == 0 and part:
            pieces.append((offset, part))
            if len(pieces) == count:
                break
    return pieces


def _is_role(text: str) -> bool:
    """An appositive naming a position: "a senior advisor with …", "head of …", "South Korea's defense minister"."""
    words = text.split()
    if not words:
        return False
    first = words[0].lower()
    if first in ("a", "an", "the") and len(words) > 1 and words[1][:1].islower():
        return True
    if first in ("a", "an", "the") and len(words) > 2:
        # "a British research group", "a South Korean think tank", "a Western diplomat in Seoul": the head noun
        # (the last word before any prepositional phrase or a second description) is a common noun; after
        # "the" it must name a post ("the White House national security adviser and a retired admiral"),
        # since "the Kim Jong Suk textile factory" is a body's name.
        head = len(words)
        for index in range(2, len(words)):
            if words[index].lower() in PREPOSITIONS or words[index] == "and":
                head = index
                break
        last = words[head - 1]
        if head > 2 and last[:1].islower() and last.isalpha() and (first != "the" or last in _ROLE_HEADS):
            return True
    if first.rstrip(".") in _ROLE_HEADS:
        return True
    return bool(_POSSESSIVE_ROLE.match(text))


def _is_name(text: str) -> bool:
    words = _LEADING_AND.sub("", text).split()
    if not words or len(words) > 9:
        return False
    if any(w[:1].islower() and (w in AUX or w in VERB_WORDS) for w in words):
        return False
    return words[0][:1].isupper() or words[0].lower() == "the"


_ROLE_HEADS = frozenset(
    """head chief director spokesman spokeswoman spokesperson ambassador minister secretary president chairman chair
    professor fellow analyst expert researcher lecturer adviser advisor aide officer commander editor founder
    deputy member envoy specialist economist correspondent reporter official leader governor senator""".split()
)

"""Masthead lines: an outlet's name printed on a line of its own, above or beside a story.

"Korea Herald", "[Hanbit Ilbo English Edition]", "Daily Ledger - English": such a line names
where the story ran, not what it says.  It counts only if the outlet list knows the name or it
carries a publication word, so that a section kicker or a writer's name is never an outlet.
"""

from __future__ import annotations

import re

from store.normalise.furniture import is_section_word
from store.normalise.outlets import (
    has_issuer_word,
    has_publication_word,
    outlet_of_titled_name,
    outlet_table,
    without_edition,
)
from store.normalise.shapes import last_visible, without_formatting_tags

_NAME_GLUE = frozenset({"of", "the", "and", "for", "on", "&"})
# "From the Korea Herald", "Via Yonhap", "Courtesy of NK News": a line naming the paper a story was taken
# from, which a syndicating site prints as the kicker over its headline.  (A "Republished from ..." or
# "Originally published in ..." line is a furniture rule's, with its own weight: see furniture.toml.)
_PROVENANCE = re.compile(r"(?:from|via|courtesy(?:\s+of)?)\s*:?\s+(?=\S)", re.IGNORECASE)


def without_provenance(text: str) -> str:
    """A masthead line's name without the "From the" / "Via" it is taken with: "From the Korea Herald" -> "the Korea Herald"."""
    found = _PROVENANCE.match(text) if text[:1] in "FfVvCc" else None
    return text[found.end() :] if found is not None else text


def masthead_name(text: str, *, issuer: bool = False) -> str | None:
    """The outlet a line of its own names: "Korea Herald", "[Hanbit Ilbo English Edition]", "Daily Ledger - English".

    It counts only if it is a known outlet or has a publication word, so that a
    section kicker ("Asia Pacific") or an author's name is never taken for an outlet.
    ``issuer``: an issuing body ("U.S. Department of Defense") counts too, where
    the line stands above the title or holds the copyright.
    """
    text = without_provenance(text.strip().strip("[]【】").strip())
    if text[:1] in "«„“\"" and text[-1:] in "»“”\"" and outlet_table().lookup(text) is not None:
        text = text[1:-1].strip()  # "«Медуза»": a logo's name in its quotes
    text = without_formatting_tags(text) if "[" in text else text  # "Daily [i]Times": a logo's tag is no part of the name
    if "[" in text or "]" in text:
        return None
    text = without_edition(outlet_of_titled_name(text, [], is_section_word))
    name, comma, place = text.partition(", ")
    if comma and 1 <= len(place.split()) <= 3 and all(w[:1].isupper() for w in place.split()) and "," not in place:
        text = name  # "BBC News, Seoul": the outlet, then where its reporter files from
    words = text.split()
    if len(words) == 1 and "." in text and text.islower() and outlet_table().lookup_domain(text) is not None:
        return text  # "tagesschau.de", "rp.pl": a known outlet's web address printed as its logo (a reader view's site line)
    if len(words) == 1 and text.islower() and text.isalpha() and outlet_table().lookup(text) is not None:
        return text  # "hankyoreh", "yonhap": a logo set in lower case, copied as its alt text
    if not 1 <= len(words) <= 6 or last_visible(text) in ".!?,;:":
        return None
    if not all(w[:1].isupper() or w.lower() in _NAME_GLUE for w in words) and not _unlatin_name(words):
        return None
    if outlet_table().lookup(text) is None and not has_publication_word(text) and not (issuer and has_issuer_word(text)):
        return _bilingual_name(words)
    if all(is_section_word(w) or w.lower() in _NAME_GLUE for w in words) and outlet_table().lookup(text) is None:
        return None  # "WORLD NEWS", "Politics & News": a page's section names, however like a paper's name
    return text


def _bilingual_name(words: list[str]) -> str | None:
    """"中央社 CNA", "Медуза Meduza": a logo's name in its own script, then in Latin letters.

    It counts when the outlet list knows both halves as the same outlet (the Latin half alone may
    be ambiguous: "CNA" is two outlets); the local half, which the list looks up, is returned.
    """
    if len(words) < 2 or words[0][:1].isascii() or not words[-1].isascii():
        return None
    split = next((i for i, w in enumerate(words) if w.isascii()), len(words))
    local, latin = " ".join(words[:split]), " ".join(words[split:])
    if not all(w.isascii() for w in words[split:]) or (outlet := outlet_table().lookup(local)) is None:
        return None
    return local if latin.casefold() in {n.casefold() for n in (outlet.name, *outlet.aliases)} else None


def _unlatin_name(words: list[str]) -> bool:
    """A name that scripts without capitals ("联合早报") or Cyrillic sentence case ("Українська правда") write.

    Only its publication word vouches for it then (checked by the caller), never its capitals.
    """
    first = words[0][:1]
    if first.isascii() or not first.isalpha():
        return False
    return first.isupper() or not first.islower()  # a capital, or a letter of a script without case

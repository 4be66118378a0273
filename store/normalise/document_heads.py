"""The title of an official document printed under its letterhead.

An OSCE or UN statement, a ministry's note or a delegation's speech prints who issued it first
("Organization for Security and Co-operation in Europe" / "Permanent Council" / its symbol and
date / "Delegation of Ukraine"), then what it is ("STATEMENT ON THE ONGOING RUSSIAN AGGRESSION
AGAINST UKRAINE"), then often who delivered it ("As delivered by Ambassador ... to the 1512th
meeting").  The letterhead lines are the preamble; the line that says what the document is is its
title (the delivering speaker is its author: ``byline_names.delivered_by``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.outlets import has_issuer_word, outlet_table
from store.normalise.shapes import ends_clause, last_visible, word_count
from store.normalise.units import Unit

# What a document says it is, opening its title line.
_DOCUMENT_KIND = re.compile(
    r"(?:joint |press |closing |opening |right of reply |national )?(?:statement|letter|remarks|address|speech|declaration"
    r"|communiqu[eé]|resolution|decision|note verbale|intervention|report|briefing|message)\b",
    re.IGNORECASE,
)
_LETTERHEAD_WORDS = 12
_NAME_GLUE = frozenset({"of", "for", "and", "the", "in", "on", "&", "de", "du", "des", "la", "le"})
_LONGEST_TITLE_WORDS = 40



def document_title_under_letterhead(head: Sequence[Unit]) -> Unit | None:
    """The line that says what a document is, under the issuer's letterhead; the lines above it become preamble."""
    kept = [u for u in head if u.kept]
    if len(kept) < 2 or kept[0].words() > _LETTERHEAD_WORDS or not _letterhead(kept[0].text):
        return None
    letterhead_block = kept[0].block
    for unit in kept[1:]:
        if unit.block == letterhead_block or unit.block_size != 1:
            continue
        if _document_title_shaped(unit.text):
            for above in kept:
                if above is unit:
                    break
                above.removed = "preamble"  # the issuer's organ, the delegating state: the rest of the letterhead
            kept[0].removed, kept[0].outlet_hint = "masthead", kept[0].text.strip()  # the issuer ran it
            return unit
        if unit.is_prose():
            return None
    return None


def _letterhead(text: str) -> bool:
    """An issuing body's name: "Organization for Security and Co-operation in Europe", "Ministry of Defence"."""
    words = text.split()
    if last_visible(text) in ".!?,;:" or not all(w[:1].isupper() or w in _NAME_GLUE for w in words):
        return False
    return has_issuer_word(text) or outlet_table().lookup(text) is not None


def _document_title_shaped(text: str) -> bool:
    n = word_count(text)
    if not 3 <= n <= _LONGEST_TITLE_WORDS or ends_clause(text):
        return False
    return _DOCUMENT_KIND.match(text) is not None or (text.isupper() and n >= 4)


"""Whose words a headline gives: "Budanov: 12,000 North Korean troops now in Kursk".

A headline names its speaker once ("Budanov: …", "…, Budanov says") and the
body may go on with "he said" or a role ("Ukraine's military intelligence
chief") without ever naming him before.  The headline's owner is then the
antecedent of that first "he" and the person that opening role describes.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_COLON_OWNER = re.compile(rf"^\s*({_NAME}):\s+\S")
# "…, says Kyrylo Budanov" and "…, Kyrylo Budanov says" at a headline's end.
_SAYS_OWNER_AFTER = re.compile(
    rf",\s+(?:(?:says|said|claims|warns)\s+({_NAME})|({_NAME})\s+(?:says|said|claims|warns))\s*$"
)
_SAYS_OWNER_BEFORE = re.compile(rf"^\s*({_NAME})\s+(?:says|claims|warns|estimates)\s")
# The heads of an opening role that stands for one person of authority ("Ukraine's spy chief").
ROLE_HEADS = frozenset(
    """chief head minister president spokesman spokeswoman spokesperson commander director ambassador envoy
    leader general secretary adviser advisor""".split()
)


def headline_speaker_words(title: str | None) -> str | None:
    """The words naming the speaker a headline quotes, or None ("Report: …" is checked by the caller)."""
    if not title or len(title) > 200:
        return None
    for pattern in (_COLON_OWNER, _SAYS_OWNER_AFTER, _SAYS_OWNER_BEFORE):
        found = pattern.search(title)
        if found is not None:
            return next(group for group in found.groups() if group)
    return None


def is_opening_role(name: str) -> bool:
    """'Ukraine's military intelligence chief', 'the defence minister': one person described, never named."""
    words = name.split()
    if not words or words[-1] not in ROLE_HEADS or len(words) > 6:
        return False
    first, rest = words[0], words[1:]
    named_first = first.endswith(("'s", "’s")) or first[:1].islower()
    return named_first and all(w[:1].islower() for w in rest)

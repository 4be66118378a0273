"""A speaker inside a relative clause after a count: "the 11,000 soldiers Seoul says are fighting in Russia".

The clause drops its "that", so the words before "says" run from the count to the speaker; the count and its
noun belong to the sentence around it, and only the capitalised words after them speak.
"""

from __future__ import annotations

import re

# Words that make the words after a count a phrase of their own ("soldier captured in Kursk said"), no noun.
_LINKS = frozenset("in on at of from to for with by near into across inside outside and or".split())
_PURE_NUMBER = re.compile(r"\d[\d,.]*")
# A speaker in lower case, named by its plural noun: "300 soldiers daily reports say were killed", "the 11,000
# troops officials say are in Kursk".
_GROUP_SPEAKER = re.compile(
    r"(?:[a-z][\w-]*\s+){0,2}(?:reports|officials|sources|analysts|experts|lawmakers|diplomats|authorities|estimates)"
)


def counted_before_speaker(number: str, collected: list[tuple[int, str]]) -> int:
    """After ``number``, how many of the words ``collected`` (each with its offset) are its noun phrase ("North
    Korean soldiers") before a capitalised speaker ("Seoul says"); 0 when none stands there, or when the words make
    a phrase of their own ("soldier captured in Kursk")."""
    if not _PURE_NUMBER.fullmatch(number):
        return 0  # "The 24-year-old soldier …": a number inside a word
    words = [w for _s, w in collected]
    at = 0
    while at < len(words) and words[at][:1].isupper():
        at += 1  # "North Korean": a modifier before the noun
    noun_end = at
    while noun_end < len(words) and noun_end - at < 2 and words[noun_end][:1].islower():
        if words[noun_end] in _LINKS or words[noun_end].endswith("ed"):
            return 0
        noun_end += 1
    if noun_end < len(words) and words[noun_end][:1].isupper() and noun_end > at:
        return noun_end
    for group_start in range(at + 1, min(len(words), at + 3)):
        if _GROUP_SPEAKER.fullmatch(" ".join(words[group_start:])):
            return group_start  # the count's noun, then a group that speaks: "soldiers daily reports (say)"
    return 0

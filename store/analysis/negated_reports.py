"""Reporting verbs that report nothing: "It did not say how many were intercepted".

"The agency did not say how it reached the estimate", "officials would not
disclose the number", "Seoul has never publicly confirmed it": the verb is
negated, so the sentence holds no words of its speaker's, and the speaker
is no claimant of anything in it.  "did not deny" is a denial's business
(see ``denials``) and is left to it by the caller.  "declined to confirm or
deny", "did not confirm or deny" refuse nothing the speaker was asked: like
"neither confirmed nor denied", the speaker keeps the words, hedged and not
denied.
"""

from __future__ import annotations

import re

# Most text before a reporting verb ends in none of these: the regular expression runs only when one does.
_NEGATION_ENDS = ("not ", "never ", "n't ", "n’t ", "ly ", "to ")
# "not" or "never" just before the verb, an adverb between allowed ("did not publicly say"); "not only said"
# still says.
# "declined to say how many", "refused to comment on the figure": a refusal says nothing either.
_NEGATED = re.compile(
    r"\b(?:not|never|n['’]t|(?:declin|refus)(?:ed|es|ing|e)\s+to)\s+(?:(?!only\b)\w+ly\s+)?$", re.IGNORECASE
)


def is_negated(before: str) -> bool:
    """Whether the words before a reporting verb negate it."""
    return before.endswith(_NEGATION_ENDS) and _NEGATED.search(before[-40:]) is not None


# "the 11,000 troops said to be in Kursk", "soldiers reported killed": a participle describing what it follows,
# whose words no one there speaks.
_PARTICIPLE_USE = re.compile(r" (?:to\s+(?:be|have)|(?:killed|dead|missing|wounded|captured|injured|lost))\b")


def says_nothing(sentence: str, verb_end: int) -> bool:
    """Whether the verb's object is "nothing" ("North Korea itself has said nothing about losses"), or the verb a
    participle describing the words before it ("the 11,000 troops said to be in Kursk")."""
    if sentence.startswith((" nothing", " little about", " nothing about"), verb_end):
        return True
    described = sentence.endswith(("said", "reported"), 0, verb_end)
    return described and _PARTICIPLE_USE.match(sentence, verb_end) is not None


# "did not confirm or deny", "declined to confirm or deny": the negation covers both verbs, and neither is refused.
_OR_DENY = re.compile(r"\s+(?:or|nor)\s+(?:to\s+)?den(?:y|ies|ied)\b", re.IGNORECASE)


def neither_confirms_nor_denies(sentence: str, verb_end: int) -> bool:
    """Whether the negated verb ending at ``verb_end`` is joined to "deny" ("declined to confirm or deny")."""
    return sentence.startswith((" or ", " nor "), verb_end) and _OR_DENY.match(sentence, verb_end) is not None


_REFUSAL_END = re.compile(r"\s+(?:declin|refus)(?:ed|es|ing|e)\s+to\s+$", re.IGNORECASE)


def without_refusal(before: str) -> str:
    """The words before "declined to" (or "refused to"), which name who declined; ``before`` if none end it."""
    refusal = _REFUSAL_END.search(before) if before.endswith("to ") else None
    return before[: refusal.start()] + " " if refusal else before


def words_before_said(before: str, sentence: str, verb_end: int) -> str | None:
    """The words before a reporting verb that name its speaker, or None when the verb says nothing."""
    if is_negated(before):
        return without_refusal(before) if neither_confirms_nor_denies(sentence, verb_end) else None
    return None if says_nothing(sentence, verb_end) else before

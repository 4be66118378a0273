"""Reporting verbs that report nothing: "It did not say how many were intercepted".

"The agency did not say how it reached the estimate", "officials would not
disclose the number", "Seoul has never publicly confirmed it": the verb is
negated, so the sentence holds no words of its speaker's, and the speaker
is no claimant of anything in it.  "did not deny" is a denial's business
(see ``denials``) and is left to it by the caller.
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


def says_nothing(sentence: str, verb_end: int) -> bool:
    """Whether the verb's object is "nothing": "North Korea itself has said nothing about losses"."""
    return sentence.startswith((" nothing", " little about", " nothing about"), verb_end)


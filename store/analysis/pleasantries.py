"""Sentences of a transcript that claim nothing: greetings, thanks, turn-taking.

A briefing transcript gives every sentence after "MR. RYDER:" to the speaker, so "Good afternoon, everyone.",
"Thanks very much, everybody." and "I'll take your questions." became claims by the Pentagon's spokesman that
nothing could be compared with.  A sentence with no figure that is only such words says nothing a claim could
hold; one with a figure ("Thank you. We assess 12,000.") is read as ever.
"""

from __future__ import annotations

import re

_LABEL = r"^\W*(?:(?:MR|MS|MRS|DR|[A-Z]{2,}(?:\s+[A-Z]{2,}){0,4})\.?(?:\s+[A-Z][A-Z.-]+){0,4}\s*:\s*)?"
# Greetings and thanks, then at most a few words of address: "Thank you, General.", "Thanks very much, everybody."
_SHORT = (
    r"(?i:good\s+(?:morning|afternoon|evening|day)|hello|hi|welcome|thank\s+you|thanks|all\s+right|alright|okay|ok|"
    r"great|next\s+question|go\s+ahead|over\s+to\s+you|that(?:'|’)s\s+all|see\s+you)"
    r"(?:,?\s+(?:(?i:very\s+much|so\s+much|again|everyone|everybody|all|folks|sir|ma(?:'|’)am|for\s+\w+)|"
    r"[A-Z][\w.-]*)){0,4}"
    r"\s*[.!?]?"
)
# Turn-taking, which may run on a little: "A few things at the top and then I'll take your questions."
_TURN = (
    r"(?i:(?:and\s+)?with\s+that|let\s+me\s+(?:start|begin|turn)|"
    r"(?:i(?:'|’)ll|i\s+will|we(?:'|’)ll)\s+(?:take|go\s+to|turn\s+to)\s+(?:your\s+)?questions?|"
    r"(?:a\s+few|a\s+couple\s+of|two|three)\s+(?:things|items|announcements)\s+(?:at\s+the\s+top|to\s+start))"
    r"\b[^.!?]{0,60}[.!?]?"
)
_PLEASANTRY = re.compile(_LABEL + rf"(?:{_SHORT}\s*)+(?:{_TURN})?\W*$|" + _LABEL + rf"{_TURN}\W*$")
_DIGIT = re.compile(r"\d")


def is_pleasantry(sentence: str) -> bool:
    """Whether a sentence is only a greeting, thanks or turn-taking, with no figure ("Good afternoon, everyone.")."""
    return len(sentence) < 140 and _DIGIT.search(sentence) is None and _PLEASANTRY.match(sentence) is not None

"""The record of one attribution in a sentence: who says it, where, and on which side the content lies."""

from __future__ import annotations

from dataclasses import dataclass


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
    # A relay named by a pronoun or a definite description ("…, the lawmaker told reporters"): the caller,
    # which knows the article's speakers, resolves it.
    via_pronoun: str | None = None

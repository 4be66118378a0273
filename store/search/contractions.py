"""Contractions: "didn't" as the words it stands for, "did not", on the query side and in quoted phrases.

The index keeps each contraction as written, one term ("didn't" is "didnt"); these rules let a query's
words and phrases meet it in either form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.search.terms import TOKEN_PATTERN

# A contraction typed in a query is the words it stands for: "didn't confirm" is "did not confirm", "won't"
# "will not", "can't" and "cannot" "can not", "it's" "it is", "they're" "they are".  Those are stop words,
# so either form of the query ranks the passages of both alike, by their other words; as typed, the rare
# term "didnt" outranked every "did not" passage.  The index keeps each token as written (one term), so
# this is done to a query's plain words; in a quoted phrase only negations are written out, and a quoted
# "did not" also finds the one term "didnt" (``negation_contracted``), so both spellings meet either way.
# A negation of a verb is one whether or not its apostrophe was typed ("didnt"), since no other word is
# spelled so; "cant", "wont", "well", "shell" and "ill" are words of their own, contractions only with it.
_NEGATED_VERBS = (
    "do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "could", "would", "should", "must",
    "need", "might", "dare",
)  # fmt: skip
_IRREGULAR_NEGATIONS = {"ca": "can", "wo": "will", "sha": "shall"}  # "can't", "won't", "shan't"
_PRONOUNS_WITH_IS = frozenset(["it", "that", "there", "here", "what", "who", "where", "how", "he", "she"])
_CONTRACTED_VERBS = {"re": "are", "ve": "have", "ll": "will", "m": "am"}
_UNAPOSTROPHED = {verb + "nt": (verb, "not") for verb in _NEGATED_VERBS} | {"cannot": ("can", "not")}
# "not" as the index holds it inside a contraction ("didn't" is the term "didnt"): a query's "not" finds these.
NEGATION = "not"
NEGATED_TERMS = (*_UNAPOSTROPHED, *(head + "nt" for head in _IRREGULAR_NEGATIONS))
# A verb and "not" as passages write them in one word: "did not" as "didnt" (of "didn't"), "can not" as
# "cannot" or "cant", "will not" as "wont".
_CONTRACTED_NEGATIONS = {verb: (verb + "nt",) for verb in _NEGATED_VERBS} | {
    verb: (*(("cannot",) if verb == "can" else ()), head + "nt") for head, verb in _IRREGULAR_NEGATIONS.items()
}
_CONTRACTION = re.compile(r"([^\W\d_]+?)(n['’ʼ]t|['’ʼ](?:re|ve|ll|m|s))", re.IGNORECASE)


@lru_cache(maxsize=4_096)
def contraction_words(surface: str) -> tuple[str, ...] | None:
    """The words a contraction stands for, folded ("Didn't" -> ("did", "not")), or None for other words."""
    found = _CONTRACTION.fullmatch(surface)
    if found is None:
        return _UNAPOSTROPHED.get(surface.casefold())
    head, tail = found.group(1).casefold(), found.group(2).casefold()[1:].lstrip("'’ʼ")
    if tail == "t":  # n't
        verb = _IRREGULAR_NEGATIONS.get(head, head)
        return (verb, "not") if verb in _NEGATED_VERBS or head in _IRREGULAR_NEGATIONS else None
    if tail == "s":  # "Korea's" is a possessive; "it's" is "it is", "let's" "let us"
        return (head, "is") if head in _PRONOUNS_WITH_IS else ("let", "us") if head == "let" else None
    return (head, _CONTRACTED_VERBS[tail])


def without_contractions(text: str) -> str:
    """``text`` with each contraction written out: "Seoul didn't confirm" -> "Seoul did not confirm"."""
    return TOKEN_PATTERN.sub(_written_out, text) if _MAYBE_CONTRACTED.search(text) else text


_MAYBE_CONTRACTED = re.compile(r"['’ʼ]|nt\b|cannot", re.IGNORECASE)


def _written_out(match: re.Match[str]) -> str:
    words = contraction_words(match.group())
    return match.group() if words is None else " ".join(words)


def with_negations_written_out(text: str) -> str:
    """``text`` with only its negations written out ("didn't confirm" -> "did not confirm").

    For a quoted phrase: a quoted "did not" also finds the one term "didnt" (``negation_contracted``),
    so a quoted "didn't", written out, finds both forms too.  Other contractions stay as typed: "they're"
    is one term in the index, and a phrase "they are" would not find it.
    """
    return TOKEN_PATTERN.sub(_negation_written_out, text) if _MAYBE_CONTRACTED.search(text) else text


def _negation_written_out(match: re.Match[str]) -> str:
    words = contraction_words(match.group())
    return " ".join(words) if words is not None and words[-1] == NEGATION else match.group()


def negation_contracted(verb: str) -> tuple[str, ...]:
    """The terms that write ``verb`` (folded) and "not" as one word ("did" -> ("didnt",)), or ()."""
    return _CONTRACTED_NEGATIONS.get(verb, ())

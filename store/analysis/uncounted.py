"""What counts nothing: ages, distances, and a plural's verb read as the noun it counts.

"One was no older than 20", "a soldier aged 19" and "the line runs 35
kilometres along the border" hold numbers, but none is a count an analyst
compares (troops, shells, casualties, money).  Read as figures they became
claims of their own, unattributed or filed under no subject.  In "40 wagons
cross the border" the figure counts wagons; "cross" is their verb.
"""

from __future__ import annotations

import re
from collections.abc import Container

# After a number: a distance's unit ("runs 35 kilometres"), an area's ("500 square miles") or a gap ("figures
# thousands apart", "20 km away"), a length and not a quantity of anything.
LENGTH_WORDS = frozenset(
    "apart away km kms kilometre kilometres kilometer kilometers mile miles metre metres meter meters square sq".split()
)
# The words before an age: "no older than 20", "aged 19", "aged between 18 and 25", "at the age of 17"; and
# before the second age of a span ("aged 19 to 25"), whose first is no figure either.
_AGE_BEFORE = re.compile(
    r"(?:\b(?:older|younger)\s+than|\baged|\bages?\s+of|\bages?)\s+(?:(?:about|around|roughly|just|between|from)\s+)?"
    r"(?:\d{1,3}\s*(?:to|and|or|-|–)\s*)?$",
    re.IGNORECASE,
)


def is_age(text: str, start: int) -> bool:
    """Whether the number starting at ``start`` (with no noun of its own) is someone's age."""
    return start > 3 and _AGE_BEFORE.search(text, max(0, start - 30), start) is not None


def is_plurals_verb(head: str, word: str, count_words: Container[str]) -> bool:
    """Whether ``word``, after the plural noun ``head`` of a count, is its verb ("40 wagons cross"), not a noun.

    A noun a plural modifies is plural too ("arms factories"), so a word that is not plural after one ends the
    phrase, unless it says what is counted (``count_words``: "3,000 soldiers killed" counts the dead).
    """
    if not head.endswith("s") or head.endswith("ss") or word in count_words:
        return False
    return word.endswith("ss") or not word.endswith("s")

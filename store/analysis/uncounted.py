"""What counts nothing: ages, distances, calendar words, and a plural's verb read as the noun it counts.

"One was no older than 20", "a soldier aged 19" and "the line runs 35
kilometres along the border" hold numbers, but none is a count an analyst
compares (troops, shells, casualties, money).  Read as figures they became
claims of their own, unattributed or filed under no subject.  In "40 wagons
cross the border" the figure counts wagons; "cross" is their verb.
"""

from __future__ import annotations

import re
from collections.abc import Container

# Calendar and clock words: "on May 5" and "three weeks" date or time a number, they count nothing.
TIME_NOUNS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade decades "
    "century centuries night nights weekend weekends".split()
)
MONTH_NAMES = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    januar februar märz mai juni juli oktober dezember jän okt dez janvier février mars avril juin juillet août
    septembre octobre novembre décembre janv févr avr juil déc enero febrero marzo abril mayo junio julio agosto
    septiembre octubre noviembre diciembre ene abr ago dic
    января февраля марта апреля мая июня июля августа сентября октября ноября декабря
    січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня""".split()
)  # and German, French and Spanish datelines, and Russian and Ukrainian dates ("4 декабря", "12 березня")
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

# Nouns ending in "-ly", which no adverb is: "12 family members" counts members of families.
LY_NOUNS = frozenset("family assembly anomaly monopoly supply rally ally belly bully jelly lily italy reply".split())
# Words a noun phrase after a number runs into that no other test catches: irregular verbs and adverbs.
NOT_NOUNS = frozenset(
    """along nowhere somewhere everywhere behind beside besides inside outside amid amidst despite via towards
    left leave leaves rose rise rises fell fall falls went go goes came come comes made make makes took take
    takes gave give gives got get gets fought fight fights brought bring brings held hold holds kept keep keeps
    ran run runs saw see sees met meet meets stood remain remains appear appears seem seems include includes
    represent represents account accounts make""".split()
    # Adverbs of time ("3,000 killed weeks ago"), and number words, which start a phrase of their own
    # ("3,000 casualties two weeks apart"): none is what a figure counts.
    + "ago later earlier apiece altogether overall".split()
    + "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty".split()
    # "12,000 soldiers plus several thousand engineers": the next count starts, and is not this one's noun.
    + "plus minus several hundred hundreds thousand thousands million millions".split()
    # Irregular past participles ("6,000 builders sent to rebuild Kursk"): a verb, like any "-ed" form.
    + "sent built dug shot struck caught sold bought spent found lost known shown seen taken given".split()
)


def is_age(text: str, start: int) -> bool:
    """Whether the number starting at ``start`` (with no noun of its own) is someone's age."""
    return start > 3 and _AGE_BEFORE.search(text, max(0, start - 30), start) is not None


# A person's age set off by commas after their name: "Vladimir Putin, 72, has never confirmed …", "Kim, 26,
# told …".  Two digits between commas, right after a capitalised word: a count there would name what it counts.
_NAME_BEFORE_AGE = re.compile(r"[A-Z][\w'’-]*[a-z],\s$")
_AGE_CLOSES = re.compile(r"\d{2},\s(?!\d)")  # "In Kursk, 12, 15 and 20 soldiers" lists counts


def is_appositive_age(text: str, start: int) -> bool:
    """Whether the number at ``start`` is an age between commas after a name ("Putin, 72, said")."""
    return (
        _AGE_CLOSES.match(text, start) is not None
        and _NAME_BEFORE_AGE.search(text, max(0, start - 40), start) is not None
    )


def is_plurals_verb(head: str, word: str, count_words: Container[str]) -> bool:
    """Whether ``word``, after the plural noun ``head`` of a count, is its verb ("40 wagons cross"), not a noun.

    A noun a plural modifies is plural too ("arms factories"), so a word that is not plural after one ends the
    phrase, unless it says what is counted (``count_words``: "3,000 soldiers killed" counts the dead).
    """
    if not head.endswith("s") or head.endswith("ss") or word in count_words:
        return False
    return word.endswith("ss") or not word.endswith("s")

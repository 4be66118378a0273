"""The hedges written before a figure ("about", "as many as", "between", "rund", "environ"), and where each starts.

A hedge sets the figure's qualifier and interval (``numbers``): "about 11,000" is approximate, "up to 15,000" a
ceiling, "between 10,000 and 12,000" opens a range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUALIFIERS = {  # each kind's English hedges, then the German, French and Spanish of wire copy
    "at_most": "as many as|as much as|as high as|up to|no more than|at most|a maximum of|fewer than|less than|lower than|"
    "under|below|bis zu|jusqu'à|jusqu’à|hasta|could reach|could rise to|could climb to|could grow to|could top|"
    "may reach|may rise to|may climb to|may grow to|might reach|might rise to|would reach|would rise to",  # projections
    "at_least": "at least|more than|higher than|greater than|as low as|as few as|as little as|over|exceeding|in excess of|upwards of|"
    "no fewer than|no less than|a minimum of|above|beyond|exceeds|exceeded|surpassed|surpasses|"
    "mehr als|über|mindestens|plus de|au moins|más de|al menos",
    "below": "nearly|almost|close to|just under|just shy of|not quite|fast|knapp|beinahe|près de|près du|presque|casi|cerca de|cerca del",
    "above": "just over|just above|slightly more than",
    "approx": "about|around|roughly|approximately|approx.|some|an estimated|estimated|circa|c.|an approximate|~|"
    "in the region of|on the order of|in the order of|something like|rund|etwa|ungefähr|environ|quelque|unos|unas|"
    "alrededor de|aproximadamente",
    "between": "between|from|zwischen|entre",
}
# By last word, longest first, so "just over" wins over "over" and "an estimated" over "estimated".
QUALIFIER_PHRASES: dict[str, list[tuple[str, str]]] = {}
for _kind, _phrases in QUALIFIERS.items():
    for _phrase in _phrases.split("|"):
        QUALIFIER_PHRASES.setdefault(_phrase.split()[-1], []).append((_phrase, _kind))
for _options in QUALIFIER_PHRASES.values():
    _options.sort(key=lambda item: -len(item[0]))


@dataclass(slots=True)
class _Qualifier:
    kind: str
    phrase: str
    start: int


_OPENING_MARKS = "\"“‘'(["


def qualifier_before(text: str, start: int) -> _Qualifier | None:
    """The hedge written just before a number ("as many as", "about", "between"), if any."""
    window = text[max(0, start - 30) : start]
    stripped = window.rstrip()
    if not stripped or len(window) - len(stripped) > 2:
        return None
    pieces = stripped.split()
    if pieces and pieces[-1][:1] in _OPENING_MARKS:
        pieces[-1] = pieces[-1].lstrip(_OPENING_MARKS)  # '"over 10,000" troops': the hedge is inside the quote
    options = QUALIFIER_PHRASES.get(pieces[-1].lower()) if pieces else None
    if not options:
        return None
    lowered = " ".join(pieces).lower()
    for phrase, kind in options:
        if lowered.endswith(phrase) and (
            len(lowered) == len(phrase) or not lowered[-len(phrase) - 1].isalnum() or phrase == "~"
        ):
            if phrase == "estimated" and _is_subject_before_verb(pieces[:-1]):
                return None  # "intelligence estimated 11,000": the speaker's verb, not "an estimated 11,000"
            # Map back to an offset in ``text``: where the phrase's words begin in the window.
            found = re.search(r"\s+".join(map(re.escape, phrase.split())) + r"$", stripped, re.IGNORECASE)
            offset = found.start() if found else len(stripped) - len(phrase)
            return _Qualifier(kind, phrase, start - len(window) + offset)
    return None


# The words before a bare "estimated" that keep it a hedge ("with estimated 2,000 more"); any other word is its
# subject or auxiliary ("Seoul estimated 11,000", "has estimated"), and "estimated" the verb of a claim.
_BEFORE_ESTIMATED_HEDGE = frozenset(
    "the an with of and or by to for at from including its their his her some another those these".split()
)


def _is_subject_before_verb(pieces: list[str]) -> bool:
    """Whether the words ``pieces`` (before a bare "estimated") end in its subject or auxiliary."""
    if not pieces or not pieces[-1][-1:].isalnum():
        return False  # "Estimated 11,000 …", "(estimated 11,000)": the hedge opens a clause
    return pieces[-1].lower() not in _BEFORE_ESTIMATED_HEDGE

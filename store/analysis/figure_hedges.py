"""The hedges written before a figure ("about", "as many as", "between", "rund", "environ"), and where each starts.

A hedge sets the figure's qualifier and interval (``numbers``): "about 11,000" is approximate, "up to 15,000" a
ceiling, "between 10,000 and 12,000" opens a range.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

QUALIFIERS = {  # each kind's English hedges, then those of European wire copy (German, French, Spanish, Italian,
    # Portuguese, Dutch, Swedish), each after a double bar
    "at_most": "as many as|as much as|as high as|up to|no more than|at most|a maximum of|fewer than|less than|lower than|"
    "under|below|south of|could reach|could rise to|could climb to|could grow to|could top|"
    "may reach|may rise to|may climb to|may grow to|might reach|might rise to|would reach|would rise to||"  # projections
    "bis zu|jusqu'à|jusqu’à|hasta|fino a|até|tot wel|upp till|upp mot",
    "at_least": "at least|more than|higher than|greater than|as low as|as few as|as little as|over|exceeding|in excess of|upwards of|"
    "upward of|north of|"
    "no fewer than|no less than|a minimum of|above|beyond|exceed|exceeds|exceeded|surpass|surpassed|surpasses||"
    "mehr als|über|mindestens|plus de|au moins|más de|al menos|oltre|più di|almeno|mais de|pelo menos|no mínimo|"
    "meer dan|minstens|ten minste|ruim|mer än|över|minst",
    "below": "nearly|almost|close to|just under|just shy of|not quite||"
    "fast|knapp|beinahe|près de|près du|presque|casi|cerca de|cerca del|quasi|quase|bijna|nästan|närmare",
    "above": "just over|just above|slightly more than||drygt",
    "approx": "about|around|roughly|approximately|approx.|some|an estimated|estimated|circa|c.|an approximate|~|"
    "in the region of|on the order of|in the order of|something like||rund|etwa|ungefähr|environ|quelque|unos|unas|"
    "alrededor de|aproximadamente|intorno a|intorno ai|all'incirca|approssimativamente|por volta de|"
    "aproximadamente|ongeveer|zo'n|zo’n|rond de|omkring|ungefär|cirka|runt",
    "between": "between|from||zwischen|entre|tra|fra|tussen|mellan",
}
# By last word, longest first, so "just over" wins over "over" and "an estimated" over "estimated".
QUALIFIER_PHRASES: dict[str, list[tuple[str, str]]] = {}
for _kind, _phrases in QUALIFIERS.items():
    for _phrase in _phrases.replace("||", "|").split("|"):
        QUALIFIER_PHRASES.setdefault(_phrase.split()[-1], []).append((_phrase, _kind))
for _options in QUALIFIER_PHRASES.values():
    _options.sort(key=lambda item: -len(item[0]))


# The definite articles Italian and Spanish write before a share ("il 60 per cento", "el 60 por ciento").
_ARTICLES_AFTER_HEDGE = frozenset({"il", "el"})


@dataclass(slots=True)
class _Qualifier:
    kind: str
    phrase: str
    start: int


_OPENING_MARKS = "\"“‘'(["
_CLOSING_MARKS = "\"”’'"


def qualifier_before(text: str, start: int) -> _Qualifier | None:
    """The hedge written just before a number ("as many as", "about", "between"), if any."""
    window = text[max(0, start - 30) : start]
    stripped = window.rstrip()
    if not stripped or len(window) - len(stripped) > 2:
        return None
    pieces = stripped.split()
    if pieces and pieces[-1][:1] in _OPENING_MARKS:
        pieces[-1] = pieces[-1].lstrip(_OPENING_MARKS)  # '"over 10,000" troops': the hedge is inside the quote
    if len(pieces[-1]) > 1 and pieces[-1][-1] in _CLOSING_MARKS:
        # "shipped 'at least' 5 million shells": the hedge quoted on its own hedges the figure after it
        pieces = [piece.strip(_OPENING_MARKS + _CLOSING_MARKS) for piece in pieces]
        stripped = stripped.rstrip(_CLOSING_MARKS)
    if len(pieces) > 1 and pieces[-1].lower() in _ARTICLES_AFTER_HEDGE:
        pieces.pop()  # "quasi il 60 per cento", "casi el 60 por ciento": the article stands between hedge and number
        stripped = stripped[: stripped.rfind(" ")].rstrip()
    options = QUALIFIER_PHRASES.get(pieces[-1].lower()) if pieces else None
    if not options:
        return None
    lowered = " ".join(pieces).lower()
    for phrase, kind in options:
        if lowered.endswith(phrase) and (
            len(lowered) == len(phrase) or not lowered[-len(phrase) - 1].isalnum() or phrase == "~"
        ):
            if phrase == "about" and len(pieces) > 1 and pieces[-2].lower().strip("\"”’'") in _ABOUT_AS_PREPOSITION:
                return None  # 'had "no information" about 11,000 troops': what it is about, no hedge
            if phrase == "estimated" and _is_subject_before_verb(pieces[:-1]):
                return None  # "intelligence estimated 11,000": the speaker's verb, not "an estimated 11,000"
            if phrase == "up to" and _RAISED_UP.search(text, max(0, start - 90), start) and pieces[-3:-2] != ["by"]:
                return None  # "revised its estimate up to 3,000": raised to it, no ceiling ("raised by up to" is one)
            # Map back to an offset in ``text``: where the phrase's words begin in the window.
            found = re.search(r"\s+".join(map(re.escape, phrase.split())) + r"$", stripped, re.IGNORECASE)
            offset = found.start() if found else len(stripped) - len(phrase)
            if offset and stripped[offset - 1] in _OPENING_MARKS and stripped[-1:] != window.rstrip()[-1:]:
                offset -= 1  # "'at least' 5 million": the surface keeps the quoted hedge whole
            return _Qualifier(kind, phrase, start - len(window) + offset)
    return None


# Words that "about" follows as a preposition: "information about 11,000 troops", "asked about 3,000 deaths".
_ABOUT_AS_PREPOSITION = frozenset(
    """information details reports report questions question asked asking concerns concern concerned worried talk
    talked talking spoke speaking news speculation data claims knowledge knew know unaware aware comment comments
    commented nothing anything silent confirmation rumours rumors story stories allegations""".split()
)
# A verb that moves a figure, then "up to" in its clause: "up" is the verb's ("revised its estimate up to 3,000").
_RAISED_UP = re.compile(
    r"\b(?:revis|rais|increas|adjust|push|bump|lift|ratchet|upgrad|upp|mov|nudg|hik)(?:e|es|ed|ing)\b"
    r"(?:(?!\b(?:that|which|who|whether|if|as|when|while)\b)[^,;.:!?]){0,80}?\bup\s+to\s*$",
    re.IGNORECASE,
)

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


# --- hedges after a number, and the words joining a range's ends (``numbers``) ---------------------------------
# "4,000 or more", "1,000-plus", "3,000 or so", "3,000-odd".
# "3,000 or more", "3,000-plus", '"Three thousand, maybe more,"': a floor; "3,000 or so", "3,000-odd": about.
QUALIFIER_AFTER = re.compile(
    r"\s*(?:(?P<more>or\s+(?:even\s+)?more|-?plus\b|\+|,\s+(?:maybe|perhaps|possibly|probably|likely)\s+more\b)"
    r"|(?P<so>or\s+so\b|-?odd\b))",
    re.IGNORECASE,
)
RANGE_JOIN = re.compile(
    r"\s*(?:-|–|—|to|and|und|et|y|(?:e|en|och)(?=\s))\s*(?:(?:close\s+to|nearly|almost|about|around|some|as\s+many\s+as|up\s+to)\s+)?",
    re.IGNORECASE,
)
# "and" in Italian, Portuguese, Dutch and Swedish: it joins a range's ends only after "entre", "tra", "tussen",
# "mellan" ("entre 9.000 e 11.000"); elsewhere it joins two counts.
FOREIGN_ANDS = frozenset({"e", "en", "och"})

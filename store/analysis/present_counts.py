"""Figures of a claim that are no estimate of the present count: increments, forecasts and parts of a whole.

"sent an additional 1,000 to 3,000 troops", "3,000 more troops", "додатково від 1 до 3 тисяч" count what was
added, not how many are there; "could rise to 15,000", "with up to 15,000 expected", "may send 20,000" say what
the speaker expects; "12,000 …, of whom about 11,000 in the Kursk region", "dont environ 11 000" count a part.
Read as estimates of the total, each was a conflict with the totals beside it (1,000 against 12,000) or a false
upper end of the range.  The claim keeps every figure; the tracker and comparisons set these apart (see
``store.analysis.figure_subjects.set_apart_in_claim``), and ``why_not_present`` says which kind it is.
"""

from __future__ import annotations

import re

from store.models import Figure

INCREMENT = "increment"
FORECAST = "forecast"
PART = "part"

# A word of addition just before the figure (its hedge is part of the figure's surface): "an additional",
# "another", "a further", German "weitere", Ukrainian/Russian "додатково", "дополнительно", "ще", "ещё",
# Spanish "otros", Korean "추가로"; an adverb of addition may come before the verb ("дополнительно направила").
_ADDED_BEFORE = re.compile(
    r"(?:\b(?:an?\s+additional|another|a\s+further|further|an\s+extra|extra|weitere[nm]?|zusätzlich(?:e[nm]?)?|"
    r"otros|otras|encore)|(?<!\w)(?:ще|ещ[её])|(?<!\w)(?:додатково|дополнительно|additionally)(?:\s+[^\W\d]+){0,2}|"
    r"추가로|추가)\s*(?:(?:від|от|from|von|de)\s+)?$",
    re.IGNORECASE,
)
# A word of addition just after the figure, or after its noun: "3,000 more troops", "3 000 soldats
# supplémentaires", "3.000 soldados más", "1,000 additional soldiers".  "15,000 or more" and "more than" are no
# increment.
_ADDED_AFTER = re.compile(
    r"\s+(?:more|additional|extra)\b(?!\s+than\b)|"
    r"\s+[^\W\d]+\s+(?:supplémentaires|additionnels|adicionales|más|additional|extra|zusätzliche)\b"
    r"(?!\s+(?:than|de|que)\b)",
    re.IGNORECASE,
)
# A verb of change or sending under a modal, a few words before the figure or opening its surface: "could
# rise to 15,000", "may send up to 20,000", "is expected to reach 15,000", "will probably deploy 5,000".
_FORECAST_BEFORE = re.compile(
    r"\b(?:could|may|might|will|would|(?:is|are|was|were)\s+(?:expected|likely|set|poised|projected)\s+to|"
    r"expects?\s+(?:it\s+|them\s+|the\s+\w+\s+)?to|plans?\s+to)\s+"
    r"(?:(?:probably|likely|eventually|soon|also|further|even|still|well)\s+)?"
    r"(?:rise|reach|grow|climb|increase|swell|top|exceed|double|hit|surpass|balloon|send|deploy|dispatch)\w*"
    r"(?:\s+(?:to|by|as\s+many\s+as|up\s+to|some|about|around|another|more\s+than|over|beyond))*\s*$",
    re.IGNORECASE,
)
_FORECAST_IN_SURFACE = re.compile(r"(?:could|may|might|will|would)\s+(?:rise|reach|grow|climb|increase|top|exceed)",
                                  re.IGNORECASE)
# "with up to 15,000 expected", "12,000, with 3,000 to follow", "15,000 anticipated by spring".
_FORECAST_AFTER = re.compile(
    r"\s+(?:[^\W\d]+\s+){0,3}?(?:expected|anticipated|projected|planned|to\s+follow|set\s+to\s+follow|"
    r"likely\s+to\s+follow)\b",
    re.IGNORECASE,
)
# A part named after its whole: "of whom about 11,000", "including some 11,000 in Kursk", French "dont
# environ 11 000", German "davon rund", Spanish "de los cuales", Russian/Ukrainian "из них", "з них".
_PART_BEFORE = re.compile(
    r"(?:\b(?:of\s+whom|of\s+which|of\s+them|among\s+them|dont|davon|darunter|de\s+los\s+cuales|de\s+las\s+cuales|"
    r"de\s+ellos)|(?<!\w)(?:из\s+них|з\s+них|в\s+том\s+числе|у\s+тому\s+числі))\s+"
    r"(?:(?:are|were|is|was|have|had|been|reportedly|now|only|just)\s+)*$",
    re.IGNORECASE,
)
# "including 11,000 in the Kursk region": a part by place.  "including 600 dead" is a breakdown of a toll
# (its own rule keeps killed and wounded apart), so "including" alone needs the place after it.
_INCLUDING_BEFORE = re.compile(r"\b(?:including|incl\.|y\scompris|einschließlich)\s+$", re.IGNORECASE)
_IN_A_PLACE_AFTER = re.compile(r"\s+(?:[^\W\d]+\s+){0,2}?(?:in|at|near|dans|en|im|in\s+der|в|у|на)\s+(?:the\s+|la\s+|le\s+)?"
                               r"[^\W\d]", re.IGNORECASE)
_DIGIT = re.compile(r"\d")  # a part follows its whole, a figure written before it


def why_not_present(text: str, figure: Figure) -> str | None:
    """Why ``figure`` (offsets in ``text``) is no estimate of its subject's present count, or None."""
    start, end = figure.start, figure.end
    if end <= start:
        return None  # a figure built without offsets: nothing to read around it
    before = text[max(0, start - 40) : start]
    if _ADDED_BEFORE.search(before) or _ADDED_AFTER.match(text, end):
        return INCREMENT
    if _FORECAST_IN_SURFACE.match(text, start) or _FORECAST_BEFORE.search(text[max(0, start - 80) : start]):
        return FORECAST
    if _FORECAST_AFTER.match(text, end):
        return FORECAST
    if _DIGIT.search(text, 0, start) and (
        _PART_BEFORE.search(before) or (_INCLUDING_BEFORE.search(before) and _IN_A_PLACE_AFTER.match(text, end))
    ):
        return PART
    return None

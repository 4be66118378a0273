"""Text set inside a right-to-left override, read in the order a reader saw it.

A right-to-left override (U+202E … U+202C) shows Latin letters and digits backwards: the file holds
"000,11" and the screen shows "11,000".  Stripping the controls alone would keep the stored order, a
figure nobody saw ("000,11") or a word spelled backwards.  When the span holds no right-to-left letters
(whose order the override does not change) and no other bidi control (whose nesting would need the full
bidi algorithm), and is closed (PDF) within a few words, its characters are reversed into the order
shown; the caller records how many.  A span the rule is not sure of is left for the plain stripping.

An override left open (its PDF lost in a copy) runs to the paragraph's end, and the words after it,
read in stored order, are what the writer typed.  A number right after it is not: the override was set
for it, and its stored digits ("000,21", "005") are no figure anybody wrote.  Such a number is turned
when its reversed digits are a well-formed figure and its stored ones are not; either way the open
override is counted, so that no figure it touched passes unrecorded.
"""

from __future__ import annotations

import re

_RLO = "\u202e"
# RLO, then a short run with no line break, no bidi control and no letter of a right-to-left script, closed by
# PDF.  An override left open runs to the paragraph's end: a stray control in prose, whose reader would see the
# rest of the line backwards, gibberish nobody meant; only the controls go there.
_OVERRIDE_SPAN = re.compile(
    "\u202e([^\n\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]{1,60})\u202c"
)
# An override still open (no PDF on its line), and the number that stands right after it, if any.
_OPEN_OVERRIDE = re.compile("\u202e(?![^\n]*\u202c)(\\d(?:[\\d,. ]{0,16}\\d)?)?")
# A figure as written: a first group of one to three digits, groups of three, a decimal part; or plain digits with no lead zero.
_WELL_FORMED = re.compile(r"[1-9]\d{0,2}(?:([,. ])\d{3}(?:\1\d{3})*)?(?:[.,]\d{1,2})?|[1-9]\d*|0(?:[.,]\d+)?")


def override_spans_in_visual_order(text: str) -> tuple[str, int, int]:
    """``text`` with each right-to-left override span written as it was displayed.

    Returns (text, spans turned, overrides left open); the open overrides' controls stay for the stripping.
    """
    if _RLO not in text:
        return text, 0, 0
    text, turned = _OVERRIDE_SPAN.subn(lambda found: found[1][::-1], text)
    if _RLO not in text:
        return text, turned, 0
    unclosed = 0

    def _number_as_shown(found: re.Match[str]) -> str:
        nonlocal unclosed
        unclosed += 1
        number = found[1]
        if number and not _WELL_FORMED.fullmatch(number) and _WELL_FORMED.fullmatch(number[::-1]):
            return "\u202e" + number[::-1]
        return found[0]

    return _OPEN_OVERRIDE.sub(_number_as_shown, text), turned, unclosed

"""Text set inside a right-to-left override, read in the order a reader saw it.

A right-to-left override (U+202E … U+202C) shows Latin letters and digits backwards: the file holds
"000,11" and the screen shows "11,000".  Stripping the controls alone would keep the stored order, a
figure nobody saw ("000,11") or a word spelled backwards.  When the span holds no right-to-left letters
(whose order the override does not change) and no other bidi control (whose nesting would need the full
bidi algorithm), and is closed (PDF) within a few words, its characters are reversed into the order
shown; the caller records how many.  A span the rule is not sure of is left for the plain stripping.
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


def override_spans_in_visual_order(text: str) -> tuple[str, int]:
    """``text`` with each right-to-left override span written as it was displayed; (text, spans turned)."""
    if _RLO not in text:
        return text, 0
    return _OVERRIDE_SPAN.subn(lambda found: found[1][::-1], text)

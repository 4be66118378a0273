"""Where a figure may begin in a text: cheap scans run before the full number parser.

``numbers._ATOM`` is a long case-insensitive alternation; running it only
where a digit, a currency sign or a number word stands makes figure finding
several times faster, and a passage with no such place skips it altogether.
"""

from __future__ import annotations

import re

from store.analysis.figure_words import CURRENCY_SYMBOLS, TENS, UNITS_0_19
from store.analysis.terms import trie_pattern


def _word_starts() -> re.Pattern[str]:
    """Where a figure written in words can begin, as a fast trie over lower-cased text."""
    words = [
        *UNITS_0_19,
        *TENS,
        "tens",
        "hundreds",
        "thousands",
        "millions",
        "billions",
        "dozens",
        "scores",
        "several",
        "half",
        "a couple",
        "a few",
        "a half",
        "a third",
        "a quarter",
        "one third",
        "two thirds",
        "three quarters",
        *(
            f"a{n} {scale}"
            for n in ("", "n")
            for scale in ("hundred", "thousand", "million", "billion", "trillion", "dozen")
        ),
        *(code for code in CURRENCY_SYMBOLS if code[:1].isalpha()),
    ]
    return re.compile(rf"\b(?:{trie_pattern(words)})")


# A currency sign, or a digit that starts a number: not the inner digits of "15,000" or "G20" (``[^\W_]``
# is a letter or digit, as ``str.isalnum`` has it).  The class comes first so ``re`` can skip ahead to it.
_DIGIT_START = re.compile(r"[0-9$€£¥₩₽](?<![.,][0-9])(?<![^\W_][0-9])")
_WORD_START = _word_starts()


def figure_starts(text: str, lowered: str | None = None) -> list[int]:
    """Offsets where a figure may begin: number starts (not the inner digits of "15,000") and number words.

    ``lowered`` is ``text.lower()`` when the caller has it already.
    """
    starts = [m.start() for m in _DIGIT_START.finditer(text)]
    if lowered is None:
        lowered = text.lower()
    if len(lowered) == len(text):
        words = [m.start() for m in _WORD_START.finditer(lowered)]
        if words:
            starts = sorted(set(starts).union(words))
    return starts

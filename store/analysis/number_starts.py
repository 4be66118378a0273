"""Where a figure may begin in a text: cheap scans run before the full number parser.

``number_atoms.ATOM`` is a long case-insensitive alternation; running it only
where a digit, a currency sign or a number word stands makes figure finding
several times faster, and a passage with no such place skips it altogether.
"""

from __future__ import annotations

import re

from store.analysis.ascii_twins import TwinScan
from store.analysis.figure_words import CURRENCY_SYMBOLS, TENS, UNITS_0_19
from store.analysis.foreign_figures import (
    GLUED_DIGIT,
    WORDED_SHARE,
    has_foreign_letters,
)
from store.analysis.latin_number_words import worded_counts
from store.analysis.terms import trie_pattern


def _number_words() -> list[str]:
    """The words and phrases a figure written in words can begin with (lower case)."""
    return [
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
        "quarter",  # "a further quarter of a million"
        "a fifth",
        "a tenth",
        "one third",
        "two thirds",
        "three quarters",
        "die hälfte",  # "half" in European copy
        "der hälfte",
        "la moitié",
        "la mitad",
        "a metade",
        "metade",
        "la metà",
        "metà",
        "de helft",
        "hälften",
        *(
            f"a{n} {scale}"
            for n in ("", "n")
            for scale in ("hundred", "thousand", "million", "billion", "trillion", "dozen")
        ),
        *(code for code in CURRENCY_SYMBOLS if code[:1].isalpha()),
    ]


def _word_starts() -> re.Pattern[str]:
    """Where a figure written in words can begin, as a fast trie over lower-cased text."""
    return re.compile(rf"\b(?:{trie_pattern(_number_words())})")


# A currency sign, or a digit that starts a number: not the inner digits of "15,000" or "G20" (``[^\W_]``
# is a letter or digit, as ``str.isalnum`` has it).  The class comes first so ``re`` can skip ahead to it.
_DIGIT_START = re.compile(r"[0-9$€£¥₩₽](?<![.,][0-9])(?<![^\W_][0-9])")
_WORD_START = _word_starts()
# The same words searched behind one space: each starts with a letter, so "\b" before it is "a non-word
# character before it", and a pattern that starts with ``\W`` lets ``re`` skip through words in C.  One
# difference remains: a match ending in "$" ("us$") could be followed at once by a number word, which
# ``\b`` finds and ``\W`` (already consumed) does not; such a text is searched the slow way.
_WORD_AFTER_NON_WORD = re.compile(rf"\W(?:{trie_pattern(_number_words())})")
_WORD_SCAN = TwinScan(_WORD_AFTER_NON_WORD)  # faster on plain ASCII text (see ``ascii_twins``)
_ENDS_IN_NON_WORD = tuple(word[-1] for word in _number_words() if not (word[-1].isalnum() or word[-1] == "_"))


_LIST_NUMBER = re.compile(r"\d{1,2}(?:[.)]|/\d{0,2})\s")  # "2. ", "1/ ", "3/5 "


def figure_starts(text: str, lowered: str | None = None) -> list[int]:
    """Offsets where a figure may begin: number starts (not the inner digits of "15,000") and number words.

    ``lowered`` is ``text.lower()`` when the caller has it already.
    """
    starts = [m.start() for m in _DIGIT_START.finditer(text)]
    if starts and starts[0] == 0 and _LIST_NUMBER.match(text):
        del starts[0]  # a numbered list item's "2. " (or a thread's "1/") counts nothing
    if has_foreign_letters(text) and (
        glued := [m.start() for m in GLUED_DIGIT.finditer(text)] + [m.start() for m in WORDED_SHARE.finditer(text)]
    ):
        starts = sorted({*starts, *glued})  # "約11,000人", "половина": read by ``foreign_figures``
    if lowered is None:
        lowered = text.lower()
    if worded := worded_counts(text, lowered):
        starts = sorted({*starts, *worded})  # "onze mille", "zwölftausend": read by ``latin_number_words``
    if len(lowered) == len(text):
        words = _number_word_starts(lowered)
        if words:
            starts = sorted(set(starts).union(words))
    return starts


def _number_word_starts(lowered: str) -> list[int]:
    """``[m.start() for m in _WORD_START.finditer(lowered)]``, faster."""
    found = list(_WORD_SCAN.finditer(" " + lowered))
    if _ENDS_IN_NON_WORD and any(m.group().endswith(_ENDS_IN_NON_WORD) for m in found):
        return [m.start() for m in _WORD_START.finditer(lowered)]
    return [m.start() for m in found]

"""Letters an OCR engine reads for digits inside a grouped number: "l,000", "I,000", "1O,000" are 1,000 and 10,000.

A scan's "1" comes out as "l" or "I" and its "0" as "O" often enough, and a figure so spelt is lost to the claims
and to search.  Inside a number written in groups of three ("l,000", "12,O00") no word of any language stands,
so the letters there are read as the digits they look like, and the count is recorded as a repair.
"""

from __future__ import annotations

import re

# A number in thousands groups whose characters are digits or the look-alike letters l, I and O, with at least one
# digit: the letters make it no word, the groups make it a number.
_GROUPED = re.compile(r"(?<![\w.,])[\dlIO]{1,3}(?:[,.][\dlIO]{3})+(?![\w])")
_LOOK_ALIKES = str.maketrans({"l": "1", "I": "1", "O": "0"})
_LEAST_DIGITS = 3


def read_look_alike_digits(text: str) -> tuple[str, int]:
    """``text`` with look-alike letters inside grouped numbers read as digits, and how many numbers changed."""
    count = 0

    def digits(found: re.Match[str]) -> str:
        nonlocal count
        token = found.group(0)
        if token.isascii() and not token.replace(",", "").replace(".", "").isdigit() and sum(ch.isdigit() for ch in token) >= _LEAST_DIGITS:
            count += 1
            return token.translate(_LOOK_ALIKES)
        return token

    return _GROUPED.sub(digits, text), count

"""Figures written in other digits: full-width ("１１，０００"), Arabic-Indic ("١١٬٠٠٠"), styled ("𝟏𝟏,𝟎𝟎𝟎").

Japanese and Chinese copy often sets numbers in full-width forms, Arabic and Persian copy in their own
digits, and social posts in the "bold" mathematical digits; every search, claim and figure reader
downstream reads ASCII digits.  A number written in such digits is rewritten in ASCII, with its
grouping and decimal marks and a percent sign that follows it; every other character stays as written.
"""

from __future__ import annotations

import re

from store.normalise.codepages import non_ascii

# The first digit of each run of ten decimal digits copy is written in (all are category Nd, 0-9 in order).
_ZEROS = (
    0x0660,  # Arabic-Indic
    0x06F0,  # Extended Arabic-Indic (Persian, Urdu)
    0x0966,  # Devanagari
    0x09E6,  # Bengali
    0x0E50,  # Thai
    0xFF10,  # full-width
    *range(0x1D7CE, 0x1D800, 10),  # mathematical bold, double-struck, sans-serif, sans-serif bold, monospace
)
_DIGIT_TO_ASCII = {zero + value: str(value) for zero in _ZEROS for value in range(10)}
# Marks inside or after a number: full-width comma, full stop and percent; Arabic thousands and decimal
# separators and percent sign.
_MARK_TO_ASCII = {0xFF0C: ",", 0xFF0E: ".", 0xFF05: "%", 0x066C: ",", 0x066B: ".", 0x066A: "%"}
_TO_ASCII = {**_DIGIT_TO_ASCII, **_MARK_TO_ASCII}

_FOREIGN = "".join(f"{chr(zero)}-{chr(zero + 9)}" for zero in _ZEROS)
_FOREIGN_DIGIT = re.compile(f"[{_FOREIGN}]")
# A number, its marks only between digits (a comma that ends a clause stays) and a percent sign after it.
_DIGIT = f"[0-9{_FOREIGN}]"
_NUMBER = re.compile(f"{_DIGIT}+(?:[,.\uff0c\uff0e\u066b\u066c]{_DIGIT}+)*[%\uff05\u066a]?")


def ascii_digits(text: str) -> tuple[str, int]:
    """``text`` with numbers in other digits written in ASCII; returns the text and how many numbers."""
    # Searched for among the non-ASCII characters alone: a class reaching beyond the BMP makes the
    # regular expression engine slow, and most text holds few non-ASCII characters.
    if text.isascii() or _FOREIGN_DIGIT.search(non_ascii(text)) is None:
        return text, 0
    count = 0

    def rewrite(found: re.Match[str]) -> str:
        nonlocal count
        number = found.group(0)
        if number.isascii() or _FOREIGN_DIGIT.search(number) is None:
            return number  # ASCII digits beside a full-width comma are left as written
        count += 1
        return number.translate(_TO_ASCII)

    return _NUMBER.sub(rewrite, text), count

"""What a run of mojibake may decode to: the blocks such text hides, and the test of a decoding.

Shared by the codepage round-trip repair (``codepages``, ``mojibake``): a decoding is only taken when it
gives characters that text plausibly held, never a rare script picked up by chance.
"""

from __future__ import annotations

import unicodedata

# Where a decoded character may come from.  One-character results must be
# punctuation, symbols or letters of the blocks mojibake usually hides; letters
# of other scripts (CJK, Indic, Thai ...) only count in runs of two or more,
# because a single one is what a genuine Cyrillic word such as "её»" yields.
SINGLE_OK = (
    (0x00A0, 0x024F),  # Latin-1 supplement, Latin extended A/B
    (0x02C6, 0x02DD),  # modifier letters cp1252 carries (ˆ ˜)
    (0x0300, 0x036F),  # combining marks (text written in NFD)
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x052F),  # Cyrillic
    (0x05BE, 0x05BE),  # Hebrew maqaf, its hyphen ("כ־11,000")
    (0x05D0, 0x05EA),  # Hebrew letters
    (0x05F3, 0x05F4),  # Hebrew geresh and gershayim, which mark its acronyms ("צה״ל")
    (0x0600, 0x06FF),  # Arabic
    (0x1E00, 0x1EFF),  # Latin extended additional (Vietnamese)
    (0x2000, 0x2BFF),  # punctuation, currency, letterlike, arrows, maths, symbols
    (0xFEFF, 0xFEFF),  # a byte-order mark, removed later by cleaning
    (0x1F000, 0x1FAFF),  # emoji and pictographs
)
RUN_OK = (
    (0x0800, 0x1DFF),  # Samaritan .. Mongolian, Indic, Thai, Georgian, Hangul jamo
    (0x3000, 0x9FFF),  # CJK symbols, kana, CJK unified ideographs
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x2FFFF),  # CJK extensions
)


def in_ranges(cp: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= cp <= high for low, high in ranges)


def plausible(decoded: str, line: str = "") -> bool:
    """Could ``decoded`` be what a run of mojibake originally said (on ``line``, the line it stands on)?"""
    if not decoded:
        return False
    for ch in decoded:
        if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"):
            return False
    if all(in_ranges(ord(ch), SINGLE_OK) for ch in decoded):
        return True
    # A run that yields letters of a script the lists above do not cover must
    # be long enough not to be chance: two characters or more, all of them from
    # the allowed blocks.  A single one is taken when its line already holds its
    # script (the rest of a Korean sentence repaired around "1ë§Œ1", "1만1").
    if len(decoded) == 1:
        return in_ranges(ord(decoded), RUN_OK) and holds_block_of(line, decoded)
    return all(in_ranges(ord(ch), SINGLE_OK + RUN_OK) for ch in decoded)


def holds_block_of(line: str, ch: str) -> bool:
    """Does ``line`` hold a character of the ``RUN_OK`` range ``ch`` is in?"""
    code = ord(ch)
    for low, high in RUN_OK:
        if low <= code <= high:
            return any(low <= ord(other) <= high for other in non_ascii(line))
    return False


_ASCII_BYTES = bytes(range(0x80))


def non_ascii(line: str) -> str:
    """The non-ASCII characters of ``line``, in order (by way of UTF-8, at C speed)."""
    return line.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")

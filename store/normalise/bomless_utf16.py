"""UTF-16 text saved without a byte-order mark: told from 16-bit binary by what it reads as."""

from __future__ import annotations


def bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs in every other byte of ASCII-heavy text.

    Text in another alphabet (Cyrillic, Greek, Hangul) has far fewer: only its
    spaces, digits and punctuation put a NUL in the high byte.  NULs on one
    side only are then taken as UTF-16 when that reading is clean, printable
    text, which a binary format's words of small numbers (control characters)
    never are.
    """
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / max(1, len(odd))
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le" if _reads_as_utf16_text(sample, "utf-16-le") else None
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be" if _reads_as_utf16_text(sample, "utf-16-be") else None
    if len(sample) >= _UTF16_MIN_SAMPLE:
        # (A few NULs on the other side are characters such as Hangul "가", U+AC00.)
        if odd_nul >= _UTF16_MIN_NUL_SHARE and even_nul <= min(0.05, odd_nul / 4):
            return "utf-16-le" if _reads_as_utf16_text(sample, "utf-16-le") else None
        if even_nul >= _UTF16_MIN_NUL_SHARE and odd_nul <= min(0.05, even_nul / 4):
            return "utf-16-be" if _reads_as_utf16_text(sample, "utf-16-be") else None
    return None


_UTF16_MIN_SAMPLE = 64
_UTF16_MIN_NUL_SHARE = 0.05  # spaces alone are about one character in six
_UTF16_TEXT_SHARE = 0.98


_UTF16_LEAST_SPACE_SHARE = 0.04  # words need separators: about one character in six is a space in prose
_UTF16_LONGEST_MEAN_WORD = 16  # German compounds average well under this; a byte soup has no word breaks
_UTF16_LETTER_SHARE = 0.6  # of the characters that are not whitespace


def _reads_as_utf16_text(sample: bytes, encoding: str) -> bool:
    """Is the sample, read as UTF-16, text: printable, mostly letters, and broken into words?

    16-bit binary (audio samples, a table of small integers) reads as clean printable
    Latin-1 just as often as text does; what it lacks is words: runs of letters
    separated by spaces or line breaks.  Caseless scripts written without spaces
    (Chinese, Japanese) put no NUL bytes on one side, so they never come here.
    """
    text = sample[: len(sample) & ~1].decode(encoding, errors="replace")
    text = text[:-1] if text[-1:] == "\ufffd" or "\ud800" <= text[-1:] <= "\udfff" else text  # a pair cut by the sample's end
    if not text or "\ufffd" in text:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    if printable < _UTF16_TEXT_SHARE * len(text):
        return False
    spaces = sum(1 for ch in text if ch.isspace())
    tokens = text.split()
    if spaces < _UTF16_LEAST_SPACE_SHARE * len(text) or not tokens:
        return False
    visible = len(text) - spaces
    letters = sum(1 for ch in text if ch.isalpha())
    return visible / len(tokens) <= _UTF16_LONGEST_MEAN_WORD and letters >= _UTF16_LETTER_SHARE * visible

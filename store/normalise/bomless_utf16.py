"""UTF-16 and UTF-32 text saved without a byte-order mark: told from binary by what it reads as."""

from __future__ import annotations

from store.normalise.byte_order_marks import opening_byte_order, realigned_utf16


def bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM (see ``_one_sided``), also when a stray byte shifted part of it by half a character."""
    if (found := _one_sided(sample)) is not None or len(sample) < _UTF16_MIN_SAMPLE or sample.count(0) < _UTF16_MIN_NUL_SHARE * len(sample):
        return found
    # Past the slip the NULs change sides: neither side has them alone until it is taken out.  The
    # byte order is the one the text opens in, or the other when the slip comes within its first words.
    if (opening := opening_byte_order(sample)) is None:
        return None
    for encoding in (opening, "utf-16-be" if opening == "utf-16-le" else "utf-16-le"):
        realigned, strays = realigned_utf16(sample, encoding)
        if strays and _one_sided(realigned) == encoding:
            return encoding
    return None


def _one_sided(sample: bytes) -> str | None:
    """UTF-16 without a BOM shows as NULs in every other byte of ASCII-heavy text.

    Text in another alphabet (Cyrillic, Greek, Hangul) has far fewer: only its
    spaces, digits and punctuation put a NUL in the high byte.  NULs on one
    side only are then taken as UTF-16 when that reading is clean, printable
    text, which a binary format's words of small numbers (control characters)
    never are.
    """
    if len(sample) < 8:
        return None
    if b"\x00" not in sample:
        return _cjk_in_either_order(sample)
    even, odd = sample[0::2], sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / max(1, len(odd))
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le" if _reads_as_utf16_text(sample, "utf-16-le") else None
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be" if _reads_as_utf16_text(sample, "utf-16-be") else None
    if len(sample) >= _UTF16_MIN_SAMPLE:
        # (A few NULs on the other side are characters such as Hangul "가", U+AC00, or "一", U+4E00.)
        if odd_nul >= _UTF16_MIN_NUL_SHARE and even_nul <= min(_UTF16_MAX_OTHER_NULS, odd_nul / 4):
            return "utf-16-le" if _reads_as_utf16_text(sample, "utf-16-le") else None
        if even_nul >= _UTF16_MIN_NUL_SHARE and odd_nul <= min(_UTF16_MAX_OTHER_NULS, even_nul / 4):
            return "utf-16-be" if _reads_as_utf16_text(sample, "utf-16-be") else None
    if max(even_nul, odd_nul) <= _UTF16_MAX_OTHER_NULS:
        # Chinese or Japanese with few line breaks and figures: its NULs are few on both sides ("一" is
        # U+4E00), so the side tells nothing; only one byte order reads as prose (the other as syllables
        # of no script, "朝" U+671D read as U+1D67).
        return _cjk_in_either_order(sample)
    return None


def _cjk_in_either_order(sample: bytes) -> str | None:
    """The one byte order in which ``sample`` reads as Chinese or Japanese prose, or None.

    A line of ideographs with no figure, space or line break has no NUL at all, but its low bytes are
    control bytes as often as not ("朝" is U+671D).  No 8-bit text reads as such prose in UTF-16: its
    sentence marks "、" "。" need a 0x01 or 0x02 byte beside 0x30, "，" a 0xFF, which neither a legacy
    codepage's text nor UTF-8 holds.
    """
    if len(sample) < _CJK_LEAST_BYTES or (b"\x00" not in sample and not _has_control_byte(sample)):
        return None
    readings = [encoding for encoding in ("utf-16-le", "utf-16-be") if _reads_as_utf16_text(sample, encoding)]
    return readings[0] if len(readings) == 1 else None


# Every byte but the controls \x01-\x08 and \x0e-\x1f: deleting them in C leaves the controls, if any.  A search
# for the class of controls tests each byte of the file against it, some ten times slower on text that holds none.
_ALL_BUT_CONTROLS = bytes(b for b in range(256) if not (0x01 <= b <= 0x08 or 0x0E <= b <= 0x1F))
_CJK_LEAST_BYTES = 16  # eight characters: two sentence marks among six ideographs at the least


def _has_control_byte(sample: bytes) -> bool:
    return bool(sample.translate(None, _ALL_BUT_CONTROLS))


_UTF16_MIN_SAMPLE = 64
_UTF16_MIN_NUL_SHARE = 0.05  # spaces alone are about one character in six
_UTF16_MAX_OTHER_NULS = 0.1  # "가" is a common Korean syllable (the subject particle)
_UTF16_TEXT_SHARE = 0.98


_UTF16_LEAST_SPACE_SHARE = 0.04  # words need separators: about one character in six is a space in prose
_UTF16_LONGEST_MEAN_WORD = 16  # German compounds average well under this; a byte soup has no word breaks
_UTF16_LETTER_SHARE = 0.6  # of the characters that are not whitespace
_UTF16_LEAST_LETTER_SHARE = 0.3  # ... when figures make up the rest


def bomless_utf32(sample: bytes) -> str | None:
    """UTF-32 without a BOM: every character's two high bytes are zero (the third at most 0x10).

    Three NULs in every four bytes would read as binary, and no 8- or 16-bit text has them so
    regularly; the reading must still be words (``_reads_as_utf16_text``).
    """
    if len(sample) < _UTF16_MIN_SAMPLE or b"\x00\x00" not in sample[:8]:
        return None
    aligned = sample[: len(sample) & ~3]
    if not aligned[3::4].strip(b"\x00") and max(aligned[2::4]) <= 0x10 and aligned[0::4].count(0) < len(aligned) // 8:
        return "utf-32-le" if _reads_as_utf16_text(aligned, "utf-32-le") else None
    if not aligned[0::4].strip(b"\x00") and max(aligned[1::4]) <= 0x10 and aligned[3::4].count(0) < len(aligned) // 8:
        return "utf-32-be" if _reads_as_utf16_text(aligned, "utf-32-be") else None
    return None


def bomless_wide(sample: bytes) -> str | None:
    """UTF-32 or UTF-16 without a BOM (UTF-32 first: its NULs would read as UTF-16 Latin-1 pairs)."""
    return bomless_utf32(sample) or bomless_utf16(sample)


def _reads_as_utf16_text(sample: bytes, encoding: str) -> bool:
    """Is the sample, read as UTF-16, text: printable, mostly letters, and broken into words?

    16-bit binary (audio samples, a table of small integers) reads as clean printable
    Latin-1 just as often as text does; what it lacks is words: runs of letters
    separated by spaces or line breaks.  Chinese and Japanese, written without spaces,
    come here when their figures, Latin names and line breaks put NULs on one side:
    their prose is recognised by its characters instead (``_reads_as_cjk_prose``).
    """
    width = 4 if "32" in encoding else 2
    text = sample[: len(sample) - len(sample) % width].decode(encoding, errors="replace")
    text = text[:-1] if text[-1:] == "\ufffd" or "\ud800" <= text[-1:] <= "\udfff" else text  # a pair cut by the sample's end
    if not text or "\ufffd" in text:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch in "\n\r\t")
    if printable < _UTF16_TEXT_SHARE * len(text):
        return False
    spaces = sum(1 for ch in text if ch.isspace())
    tokens = text.split()
    if not tokens:
        return False
    visible = len(text) - spaces
    letters = sum(1 for ch in text if ch.isalpha())
    if spaces >= _UTF16_LEAST_SPACE_SHARE * len(text) and visible / len(tokens) <= _UTF16_LONGEST_MEAN_WORD:
        # (A subtitle file's or a table's figures, "00:00:04,500 --> 00:00:08,000", stand with its words.)
        digits = sum(1 for ch in text if ch.isdigit())
        return letters >= _UTF16_LETTER_SHARE * visible or (letters >= _UTF16_LEAST_LETTER_SHARE * visible and letters + digits >= _UTF16_LETTER_SHARE * visible)
    return _reads_as_cjk_prose(text, visible)


# Chinese and Japanese put no spaces between words: their prose is told from 16-bit binary by its
# characters (ideographs, kana, Hangul, full-width forms) and its sentence punctuation ("、" "。" "，").
_CJK_RANGES = ((0x3000, 0x9FFF), (0xAC00, 0xD7A3), (0xFF00, 0xFFEF))
_CJK_PUNCTUATION = frozenset("\u3001\u3002\uff0c\uff0e\uff01\uff1f\uff1a\uff1b\u300c\u300d\u300e\u300f\uff08\uff09")
_CJK_SHARE = 0.6  # of the visible characters
_CJK_LEAST_PUNCTUATION = 2


def _reads_as_cjk_prose(text: str, visible: int) -> bool:
    cjk = sum(1 for ch in text if any(low <= ord(ch) <= high for low, high in _CJK_RANGES))
    punctuation = sum(1 for ch in text if ch in _CJK_PUNCTUATION)
    return cjk >= _CJK_SHARE * visible and punctuation >= _CJK_LEAST_PUNCTUATION

"""NUL bytes in a text file: padding at its ends, strays in its lines, zeroed blocks inside it.

A binary format is full of NULs; a text file holds them only as damage, which is stripped and put on record.
"""

from __future__ import annotations

import re

# Bytes that never occur in text: C0 controls other than tab, LF, VT, FF, CR
# and ESC (escape sequences are text we clean, not a sign of binary).
CONTROL_BYTES = bytes([*range(0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_STRAY_NUL_SHARE = 0.01  # at most one NUL in 100 bytes
_STRAY_NUL_MIN_SAMPLE = 256
# A NUL after every line or every few words (a C program's export writing each string with its
# terminator) is damage too, when what remains is UTF-8 text free of other control bytes.
_DAMAGED_NUL_SHARE = 0.1
_DAMAGED_MOST_CONTROLS = 0.005


def stray_nuls(sample: bytes) -> bool:
    """A few NULs in a long run of text (a buggy export, a pasted terminal) are noise, not binary.

    A binary format is full of them; text damaged by a stray one is text, and cleaning drops them.
    """
    if len(sample) < _STRAY_NUL_MIN_SAMPLE:
        return _short_text_with_nuls(sample)
    nuls = sample.count(0)
    if nuls > _DAMAGED_NUL_SHARE * len(sample):
        return False
    rest = sample.replace(b"\x00", b"")
    controls = len(rest) - len(rest.translate(None, CONTROL_BYTES))
    try:
        rest.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(rest) - 4:  # not merely a character cut by the end of the sample
            # Legacy text (a Windows-1251 file): a stray NUL or two, and hardly another control byte, where
            # compressed or encrypted bytes hold one control byte in ten.
            return nuls <= _STRAY_NUL_SHARE * len(sample) and controls <= _DAMAGED_MOST_CONTROLS * len(rest)
    return nuls <= _STRAY_NUL_SHARE * len(sample) or controls <= _DAMAGED_MOST_CONTROLS * len(rest)


# A short file (a note, a one-paragraph story) has too few bytes for a share of NULs to tell anything: it is
# text when, without them, it is UTF-8 prose with no other control byte, which a small binary file (a header
# of small integers, an index) never is.
_SHORT_MOST_NULS = 0.1
_SHORT_LETTER_SHARE = 0.5  # of the characters that are not whitespace
_SHORT_LEAST_WORDS = 3


def _short_text_with_nuls(sample: bytes) -> bool:
    nuls = sample.count(0)
    rest = sample.replace(b"\x00", b"")
    if nuls > _SHORT_MOST_NULS * len(sample) or len(rest.translate(None, CONTROL_BYTES)) < len(rest):
        return False
    try:
        text = rest.decode("utf-8")
    except UnicodeDecodeError:
        return False
    words = text.split()
    visible = sum(map(len, words))
    return len(words) >= _SHORT_LEAST_WORDS and sum(map(str.isalpha, text)) >= _SHORT_LETTER_SHARE * visible


def without_nul_padding(data: bytes) -> bytes:
    """A download cut short or a file preallocated by its writer ends in a run of NULs, and a disk image's
    carved file or a zeroed header can start with one: padding, not content."""
    return data.strip(b"\x00") if data.endswith(b"\x00") or data.startswith(b"\x00") else data


# A piece of a file that never arrived (a torrent's or a download manager's preallocated file, a disk that
# lost a block in a crash) stays zeros among the text: one run of NULs or a few, each long, where a binary
# format scatters them through its every structure.
_ZEROED_BLOCK = re.compile(rb"\x00{16,}")
_MOST_ZEROED_BLOCKS = 4
_INSIDE_LINE = re.compile(rb"[^\n]\x00+[^\n]")


def without_zeroed_blocks(data: bytes) -> tuple[bytes, int]:
    """(``data`` without its zeroed blocks, how many there were); unchanged with 0 when there are none or too
    many to be damage.  A block inside a line stands for text lost there: it becomes one U+FFFD in a UTF-8
    file (a space in another), so that the words either side are not glued into one; between lines it goes."""
    if b"\x00" * 16 not in data:
        return data, 0
    blocks = len(_ZEROED_BLOCK.findall(data))
    if blocks > _MOST_ZEROED_BLOCKS:
        return data, 0
    try:
        _ZEROED_BLOCK.sub(b"", data).decode("utf-8")
        inside = "\ufffd".encode()
    except UnicodeDecodeError:
        inside = b" "

    def hole(match: re.Match[bytes]) -> bytes:
        return inside if _INSIDE_LINE.fullmatch(data, max(0, match.start() - 1), match.end() + 1) else b""

    return _ZEROED_BLOCK.sub(hole, data), blocks

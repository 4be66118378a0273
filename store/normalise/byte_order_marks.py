"""Byte-order marks: which Unicode form a file announces, and the damage tools do around the mark.

A mark can lie: a tool that wrote UTF-8 behind a UTF-16 mark, or UTF-16 whose newline bytes a tool
treating it as ASCII turned into CRLF.  Both are told from the bytes and undone (see ``reading``).
"""

from __future__ import annotations

import codecs
import re
from collections import Counter

_SNIFF_HEAD = 64 * 1024
# What ``bom_encoding`` says of a UTF-16 mark before UTF-8 text.
UTF8_AFTER_UTF16_BOM = "utf-8-after-utf-16-bom"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def bom_encoding(data: bytes) -> str | None:
    """The Unicode form a byte-order mark announces, or None; a UTF-16 mark before UTF-8 text says so."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding if not (encoding.startswith("utf-16") and _utf8_behind(data[2 : 2 + _SNIFF_HEAD])) else UTF8_AFTER_UTF16_BOM
    return None


_C0_BUT_LINE_ENDS = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")


def _utf8_behind(sample: bytes) -> bool:
    """Are the bytes after a UTF-16 byte-order mark UTF-8 text (a tool that wrote the wrong mark)?

    UTF-16 of Latin or Cyrillic text holds NULs and other control bytes, and UTF-16 of Chinese,
    Japanese or Korean text is not valid UTF-8 beyond a few characters; UTF-8 text holds neither.
    """
    if len(sample) < 32 or _C0_BUT_LINE_ENDS.search(sample) is not None:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.reason == "unexpected end of data" and exc.end == len(sample)  # a character cut by the sample's end
    return True


def undo_byte_newline_conversion(data: bytes, encoding: str) -> bytes | None:
    """UTF-16 bytes whose newline bytes a tool treating them as ASCII turned into CRLF, restored; None when undamaged.

    Every byte 0x0A got a 0x0D in front of it (FTP in text mode, ``unix2dos``, Git's autocrlf): each
    insertion shifts the rest of the file by one byte, so it decodes as unrelated ideographs and ends
    on an odd byte.  Taking the inserted bytes out is right when it gives back the lines that the
    shift hid; a genuine 0x0D 0x0A pair (a character ending in one before a newline) never does.
    """
    restored = data.replace(b"\r\n", b"\n")
    as_found = data.decode(encoding, errors="replace")
    repaired = restored.decode(encoding, errors="replace")
    if repaired.count("\n") <= as_found.count("\n") or repaired.count("\ufffd") > as_found.count("\ufffd"):
        return None
    return restored


# A byte slipped into UTF-16 (or lost from it: a transfer that dropped or doubled one byte, two files
# joined at an odd length) shifts every character after it by half: Latin or Cyrillic text then reads
# as unrelated ideographs.  Alphabetic text shows it in its bytes: the high byte of each character
# takes a handful of values (0x00, 0x04 for Cyrillic, 0x20 for punctuation), the low byte many; past
# the slip the two sides trade places.  Korean, Chinese and Japanese show it in what they read as.
# The slip is taken out where the characters either side read best; the character it split is lost.
_STRAY_BLOCK = 64  # bytes (32 characters) whose two sides are compared
_MOST_STRAYS = 32  # past this the file is something other than UTF-16 with a slip or two
_STRAY_WINDOW = 32  # bytes scored either side of a candidate slip


def _alignment(data: bytes, at: int, high: int) -> int:
    """1 when the block at ``at`` has its high bytes on the side ``high`` says, -1 when on the other, 0 when unclear.

    Alphabetic text tells by its bytes (see above); Korean, Chinese and Japanese by what the two readings
    give: shifted, their characters scatter over the whole code space, mostly outside the blocks text uses.
    """
    block = data[at : at + _STRAY_BLOCK]
    on_high, on_low = len(set(block[high::2])), len(set(block[1 - high :: 2]))
    if 3 * on_high <= on_low:
        return 1
    if 3 * on_low <= on_high:
        return -1
    if len(block) < _STRAY_BLOCK:
        return 0
    encoding = "utf-16-le" if high else "utf-16-be"
    as_is = len(_TEXT_CHARACTERS.findall(block.decode(encoding, errors="replace")))
    shifted = len(_TEXT_CHARACTERS.findall(data[at + 1 : at + 1 + _STRAY_BLOCK].decode(encoding, errors="replace")))
    if as_is >= _MOST_CLEAR * _STRAY_BLOCK // 2 and shifted <= _LEAST_CLEAR * _STRAY_BLOCK // 2:
        return 1
    return -1 if shifted >= _MOST_CLEAR * _STRAY_BLOCK // 2 and as_is <= _LEAST_CLEAR * _STRAY_BLOCK // 2 else 0


# The characters text is written in: line ends, ASCII, Latin, Greek, Cyrillic, punctuation, CJK punctuation
# and kana, the unified ideographs, Hangul syllables and full-width forms.
_TEXT_CHARACTERS = re.compile("[\t\n\r\x20-\x7e\xa0-\u024f\u0370-\u052f\u2000-\u206f\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7a3\uff00-\uffef]")
_MOST_CLEAR = 0.9  # of a block's characters in those blocks: text as it was written
_LEAST_CLEAR = 0.75  # ... and at most this many: the same text shifted by a byte


def opening_byte_order(data: bytes) -> str | None:
    """The UTF-16 byte order the first block of alphabetic text shows (a slip can only come after it), or None."""
    for at in range(0, len(data) - _STRAY_BLOCK + 1, _STRAY_BLOCK):
        if state := _alignment(data, at, 1):
            return "utf-16-le" if state == 1 else "utf-16-be"
    return None


def realigned_utf16(data: bytes, encoding: str) -> tuple[bytes, int]:
    """UTF-16 bytes with each stray byte that shifted the rest of the file taken out, and how many were."""
    high = 1 if encoding.endswith("le") else 0
    if len(data) < 2 * _STRAY_BLOCK:
        return data, 0
    dropped = 0
    start = 0
    while dropped < _MOST_STRAYS and (slip := _first_slip(data, start, high)) is not None:
        data = data[:slip] + data[slip + 1 :]
        dropped += 1
        start = max(0, (slip & ~1) - _STRAY_BLOCK)
    if len(data) % 2 and dropped < _MOST_STRAYS and (characters := _clear_characters(data, 0, high)):
        # An odd length with no shifted block left: the slip is in the last block, too short to judge
        # by itself, or the file was cut mid-character (then its last byte is the one to take out).
        slip, cost = _best_slip(data, range(max(0, len(data) - 2 * _STRAY_BLOCK), len(data)), high, characters)
        if cost[0] < _best_slip(data, range(len(data) - 1, len(data)), high, characters)[1][0]:
            data = data[:slip] + data[slip + 1 :]
            dropped += 1
    return data, dropped


def _clear_characters(data: bytes, start: int, high: int) -> Counter[bytes]:
    """The file's characters (as byte pairs, how often each occurs), read from the blocks that are clear.

    A block beside one shifted the other way may hold the slip, whose halves would pass for characters:
    it is left out while others remain.
    """
    states = [(at, _alignment(data, at, high)) for at in range(start, len(data) - 1, _STRAY_BLOCK)]
    clear = [(at, state) for at, state in states if state]
    settled = [
        (at, state)
        for index, (at, state) in enumerate(states)
        if state and all(other[1] in (0, state) for other in states[max(0, index - 1) : index + 2])
    ]
    found: Counter[bytes] = Counter()
    for at, state in settled or clear:
        block = data[at + (state == -1) : at + _STRAY_BLOCK]
        found.update(block[i : i + 2] for i in range(0, len(block) - 1, 2))
    return found


def _first_slip(data: bytes, start: int, high: int) -> int | None:
    """Where the first stray byte is: the start of the first run of shifted blocks that lasts (to the end
    or for two blocks), narrowed to the byte whose removal reads best either side of it."""
    blocks = [_alignment(data, at, high) for at in range(start, len(data) - 1, _STRAY_BLOCK)]
    if -1 not in blocks:
        return None
    for index, state in enumerate(blocks):
        if state != -1:
            continue
        later = [s for s in blocks[index + 1 :] if s]
        if later and later[0] != -1:
            continue  # one odd block (a table of figures, a run of symbols) between aligned ones
        if not any(s == 1 for s in blocks[:index]) and index > 1:
            return None  # shifted from its start: the file's other byte order, not a slip
        at = start + index * _STRAY_BLOCK
        return _best_slip(data, range(max(start, at - _STRAY_BLOCK), min(len(data), at + _STRAY_BLOCK)), high, _clear_characters(data, start, high))[0]
    return None


def _best_slip(data: bytes, candidates: range, high: int, characters: Counter[bytes]) -> tuple[int, tuple[int, int]]:
    """The byte whose removal leaves the fewest characters around the candidates with a high byte the
    file's characters never have; between equals, the one leaving the commoner letters (a stray that
    happens to pair with a neighbour into a newline or a rare letter must not cost that neighbour).
    Returned with its cost: (characters left unreadable, minus how common the letters are)."""
    highs = {pair[high] for pair in characters}
    letters = {pair: count for pair, count in characters.items() if pair.decode("utf-16-le" if high else "utf-16-be", errors="replace").isalpha()}
    left, right = max(0, (candidates.start & ~1) - _STRAY_WINDOW), min(len(data), candidates.stop + _STRAY_WINDOW)

    def cost(slip: int) -> tuple[int, int]:
        window = data[left:slip] + data[slip + 1 : right]
        pairs = [window[i : i + 2] for i in range(0, len(window) - 1, 2)]
        return sum(1 for pair in pairs if pair[high] not in highs), -sum(letters.get(pair, 0) for pair in pairs)

    costs = {slip: cost(slip) for slip in candidates}
    best = min(candidates, key=costs.__getitem__)
    return best, costs[best]


# A file that opens with a byte-order mark, after the line end that closed another file.  UTF-8 and 8-bit
# text never holds 0xFE or 0xFF next to each other, and UTF-16 holds a line end before 0xFEFF only where
# a second file begins (U+FEFF inside text is a zero-width no-break space, never after a newline).
_MARK_AFTER_LINE_END = re.compile(
    rb"(?<=\n)(?=\xef\xbb\xbf|\xff\xfe|\xfe\xff)|(?<=\n\x00)(?=\xef\xbb\xbf|\xfe\xff)|(?<=\x00\n)(?=\xef\xbb\xbf|\xff\xfe)"
)


def files_in_unicode_forms(data: bytes) -> list[bytes] | None:
    """The files joined in ``data`` when they are in different Unicode forms, each with its mark (UTF-16
    saved after UTF-8, or the other way round: ``cat`` of two exports), or None.  Files all in UTF-8, with
    or without a mark, read as one text (``line_ends.joined_files`` takes their marks out)."""
    if b"\xfe" not in data and data.find(b"\xff", 1) == -1:
        return None
    starts = [0, *(found.start() for found in _MARK_AFTER_LINE_END.finditer(data, 1))]
    if len(starts) == 1:
        return None
    parts = [data[start:end] for start, end in zip(starts, [*starts[1:], len(data)], strict=True)]
    wide = [bom_encoding(part) not in (None, "utf-8") for part in parts]
    if not any(wide) or (all(wide) and len({bom_encoding(part) for part in parts}) == 1):
        return None
    return parts

"""Lines of UTF-8 read through a single-byte codepage the sequence-by-sequence repair does not take on.

The repair in ``mojibake`` looks for UTF-8 sequences as a short list of codepages shows them, one run at
a time, and holds back where genuine text could form them by chance.  UTF-8 read as a Mac codepage
(Mac Cyrillic shows "Пхеньян" as "–Я—Е–µ–љ—М—П–љ"), an ISO one (ISO 8859-5 as "аБаЕ", with C1
controls), an old DOS one, or as the Hebrew, Arabic and Thai Windows codepages whose sequences that
repair holds back, is left as it is there.

A whole line settles it instead: written back in the codepage, every one of its non-ASCII characters
must give the bytes of valid UTF-8, and the UTF-8 must decode to characters such text holds.  Genuine
text in a codepage's own script never does so over a line (two of its letters in a row are two lead
bytes, or a continuation byte with no lead), so a line is taken whole or not at all, and a document
with genuine Greek, Cyrillic, Hebrew or Thai beside one paragraph of mojibake keeps them as written.

A line that reads as UTF-8 through a codepage the other repair knows (Windows-1252, -1251, Latin-1 ...)
is left to it: that repair also peels a second layer and knows the lossy forms.

Speed: which codepages hold all of a line's non-ASCII characters is known from one table lookup per
distinct character, so genuine Korean or Chinese text (in no single-byte codepage) costs a set and a
lookup per line, and genuine Russian or Greek text only the few codepages of its script.
"""

from __future__ import annotations

from collections import Counter
from functools import cache

from store.normalise.codepages import CODEPAGES
from store.normalise.decoded_plausibility import (
    in_ranges,
    non_ascii,
    plausible,
)
from store.normalise.sloppy import decoding_table, sloppy_encode

# Codepages a line may have been read through that the run-by-run repair does not take on, most common
# first.  (Windows-1258 is left out: its combining accents are composed when text is normalised, which
# loses the bytes; Mac Arabic maps bytes onto ASCII punctuation, which loses them too.)
_REPAIRED_HERE = (
    "mac_roman", "mac_cyrillic", "iso8859_5", "cp1255", "cp1256", "cp874", "cp866", "iso8859_7", "mac_greek",
    "iso8859_15", "iso8859_9", "iso8859_13", "iso8859_4", "iso8859_16", "iso8859_8", "iso8859_6", "iso8859_11",
    "mac_latin2", "mac_turkish", "mac_iceland", "mac_croatian", "mac_romanian",
    "cp737", "cp775", "cp855", "cp857", "cp862", "cp869", "cp1125", "kz1048", "ptcp154",
)
# The run-by-run repair's codepages (the whole-script ones aside, whose sequences it holds back): a line
# that reads as UTF-8 through one of them is its to repair.  Looked at first, in its order.
_LEFT_TO_RUNS = tuple(label for label in CODEPAGES if label not in _REPAIRED_HERE)
_ORDER = _LEFT_TO_RUNS + _REPAIRED_HERE
_LEAST_DECODED_WHEN_CUT = 6  # distinct characters a line whose end was cut must decode to
_LEAST_DECODED = 2  # distinct characters a line must decode to; one only when it is punctuation or a sign


@cache
def _holders() -> dict[str, int]:
    """Each character of the codepages' upper halves, to the bit set of the codepages (``_ORDER``) holding it."""
    holders: dict[str, int] = {}
    for index, label in enumerate(_ORDER):
        table = decoding_table(label) if label != "latin-1" else bytes(range(256)).decode("latin-1")
        for ch in table[0x80:]:
            if ch != "\ufffd":
                holders[ch] = holders.get(ch, 0) | 1 << index
    return holders


def _through(line: str) -> tuple[str, str] | None:
    """(``line`` as the UTF-8 it was, the codepage it was read through) when it is such mojibake in full."""
    holders = _holders()
    held = (1 << len(_ORDER)) - 1
    for ch in set(non_ascii(line)):
        held &= holders.get(ch, 0)
        if not held:
            return None
    runs_reading: str | None = None
    for index, label in enumerate(_ORDER):
        if not held >> index & 1:
            continue
        try:
            data = line.encode("latin-1") if label == "latin-1" else sloppy_encode(line, label)
        except UnicodeEncodeError:
            continue  # (a control character no reading gives, 0x1A among them: no such mojibake)
        try:
            decoded = data.decode("utf-8")
        except UnicodeDecodeError as error:
            if error.reason != "unexpected end of data" or error.end != len(data):
                continue
            # The line's last byte was a NEL or no-break space, which a field's strip() took for a space
            # ("х" is "б\x85" in ISO 8859-5): the rest is read, the lost character stands as U+FFFD.
            decoded = data[: error.start].decode("utf-8", errors="replace") + "\ufffd"
            if len(set(non_ascii(decoded))) <= _LEAST_DECODED_WHEN_CUT:
                continue  # a short line cut so is as likely a few genuine words read by chance
        if index < len(_LEFT_TO_RUNS):
            # (The best of them: DOS 437 reads Lithuanian "ž" as "ŝ" where 850 gets it right.)
            if runs_reading is None or _fits_better(decoded, runs_reading):
                runs_reading = decoded
            continue
        if _plausible_line(decoded) and (runs_reading is None or _fits_better(decoded, runs_reading)):
            return decoded, label
    return None  # (a line read through a codepage of the run-by-run repair is its to repair)


def _fits_better(decoded: str, runs_reading: str) -> bool:
    """Does the line, read through a codepage of its own, spell one language's letters where the run-by-run
    repair's codepage spells a mix (Turkish "karşılığında" through DOS 857, "karŭılıĭında" through 852)?"""
    from store.normalise.legacy_alphabets import misfit

    return misfit(decoded)[0] < misfit(runs_reading)[0]


def _through_proven(line: str, proven: tuple[str, ...]) -> tuple[str, str] | None:
    """(``line`` as the UTF-8 it was, the codepage) when it reads back through one of the ``proven``
    codepages (other lines of the document were read through it already) to one character only: the
    title's lone "ö" of a Turkish article whose paragraphs all came back through Mac Cyrillic.  The
    codepage the document has shown is trusted before any other that reads the line alike."""
    for label in proven:
        try:
            decoded = sloppy_encode(line, label).decode("utf-8")
        except (UnicodeError, ValueError):
            continue
        if _plausible_lone(decoded):
            return decoded, label
    return None


def _plausible_line(decoded: str) -> bool:
    chars = non_ascii(decoded.removesuffix("\ufffd"))
    if not chars:
        return False
    if len(set(chars)) < _LEAST_DECODED:
        # One character (once or repeated) is what two or three letters of a genuine word give by chance
        # ("на" in the DOS Cyrillic codepage 855 is "Ԡ"): taken only when it is punctuation or a sign, the
        # curly apostrophe or dash of an English line.
        return in_ranges(ord(chars[0]), _LONE_OK)
    return plausible(chars)


_LONE_OK = ((0x00A0, 0x00BF), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F))


def _plausible_lone(decoded: str) -> bool:
    """One decoded character, once or repeated, that such text holds (see ``plausible``)."""
    chars = non_ascii(decoded.removesuffix("\ufffd"))
    return bool(chars) and len(set(chars)) == 1 and plausible(chars[0], decoded)


def repair_whole_lines(lines: list[str], indices: list[int], counts: Counter[str]) -> set[int]:
    """Read back the ``lines`` at ``indices`` (changed in place) that are UTF-8 read through one of the
    codepages above; the indices changed.  ``counts`` gets the characters decoded per codepage."""
    changed: set[int] = set()
    for i in indices:
        if not lines[i].isascii() and (found := _through(lines[i])) is not None:
            _read_back(lines, i, found, counts)
            changed.add(i)
    # A line decoding to one character is only taken through a codepage the document has shown already,
    # wherever that line stands (a title comes before the paragraphs that prove its codepage).
    proven = tuple(label for label in _REPAIRED_HERE if counts[label] >= _LEAST_PROOF)
    if proven:
        for i in indices:
            if i not in changed and not lines[i].isascii() and (found := _through_proven(lines[i], proven)) is not None:
                _read_back(lines, i, found, counts)
                changed.add(i)
    return changed


_LEAST_PROOF = 6  # characters decoded through a codepage elsewhere before a lone one is read through it


def _read_back(lines: list[str], i: int, found: tuple[str, str], counts: Counter[str]) -> None:
    for _ in range(_MOST_LAYERS):  # text saved twice through a Mac codepage reads back layer by layer
        decoded, label = found
        lines[i] = decoded
        counts[label] += len(non_ascii(decoded))
        if decoded.isascii() or (found := _through(decoded)) is None:
            break


_MOST_LAYERS = 3

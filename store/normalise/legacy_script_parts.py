"""A legacy file whose parts are in different scripts' codepages: read part by part.

A Greek article from a Windows-1253 site and a Russian one from a Windows-1251 site saved as one file (or
Hebrew in Windows-1255 beside Arabic in Windows-1256) defeat detection over the whole: every single-byte
codepage reads all of its bytes, one script's half as letters of the other's.  Split at blank lines, a part
written in a script is nearly all letters past ASCII (or at single line breaks, in a file without blank
lines), and detection over that part alone tells its script.
When the parts probed (the first, the middle and the last) name two scripts or more, every part is asked,
and each script's parts are read in the codepage detection gives them together.  A part too short to tell
its script alone (a title) is asked which of those codepages it is in, or takes that of the part after it.  An article in a Latin codepage
may be one of them: its parts are those with an accented letter inside ASCII words.
"""

from __future__ import annotations

import re

from store.normalise.decoded_plausibility import non_ascii
from store.normalise.sloppy import sloppy_decode

# The single-byte codepages of scripts other than Latin, by the script they write.
_SCRIPTS = {
    "cyrillic": ("cp1251", "koi8_r", "koi8_u", "cp866", "iso8859_5", "mac_cyrillic"),
    "greek": ("cp1253", "iso8859_7", "cp737"),
    "hebrew": ("cp1255", "iso8859_8", "cp862"),
    "arabic": ("cp1256", "iso8859_6", "cp720"),
    "thai": ("cp874",),
}
_SCRIPT_OF = {codepage: script for script, codepages in _SCRIPTS.items() for codepage in codepages}
_LETTERS = {
    "cyrillic": re.compile("[\u0400-\u04ff]"),
    "greek": re.compile("[\u0370-\u03ff\u1f00-\u1fff]"),
    "hebrew": re.compile("[\u0590-\u05ff]"),
    "arabic": re.compile("[\u0600-\u06ff\u0750-\u077f]"),
    "thai": re.compile("[\u0e00-\u0e7f]"),
}
_PART_BREAK = re.compile(rb"((?:\r?\n)[ \t]*(?:\r?\n)+)")
_LINE_BREAK = re.compile(rb"(\r?\n)")
_ASCII_LETTERS = re.compile(rb"[A-Za-z]")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_LEAST_HIGH_BYTES = 60  # letters a part needs for detection to tell its script surely (a title has fewer)
_LEAST_SCRIPT_BYTES = 80  # letters the parts of each script need together: an article's paragraph, not a slip of detection
_LEAST_SCRIPT_SHARE = 0.7  # of a part's letters past ASCII: prose in another script, not accents in Latin words
_LEAST_READ_SHARE = 0.8  # of a reading's characters past ASCII that are the script's letters
_MOST_PARTS = 400  # a longer file is no pair of articles saved together


def script_parts(data: bytes) -> tuple[str, list[str]] | None:
    """(text, the codepages read) of ``data`` when its parts are in the codepages of two scripts or more, else None."""
    # Parts are paragraphs; in a file without blank lines between them (one paragraph a line), lines.
    pieces = _PART_BREAK.split(data)
    if sum(map(_in_another_script, pieces[0::2])) < 2:
        pieces = _LINE_BREAK.split(data)
    parts = pieces[0::2]
    if len(parts) > _MOST_PARTS:
        return None
    telling = [index for index, part in enumerate(parts) if _in_another_script(part)]
    latin = [index for index, part in enumerate(parts) if _latin_with_accents(part)]
    if len(telling) + bool(latin) < 2 or not telling:
        return None
    probes = {index: _script_codepage(parts[index]) for index in (telling[0], telling[len(telling) // 2], telling[-1])}
    if len({_SCRIPT_OF[page] for page in probes.values() if page is not None}) + bool(latin) < 2:
        return None
    found = {index: probes[index] if index in probes else _script_codepage(parts[index]) for index in telling}
    by_script: dict[str, list[int]] = {}
    for index, page in found.items():
        if page is not None:
            by_script.setdefault(_SCRIPT_OF[page], []).append(index)
    # (A title or a short paragraph detection alone takes for another script is more likely its mistake: it
    # goes with the article after it.)
    by_script = {
        script: indexes for script, indexes in by_script.items() if _high_bytes(b"".join(parts[index] for index in indexes)) >= _LEAST_SCRIPT_BYTES
    }
    if len(by_script) + bool(latin) < 2:
        return None
    chosen: list[str | None] = [None] * len(parts)
    for script, indexes in by_script.items():
        page = _detect(b"\n".join(parts[index] for index in indexes), _SCRIPTS[script]) or found[indexes[0]]
        for index in indexes:
            chosen[index] = page
    if latin:
        page = _latin_codepage(b"\n".join(parts[index] for index in latin))
        for index in latin:
            chosen[index] = page
    pages = tuple(page for page in dict.fromkeys(chosen) if page is not None)
    following = next(page for page in reversed(chosen) if page is not None)
    for index in range(len(parts) - 1, -1, -1):
        if chosen[index] is None:
            # A short part (the last paragraph of one article, a title, a line of one between the other's) is
            # asked which of the file's codepages it is in; what detection cannot tell goes with the part after it.
            chosen[index] = following if parts[index].isascii() else (_detect(parts[index], pages) or following)
        following = chosen[index]
    readings = [part.decode("ascii") if part.isascii() else sloppy_decode(part, page or "cp1252") for part, page in zip(parts, chosen, strict=True)]
    breaks = [piece.decode("ascii") for piece in pieces[1::2]]
    text = "".join(reading + (breaks[i] if i < len(breaks) else "") for i, reading in enumerate(readings))
    return text, [page for page in dict.fromkeys(chosen) if page is not None]


def _in_another_script(part: bytes) -> bool:
    """Is ``part`` long enough, and so nearly all letters past ASCII, to be prose in a script other than Latin?"""
    high = _high_bytes(part)
    return high >= _LEAST_HIGH_BYTES and high >= _LEAST_SCRIPT_SHARE * (high + len(_ASCII_LETTERS.findall(part)))


# A Western, Central European or Baltic article beside them: its words ASCII letters but for an accented
# letter here and there, inside a word ("étape", "Północna"), where another script's words are all high bytes.
_HIGH_BYTE_IN_WORD = re.compile(rb"(?<=[A-Za-z])[\x80-\xff]|[\x80-\xff](?=[A-Za-z])")
_LEAST_ASCII_LETTERS = 40
_MOST_ACCENT_SHARE = 0.3  # of a Latin part's letters
_LEAST_IN_WORD_SHARE = 0.8  # of its bytes past ASCII
_LATIN_CODEPAGES = frozenset(
    {"cp1252", "cp1250", "cp1254", "cp1257", "iso8859_1", "iso8859_2", "iso8859_4", "iso8859_9", "iso8859_13", "iso8859_15", "iso8859_16"}
    | {"mac_roman", "mac_latin2", "cp850", "cp437", "cp852"}
)


def _latin_with_accents(part: bytes) -> bool:
    high = _high_bytes(part)
    letters = len(_ASCII_LETTERS.findall(part))
    if not 0 < high <= _MOST_ACCENT_SHARE * (high + letters) or letters < _LEAST_ASCII_LETTERS:
        return False
    return len(_HIGH_BYTE_IN_WORD.findall(part)) >= _LEAST_IN_WORD_SHARE * high


def _latin_codepage(sample: bytes) -> str:
    """The codepage the Latin parts are read in, as a file of them alone would be (Windows-1252 at worst)."""
    from store.normalise.legacy import decode_legacy

    found = decode_legacy(sample).encoding
    return found if found in _LATIN_CODEPAGES else "cp1252"


def _high_bytes(data: bytes) -> int:
    return len(data) - len(data.translate(None, _HIGH_BYTES))


def _script_codepage(part: bytes) -> str | None:
    """The codepage detection takes ``part`` for, when it is one of a script's and reads as that script's letters."""
    page = _detect(part, tuple(_SCRIPT_OF))
    if page is None or page not in _SCRIPT_OF:
        return None
    reading = non_ascii(sloppy_decode(part, page))
    letters = len(_LETTERS[_SCRIPT_OF[page]].findall(reading))
    return page if letters >= _LEAST_READ_SHARE * len(reading) else None


def _detect(sample: bytes, candidates: tuple[str, ...]) -> str | None:
    from store.normalise.legacy import detect_codepage

    return detect_codepage(sample, list(candidates))

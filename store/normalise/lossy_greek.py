"""Greek letters whose second UTF-8 byte was lost to a Greek codepage's reading.

Greek UTF-8 read as Windows-1253 or ISO 8859-7 is Greek-looking mojibake ("Ξ±" for "α"), which the codepage
repair undoes.  But each codepage leaves some bytes undefined, and a strict reading turns those into U+FFFD:
Windows-1253 lacks 0x81, 0x88, 0x8A, 0x8C-0x90, 0x98, 0x9A, 0x9C-0x9F and 0xAA, so "ρ" (0xCF 0x81), "ό", "ύ",
"ώ", "ψ" show as "Ο\ufffd" and the capitals "Κ", "Μ", "Ν", "Ο", "Θ", "Έ"... as "Ξ\ufffd"; ISO 8859-7 lacks only
0xAE there, so its one hole is "ή" (0xCE 0xAE).  Which codepage read the text shows in the bytes it kept: a C1
control where Windows-1253 has punctuation ("Ο\x84" for "τ") is ISO 8859-7, the punctuation itself Windows-1253.

A hole with one modern Greek letter to fill it is mended; "Ο\ufffd" in a word accented elsewhere is "ρ" (a Greek
word carries one accent, and "ψ", "ϊ" are far rarer), as for Windows-1252 (``lossy_scripts``).  Any other stays
one U+FFFD, without the lead's junk, on record.  Mended letters are written back as the codepage shows them
(the lead and the byte as a browser reads it), so that the codepage repair takes them with their words.
"""

from __future__ import annotations

import re

from store.normalise.sloppy import decoding_table

_LEADS = {"Ξ": 0xCE, "Ο": 0xCF}
_HOLE = re.compile("[ΞΟ]\ufffd")
_CODEPAGES = ("cp1253", "iso8859_7")
_CONTINUATIONS = "".join(sorted({decoding_table(page)[byte] for page in _CODEPAGES for byte in range(0x80, 0xC0)} - {"\ufffd"}))
_SEQUENCE = re.compile(f"[ΞΟ][{re.escape(_CONTINUATIONS)}]")
# Bytes Windows-1253 defines as punctuation in 0x80-0x9F, which ISO 8859-7 leaves as C1 controls.
_WINDOWS_PUNCTUATION_BYTES = [byte for byte in range(0x80, 0xA0) if decoding_table("cp1253")[byte] != chr(byte)]
_ISO_SHOWN = re.compile("[ΞΟ][" + "".join(chr(byte) for byte in _WINDOWS_PUNCTUATION_BYTES) + "]")
_WINDOWS_SHOWN = re.compile("[ΞΟ][" + re.escape("".join(decoding_table("cp1253")[byte] for byte in _WINDOWS_PUNCTUATION_BYTES)) + "]")
_MODERN_GREEK = re.compile("[\u0386-\u03ce]")
_LEAST_SEQUENCES = 8
_LEAST_SEQUENCES_PER_HOLE = 3
# An accented letter of a word as the mojibake shows it (in either codepage), repaired, or genuine.
# (Not a genuine capital: "Ή", "Ό"... are the codepages' bytes 0xB8-0xBF, which the mojibake of any letter holds.)
_ACCENTED_LETTERS = "άέήίόύώΐΰ"
_ACCENTED = re.compile(
    "|".join(sorted({re.escape("".join(decoding_table(page)[byte] for byte in letter.encode("utf-8"))) for letter in _ACCENTED_LETTERS for page in _CODEPAGES}))
    + f"|[{_ACCENTED_LETTERS}]"
)
_WORD = re.compile("[^ \t\n\r!-/:-@\\[-`{-~]*")
_WORD_BEFORE = re.compile("[^ \t\n\r!-/:-@\\[-`{-~]*$")
_LONGEST_WORD = 80  # characters of mojibake (two a letter) looked at either side of a hole


def _lost_bytes(codepage: str) -> list[int]:
    """Continuation bytes (0x80-0xBF) ``codepage`` leaves undefined: what a strict reading turns into U+FFFD."""
    return [byte for byte in range(0x80, 0xC0) if bytes([byte]).decode(codepage, "replace") == "\ufffd"]


_LOST = {page: _lost_bytes(page) for page in _CODEPAGES}


def restore_lossy_greek(text: str) -> tuple[str, int, int]:
    """(``text`` with each Greek hole mended or made one U+FFFD, letters told, holes left)."""
    if "\ufffd" not in text or ("Ξ\ufffd" not in text and "Ο\ufffd" not in text):
        return text, 0, 0
    holes = len(_HOLE.findall(text))
    sequences = len(_SEQUENCE.findall(text))
    if sequences < _LEAST_SEQUENCES or sequences < _LEAST_SEQUENCES_PER_HOLE * holes:
        return text, 0, 0
    iso, windows = len(_ISO_SHOWN.findall(text)), len(_WINDOWS_SHOWN.findall(text))
    pages = ["iso8859_7"] if iso > windows else ["cp1253"] if windows > iso else list(_CODEPAGES)
    told = left = 0

    def mend(found: re.Match[str]) -> str:
        nonlocal told, left
        lead = found.group(0)[0]
        choices = {(page, byte) for page in pages for byte in _LOST[page] if _MODERN_GREEK.fullmatch(bytes([_LEADS[lead], byte]).decode("utf-8", "replace"))}
        letters = {bytes([_LEADS[lead], byte]).decode("utf-8"): (page, byte) for page, byte in sorted(choices)}
        if len(letters) > 1 and "ρ" in letters and _accented_elsewhere(text, found.start(), found.end()):
            letters = {"ρ": letters["ρ"]}
        if len(letters) != 1:
            left += 1
            return "\ufffd"
        told += 1
        page, byte = next(iter(letters.values()))
        return lead + decoding_table(page)[byte]

    return _HOLE.sub(mend, text), told, left


def _accented_elsewhere(text: str, start: int, end: int) -> bool:
    before = _WORD_BEFORE.search(text, max(0, start - _LONGEST_WORD), start)
    after = _WORD.match(text, end, end + _LONGEST_WORD)
    word = (before.group(0) if before else "") + (after.group(0) if after else "")
    return _ACCENTED.search(word) is not None

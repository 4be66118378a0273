"""A legacy file whose parts are Cyrillic in different codepages: read part by part.

Two articles saved as one file, one from a Windows-1251 site and one from a KOI8-U mail, defeat charset
detection over the whole (each codepage's reading spoils half of it).  Split at blank lines, each part is
read in the Cyrillic codepage whose reading has Russian's or Ukrainian's letter frequencies; a part too short
to tell (a title) takes the codepage of the part after it, the article it heads.
"""

from __future__ import annotations

import re

from store.normalise.cyrillic_mojibake import cyrillic_similarity
from store.normalise.decoded_plausibility import non_ascii
from store.normalise.sloppy import sloppy_decode

# In order of use: a later one must read a part clearly better to be taken (Mac Cyrillic differs from
# Windows-1251 in its capitals only).
_CODEPAGES = ("cp1251", "koi8_u", "cp866", "iso8859_5", "mac_cyrillic")
_PART_BREAK = re.compile(rb"((?:\r?\n)[ \t]*(?:\r?\n)+)")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LEAST_CYRILLIC_SHARE = 0.8  # of a reading's characters past ASCII
_LEAST_LETTERS = 60  # Cyrillic letters a part needs for its frequencies to tell its codepage (a title has fewer)
_LEAST_SIMILARITY = 0.75
_CLEARLY_BETTER = 0.05


def cyrillic_parts(data: bytes) -> tuple[str, list[str]] | None:
    """(text, the codepages read) of ``data`` when its parts are Cyrillic in two codepages or more, else None."""
    pieces = _PART_BREAK.split(data)
    parts = pieces[0::2]
    chosen: list[str | None] = []
    for part in parts:
        if part.isascii():
            chosen.append("ascii")
            continue
        found = _part_codepage(part)
        if found is False:
            return None  # a part that is no Cyrillic text in any of them: not such a file
        chosen.append(found)
    decided = [label for label in chosen if label not in (None, "ascii")]
    if len(set(decided)) < 2:
        return None
    following: str | None = None
    for index in range(len(chosen) - 1, -1, -1):
        if chosen[index] is None:
            chosen[index] = following or decided[-1]
        elif chosen[index] != "ascii":
            following = chosen[index]
    readings = [part.decode("ascii") if label == "ascii" else sloppy_decode(part, label) for part, label in zip(parts, chosen, strict=True)]
    breaks = [piece.decode("ascii") for piece in pieces[1::2]]
    text = "".join(reading + (breaks[i] if i < len(breaks) else "") for i, reading in enumerate(readings))
    return text, sorted(set(decided), key=_CODEPAGES.index)


def _part_codepage(part: bytes) -> str | None | bool:
    """The codepage a part reads as Cyrillic prose in; None when it is too short or too far from the
    frequencies to tell (a title, a line of Ukrainian); False when no reading is Cyrillic."""
    best: tuple[float, str] | None = None
    cyrillic = False
    for label in _CODEPAGES:
        reading = non_ascii(sloppy_decode(part, label))
        letters = len(_CYRILLIC.findall(reading))
        if not letters or letters < _LEAST_CYRILLIC_SHARE * len(reading):
            continue
        cyrillic = True
        if letters >= _LEAST_LETTERS and (score := cyrillic_similarity(reading)) >= _LEAST_SIMILARITY and (best is None or score > best[0] + _CLEARLY_BETTER):
            best = (score, label)
    if best is not None:
        return best[1]
    return None if cyrillic else False

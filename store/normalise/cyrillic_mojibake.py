"""Cyrillic text in one codepage read through another Cyrillic codepage.

Russian written in KOI8-R and opened as Windows-1251 reads "уЕЧЕТПЛПТЕКУЛЙЕ" (KOI8's small letters
sit where Windows-1251 has capitals of other letters); Windows-1251 opened as KOI8-R reads "оПХБЕР";
Windows-1251 in a DOS console (CP866) "╤хтхЁ".  Saved again as UTF-8, the text decodes cleanly and
holds nothing any UTF-8 mojibake repair looks for: every character is a Cyrillic letter or a
box-drawing sign, one byte of the original.

What tells it is the letters: Russian, Ukrainian, Bulgarian and Serbian text uses "о", "е", "а", "и",
"н" most and "ъ", "ё", "ф" least, and a permuted alphabet does not.  The text's letter frequencies
(small and capital counted together) are compared with Russian's; when one reading through another
codepage matches far better than the text as it stands, the lines holding Cyrillic are read so.
Genuine text in any Cyrillic language matches better as it is than through any permutation.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache

from store.normalise.codepages import non_ascii
from store.normalise.sloppy import decoding_table

_CODEPAGES = ("cp1251", "koi8_r", "cp866", "iso8859_5", "mac_cyrillic")
# Russian letter frequencies in per cent (small letters; capitals are counted as small).
_FREQUENCY = dict(
    zip(
        "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
        (10.97, 8.45, 8.01, 7.35, 6.70, 6.26, 5.47, 4.73, 4.54, 4.40, 3.49, 3.21, 2.98, 2.81, 2.62, 2.01, 1.90,
         1.74, 1.70, 1.65, 1.59, 1.44, 1.21, 0.97, 0.94, 0.73, 0.64, 0.48, 0.36, 0.32, 0.26, 0.04, 0.04),
        strict=True,
    )
)
_NORM = math.sqrt(sum(value * value for value in _FREQUENCY.values()))
_CYRILLIC_LETTERS = frozenset(_FREQUENCY) | frozenset(letter.upper() for letter in _FREQUENCY)
_SAMPLE_CHARS = 200_000
_SAMPLE_NON_ASCII = 8_000
_LEAST_LETTERS = 30  # a name or two is too little to judge an alphabet by
_GOOD_MATCH = 0.85  # Russian text matches at 0.95 or more, Ukrainian and Serbian at 0.85 or more
_LEAST_GAIN = 0.2  # over the text as it stands: a permutation of genuine text never gains, let alone this much


def _similarity(chars: str) -> float:
    """Cosine similarity of the letter frequencies of ``chars`` (non-ASCII, spaces aside) to Russian's."""
    counts = Counter(chars.lower())
    counts.pop(" ", None)
    size = math.sqrt(sum(value * value for value in counts.values()))
    if not size:
        return 0.0
    return sum(_FREQUENCY.get(ch, 0.0) * value for ch, value in counts.items()) / (_NORM * size)


def cyrillic_similarity(text: str) -> float:
    """How like Russian's (0 to 1) the frequencies of ``text``'s Cyrillic letters are; 1 with too few to judge."""
    sample = non_ascii(text)[:_SAMPLE_NON_ASCII]
    if sum(map(_CYRILLIC_LETTERS.__contains__, sample)) < _LEAST_LETTERS:
        return 1.0
    return _similarity(sample.replace("\n", " "))


@cache
def _translation(shown: str, written: str) -> dict[int, str]:
    """What each character ``shown`` gives a byte was in ``written``."""
    shown_chars, written_chars = decoding_table(shown)[0x80:], decoding_table(written)[0x80:]
    return {ord(a): b for a, b in zip(shown_chars, written_chars, strict=True) if a != b}


def repair_cyrillic_mojibake(text: str) -> tuple[str, list[str]]:
    """``text`` with its Cyrillic lines read in the codepage they were written in, when they were
    read through another; returns it and the repairs done."""
    if text.isascii():
        return text, []
    sample = non_ascii(text[:_SAMPLE_CHARS])[:_SAMPLE_NON_ASCII]
    if sum(map(_CYRILLIC_LETTERS.__contains__, sample)) < _LEAST_LETTERS:
        return _greek_shown(text, sample) or (text, [])
    as_it_stands = _similarity(sample.replace("\n", " "))
    if as_it_stands >= _GOOD_MATCH:
        return text, []  # the common case: genuine Cyrillic text
    best, best_score = None, as_it_stands + _LEAST_GAIN
    for shown in _CODEPAGES:
        for written in _CODEPAGES:
            if shown == written:
                continue
            score = _similarity(sample.translate(_translation(shown, written)).replace("\n", " "))
            if score >= max(best_score, _GOOD_MATCH):
                best, best_score = (shown, written), score
    if best is None:
        return text, []
    table = _translation(*best)
    lines = text.split("\n")
    changed = 0
    for i, line in enumerate(lines):
        if not line.isascii() and not _CYRILLIC_LETTERS.isdisjoint(line):
            lines[i] = line.translate(table)
            changed += 1
    return "\n".join(lines), [f"cyrillic-mojibake:{best[1]}-read-as-{best[0]} x{changed} lines"]


# Windows-1251 read as Windows-1253 (a Greek desktop's default): Russian shows as Greek letters ("Ρεβεπξκξπειρκθε"
# for "Северокорейские"), and the three bytes Windows-1253 lacks (0xAA, 0xD2, 0xFF: "Є", "Т", "я") as U+FFFD.
# Genuine Greek read back so is a jumble no Russian frequencies match.  A hole after a small letter is "я"
# (the one small letter of the three), as is one alone mid-sentence; one beside a capital, or opening a
# sentence, "Т" (a capital "Я" has its own byte); any other (a word's first letter mid-sentence: "январе" or
# "Трамп") stays a hole.
_GREEK = re.compile("[\u0370-\u03ff]")
_SMALL_AFTER = re.compile("(?<=[а-яё])\ufffd|(?<=[а-яё,:] )\ufffd(?=[ ,])")  # (alone mid-sentence: the word "я")
_CAPITAL_BESIDE = re.compile("(?<=[А-ЯЁ])\ufffd|\ufffd(?=[А-ЯЁ])|(?:^|(?<=[.!?…] )|(?<=[.!?…][»”] )|(?<=^[«„“—–-])|(?<=^[—–-] ))\ufffd(?=[а-яё])", re.MULTILINE)


def _greek_shown(text: str, sample: str) -> tuple[str, list[str]] | None:
    if len(_GREEK.findall(sample)) < _LEAST_LETTERS:
        return None
    table = _translation("cp1253", "cp1251")
    if _similarity(sample.translate(table).replace("\n", " ")) < _GOOD_MATCH:
        return None
    lines = text.split("\n")
    changed = 0
    for i, line in enumerate(lines):
        if _GREEK.search(line) is not None:
            lines[i] = line.translate(table)
            changed += 1
    mended = "\n".join(lines)
    holes = mended.count("\ufffd")
    mended = _CAPITAL_BESIDE.sub("Т", _SMALL_AFTER.sub("я", mended))
    left = mended.count("\ufffd")
    repairs = [f"cyrillic-mojibake:cp1251-read-as-cp1253 x{changed} lines"]
    repairs += [f"mojibake:lossy-letters x{holes - left}"] * bool(holes - left) + [f"lost-letters x{left}"] * bool(left)
    return mended, repairs

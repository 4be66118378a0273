"""Cyrillic letters whose second UTF-8 byte was lost to a Windows-1252 reading.

UTF-8 Cyrillic read as Windows-1252 by a lenient decoder ("errors=replace") keeps most letters as
two readable characters ("Ð¡" for "С", repaired by the codepage pass), but five second bytes have no
Windows-1252 character (0x81, 0x8D, 0x8F, 0x90, 0x9D) and became U+FFFD: "Ð�" was one of "Ё Ѝ Џ А Н",
"Ñ�" one of "с ѐ э я ѝ".  Which one is told by the word: a word the text also spells intact settles
it ("Россию" elsewhere mends "РоÑ�Ñ�ию"); else a model of which letter follows the two before it, counted
over Russian and Ukrainian news text (``lossy_cyrillic_letters``) and the text's own intact words, which
scores "Ñ�нваре" as "январе", "проходÑ�т" as "проходят" and "КÐ�ДР" as "КНДР".
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter

from store.normalise.lossy_cyrillic_letters import (
    LETTER_PAIRS,
    LETTER_TRIPLES,
    NEWS_WORDS,
)

_CANDIDATES = {"Ð\ufffd": ("А", "Н", "Ё"), "Ñ\ufffd": ("с", "я", "э")}
_HOLE = re.compile("[ÐÑ]\ufffd")
_LETTER = "А-яЁёІіЇїЄєҐґЎў"  # (Ukrainian and Belarusian letters too: "Ñ�кільки" is one word, not "Ñ�к" + "ільки")
_DAMAGED_WORD = re.compile(f"(?:[{_LETTER}]|[ÐÑ]\ufffd)*[ÐÑ]\ufffd(?:[{_LETTER}]|[ÐÑ]\ufffd)*")
_INTACT_WORD = re.compile(f"[{_LETTER}]{{2,}}")
_CYRILLIC = re.compile(f"[{_LETTER}]")
# UTF-8 Cyrillic read as Windows-1253 keeps its lead bytes D0 and D1 as "Π" and "Ρ" where the second byte is
# one Windows-1253 lacks: eight or more letters each could be, more than the letter model tells apart.  Inside
# a Cyrillic word, or alone between two, the Greek lead is junk: the hole stays, bare.
_GREEK_LEAD_HOLE = re.compile("(?:[\u03a0\u03a1]\ufffd)+")  # (one beside a Cyrillic letter is in a Cyrillic word)
_MOST_HOLES = 6  # 3**6 readings of one word at most
# The letter model: how likely each letter of a word is after the two before it, from counts of Russian and
# Ukrainian text (``lossy_cyrillic_letters``), each level backing off to the one below in proportion to how
# many different letters follow its context (Witten-Bell): a context seen seldom leans on the shorter one.
# Over the repository's Cyrillic sentences, each scored by counts without it, it takes the wrong letter for
# about one lost letter in 65, where letter pairs alone took one in 20 and left seven times as many holes.
_LETTER_TOTAL = sum(LETTER_PAIRS.values())


def _contexts(counts: dict[str, int]) -> tuple[Counter[str], Counter[str]]:
    """(how often each context opens an entry of ``counts``, by how many different letters it is followed)."""
    opened: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    for entry, count in counts.items():
        opened[entry[:-1]] += count
        kinds[entry[:-1]] += 1
    return opened, kinds


_FOLLOWING, _FOLLOWER_KINDS = _contexts(LETTER_PAIRS)
_TRIPLE_CONTEXT, _TRIPLE_KINDS = _contexts(LETTER_TRIPLES)  # (only triples holding a candidate letter are kept)
_CANDIDATE_LETTERS = frozenset("".join(itertools.chain(*_CANDIDATES.values())).lower())
# A word news text is known to write ("скільки") beats one the letter model merely finds likelier ("якільки",
# after "які"), unless that model finds it some 3,000 times likelier.
_KNOWN_WORD_WEIGHT = 8.0
# A reading must beat the next by this much (natural log) to be taken; else the hole stays a bare U+FFFD.
_LEAST_MARGIN = 1.0


def restore_lossy_cyrillic(text: str, counts: Counter[str]) -> str:
    """Mend every "Ð�" and "Ñ�" inside a Cyrillic word; counted as ``lossy-cyrillic``."""
    if "\u03a0\ufffd" in text or "\u03a1\ufffd" in text:
        text = _GREEK_LEAD_HOLE.sub(lambda found: "\ufffd" * (len(found.group(0)) // 2) if _CYRILLIC.search(text, max(found.start() - 3, 0), found.end() + 3) else found.group(0), text)
    if "Ð\ufffd" not in text and "Ñ\ufffd" not in text:
        return text
    words = Counter(w.lower() for w in _INTACT_WORD.findall(text))
    pairs: Counter[str] = Counter()
    for word, n in words.items():
        padded = f" {word} "
        for a, b in itertools.pairwise(padded):
            pairs[a + b] += n

    def mend(match: re.Match[str]) -> str:
        damaged = match.group(0)
        holes = _HOLE.findall(damaged)
        if len(holes) > _MOST_HOLES:
            return damaged
        if not _CYRILLIC.search(damaged):
            # A word of one lost letter: Russian "с" or "я" between Cyrillic words, which no letter model tells
            # apart, stays one U+FFFD without its junk; elsewhere it is no Cyrillic word (a Spanish "AÑ�O").
            between = text[max(match.start() - 2, 0) : match.start()] + text[match.end() : match.end() + 2]
            return "\ufffd" if len(damaged) == 2 and _CYRILLIC.search(between) else damaged
        parts = _HOLE.split(damaged)
        scored = sorted(
            (
                (_score(reading, words, pairs), reading)
                for letters in itertools.product(*(_CANDIDATES[h] for h in holes))
                for reading in [parts[0] + "".join(letter + part for letter, part in zip(letters, parts[1:], strict=True))]
            ),
            reverse=True,
        )
        if len(scored) > 1 and scored[0][0] - scored[1][0] < _LEAST_MARGIN:
            return "\ufffd".join(parts)  # no reading stands out ("КАДР" or "КНДР"): the letter stays lost, its junk goes
        counts["lossy-cyrillic"] += len(holes)
        return scored[0][1]

    return _DAMAGED_WORD.sub(mend, text)


def _score(reading: str, words: Counter[str], pairs: Counter[str]) -> float:
    lowered = reading.lower()
    if lowered in words:
        return 1000.0 + words[lowered]  # the text spells the word intact elsewhere
    padded = f" {lowered} "
    known = _KNOWN_WORD_WEIGHT if lowered in NEWS_WORDS else 0.0
    return known + sum(math.log(_letter_chance(padded[at - 2 : at] if at > 1 else "", padded[at - 1], padded[at], pairs)) for at in range(1, len(padded)))


def _letter_chance(before: str, last: str, letter: str, pairs: Counter[str]) -> float:
    """The chance of ``letter`` after ``before`` + ``last`` (the text's own intact pairs added to the counts)."""
    alone = (_FOLLOWING[letter] + 1) / (_LETTER_TOTAL + 64)
    kinds = max(_FOLLOWER_KINDS[last], 1)
    after_last = (LETTER_PAIRS.get(last + letter, 0) + pairs[last + letter] + kinds * alone) / (_FOLLOWING[last] + kinds)
    if not before:
        return after_last
    # (A context without a candidate letter opens triples that were not kept: its pair count stands for them.)
    context = _TRIPLE_CONTEXT[before] if _CANDIDATE_LETTERS.intersection(before) else LETTER_PAIRS.get(before, 0)
    kinds = max(_TRIPLE_KINDS[before], 1)
    return (LETTER_TRIPLES.get(before + letter, 0) + kinds * after_last) / (context + kinds)


# The same text saved once more in a codepage without U+FFFD (Windows-1252 itself, most often) holds "?"
# where the replacement character stood: "Ñ?" and "Ð?" are holes then, in a text of Cyrillic mojibake, whose
# other letters show as "Ð" or "Ñ" and a character of 0x80-0xBF read as Windows-1252.
_QUESTION_HOLE = re.compile("(?<=[ÐÑ])\\?")
_MOJIBAKE_PAIR = re.compile("[ÐÑ][\u00a0-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]")
_LEAST_PAIRS = 8
_LEAST_PAIRS_PER_HOLE = 3  # (a Cyrillic letter in eight has a second byte Windows-1252 lacks)


def question_marks_as_holes(text: str) -> tuple[str, int]:
    """(``text`` with every "?" lost to Cyrillic mojibake made a U+FFFD, which ``restore_lossy_cyrillic``
    mends, how many there were)."""
    if "Ð?" not in text and "Ñ?" not in text:
        return text, 0
    holes = len(_QUESTION_HOLE.findall(text))
    pairs = len(_MOJIBAKE_PAIR.findall(text))
    if pairs < _LEAST_PAIRS or pairs < _LEAST_PAIRS_PER_HOLE * holes:
        return text, 0
    return _QUESTION_HOLE.sub("\ufffd", text), holes


# Cyrillic mojibake read as Windows-1252 once more by a lenient decoder: the first reading's "Ð" (UTF-8
# C3 90) lost its second byte, and shows as "Ã�" or "Ã?" before the next pair ("Ã�Å¸" was "ÐŸ", "П"); a
# C1 character the first reading kept for a byte Windows-1252 lacks ("Ñ\x81", "с") shows as "Â�" after
# its lead ("Ã‘").  "Ð" is the one lead byte of Cyrillic whose second byte is lost so (Greek's is "Ï", C3 8F): it is
# put back, and each lost C1 character becomes the hole ``restore_lossy_cyrillic`` mends once the two
# readings are undone.
_LOST_C1 = re.compile("(?<=Ã[^\\s])Â[\ufffd?]")  # (after any lead: "Ã‘" of "Ñ", "ÃŽ" of "Î", "Ã�" of a lost one)
_LOST_LEAD = re.compile("Ã[\ufffd?](?=[ÂÅÆËâï\ufffd])")  # ("ï" opens "ï¿½", a U+FFFD of the first reading)
_LEAST_LOST_LEADS = 3


def double_mojibake_holes(text: str) -> tuple[str, int]:
    """(``text`` with the lost bytes of twice-read Cyrillic or Greek mojibake put back or made holes, how many
    lead bytes were put back)."""
    if "Ã\ufffd" not in text and "Ã?" not in text:
        return text, 0
    if len(_LOST_LEAD.findall(text)) < _LEAST_LOST_LEADS:
        return text, 0
    # The lead lost is the one beside the script's other lead, which survives: "Ð" (D0) beside Cyrillic's
    # "Ñ" (D1, "Ã‘"), "Ï" (CF) beside Greek's "Î" (CE, "ÃŽ").
    cyrillic, greek = text.count("Ã‘"), text.count("ÃŽ")
    if cyrillic == greek:
        return text, 0
    text = _LOST_C1.sub("\ufffd", text)
    text, leads = _LOST_LEAD.subn("Ã\x90" if cyrillic > greek else "Ã\x8f", text)
    return _second_reading_undone(text) or text, leads


def _second_reading_undone(text: str) -> str | None:
    """The text the second Windows-1252 reading was made of (its holes kept), or None where some of it is not
    that reading: the once-read mojibake is then repaired like any (``lossy_scripts`` reads its holes)."""
    data = bytearray()
    for ch in text:
        if ch == "\ufffd":
            data += b"\xef\xbf\xbd"
        elif "\x80" <= ch <= "\x9f":
            data.append(ord(ch))
        else:
            try:
                data += ch.encode("cp1252")
            except UnicodeEncodeError:
                return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None

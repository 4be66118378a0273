"""A Korean word in a double-byte codepage (CP949, EUC-KR) that lost one of its bytes: where the hole goes.

Korean puts spaces between words, so a lost byte puts out of step only the rest of its word: the word's
bytes past ASCII are then odd in number, and one of them stands alone.  Read pair by pair from the left, the
damaged character takes its neighbour's first byte and makes another syllable ("정보원은" that lost a byte
of "보" reads "정봇坪\ufffd"), often one the standard holds.  Every place for the lone byte is tried instead:
the one whose pairs are most often syllables the standard holds, and then most often among the commonest
syllables of Korean ("이", "다", "에", "스"...: "쿠르스�", not "쿠르�벱"), gives the reading, the lone
byte one U+FFFD.  Where readings still tie, the one U+FFFD stands for the syllables they differ in.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache


@cache
def _frequent_syllables() -> frozenset[str]:
    """Korean's commonest syllables, as charset detection (``charset_normalizer``) ranks them."""
    from charset_normalizer.constant import FREQUENCIES

    return frozenset(FREQUENCIES.get("Korean", ()))


def _pairs(run: bytes, codepage: str) -> list[str | None]:
    found: list[str | None] = []
    for at in range(0, len(run) - 1, 2):
        try:
            found.append(run[at : at + 2].decode(codepage))
        except UnicodeDecodeError:
            found.append(None)
    return found


def placed_hole(run: bytes, codepage: str, in_standard: Callable[[str], bool]) -> tuple[str, int]:
    """(reading, characters the standard holds) of ``run``, an odd number of bytes past ASCII, with one
    byte set aside as U+FFFD where the pairs around it read best.  (Linear: the pairs before each place are
    read in step from the run's start, those after from its end, and each side's score is summed once.)
    Where several places read equally well, the syllables between them are not told: one U+FFFD stands
    for them all, as no syllable made up of two others' bytes may stand in the text."""
    starts, ends = _pairs(run[:-1], codepage), _pairs(run[1:], codepage)  # (in step from the start; from the end)

    frequent = _frequent_syllables()

    def score(ch: str | None) -> tuple[int, int, int]:
        return (-1, 0, 0) if ch is None else (0, int(in_standard(ch) and ch.isalpha()), int(ch in frequent))

    before = [(0, 0, 0)]
    for ch in starts:
        before.append(tuple(a + b for a, b in zip(before[-1], score(ch), strict=True)))  # type: ignore[arg-type]
    after = [(0, 0, 0)]
    for ch in reversed(ends):
        after.append(tuple(a + b for a, b in zip(after[-1], score(ch), strict=True)))  # type: ignore[arg-type]
    after.reverse()
    totals = [tuple(a + b for a, b in zip(before[k], after[k], strict=True)) for k in range(len(starts) + 1)]
    best = max(totals)
    if best[0] < 0:
        return "\ufffd" * len(run), 0  # (no place reads: not a loss this explains)
    places = [k for k, total in enumerate(totals) if total == best]
    # The hole after k pairs: starts[:k] before it, ends[k:] after it.
    first, last = places[0], places[-1]
    characters = [*starts[:first], *ends[last:]]
    return "".join(starts[:first]) + "\ufffd" + "".join(ends[last:]), sum(1 for ch in characters if in_standard(ch))  # type: ignore[arg-type]

"""The column a plain text was hard-wrapped at: a mail client's ~72, a PDF's ~75, a newspaper's ~20."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

LEAST_WRAPPED = 40  # the narrowest column ``wrap_width`` accepts
_STRICTER_WHEN_ALONE = 1.25  # with short lines left out, blocks must hold three lines in four
# Characters a terminal, a mail client or a printer sets two columns wide (Hangul, kana, CJK ideographs,
# full-width forms): a program wrapping Korean or Japanese text counts them twice, so must we, or a page of
# one-line Japanese paragraphs (each some 60 characters, 120 columns) looks wrapped at 60 and is run together.
_WIDE = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def display_width(text: str) -> int:
    """The columns ``text`` fills when printed: wide (East Asian) characters count twice."""
    if text.isascii():
        return len(text)
    return len(text) + len(_WIDE.findall(text))


def _many_long_lines_alone(texts: Sequence[str], filled: Sequence[bool], in_blocks: int) -> bool:
    """Too many long lines standing alone (paragraphs of one line each) for the text to be wrapped.

    Short lines alone (a report's "Summary", "2. Personnel") are headings, and lines set out
    in columns (a page's header or footer) are the page's: neither counts against wrapping.
    Counting stops as soon as the answer is known, as it is at once in unwrapped text.
    """
    allowed = in_blocks / (0.6 * _STRICTER_WHEN_ALONE) - in_blocks  # lines alone that wrapped text may have
    last = len(texts) - 1
    alone = 0
    for i, text in enumerate(texts):
        if not filled[i] or (i > 0 and filled[i - 1]) or (i < last and filled[i + 1]) or len(text) < LEAST_WRAPPED // 2:
            continue
        if display_width(text.rstrip()) >= LEAST_WRAPPED and "   " not in text.strip():
            alone += 1
            if alone > allowed:
                return True
    return False


def wrap_width(texts: Sequence[str], filled: Sequence[bool]) -> int | None:
    """The column text was hard-wrapped at, or None when lines are unwrapped.

    Wrapped text has most of its lines in blocks of several lines, nearly all
    of them close to one width of at most ~100 columns.
    """
    nonblank = sum(filled)
    if nonblank < 6:
        return None
    last = len(texts) - 1
    in_blocks = [
        display_width(texts[i].rstrip())
        for i in range(len(texts))
        if filled[i] and ((i > 0 and filled[i - 1]) or (i < last and filled[i + 1]))
    ]
    # Short lines standing alone (a report's "Summary", "2. Personnel") are headings, not evidence
    # against wrapping; long ones standing alone are paragraphs of one line each.
    if len(in_blocks) < 0.6 * nonblank and _many_long_lines_alone(texts, filled, len(in_blocks)):
        return None
    if not in_blocks:
        return None  # every line stands alone (short lines between blank ones): nothing was wrapped
    ordered = sorted(in_blocks)
    width = ordered[int(0.9 * (len(ordered) - 1))]
    if width < LEAST_WRAPPED:
        return _column_width(texts, filled)
    if width > 100 or ordered[-1] > width + 25:
        return None
    # One-line paragraphs far past that width (a URL or two aside) mean the short lines
    # in blocks were header fields or a list, not a paragraph wrapped at the width.
    overlong = sum(1 for i in range(len(texts)) if filled[i] and display_width(texts[i].rstrip()) > width + 25)
    # (In a short file two such paragraphs under one block of short lines is already the sign.)
    if overlong > max(2, 0.1 * nonblank) or 2 * overlong >= len(in_blocks):
        return None
    if overlong and not _any_block_ends_a_sentence(texts, filled):
        return None  # the prose is in the long lines; the blocks are a head's lines or a list, no paragraph wrapped
    near = sum(1 for n in in_blocks if n >= width - 25)
    return width if near >= 0.5 * len(in_blocks) else None


_SENTENCE_STOPS = tuple(".!?。؟…\"”»:)")


def _any_block_ends_a_sentence(texts: Sequence[str], filled: Sequence[bool]) -> bool:
    """Does a block of lines end with a sentence, as every wrapped paragraph's last line does?

    (A line inside a block that ends in a stop proves nothing: "Is this page useful?" over "Yes" / "No" in a
    page's feedback box is a block of short lines, no paragraph.)
    """
    last = len(texts) - 1
    return any(
        filled[i] and i > 0 and filled[i - 1] and (i == last or not filled[i + 1]) and texts[i].rstrip().endswith(_SENTENCE_STOPS)
        for i in range(len(texts))
    )


_NARROWEST_COLUMN = 14
_LEAST_COLUMN_LINES = 12
_LEAST_SYLLABLE_BREAKS = 2


def _column_width(texts: Sequence[str], filled: Sequence[bool]) -> int | None:
    """The width of a newspaper column (text from a print edition: ~20-35 characters a line), or None.

    Short lines are also lists, verse or a chat; a column is told by its filled lines, nearly all
    of one width, and by words broken at syllables across line ends ("sol-" / "diers"), which
    only typesetting does.  Lines set out with runs of spaces (the page's folio) are left out.
    """
    lines = [i for i in range(len(texts)) if filled[i] and "   " not in texts[i].strip()]
    if len(lines) < _LEAST_COLUMN_LINES:
        return None
    lengths = sorted(len(texts[i].strip()) for i in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not _NARROWEST_COLUMN <= width < LEAST_WRAPPED:
        return None
    filled_lines = sum(1 for n in lengths if width - 10 <= n <= width)
    wider = sum(1 for n in lengths if n > width + 3)
    breaks = sum(
        1
        for a, b in itertools.pairwise(lines)
        if b == a + 1 and len(end := texts[a].rstrip()) > 2 and end[-1] == "-" and end[-2].isalpha() and texts[b].lstrip()[:1].islower()
    )
    if filled_lines < 0.6 * len(lengths) or wider > 0.1 * len(lengths) or breaks < _LEAST_SYLLABLE_BREAKS:
        return None
    return width

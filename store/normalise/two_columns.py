"""A page of prose set in two columns (pdftotext -layout): read the left column, then the right.

    North Korean troops were first spotted in       Analysts in Seoul said the deployment was
    the Kursk region in late October, according     the largest since the Korean War, and that

Read line by line, such a page interleaves two texts: each line holds half a sentence of each
column.  The layout is told by a gutter: one column position where, line after line, text starts
after a run of three spaces or more, and no line's text crosses the gap in front of it.  Both
sides must be prose (several words a line, reaching across most of their column) on most of the
block's lines: a table's columns (``space_tables``), a contents page or a signature are no
columns of prose.  Anything that crosses the gutter (a full-width heading, a footnote) ends the
block, so only the part of the page that really is two columns is unfolded.

The lines are rewritten in place, keeping their number, so that the units built on them keep the
source's line numbers for the rest of the file: each column's paragraphs are joined onto one line
apiece (a broken word rejoined, as ``units`` joins wrapped lines), the left column's first, then
the right column's, blank lines between, from the block's first line on; the block's other lines
are left blank.  A paragraph's line number is therefore that of a line of its block, not its own.
"""

from __future__ import annotations

import re
from collections import Counter

from store.normalise.hyphenation import document_words, join_wrapped_lines

_MIN_LINES = 6  # lines with text on both sides of the gutter
_MIN_LINES_KNOWN = 3  # the same, once another block of the document has shown the gutter
_MIN_BOTH_SHARE = 0.5  # of the block's lines with text (a column that ends early leaves lines of one side)
_MIN_COLUMN = 24  # characters: narrower sides are labels or figures, not columns of prose
_MIN_WORDS = 4.0  # per side, on average over the lines holding both
_MIN_FILL = 0.6  # a prose column's lines reach across most of its width (median)
_MAX_PUNCTUATED_ENDS = 0.4  # share of a side's lines ending in punctuation (prose about 0.2, verse most)
_CLAUSE_ENDS = frozenset(".,;:!?")
_GUTTER = 3  # spaces at least between the columns
_PARAGRAPH_INDENT = 2
_SENTENCE_END = re.compile(r"[.!?:;\"”’)][⁰¹²³⁴⁵⁶⁷⁸⁹*†‡]{0,3}\s*$")  # (a footnote's mark may follow the stop)
# Text that starts after a run of spaces: where the right column may begin.
_AFTER_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")


def unfolded_two_columns(lines: list[str]) -> int:
    """Blocks of two columns of prose in ``lines`` rewritten in place as one column; how many lines they held."""
    if sum(1 for line in lines if "   " in line) < _MIN_LINES:
        return 0
    unfolded = 0
    for gutter in _gutters(lines):
        done = _unfold_blocks(lines, gutter, _MIN_LINES)
        if done:
            # The document's layout is known now: a last page's shorter run of the same two columns is unfolded too.
            done += _unfold_blocks(lines, gutter, _MIN_LINES_KNOWN)
        unfolded += done
    return unfolded


def _unfold_blocks(lines: list[str], gutter: int, min_lines: int) -> int:
    """Every block of two columns at ``gutter`` (``min_lines`` with both sides at least) unfolded; how many lines."""
    unfolded = 0
    start = 0
    while start < len(lines):
        end = _block_end(lines, start, gutter)
        first, last = _trimmed(lines, start, end, gutter)
        if last > first and _is_two_columns(lines[first:last], gutter, min_lines) and _unfold(lines, first, last, gutter):
            unfolded += last - first
            start = end
        else:
            start = max(end, start + 1)
    return unfolded


def _gutters(lines: list[str]) -> list[int]:
    """Column positions where text starts after a gap on enough lines to make a column (most frequent first)."""
    starts: Counter[int] = Counter()
    for line in lines:
        if "   " in line:
            starts.update({m.end() for m in _AFTER_GAP.finditer(line) if m.end() >= _MIN_COLUMN + _GUTTER})
    return [at for at, count in starts.most_common(3) if count >= _MIN_LINES]


def _crosses(line: str, gutter: int) -> bool:
    """Whether the line's text runs through the gap in front of the right column."""
    return len(line) > gutter - _GUTTER and not line[gutter - _GUTTER : gutter].isspace()


def _block_end(lines: list[str], start: int, gutter: int) -> int:
    """The end of the run of lines from ``start`` whose text never crosses the gutter.

    A line whose right-hand text stands well clear of the gutter ("EAST ASIA SECURITY QUARTERLY     Winter
    2024", a running footer's page number far out) is a masthead's or a folio's, no line of the columns: it ends
    the run too.
    """
    end = start
    while end < len(lines) and not _crosses(lines[end], gutter) and "|" not in lines[end] and not _clear_of_gutter(lines[end], gutter):
        end += 1
    return end


_OFF_GUTTER = 8  # spaces past the gutter: further than any paragraph's indent in the right column


def _clear_of_gutter(line: str, gutter: int) -> bool:
    right = line[gutter:]
    return len(right) > _OFF_GUTTER and right[:_OFF_GUTTER].isspace() and bool(line[:gutter].strip())


def _trimmed(lines: list[str], start: int, end: int, gutter: int) -> tuple[int, int]:
    """The part of a run from its first line with text on both sides to the paragraph holding its last.

    A title or a byline above the columns, short enough to stay clear of the gutter, and a folio
    below them are no part of either column.
    """
    both = [i for i in range(start, end) if _has_both(lines[i], gutter)]
    # A line alone between blank lines ("ISSUE BRIEF        Institute for Security Studies", a running head
    # spread across the page) is no line of either column.
    both = [i for i in both if (i > start and lines[i - 1].strip()) or (i + 1 < end and lines[i + 1].strip())]
    if not both:
        return start, start
    last = both[-1] + 1
    while last < end and lines[last].strip() and not lines[last].strip().isdigit():  # (a folio right under the columns)
        last += 1
    return both[0], last


def _has_both(line: str, gutter: int) -> bool:
    return bool(line[:gutter].strip()) and bool(line[gutter:].strip())


def _is_two_columns(block: list[str], gutter: int, min_lines: int = _MIN_LINES) -> bool:
    """Whether a run of lines that respect the gutter is two columns of prose (see the module's note)."""
    filled = [line for line in block if line.strip()]
    both = [(line[:gutter].strip(), line[gutter:].strip()) for line in filled if line[:gutter].strip() and line[gutter:].strip()]
    if len(both) < min_lines or len(both) < _MIN_BOTH_SHARE * len(filled):
        return False
    for side in (0, 1):
        texts = [pair[side] for pair in both]
        if sum(len(text.split()) for text in texts) < _MIN_WORDS * len(texts):
            return False
        if sum(ch.isalpha() for text in texts for ch in text) < 0.6 * sum(len(text) for text in texts):
            return False
        # Wrapped prose breaks its lines anywhere; verse set in two columns ends its half-lines with punctuation.
        if sum(1 for text in texts if text[-1] in _CLAUSE_ENDS) > _MAX_PUNCTUATED_ENDS * len(texts):
            return False
        widths = sorted(len(text) for text in texts)
        if widths[len(widths) // 2] < max(_MIN_COLUMN, _MIN_FILL * max(widths)):
            return False
    return True


def _unfold(lines: list[str], start: int, end: int, gutter: int) -> bool:
    """Rewrite the block (see the module's note); False, leaving it as it is, when its paragraphs would not fit."""
    known: list[frozenset[str]] = []
    left = [line[:gutter].rstrip() for line in lines[start:end]]
    right = [line[gutter:].rstrip() if len(line) > gutter else "" for line in lines[start:end]]

    def known_words() -> frozenset[str]:
        # Each column's own lines, so that the halves of a word broken at a column's line end ("ac-" /
        # "cording") are told as such, not read as words of the page across the gutter.
        if not known:
            known.append(document_words("\n".join(left) + "\n\n" + "\n".join(right)))
        return known[0]

    left_paragraphs, right_paragraphs = _paragraphs(left), _paragraphs(right)
    if left_paragraphs and right_paragraphs and _runs_on(left_paragraphs[-1][-1], right):
        # The left column's last paragraph goes on at the top of the right one.
        left_paragraphs[-1] += right_paragraphs.pop(0)
    paragraphs = [join_wrapped_lines(p, known_words) for p in left_paragraphs + right_paragraphs]
    out: list[str] = []
    for paragraph in paragraphs:
        out += ["", paragraph] if out else [paragraph]
    if len(out) > end - start:
        return False  # paragraphs of a line or two each: no room for the blank lines between them
    lines[start:end] = out + [""] * (end - start - len(out))
    return True


def _runs_on(last_line: str, right: list[str]) -> bool:
    """Whether a column ending with ``last_line`` goes on in the ``right`` column's first line (unindented, mid-sentence)."""
    if _SENTENCE_END.search(last_line):
        return False
    first = next((line for line in right if line.strip()), "")
    margin = min(len(line) - len(line.lstrip()) for line in right if line.strip())
    return len(first) - len(first.lstrip()) < margin + _PARAGRAPH_INDENT


def _paragraphs(column: list[str]) -> list[list[str]]:
    """A column's lines split into paragraphs: at a blank line, or before a line indented further than the column."""
    margin = min((len(line) - len(line.lstrip()) for line in column if line.strip()), default=0)
    paragraphs: list[list[str]] = [[]]
    for line in column:
        if not line.strip():
            if paragraphs[-1]:
                paragraphs.append([])
            continue
        if paragraphs[-1] and len(line) - len(line.lstrip()) >= margin + _PARAGRAPH_INDENT:
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
    return [p for p in paragraphs if p]

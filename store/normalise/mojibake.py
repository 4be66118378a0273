"""Mojibake repair: UTF-8 text that was once decoded with a single-byte codepage.

ftfy does most of the work.  What it leaves are round trips through codepages
its badness heuristic does not flag, such as UTF-8 read as Windows-1253 (``β€”``
for an em dash, ``Β\\xa0`` for a no-break space) or a lone Turkish letter
(``KasapoÄŸlu``).  For those we look, codepage by codepage, for characters whose
bytes in that codepage form one complete UTF-8 multi-byte sequence, and decode
them when the result is a character such text plausibly held.

Genuine Greek, Cyrillic or accented Latin text is protected twice: a
two-character sequence (the only kind real words produce by chance, as in
Russian ``В\\xa0Москве`` or Greek ``Β΄``) is only repaired on lines and in
documents where the codepage's own letters otherwise do not occur; and the
decoded character must come from a short list of blocks that mojibake hides
(punctuation, Latin letters, symbols), never a rare script picked up by chance.

Two passes come first: bytes a scraper kept as lone surrogates (Python's "surrogateescape") are
decoded as what they were (see ``surrogate_escapes``), and lines of legacy-codepage text seen through Windows-1252 (a mail
header or a feed field decoded in the wrong charset, see ``legacy_mojibake``) are read in their own.

Speed: mojibake is always two or more non-ASCII characters in a row, so only
lines holding such a run are looked at, a codepage's patterns are compiled
only when one of its lead characters occurs in such a run, and ftfy (slow to
import) is only consulted for a line its badness heuristic could flag.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from itertools import chain
from typing import Any

from store.normalise.codepages import (
    Codepage,
    allow_pairs,
    by_coverage,
    codepages,
    count_sequences,
    decode_run,
    ftfy_chars,
    made_of_sequences,
    non_ascii,
    suspect_chars,
)
from store.normalise.legacy_mojibake import (
    LEGACY_LETTERS,
    may_hold_legacy_mojibake,
    repair_legacy_lines,
)
from store.normalise.lossy_cjk import restore_lossy_cjk
from store.normalise.spaced_mojibake import LATIN_LABELS, restore_spaced_a0, restore_spaced_er
from store.normalise.surrogate_escapes import ESCAPED_BYTES, decode_surrogate_escapes
from store.normalise.whole_line_mojibake import repair_whole_lines


@cache
def _ftfy() -> tuple[Any, Any]:
    """ftfy and our configuration of it, imported on first need (it is slow to import).

    Keep ftfy to encoding repair: the text must stay verbatim otherwise
    (curly quotes, ligatures, full-width forms); controls, escapes and line
    breaks are handled by our own cleaning with its own accounting.
    """
    import ftfy

    config = ftfy.TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization="NFC",
        explain=False,
    )
    return ftfy, config


# Two non-ASCII characters in a row (every mojibake sequence is one): the lines
# worth a closer look.  Found in UTF-8, where such a pair is a continuation
# byte followed by a lead byte: with bytes translated to classes ("c" for a
# continuation, "L" for a lead, "n" for a newline) that is the substring "cL",
# which ``bytes.find`` locates far faster than a regular expression would.
_CLASSES = bytes(
    ord("n") if byte == 0x0A else ord("a") if byte < 0x80 else ord("c") if byte < 0xC0 else ord("L")
    for byte in range(256)
)
_PAIR = b"cL"
# ftfy changes a line only when its badness heuristic (ftfy.badness.BADNESS_RE)
# fires, and each of its patterns needs a C1 control, two non-ASCII characters
# in a row, "Ã" or "Â" before a space, or "Œ"/"œ" before a non-letter.  (Looked
# for in UTF-8 bytes, where substring search is fastest.)
_FTFY_ONLY_MARKS = ("Ã ", "Â ")
_LIGATURE_OE = re.compile(r"[Œœ][^A-Za-z]")


class MojibakeRepair:
    """The repair passes over one document's lines, which are changed in place.

    It remembers which lines hold two non-ASCII characters in a row, so that
    successive passes look at those lines only.  Line breaks
    are never added or removed.
    """

    def __init__(self, text: str, counts: Counter[str] | None = None) -> None:
        self.lines = text.split("\n")
        self.counts: Counter[str] = counts if counts is not None else Counter()
        self._utf8: bytes | None = None  # the lines as UTF-8, while they are unchanged
        if text.isascii():
            self._marked: list[int] = []
        else:
            self._utf8 = text.encode("utf-8", "surrogatepass")
            self._marked = _lines_holding(self._utf8.translate(_CLASSES), _PAIR)

    def _remark(self, touched: set[int]) -> None:
        self._utf8 = None
        kept = [i for i in self._marked if i not in touched]
        kept.extend(i for i in touched if _PAIR in self.lines[i].encode("utf-8", "surrogatepass").translate(_CLASSES))
        self._marked = sorted(kept)

    def codepages(self) -> bool:
        """Our own codepage round-trip repair (see the module docstring); True when a line changed.

        Runs before control characters are stripped, because UTF-8 read as
        Latin-1 hides its bytes in C1 controls ("â\\x80\\x94" for an em dash).
        """
        if not self._marked:
            return False
        lines = self.lines
        present = set(non_ascii("\n".join(lines[i] for i in self._marked)))
        touched: set[int] = set()
        if not ESCAPED_BYTES.isdisjoint(present) and (escaped := decode_surrogate_escapes(lines, self._marked, self.counts)):
            touched |= escaped
            self._remark(escaped)
            present = set(non_ascii("\n".join(lines[i] for i in self._marked)))
        if (whole := repair_whole_lines(lines, self._marked, self.counts)):
            touched |= whole
            self._remark(whole)
            present = set(non_ascii("\n".join(lines[i] for i in self._marked)))
        if not LEGACY_LETTERS.isdisjoint(present) and (legacy := self._legacy()):
            touched |= legacy
            self._remark(legacy)
            present = set(non_ascii("\n".join(lines[i] for i in self._marked)))
        suspects: list[int] | None = None  # fixed before the first repair, as the evidence base
        read_whole: set[int] = set()  # lines a page repaired, looked at whole already
        found = {page: self._hits(page, present) for page in codepages() if not page.marks.isdisjoint(present) and not page.leads.isdisjoint(present)}
        # A codepage whose characters only the repair of an outer layer shows (UTF-8 read as Windows-1251,
        # that read as Latin-1) is looked at after the ones found at first.
        later = (page for page in codepages() if page not in found and touched and not page.marks.isdisjoint(present) and not page.leads.isdisjoint(present))
        for page in chain(by_coverage(found, lines), later):
            hits = self._hits(page, present) if touched else found[page]  # lines changed: look again
            if not hits:
                continue
            if suspects is None:
                suspect = suspect_chars()
                suspects = [i for i, line in enumerate(lines) if not line.isascii() and not suspect.isdisjoint(non_ascii(line))]
            changed = layer = self._repair_page(page, hits, suspects)
            for _ in range(_MOST_LAYERS):
                # A peeled outer layer shows the next one: a line read whole through a codepage (Windows-1252
                # over Mac Roman), or text saved twice through this one ("РјР†Сљ" over "мІњ" over "천").
                # Both are taken before the codepages still to come, which would misread them (KOI8-U
                # reads "мІ" as "Ͷ").
                paired = sorted(i for i in layer if _PAIR in lines[i].encode("utf-8", "surrogatepass").translate(_CLASSES))
                whole_read = repair_whole_lines(lines, paired, self.counts)
                read_whole |= layer
                changed |= whole_read
                again = [i for i in paired if i not in whole_read and page.holds_sequence(lines[i], page.leads.intersection(non_ascii(lines[i])))]
                if not again or not (layer := self._repair_page(page, again, suspects)):
                    break
                changed |= layer
            if changed:
                touched |= changed
                self._remark(changed)
                present = set(non_ascii("\n".join(lines[i] for i in self._marked)))
        if touched and (inner := repair_whole_lines(lines, sorted(touched - whole - read_whole), self.counts)):
            # An outer layer peeled above (Windows-1252 over Mac Cyrillic) shows a line read whole.
            touched |= inner
            self._remark(inner)
        if touched and (holes := restore_lossy_cjk(lines, sorted(touched), self.counts)):
            touched |= holes  # (a character whose lost byte the repair around it shows: see ``lossy_cjk``)
            self._remark(holes)
        if touched and self.counts["cp1251"]:
            touched |= restore_spaced_er(lines, touched, self.counts)  # ("КНДР ." of "КНДР." read as Windows-1251)
        if touched and any(self.counts[label] for label in LATIN_LABELS):
            spaced = restore_spaced_a0(lines, self.counts)
            if spaced:
                touched |= spaced
                self._remark(spaced)
        return bool(touched)

    def _hits(self, page: Codepage, present: set[str]) -> list[int]:
        """The marked lines holding one of ``page``'s sequences, given the characters ``present`` in them."""
        leads = page.leads.intersection(present)
        return [i for i in self._marked if page.holds_sequence(self.lines[i], leads)] if leads else []

    def _legacy(self) -> set[int]:
        """Lines of legacy text seen through Windows-1252 (see ``legacy_mojibake``): a mail header or a
        feed's field decoded in the wrong codepage, which reading the file's bytes could not see."""
        if not may_hold_legacy_mojibake("\n".join(self.lines[i] for i in self._marked)):
            return set()
        changed, codepage = repair_legacy_lines(self.lines, self._marked)
        if changed:
            self.counts[f"legacy-{codepage}"] += len(changed)
        return changed

    def _repair_page(self, page: Codepage, hits: list[int], suspects: list[int]) -> set[int]:
        """Repair one codepage's sequences on the ``hits`` lines; the lines that changed.

        Whether two-character sequences may be repaired is judged over all
        suspect lines (the document) and then over each line.
        """
        lines, counts = self.lines, self.counts
        sequence, runs, own_letters = page.patterns()
        hit_set = set(hits)
        sequences = outside = 0
        for i in hits:
            found, own = count_sequences(page, lines[i])
            sequences += found
            outside += own
        rest = non_ascii("\n".join(lines[i] for i in suspects if i not in hit_set))  # own letters are never ASCII
        outside += sum(map(page.letters.__contains__, rest))
        document_pairs = allow_pairs(outside, sequences)
        changed: set[int] = set()
        for i in hits:
            line = lines[i]
            line_counts = count_sequences(page, line)
            # A line of nothing but sequences (a headline read through Windows-1251 over genuine Russian) is mojibake.
            pairs = (document_pairs or made_of_sequences(*line_counts)) and allow_pairs(*reversed(line_counts))
            if page.whole_script and not pairs:
                continue  # the sequence is held back (see ``codepages``)

            left: list[str] = []  # runs left as they were

            def fix(match: re.Match[str], pairs: bool = pairs, line: str = line, left: list[str] = left) -> str:
                repaired, n = decode_run(match.group(0), page, pairs, line)
                counts[page.label] += n
                if not n:
                    left.append(repaired)
                return repaired

            repaired = runs.sub(fix, line)
            if left and repaired != line:
                # A lone sequence ("ë§\x8c", the "만" of "1만1") is judged by its line's script, which the
                # runs just repaired around it may first have shown (and pairs by the letters they left).
                again = pairs and allow_pairs(*reversed(count_sequences(page, repaired)))
                repaired = runs.sub(lambda match, line=repaired, again=again: fix(match, again, line), repaired)
            if repaired != line:
                lines[i] = repaired
                changed.add(i)
        return changed

    def ftfy(self) -> bool:
        """ftfy over the lines that could hold mojibake; True when a line changed.

        Run it after controls are gone: ftfy would otherwise read an 8-bit
        escape introducer as a Windows-1252 "›".
        """
        lines = self.lines
        candidates = set(self._marked)
        utf8 = self._utf8
        if utf8 is None:
            text = "\n".join(lines)
            if text.isascii():
                return False
            utf8 = text.encode("utf-8", "surrogatepass")
        if _holds_ftfy_only_mark(utf8):
            candidates.update(i for i, line in enumerate(lines) if not line.isascii() and _ftfy_may_flag(line))
        if _holds_c1(utf8):
            candidates.update(i for i, line in enumerate(lines) if not line.isascii() and _holds_c1(line.encode("utf-8", "surrogatepass")))
        if not candidates:
            return False
        latin = ftfy_chars()
        touched: set[int] = set()
        for i in sorted(candidates):
            line = lines[i]
            if latin.isdisjoint(non_ascii(line)):
                continue
            ftfy, config = _ftfy()
            fixed = ftfy.fix_text(line, config)
            if fixed != line and "\n" not in fixed:
                lines[i] = fixed
                touched.add(i)
                self.counts["ftfy"] += 1
        if touched:
            self._remark(touched)
        return bool(touched)


_MOST_LAYERS = 3  # layers of one codepage peeled in a row


def _lines_holding(encoded: bytes, pattern: bytes) -> list[int]:
    """Indices of the lines of ``encoded`` (class bytes, "n" for newlines) holding ``pattern``."""
    found: list[int] = []
    line = scanned = 0
    at = encoded.find(pattern)
    while at != -1:
        line += encoded.count(b"n", scanned, at)
        found.append(line)
        end = encoded.find(b"n", at)
        if end == -1:
            break
        line += 1
        scanned = end + 1
        at = encoded.find(pattern, scanned)
    return found


def _holds_ftfy_only_mark(utf8: bytes) -> bool:
    """Could the UTF-8 text hold one of ``_FTFY_ONLY_MARKS`` or an "œ"?  (A lead byte's
    absence, found at ``memchr`` speed, settles it for most text.)"""
    if b"\xc3" in utf8 and (b"\xc3\x83 " in utf8 or b"\xc3\x82 " in utf8):  # "Ã ", "Â "
        return True
    return b"\xc5" in utf8 and (b"\xc5\x92" in utf8 or b"\xc5\x93" in utf8)  # "Œ", "œ"


def _holds_c1(utf8: bytes) -> bool:
    """A C1 control (U+0080-U+009F) is 0xC2 then 0x80-0x9F in UTF-8."""
    at = utf8.find(b"\xc2")
    while at != -1:
        if 0x80 <= utf8[at + 1] <= 0x9F:
            return True
        at = utf8.find(b"\xc2", at + 2)
    return False


def _ftfy_may_flag(line: str) -> bool:
    """The badness patterns that need no run of two non-ASCII characters (see ``_MARK``)."""
    if any(mark in line for mark in _FTFY_ONLY_MARKS):
        return True
    return ("Œ" in line or "œ" in line) and _LIGATURE_OE.search(line) is not None


def repair_codepages(text: str, counts: Counter[str]) -> str:
    """Our own codepage round-trip repair of ``text``, counted in ``counts``."""
    if text.isascii():
        return text
    repair = MojibakeRepair(text, counts)
    return "\n".join(repair.lines) if repair.codepages() else text


def repair_with_ftfy(text: str, counts: Counter[str]) -> str:
    """ftfy over the lines of ``text`` that could hold mojibake, counted in ``counts``."""
    if text.isascii():
        return text
    repair = MojibakeRepair(text, counts)
    return "\n".join(repair.lines) if repair.ftfy() else text


def describe_repairs(counts: Counter[str]) -> list[str]:
    repairs = [f"mojibake:{label} x{n}" for label, n in counts.items() if label != "ftfy" and n]
    if counts["ftfy"]:
        repairs.insert(0, f"mojibake:ftfy x{counts['ftfy']} lines")
    return repairs


def repair_mojibake(text: str) -> tuple[str, list[str]]:
    """Repair mojibake; returns the text and repairs such as ``"mojibake:cp1253 x58"``.

    Line breaks are never added or removed, so line numbers stay valid.  Only
    lines holding a character mojibake is made of are examined at all.
    """
    counts: Counter[str] = Counter()
    text = repair_codepages(text, counts)
    text = repair_with_ftfy(text, counts)
    text = repair_codepages(text, counts)
    return text, describe_repairs(counts)

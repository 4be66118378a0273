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

Speed: mojibake is always two or more non-ASCII characters in a row, so only
lines holding such a run are looked at, a codepage's patterns are compiled
only when one of its lead characters occurs in such a run, and ftfy (slow to
import) is only consulted for a line its badness heuristic could flag.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any

from store.normalise.sloppy import decoding_table, sloppy_encode


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


# Codepages UTF-8 is commonly mis-read as, in the order they are tried.  All
# but Latin-1 are read "sloppily" (see ``sloppy``): the bytes a codepage leaves
# undefined show as the matching C1 control, as browsers do.
CODEPAGES: tuple[str, ...] = ("cp1252", "latin-1", "cp1253", "cp1251", "cp1250", "cp1254")

# Where a decoded character may come from.  One-character results must be
# punctuation, symbols or letters of the blocks mojibake usually hides; letters
# of other scripts (CJK, Indic, Thai ...) only count in runs of two or more,
# because a single one is what a genuine Cyrillic word such as "её»" yields.
_SINGLE_OK = (
    (0x00A0, 0x024F),  # Latin-1 supplement, Latin extended A/B
    (0x02C6, 0x02DD),  # modifier letters cp1252 carries (ˆ ˜)
    (0x0300, 0x036F),  # combining marks (text written in NFD)
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x052F),  # Cyrillic
    (0x05D0, 0x05EA),  # Hebrew letters
    (0x0600, 0x06FF),  # Arabic
    (0x1E00, 0x1EFF),  # Latin extended additional (Vietnamese)
    (0x2000, 0x2BFF),  # punctuation, currency, letterlike, arrows, maths, symbols
    (0xFEFF, 0xFEFF),  # a byte-order mark, removed later by cleaning
    (0x1F000, 0x1FAFF),  # emoji and pictographs
)
_RUN_OK = (
    (0x0800, 0x1DFF),  # Samaritan .. Mongolian, Indic, Thai, Georgian, Hangul jamo
    (0x3000, 0x9FFF),  # CJK symbols, kana, CJK unified ideographs
    (0xAC00, 0xD7A3),  # Hangul syllables
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x2FFFF),  # CJK extensions
)

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


class _Codepage:
    """One codepage's characters; its regular expressions are compiled on first need."""

    __slots__ = ("label", "leads", "letters", "_follows", "_classes", "_patterns")

    def __init__(self, label: str) -> None:
        table = decoding_table(label) if label != "latin-1" else bytes(range(256)).decode("latin-1")

        def chars(low: int, high: int) -> str:
            return table[low : high + 1]

        self.label = label
        self.leads = frozenset(chars(0xC2, 0xF4))
        # How many continuation characters each lead character needs after it.
        conts = frozenset(chars(0x80, 0xBF))
        self._follows = (conts, {**dict.fromkeys(chars(0xC2, 0xDF), 1), **dict.fromkeys(chars(0xE0, 0xEF), 2), **dict.fromkeys(chars(0xF0, 0xF4), 3)})
        letters = "".join(ch for ch in chars(0x80, 0xFF) if ch.isalpha())
        self.letters = frozenset(letters)
        self._classes = (chars(0x80, 0xBF), chars(0xC2, 0xDF), chars(0xE0, 0xEF), chars(0xF0, 0xF4), letters)
        self._patterns: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = None

    def patterns(self) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
        """(one UTF-8 sequence as this codepage shows it, consecutive such sequences, own letters)."""
        if self._patterns is None:
            cont_chars, lead2, lead3, lead4, letters = self._classes
            cont = _char_class(cont_chars)
            one = f"{_char_class(lead2)}{cont}|{_char_class(lead3)}{cont}{{2}}|{_char_class(lead4)}{cont}{{3}}"
            self._patterns = (re.compile(one), re.compile(f"(?:{one})+"), re.compile(_char_class(letters)))
        return self._patterns

    def holds_sequence(self, line: str, leads: frozenset[str]) -> bool:
        """Does ``line`` hold one UTF-8 sequence as this codepage shows it (what ``patterns()[0]``
        finds), given the lead characters it may start with?  ``str.find`` from each
        of those is much faster than a regular expression over the line."""
        if len(leads) > 8:
            return self.patterns()[0].search(line) is not None
        conts, needs = self._follows
        for lead in leads:
            size = needs[lead]
            at = line.find(lead)
            while at != -1:
                following = line[at + 1 : at + 1 + size]
                if len(following) == size and all(ch in conts for ch in following):
                    return True
                at = line.find(lead, at + 1)
        return False

    def encode(self, text: str) -> bytes:
        return text.encode("latin-1") if self.label == "latin-1" else sloppy_encode(text, self.label)


def _char_class(chars: str) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(set(chars))) + "]"


@cache
def _codepages() -> tuple[_Codepage, ...]:
    return tuple(_Codepage(label) for label in CODEPAGES)


def _in_ranges(cp: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= cp <= high for low, high in ranges)


def _plausible(decoded: str) -> bool:
    """Could ``decoded`` be what a run of mojibake originally said?"""
    if not decoded:
        return False
    for ch in decoded:
        if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"):
            return False
    if all(_in_ranges(ord(ch), _SINGLE_OK) for ch in decoded):
        return True
    # A run that yields letters of a script the lists above do not cover must
    # be long enough not to be chance: two characters or more, all of them from
    # the allowed blocks.
    return len(decoded) >= 2 and all(_in_ranges(ord(ch), _SINGLE_OK + _RUN_OK) for ch in decoded)


def _decode_one(run: str, page: _Codepage, allow_pairs: bool) -> str | None:
    """Decode a run of sequences as a whole, or None to leave it as it is."""
    try:
        decoded = page.encode(run).decode("utf-8")
    except UnicodeError:
        return None
    if not _plausible(decoded):
        return None
    if not allow_pairs and len(run) == 2 * len(decoded):
        # Every character came from a two-byte sequence: exactly what genuine
        # text in this codepage's script produces by chance.
        return None
    return decoded


def _decode_run(run: str, page: _Codepage, allow_pairs: bool) -> tuple[str, int]:
    """The run with what can be repaired repaired, and how many characters that gave."""
    whole = _decode_one(run, page, allow_pairs)
    if whole is not None:
        return whole, len(whole)
    fixed = 0

    def one(match: re.Match[str]) -> str:
        nonlocal fixed
        decoded = _decode_one(match.group(0), page, allow_pairs)
        if decoded is None:
            return match.group(0)
        fixed += 1
        return decoded

    return page.patterns()[0].sub(one, run), fixed


def _allow_pairs(own_outside: int, sequences: int) -> bool:
    """Two-character repairs are allowed unless the text is itself in the codepage's script."""
    return own_outside < 3 or own_outside <= 2 * sequences


def _count_sequences(page: _Codepage, text: str) -> tuple[int, int]:
    """(sequences, the codepage's own letters outside them) in ``text``."""
    sequence, runs, own_letters = page.patterns()
    return len(sequence.findall(text)), len(own_letters.findall(runs.sub(" ", text)))


# Characters that show a UTF-8 lead byte (0xC2-0xF4) in one of the codepages,
# plus C1 controls, replacement characters, lone surrogates and the Mac Roman
# signs ftfy knows: mojibake always holds one, so other lines are skipped.
_ALWAYS_SUSPECT = "\u0080-\u009f\ufffd\ud800-\udfff\u221a\u2248\u2264\u2265\u2206\u25ca"
_LATIN_CODEPAGES = ("cp1252", "latin-1", "cp1250", "cp1254")


def _lead_chars(labels: tuple[str, ...]) -> frozenset[str]:
    leads = set()
    for label in labels:
        for byte in range(0xC2, 0xF5):
            leads.add(bytes([byte]).decode(label, errors="ignore"))
    leads.discard("")
    ranges = re.findall(r"(.)-(.)|(.)", _ALWAYS_SUSPECT)
    for low, high, single in ranges:
        leads.update(map(chr, range(ord(low), ord(high) + 1)) if low else single)
    return frozenset(leads)


@cache
def _suspect_chars() -> frozenset[str]:
    return _lead_chars(CODEPAGES)


@cache
def _ftfy_chars() -> frozenset[str]:
    """ftfy is for Latin-codepage mojibake; Greek and Cyrillic round trips are
    repaired by our own pass, so genuine Greek or Russian text never pays for ftfy."""
    return _lead_chars(_LATIN_CODEPAGES)


_ASCII_BYTES = bytes(range(0x80))


def _non_ascii(line: str) -> str:
    """The non-ASCII characters of ``line``, in order (by way of UTF-8, at C speed)."""
    return line.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")


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
        present = set(_non_ascii("\n".join(lines[i] for i in self._marked)))
        suspects: list[int] | None = None  # fixed before the first repair, as the evidence base
        touched: set[int] = set()
        for page in _codepages():
            leads = page.leads.intersection(present)
            if not leads:
                continue
            hits = [i for i in self._marked if page.holds_sequence(lines[i], leads)]
            if not hits:
                continue
            if suspects is None:
                suspect = _suspect_chars()
                suspects = [i for i, line in enumerate(lines) if not line.isascii() and not suspect.isdisjoint(_non_ascii(line))]
            changed = self._repair_page(page, hits, suspects)
            if changed:
                touched |= changed
                self._remark(changed)
                present = set(_non_ascii("\n".join(lines[i] for i in self._marked)))
        return bool(touched)

    def _repair_page(self, page: _Codepage, hits: list[int], suspects: list[int]) -> set[int]:
        """Repair one codepage's sequences on the ``hits`` lines; the lines that changed.

        Whether two-character sequences may be repaired is judged over all
        suspect lines (the document) and then over each line.
        """
        lines, counts = self.lines, self.counts
        sequence, runs, own_letters = page.patterns()
        hit_set = set(hits)
        sequences = outside = 0
        for i in hits:
            found, own = _count_sequences(page, lines[i])
            sequences += found
            outside += own
        rest = _non_ascii("\n".join(lines[i] for i in suspects if i not in hit_set))  # own letters are never ASCII
        outside += sum(map(page.letters.__contains__, rest))
        document_pairs = _allow_pairs(outside, sequences)
        changed: set[int] = set()
        for i in hits:
            line = lines[i]
            pairs = document_pairs and _allow_pairs(*reversed(_count_sequences(page, line)))

            def fix(match: re.Match[str], pairs: bool = pairs) -> str:
                repaired, n = _decode_run(match.group(0), page, pairs)
                counts[page.label] += n
                return repaired

            repaired = runs.sub(fix, line)
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
        latin = _ftfy_chars()
        touched: set[int] = set()
        for i in sorted(candidates):
            line = lines[i]
            if latin.isdisjoint(_non_ascii(line)):
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

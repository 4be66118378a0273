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
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from typing import Any


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


# Codepages UTF-8 is commonly mis-read as, in the order they are tried.  The
# "sloppy" variants map the bytes a codepage leaves undefined to the matching
# C1 control, which is what browsers do and what the mojibake then contains.
CODEPAGES: tuple[tuple[str, str], ...] = (
    ("cp1252", "sloppy-windows-1252"),
    ("latin-1", "latin-1"),
    ("cp1253", "sloppy-windows-1253"),
    ("cp1251", "sloppy-windows-1251"),
    ("cp1250", "sloppy-windows-1250"),
    ("cp1254", "sloppy-windows-1254"),
)

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


@dataclass(frozen=True, slots=True)
class _Codepage:
    label: str
    codec: str
    sequence: re.Pattern[str]  # one UTF-8 sequence as this codepage shows it
    runs: re.Pattern[str]  # consecutive such sequences
    own_letters: re.Pattern[str]  # non-ASCII letters the codepage can show


def _char_class(chars: str) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(set(chars))) + "]"


@cache
def _codepages() -> tuple[_Codepage, ...]:
    import ftfy.bad_codecs  # noqa: F401  registers the "sloppy-windows-125x" codecs

    built = []
    for label, codec in CODEPAGES:
        table = {byte: bytes([byte]).decode(codec, errors="replace") for byte in range(0x80, 0x100)}
        table = {b: ch for b, ch in table.items() if ch != "\ufffd"}

        def chars(low: int, high: int, table: dict[int, str] = table) -> str:
            return "".join(table[b] for b in range(low, high + 1) if b in table)

        cont = _char_class(chars(0x80, 0xBF))
        one = (
            f"{_char_class(chars(0xC2, 0xDF))}{cont}"
            f"|{_char_class(chars(0xE0, 0xEF))}{cont}{{2}}"
            f"|{_char_class(chars(0xF0, 0xF4))}{cont}{{3}}"
        )
        letters = "".join(ch for ch in table.values() if ch.isalpha())
        built.append(
            _Codepage(
                label=label,
                codec=codec,
                sequence=re.compile(one),
                runs=re.compile(f"(?:{one})+"),
                own_letters=re.compile(_char_class(letters)),
            )
        )
    return tuple(built)


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
        decoded = run.encode(page.codec).decode("utf-8")
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

    return page.sequence.sub(one, run), fixed


def _allow_pairs(own_outside: int, sequences: int) -> bool:
    """Two-character repairs are allowed unless the text is itself in the codepage's script."""
    return own_outside < 3 or own_outside <= 2 * sequences


def _count_sequences(page: _Codepage, text: str) -> tuple[int, int]:
    """(sequences, the codepage's own letters outside them) in ``text``."""
    sequences = sum(1 for _ in page.sequence.finditer(text))
    outside = len(page.own_letters.findall(page.runs.sub(" ", text)))
    return sequences, outside


def _repair_with(text: str, page: _Codepage, counts: Counter[str]) -> str:
    if page.sequence.search(text) is None:
        return text
    sequences, outside = _count_sequences(page, text)
    document_pairs = _allow_pairs(outside, sequences)
    out_lines = []
    for line in text.split("\n"):
        if page.sequence.search(line) is None:
            out_lines.append(line)
            continue
        pairs = document_pairs and _allow_pairs(*reversed(_count_sequences(page, line)))

        def fix(match: re.Match[str], pairs: bool = pairs) -> str:
            repaired, n = _decode_run(match.group(0), page, pairs)
            counts[page.label] += n
            return repaired

        out_lines.append(page.runs.sub(fix, line))
    return "\n".join(out_lines)


# Characters that show a UTF-8 lead byte (0xC2-0xF4) in one of the codepages,
# plus C1 controls, replacement characters, lone surrogates and the Mac Roman
# signs ftfy knows: mojibake always holds one, so other lines are skipped.
_ALWAYS_SUSPECT = "\u0080-\u009f\ufffd\ud800-\udfff\u221a\u2248\u2264\u2265\u2206\u25ca"
_LATIN_CODEPAGES = ("cp1252", "latin-1", "cp1250", "cp1254")


def _lead_class(labels: tuple[str, ...]) -> re.Pattern[str]:
    leads = set()
    for label in labels:
        for byte in range(0xC2, 0xF5):
            leads.add(bytes([byte]).decode(label, errors="ignore"))
    leads.discard("")
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(leads)) + _ALWAYS_SUSPECT + "]")


@cache
def _suspect_pattern() -> re.Pattern[str]:
    return _lead_class(tuple(label for label, _ in CODEPAGES))


@cache
def _ftfy_pattern() -> re.Pattern[str]:
    """ftfy is for Latin-codepage mojibake; Greek and Cyrillic round trips are
    repaired by our own pass, so genuine Greek or Russian text never pays for ftfy."""
    return _lead_class(_LATIN_CODEPAGES)


def _ftfy_lines(lines: list[str], counts: Counter[str]) -> None:
    """Run ftfy over the lines that could hold mojibake, in place."""
    for i, line in enumerate(lines):
        if _ftfy_pattern().search(line) is None:
            continue
        ftfy, config = _ftfy()
        fixed = ftfy.fix_text(line, config)
        if fixed != line and "\n" not in fixed:
            lines[i] = fixed
            counts["ftfy"] += 1


def _suspect_lines(text: str) -> tuple[list[str], list[int]]:
    """The text's lines and the indices of those holding a suspect character."""
    lines = text.split("\n")
    suspect = _suspect_pattern().search
    return lines, [i for i, line in enumerate(lines) if not line.isascii() and suspect(line)]


def repair_codepages(text: str, counts: Counter[str]) -> str:
    """Our own codepage round-trip repair (see module docstring), counted in ``counts``.

    Runs before control characters are stripped, because UTF-8 read as
    Latin-1 hides its bytes in C1 controls ("â\\x80\\x94" for an em dash).
    """
    if text.isascii():
        return text
    lines, suspects = _suspect_lines(text)
    if not suspects:
        return text
    joined = "\n".join(lines[i] for i in suspects)
    for page in _codepages():
        joined = _repair_with(joined, page, counts)
    for i, line in zip(suspects, joined.split("\n")):
        lines[i] = line
    return "\n".join(lines)


def repair_with_ftfy(text: str, counts: Counter[str]) -> str:
    """ftfy over the lines that could hold mojibake (after controls are gone:
    ftfy would otherwise read an 8-bit escape introducer as a Windows-1252 "›")."""
    if text.isascii():
        return text
    lines, suspects = _suspect_lines(text)
    if not suspects:
        return text
    subset = [lines[i] for i in suspects]
    _ftfy_lines(subset, counts)
    for i, line in zip(suspects, subset):
        lines[i] = line
    return "\n".join(lines)


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

"""UTF-8 as single-byte codepages show it: the tables, the decoding, the plausibility test.

A UTF-8 sequence read through a codepage becomes two to four characters of
that codepage: a lead character (bytes 0xC2-0xF4) and continuations (bytes
0x80-0xBF).  ``Codepage`` knows those characters for one codepage; the
functions here decide whether a run of them may be decoded back (see the
``mojibake`` module for the policy).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from store.normalise.sloppy import decoding_table, sloppy_encode

# Codepages UTF-8 is commonly mis-read as, in the order they are tried.  All
# but Latin-1 are read "sloppily" (see ``sloppy``): the bytes a codepage leaves
# undefined show as the matching C1 control, as browsers do.
CODEPAGES: tuple[str, ...] = ("cp1252", "latin-1", "cp1253", "cp1251", "cp1250", "cp1254", "koi8_r", "cp1257", "cp1255", "cp1256", "cp874", "cp437")
# Codepages whose upper half is one script's letters (Hebrew, Arabic, Thai): genuine text in that script
# forms valid UTF-8 sequences of any length by chance (Thai "ยก" is C2 A1, "¡"; "โจท" is E2 A8 B7), so in
# a document that otherwise writes the script every sequence is held back, as two-character ones are
# elsewhere; and a sequence must decode to what such mojibake hides, the script's own letters (UTF-8
# Hebrew read as Windows-1255) or the punctuation of text in any language (curly quotes, dashes, a
# no-break space, currency and letterlike signs), never an accented letter or a symbol.
_WHOLE_SCRIPT = {"cp1255": (0x0590, 0x05FF), "cp1256": (0x0600, 0x06FF), "cp874": (0x0E00, 0x0E7F)}
_PUNCTUATION_ANYWHERE = ((0x00A0, 0x00A0), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F))

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

class Codepage:
    """One codepage's characters; its regular expressions are compiled on first need."""

    __slots__ = ("_classes", "_follows", "_patterns", "hides", "label", "leads", "letters", "openings", "whole_script")

    def __init__(self, label: str) -> None:
        table = decoding_table(label) if label != "latin-1" else bytes(range(256)).decode("latin-1")

        def chars(low: int, high: int) -> str:
            return table[low : high + 1]

        self.label = label
        self.whole_script = label in _WHOLE_SCRIPT
        # What a sequence may decode to in a whole-script codepage (None: see ``_plausible``).
        self.hides = (_WHOLE_SCRIPT[label], *_PUNCTUATION_ANYWHERE) if self.whole_script else None
        # The second character each lead character takes in a sequence that can decode to what ``hides``
        # allows ("เ" then "ธ" or "น" for Thai, "โ" then "€" for a dash): only such sequences are looked
        # for, so that genuine text in the script, dense with other sequences, holds next to none.
        self.openings = _openings(table, self.hides) if self.hides else None
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
            if self.openings is not None:
                needs = self._follows[1]
                one = "|".join(f"{re.escape(lead)}{_char_class(seconds)}{cont}{{{needs[lead] - 1}}}" for lead, seconds in sorted(self.openings.items()))
            self._patterns = (re.compile(one), re.compile(f"(?:{one})+"), re.compile(_char_class(letters)))
        return self._patterns

    def holds_sequence(self, line: str, leads: frozenset[str]) -> bool:
        """Does ``line`` hold one UTF-8 sequence as this codepage shows it (what ``patterns()[0]``
        finds), given the lead characters it may start with?  ``str.find`` from each
        of those is much faster than a regular expression over the line."""
        if self.openings is not None:
            return not leads.isdisjoint(self.openings) and self.patterns()[0].search(line) is not None
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


def _openings(table: str, ranges: tuple[tuple[int, int], ...]) -> dict[str, str]:
    """Lead character to the second characters that, in ``table``, start the UTF-8 of a character in
    ``ranges`` or of one its mojibake is made of (the inner layer of double mojibake: "â" of "â€”")."""
    hidden = {chr(code) for low, high in ranges for code in range(max(low, 0x80), high + 1)}
    shown = {table[byte] for ch in hidden for byte in ch.encode("utf-8")}
    seconds: dict[str, set[str]] = {}
    for ch in hidden | {ch for ch in shown if ch >= "\x80"}:
        first, second = ch.encode("utf-8")[:2]
        seconds.setdefault(table[first], set()).add(table[second])
    return {lead: "".join(sorted(chars)) for lead, chars in seconds.items()}


def _char_class(chars: str) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(set(chars))) + "]"


@cache
def codepages() -> tuple[Codepage, ...]:
    return tuple(Codepage(label) for label in CODEPAGES)


def _in_ranges(cp: int, ranges: tuple[tuple[int, int], ...]) -> bool:
    return any(low <= cp <= high for low, high in ranges)


_C1 = re.compile("[\x80-\x9f]")
_FRAME = re.compile("[\u2500-\u259f]+")
_MOST_LAYERS = 3  # text saved through the wrong codepage three times over is still seen; more is noise


def _plausible(decoded: str, line: str = "") -> bool:
    """Could ``decoded`` be what a run of mojibake originally said (on ``line``, the line it stands on)?"""
    if not decoded:
        return False
    for ch in decoded:
        if unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"):
            return False
    if all(_in_ranges(ord(ch), _SINGLE_OK) for ch in decoded):
        return True
    # A run that yields letters of a script the lists above do not cover must
    # be long enough not to be chance: two characters or more, all of them from
    # the allowed blocks.  A single one is taken when its line already holds its
    # script (the rest of a Korean sentence repaired around "1ë§Œ1", "1만1").
    if len(decoded) == 1:
        return _in_ranges(ord(decoded), _RUN_OK) and _holds_block_of(line, decoded)
    return all(_in_ranges(ord(ch), _SINGLE_OK + _RUN_OK) for ch in decoded)


def _holds_block_of(line: str, ch: str) -> bool:
    """Does ``line`` hold a character of the ``_RUN_OK`` range ``ch`` is in?"""
    code = ord(ch)
    for low, high in _RUN_OK:
        if low <= code <= high:
            return any(low <= ord(other) <= high for other in non_ascii(line))
    return False


def _decode_one(run: str, page: Codepage, allow_pairs: bool, line: str = "") -> str | None:
    """Decode a run of sequences as a whole, or None to leave it as it is."""
    if _FRAME.fullmatch(run):
        return None  # box drawing ("═╗", "─┐"): a text table's frame, which the DOS codepage shows as sequences
    try:
        decoded = page.encode(run).decode("utf-8")
    except UnicodeError:
        return None
    if page.hides is not None:
        found = _hidden_text(decoded, page)
        if found is None or not _plausible(found, line):
            return None
        decoded = found
    else:
        layers = 1
        while not _plausible(decoded, line) and _C1.search(decoded) and layers < _MOST_LAYERS:
            # Double (or triple) mojibake: the inner layer holds a byte the codepage left undefined,
            # kept as a C1 control ("â€\x9d" for a closing quote); the layers go at once.
            try:
                decoded = page.encode(decoded).decode("utf-8")
            except UnicodeError:
                return None
            layers += 1
        if not _plausible(decoded, line):
            return None
        decoded = _inner_layer(decoded, page, line)
    if not allow_pairs and (page.whole_script or len(run) == 2 * len(decoded)):
        # Every character came from a two-byte sequence: exactly what genuine
        # text in this codepage's script produces by chance.
        return None
    return decoded


def _hidden_text(decoded: str, page: Codepage) -> str | None:
    """What a run in a whole-script codepage hid, or None: its decoding, or the decoding of that when it
    is double mojibake (a first layer made wholly of the codepage's sequences, or holding accented letters
    and signs the codepage may not hide: "â€”" for a dash, "׳©" or "׳\xa0" for a Hebrew letter)."""
    hides = page.hides or ()
    allowed = all(_in_ranges(ord(ch), hides) for ch in decoded)
    if allowed and (len(decoded) < 2 or page.patterns()[1].fullmatch(decoded) is None):
        return decoded
    try:
        inner = page.encode(decoded).decode("utf-8")
    except UnicodeError:
        return decoded if allowed else None
    if inner and all(_in_ranges(ord(ch), hides) for ch in inner):
        return inner
    return decoded if allowed else None


def _inner_layer(decoded: str, page: Codepage, line: str) -> str:
    """Double mojibake through one codepage: a decoded run that is itself wholly made of the codepage's
    sequences ("ΟƒΟ„" from "ΞŸΖ’ΞŸβ€ž", both layers Windows-1253) is decoded again when that is plausible.
    Its first decoding, plausible as it is, would be kept by the next pass, where the text now repaired
    around it stops its two-character sequences from being touched.  (Whole-script codepages: see
    ``_hidden_text``.)"""
    if len(decoded) < 2 or page.patterns()[1].fullmatch(decoded) is None:
        return decoded
    try:
        inner = page.encode(decoded).decode("utf-8")
    except UnicodeError:
        return decoded
    return inner if _plausible(inner, line) else decoded


def decode_run(run: str, page: Codepage, allow_pairs: bool, line: str = "") -> tuple[str, int]:
    """The run (on ``line``) with what can be repaired repaired, and how many characters that gave."""
    whole = _decode_one(run, page, allow_pairs, line)
    if whole is not None:
        return whole, len(whole)
    fixed = 0

    def one(match: re.Match[str]) -> str:
        nonlocal fixed
        decoded = _decode_one(match.group(0), page, allow_pairs, line)
        if decoded is None:
            return match.group(0)
        fixed += 1
        return decoded

    return page.patterns()[0].sub(one, run), fixed


def by_coverage(found: dict[Codepage, list[int]], lines: list[str]) -> list[Codepage]:
    """The codepages in their usual order, but the one whose runs cover most of the text first:
    another's sequences hide inside its runs ("â‚¬", Windows-1252 for "€", inside UTF-8 read twice
    as Windows-1256), and repairing them first would break those runs up."""
    pages = list(found)
    if sum(1 for hits in found.values() if hits) < 2:
        return pages
    sample = {page: [lines[i] for i in hits[:_COVERAGE_SAMPLE_LINES]] for page, hits in found.items() if hits}
    covered = {page: sum(len(run) for line in held for run in page.patterns()[1].findall(line)) for page, held in sample.items()}
    first = max(covered, key=covered.__getitem__)  # the earliest among equals
    return [first, *(page for page in pages if page is not first)]


_COVERAGE_SAMPLE_LINES = 40  # lines enough to tell which codepage the mojibake is in


def allow_pairs(own_outside: int, sequences: int) -> bool:
    """Two-character repairs are allowed unless the text is itself in the codepage's script."""
    return own_outside < 3 or own_outside <= 2 * sequences


_LEAST_LINE_SEQUENCES = 6  # genuine text makes a sequence by chance ("Сё"), never six on a line of little else


def made_of_sequences(sequences: int, own_outside: int) -> bool:
    """A line of mojibake whatever the document around it is written in."""
    return sequences >= _LEAST_LINE_SEQUENCES and own_outside * 4 <= sequences


def count_sequences(page: Codepage, text: str) -> tuple[int, int]:
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
def suspect_chars() -> frozenset[str]:
    return _lead_chars(CODEPAGES)


@cache
def ftfy_chars() -> frozenset[str]:
    """ftfy is for Latin-codepage mojibake; Greek and Cyrillic round trips are
    repaired by our own pass, so genuine Greek or Russian text never pays for ftfy."""
    return _lead_chars(_LATIN_CODEPAGES)


_ASCII_BYTES = bytes(range(0x80))


def non_ascii(line: str) -> str:
    """The non-ASCII characters of ``line``, in order (by way of UTF-8, at C speed)."""
    return line.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")

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

from store.normalise.decoded_plausibility import RUN_OK, in_ranges, non_ascii, plausible
from store.normalise.legacy_alphabets import misfit
from store.normalise.sloppy import decoding_table, sloppy_encode

# Codepages UTF-8 is commonly mis-read as, in the order they are tried.  All
# but Latin-1 are read "sloppily" (see ``sloppy``): the bytes a codepage leaves
# undefined show as the matching C1 control, as browsers do.
CODEPAGES: tuple[str, ...] = (
    "cp1252", "latin-1", "cp1253", "iso8859_7", "cp1251", "cp1250", "iso8859_2", "cp1254", "koi8_r", "koi8_u", "cp1257", "cp1255", "cp1256", "cp874",
    "cp437", "cp850", "cp852", "cp866",
)
# A codepage that differs from another in a few bytes (KOI8-U gives eight of KOI8-R's box-drawing
# bytes to Ukrainian letters; ISO 8859-2, the Central European Unix set, and ISO 8859-7, the Greek one, have C1
# controls and other letters where Windows-1250 and -1253 have punctuation; the DOS Latin (CP850) and Central European (CP852)
# sets put accented letters where the US one, CP437, draws boxes) is only looked at when one of
# those characters is present: otherwise its reading is the other's, already tried.
_VARIANT_OF = {"koi8_u": "koi8_r", "iso8859_2": "cp1250", "iso8859_7": "cp1253", "cp850": "cp437", "cp852": "cp437"}
# Codepages whose continuation bytes are common letters (see ``_WHOLE_SCRIPT``): looked at only when a
# lead that is no letter, a box-drawing sign, shows.
_LETTERS_AS_CONTINUATIONS = frozenset({"cp866"})
# Codepages whose upper half is one script's letters (Hebrew, Arabic, Thai): genuine text in that script
# forms valid UTF-8 sequences of any length by chance (Thai "ยก" is C2 A1, "¡"; "โจท" is E2 A8 B7), so in
# a document that otherwise writes the script every sequence is held back, as two-character ones are
# elsewhere; and a sequence must decode to what such mojibake hides, the script's own letters (UTF-8
# Hebrew read as Windows-1255) or the punctuation of text in any language (curly quotes, dashes, a
# no-break space, currency and letterlike signs), never an accented letter or a symbol.
#   The DOS Cyrillic codepage (CP866, what a Windows console shows) is one too: its continuation bytes
# are the common Russian letters "А".."п", so only sequences whose lead is a box-drawing sign ("╨б" for
# "С") or a dash or quote's ("тАФ") are looked for, and only where a box-drawing sign shows (``marks``).
_WHOLE_SCRIPT = {
    "cp1255": ((0x0590, 0x05FF),),
    "cp1256": ((0x0600, 0x06FF),),
    "cp874": ((0x0E00, 0x0E7F),),
    "cp866": ((0x0400, 0x04FF), (0x00AB, 0x00AB), (0x00BB, 0x00BB)),
}
_PUNCTUATION_ANYWHERE = ((0x00A0, 0x00A0), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2100, 0x214F))

class Codepage:
    """One codepage's characters; its regular expressions are compiled on first need."""

    __slots__ = ("_classes", "_follows", "_patterns", "hides", "label", "leads", "letters", "marks", "openings", "whole_script")

    def __init__(self, label: str) -> None:
        table = decoding_table(label) if label != "latin-1" else bytes(range(256)).decode("latin-1")

        def chars(low: int, high: int) -> str:
            return table[low : high + 1]

        self.label = label
        self.whole_script = label in _WHOLE_SCRIPT
        # What a sequence may decode to in a whole-script codepage (None: see ``_plausible``).
        self.hides = (*_WHOLE_SCRIPT[label], *_PUNCTUATION_ANYWHERE) if self.whole_script else None
        # The second character each lead character takes in a sequence that can decode to what ``hides``
        # allows ("เ" then "ธ" or "น" for Thai, "โ" then "€" for a dash): only such sequences are looked
        # for, so that genuine text in the script, dense with other sequences, holds next to none.
        self.openings = _openings(table, self.hides) if self.hides else None
        self.leads = frozenset(chars(0xC2, 0xF4))
        # Characters one of which the text must hold for this codepage to be looked at (see ``_VARIANT_OF``).
        self.marks = self.leads
        if (base := _VARIANT_OF.get(label)) is not None:
            self.marks = frozenset(table[byte] for byte in range(0x80, 0x100) if table[byte] != decoding_table(base)[byte])
        elif label in _LETTERS_AS_CONTINUATIONS:
            self.marks = frozenset(lead for lead in self.leads if not lead.isalpha())
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


_C1 = re.compile("[\x80-\x9f]")
_FRAME = re.compile("[\u2500-\u259f]+")
_MOST_LAYERS = 3  # text saved through the wrong codepage three times over is still seen; more is noise


def _decode_one(run: str, page: Codepage, allow_pairs: bool, line: str = "") -> str | None:
    """Decode a run of sequences as a whole, or None to leave it as it is."""
    if _FRAME.fullmatch(run) and page.hides is None and not _cyrillic_word(run, page, line) and not _inside_word(run, page, line):
        # Box drawing ("═╗", "─┐"): a text table's frame, which the DOS codepage shows as sequences.  (In a
        # whole-script codepage a run must decode to the script's letters, which no frame does.)
        return None
    try:
        decoded = page.encode(run).decode("utf-8")
    except UnicodeError:
        return None
    if page.hides is not None:
        found = _hidden_text(decoded, page)
        if found is None or not plausible(found, line):
            return None
        decoded = found
    else:
        layers = 1
        while not plausible(decoded, line) and _C1.search(decoded) and layers < _MOST_LAYERS:
            # Double (or triple) mojibake: the inner layer holds a byte the codepage left undefined,
            # kept as a C1 control ("â€\x9d" for a closing quote); the layers go at once.
            try:
                decoded = page.encode(decoded).decode("utf-8")
            except UnicodeError:
                break  # not this codepage again; perhaps another (see ``_through_another``)
            layers += 1
        if not plausible(decoded, line):
            inner = _through_another(decoded, page)
            if inner is None or not plausible(inner, line):
                return None
            decoded = inner
        decoded = _inner_layer(decoded, page, line)
    if not allow_pairs and (page.whole_script or len(run) == 2 * len(decoded)):
        # Every character came from a two-byte sequence: exactly what genuine
        # text in this codepage's script produces by chance.
        return None
    return decoded


def _cyrillic_word(run: str, page: Codepage, line: str) -> bool:
    """Is a run of box drawing a Cyrillic word ("╨┐╨╛╨┤", "под" through the DOS codepage) on a line
    that holds Cyrillic already (its other words repaired)?  A frame's corners and joins never
    decode to a word of letters of the line's own script."""
    try:
        decoded = page.encode(run).decode("utf-8")
    except UnicodeError:
        return False
    return all("\u0400" <= ch <= "\u04ff" and ch.isalpha() for ch in decoded) and _CYRILLIC.search(line) is not None


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _inside_word(run: str, page: Codepage, line: str) -> bool:
    """Is a run of box drawing a word's letter, glued to the letters around it ("s├╝d", "ju┼╝": "süd",
    "już" through the DOS codepages)?  A frame's corners and joins stand apart from the words in its cells."""
    try:
        decoded = page.encode(run).decode("utf-8")
    except UnicodeError:
        return False
    if not all(ch.isalpha() for ch in decoded):
        return False
    escaped = re.escape(run)
    return re.search(f"[^\\W\\d_]{escaped}|{escaped}[^\\W\\d_]", line) is not None


def _awaits_its_script(run: str, page: Codepage) -> bool:
    """Is ``run`` one character of a script ``RUN_OK`` covers, through one or more layers of ``page``?

    Such a character alone (a one-syllable Korean word, "약") is only taken on a line that holds its
    script; decoding the run's sequences one by one instead would leave a layer half-peeled
    ("ì\x95½" for UTF-8 read twice as Latin-1) that no later pass can read.
    """
    decoded: str | None = run
    for _ in range(_MOST_LAYERS):
        try:
            decoded = page.encode(decoded).decode("utf-8")
        except UnicodeError:
            return False
        if _C1.search(decoded) is None:
            break
    else:
        return False
    if len(decoded) > 1 and _C1.search(decoded):
        decoded = _through_another(decoded, page)
    return decoded is not None and len(decoded) == 1 and in_ranges(ord(decoded), RUN_OK)


def _through_another(decoded: str, page: Codepage) -> str | None:
    """The inner layer of double mojibake through two codepages, or None.

    UTF-8 read as Windows-1251 and that read as Latin-1: peeling the outer layer gives "мќ\x98",
    whose C1 control is a byte Windows-1251 leaves undefined, so it is no character this page
    hides; read back through the codepage that shows it so, it is the "의" it was.
    """
    for other in codepages():
        if other is page or other.hides is not None:
            continue
        try:
            inner = other.encode(decoded).decode("utf-8")
        except UnicodeError:
            continue
        if not any(unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") for ch in inner):
            return inner
    return None


def _hidden_text(decoded: str, page: Codepage) -> str | None:
    """What a run in a whole-script codepage hid, or None: its decoding, or the decoding of that when it
    is double mojibake (a first layer made wholly of the codepage's sequences, or holding accented letters
    and signs the codepage may not hide: "â€”" for a dash, "׳©" or "׳\xa0" for a Hebrew letter)."""
    hides = page.hides or ()
    allowed = all(in_ranges(ord(ch), hides) for ch in decoded)
    if allowed and (len(decoded) < 2 or page.patterns()[1].fullmatch(decoded) is None):
        return decoded
    try:
        inner = page.encode(decoded).decode("utf-8")
    except UnicodeError:
        return decoded if allowed else None
    if inner and all(in_ranges(ord(ch), hides) for ch in inner):
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
    return inner if plausible(inner, line) else decoded


def decode_run(run: str, page: Codepage, allow_pairs: bool, line: str = "") -> tuple[str, int]:
    """The run (on ``line``) with what can be repaired repaired, and how many characters that gave."""
    whole = _decode_one(run, page, allow_pairs, line)
    if whole is not None:
        return whole, len(whole)
    if page.hides is None and _awaits_its_script(run, page):
        return run, 0  # left whole for a second look once the line around it is repaired (see ``_plausible``)
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
    most = max(covered.values())
    tied = [page for page in covered if covered[page] == most]
    # Codepages that differ in a few bytes (DOS 437 and 850) cover the same runs: the one whose repair
    # spells one language's letters is right (Lithuanian "ž" through 850, not Esperanto "ŝ" through 437).
    first = tied[0] if len(tied) == 1 else min(tied, key=lambda page: misfit(_decoded_runs(page, sample[page]))[0])
    return [first, *(page for page in pages if page is not first)]


def _decoded_runs(page: Codepage, held: list[str]) -> str:
    return " ".join(page.encode(run).decode("utf-8", "replace") for line in held for run in page.patterns()[1].findall(line))


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


__all__ = ["CODEPAGES", "Codepage", "allow_pairs", "by_coverage", "codepages", "count_sequences", "decode_run", "ftfy_chars", "made_of_sequences", "non_ascii", "suspect_chars"]

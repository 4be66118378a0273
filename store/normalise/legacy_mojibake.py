"""Legacy-codepage text that was read as Windows-1252 (or Latin-1) and saved again as UTF-8.

Russian in Windows-1251 or KOI8-R, Korean in EUC-KR, Japanese in Shift_JIS opened by a program that
assumed Windows-1252 comes out as Latin-1 letters and symbols: "Ñåâåðíàÿ Êîðåÿ", "±¹°¡Á¤º¸¿ø",
"–k’©‘N".  Saved as UTF-8, such text decodes cleanly and no UTF-8 mojibake repair can see it: its
characters are each one byte of the original codepage.  The bytes come back by encoding the line in
Windows-1252, and the codepage is detected over all such lines of the document at once.

Western text is never touched: a line qualifies only when its non-ASCII characters are all
Windows-1252 or Latin-1 characters and it holds runs of three or more of them (Western words put one
or two accents between ASCII letters), and its new reading is kept only when it is clean text of
another script (``declared_charset.wrong_reading`` finds none of a wrong reading's signs).  A second
layer of UTF-8 mojibake over the legacy text ("ÃŠÃ\\x8dÃ„" for "ÊÍÄ") is peeled off first.  It runs on
a file's decoded text (``reading``) and again on the lines of a feed, API answer or mail once unpacked
(``mojibake``), where a header or field may have been decoded in the wrong charset.
"""

from __future__ import annotations

import re
import unicodedata

from store.normalise.codepages import non_ascii
from store.normalise.declared_charset import MIXED_WORD, wrong_reading
from store.normalise.legacy import decode_legacy, detect_codepage
from store.normalise.sloppy import decoding_table, sloppy_encode

# Windows-1252's characters for bytes 0x80-0x9F, and the C1 controls a browser or Latin-1 gives them.
_CP1252_HIGH = decoding_table("cp1252")[0x80:]
_TO_LATIN1 = {ord(ch): chr(0x80 + i) for i, ch in enumerate(_CP1252_HIGH) if ord(ch) > 0xFF}
_REPERTOIRE = frozenset(_CP1252_HIGH) | frozenset(map(chr, range(0x80, 0x100)))
_CLASS = "[" + "".join(sorted(re.escape(ch) for ch in _REPERTOIRE)) + "]"
_RUN = re.compile(f"{_CLASS}{{3,}}")
_LEAST_RUNS = 2  # in the document: one run of three is a chance ("—“…")
_MOST_LAYERS = 3
_LEAST_SHARE_IN_RUNS = 0.5  # of a line's non-ASCII characters: legacy text's bytes are all in runs
# Codepages of other scripts that such text is in; Latin ones are read by ``legacy`` itself.
_CANDIDATES = [
    "cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "mac_cyrillic", "cp1253", "iso8859_7",
    "cp949", "euc_kr", "shift_jis", "cp932", "euc_jp", "gb18030", "big5",
]
_LEAST_LETTERS = 8  # in the document: a name or two; fewer are as likely a chance reading of symbols
_HALF_WIDTH_KANA, _HALF_WIDTH_KANA_END = "\uff61", "\uff9f"
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _bytes_of(line: str) -> bytes | None:
    """The bytes a Windows-1252 (or Latin-1) reading turned into ``line``, or None when it holds other characters."""
    try:
        return line.translate(_TO_LATIN1).encode("latin-1")
    except UnicodeEncodeError:
        return None


def _candidate(line: str, layers: int = 0) -> bytes | None:
    """The original bytes of a line that may be legacy text seen through Windows-1252, else None.

    Bytes that are valid UTF-8 are a layer of UTF-8 mojibake: peeled when what it hides still looks
    like legacy text seen through Windows-1252, else left to ``mojibake`` (its curly quotes and
    dashes are Windows-1252 characters too, and must not be read as Cyrillic).
    """
    if line.isascii() or _RUN.search(line) is None:
        return None
    if sum(map(len, _RUN.findall(line))) < _LEAST_SHARE_IN_RUNS * len(non_ascii(line)):
        return None  # a Western line with one run of accents ("Þjóð") among its words
    data = _bytes_of(line)
    if data is None:
        return None
    try:
        inner = data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    return _candidate(inner, layers + 1) if layers < _MOST_LAYERS else None


def _letters_of_other_script(text: str) -> int:
    """How many letters of another script than Latin ``text`` holds, or 0 when it is no clean text in one.

    Not one word may run ASCII letters into Cyrillic or Greek ones ("Юjур" is Icelandic read as
    Windows-1251): genuine text in those scripts never does.  And the letters must outnumber the
    punctuation: curly quotes and dashes read as Windows-1251 stay quotes and dashes, around one "Ђ".
    Half-width katakana count as no letters: they are what Latin capitals ("ÉÀ") read as Shift_JIS give.
    """
    if wrong_reading(text) or MIXED_WORD.search(text) is not None:
        return 0
    letters = others = 0
    for ch in text:
        if ch.isascii():
            continue
        category = unicodedata.category(ch)
        if category[0] == "C" or category in ("Zl", "Zp"):
            return 0
        if category[0] == "L" and not _HALF_WIDTH_KANA <= ch <= _HALF_WIDTH_KANA_END:
            if _LATIN_LETTER.match(ch):
                return 0
            letters += 1
        elif not ch.isspace():
            others += 1
    return letters if letters > others else 0


def repair_legacy_lines(lines: list[str], indices: list[int]) -> tuple[set[int], str | None]:
    """Read the ``indices`` lines of ``lines`` that are legacy text seen through Windows-1252 in their
    own codepage (changed in place); returns the lines changed and the codepage."""
    found: dict[int, bytes] = {}
    for i in indices:
        data = _candidate(lines[i])
        if data is not None:
            found[i] = data
    if not found:
        return set(), None
    codepage = detect_codepage(b"\n".join(found.values())[: 64 * 1024], _CANDIDATES)
    if codepage is None:
        return set(), None
    readings: dict[int, str] = {}
    letters = 0
    for i, data in found.items():
        try:
            decoded = data.decode(codepage)
        except UnicodeDecodeError:
            continue
        if found_letters := _letters_of_other_script(decoded):
            readings[i] = decoded
            letters += found_letters
    if letters < _LEAST_LETTERS:
        return set(), None  # a few symbols and accents that happen to read as letters ("£€¥" as "ЈЂҐ")
    for i, decoded in readings.items():
        lines[i] = decoded
    return set(readings), codepage


def may_hold_legacy_mojibake(text: str) -> bool:
    """Does ``text`` hold the runs of Windows-1252 characters that legacy text seen through it shows?"""
    # Legacy text seen through Windows-1252 always shows its accented letters; English with curly
    # quotes and dashes (or text in another script) is told apart by a set test at C speed.
    if text.isascii() or LEGACY_LETTERS.isdisjoint(non_ascii(text[:200_000])):
        return False
    return len(_RUN.findall(text, 0, 200_000)) >= _LEAST_RUNS


LEGACY_LETTERS = frozenset(ch for ch in _REPERTOIRE if ch.isalpha())


# A symbol wedged between two ASCII letters: "Wed³ug", "przyby³o" (Polish "ł" read as Windows-1252).
_SYMBOLS = frozenset(map(chr, range(0xA1, 0xC0))) | frozenset("×÷ŒœŸƒ") | frozenset(map(chr, range(0x2020, 0x2031)))
_SYMBOL_IN_WORD = re.compile(r"(?<=[A-Za-z])[\u00a1-\u00bf\u00d7\u00f7\u0152\u0153\u0178\u0192\u2020-\u2030](?=[A-Za-z])")
_LEAST_MARKS = 3
# What else such text shows, as ``legacy`` tells those codepages from Windows-1252 by: Turkish "ı ş ğ" and
# Baltic "š ž" as Icelandic "ý þ ð" ("istihbaratýna"), Czech "ř ě ů" as "ø ì ù" beside "š ž" ("bøeznu").
_ICELANDIC_MARKS = frozenset("ýþðÝÞÐ")
_CZECH_AS_WESTERN = frozenset("øìù")
_SHARED_CARONS = frozenset("šžŠŽ")
# A letter of another script than Latin: what the whole text read in a Cyrillic or Greek codepage shows.
_NON_LATIN_LETTER = re.compile("[^\\W\\d_A-Za-z\u00aa\u00b5\u00ba\u00c0-\u024f\u1e00-\u1eff]")
_WESTERN_READINGS = frozenset({"cp1252", "latin-1", "iso8859_1", "iso8859_15", "utf-8"})


def _beside_letters(text: str, chars: frozenset[str], both_sides: bool, enough: int) -> int:
    """How many of ``chars`` in ``text`` stand beside an ASCII letter (on both sides, or on either), up to ``enough``."""
    found = 0
    for ch in chars:
        at = text.find(ch, 1)
        while at != -1 and found < enough:
            before, after = text[at - 1].isascii() and text[at - 1].isalpha(), text[at + 1 : at + 2].isascii() and text[at + 1 : at + 2].isalpha()
            found += (before and after) if both_sides else (before or after)
            at = text.find(ch, at + 1)
    return found


def _latin_text_seen_through_cp1252(text: str) -> tuple[str, str] | None:
    """(``text`` read in its own Latin codepage, the codepage) when all of it is Central European, Turkish
    or Baltic text seen through Windows-1252 and saved as UTF-8 ("Wed³ug", "istihbaratýna"), else None.

    The bytes come back by encoding in Windows-1252, and are read as a legacy file's are (``legacy``),
    which takes another Latin codepage only when its reading puts no symbol inside a word.
    """
    sample = text[:200_000]
    present = set(non_ascii(sample))
    if (
        sum(map(sample.count, _ICELANDIC_MARKS.intersection(present))) < _LEAST_MARKS
        and _beside_letters(sample, _SYMBOLS.intersection(present), True, _LEAST_MARKS) < _LEAST_MARKS
        and (_SHARED_CARONS.isdisjoint(present) or _beside_letters(sample, _CZECH_AS_WESTERN.intersection(present), False, 2) < 2)
    ):
        return None
    try:
        data = sloppy_encode(text, "cp1252")
    except UnicodeEncodeError:
        return None
    decoded = decode_legacy(data)
    if decoded.encoding in _WESTERN_READINGS or _SYMBOL_IN_WORD.search(decoded.text) is not None:
        return None
    if _NON_LATIN_LETTER.search(decoded.text) is not None:
        return None  # (Cyrillic in a title seen through Windows-1252: its lines are read alone, the rest stays)
    return decoded.text, decoded.encoding


def _latin_lines_seen_through_cp1252(text: str) -> tuple[str, str, int] | None:
    """(``text`` with the lines that are Central European text seen through Windows-1252 read in their own
    codepage, the first such codepage, how many lines) when some are, else None: a Polish title above a
    body that writes "café" and "naïve" is read alone (``_latin_text_seen_through_cp1252`` would read the
    body so too).  A line qualifies by a symbol inside a word ("¿o³nierze"), and its reading is kept only when
    ``legacy`` takes its bytes for another Latin codepage whose reading puts no symbol inside a word."""
    sample = text[:200_000]
    if _beside_letters(sample, _SYMBOLS.intersection(non_ascii(sample)), True, 1) < 1:
        return None  # (found character by character: a search of the whole text for the pattern costs more)
    lines = text.split("\n")
    first, changed = None, 0
    for i, line in enumerate(lines):
        if _SYMBOL_IN_WORD.search(line) is None:
            continue
        try:
            decoded = decode_legacy(sloppy_encode(line, "cp1252"))
        except UnicodeEncodeError:
            continue
        if decoded.encoding in _WESTERN_READINGS or _SYMBOL_IN_WORD.search(decoded.text) or _NON_LATIN_LETTER.search(decoded.text):
            continue
        lines[i] = decoded.text
        first, changed = first or decoded.encoding, changed + 1
    return ("\n".join(lines), first, changed) if first is not None else None


def repair_legacy_mojibake(text: str) -> tuple[str, list[str]]:
    """``text`` with its lines of legacy text seen through Windows-1252 read in their own codepage."""
    if not text.isascii() and (latin := _latin_text_seen_through_cp1252(text)) is not None:
        return latin[0], [f"legacy-mojibake:{latin[1]} whole text"]
    if not text.isascii() and (latin_lines := _latin_lines_seen_through_cp1252(text)) is not None:
        text, more = repair_legacy_mojibake(latin_lines[0])
        return text, [f"legacy-mojibake:{latin_lines[1]} x{latin_lines[2]} lines", *more]
    if not may_hold_legacy_mojibake(text) or text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
        # (A JSON document's values are repaired once parsed, by ``mojibake``: re-encoding its raw
        # lines could turn an escaped backslash into half of a Shift_JIS character.)
        return text, []
    lines = text.split("\n")
    changed, codepage = repair_legacy_lines(lines, list(range(len(lines))))
    if not changed:
        return text, []
    return "\n".join(lines), [f"legacy-mojibake:{codepage} x{len(changed)} lines"]

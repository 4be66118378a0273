"""Bytes that are not UTF-8: which legacy codepage they are in, and their text.

Western European text (accents inside otherwise ASCII words) is read as Windows-1252, the codepage
such text is by far most often in; old Mac text, DOS text and Czech or Slovak text betray their codepages in a
Windows-1252 reading; other scripts go to charset detection (charset_normalizer) over a sample.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from store.normalise.codepage_lookalikes import dos_lookalike, kazakh_codepage
from store.normalise.codepage_variants import (
    dos_latin_reading,
    ebcdic_reading,
    euc_jp_reading,
    greek_codepage,
    johab_reading,
    korean_past_euc_kr,
    latin9_reading,
    reads_as_korean,
    vietnamese_reading,
)
from store.normalise.cyrillic_mojibake import cyrillic_similarity
from store.normalise.declared_charset import (
    declared_codepage,
    declared_label,
    declared_reading,
)
from store.normalise.legacy_alphabets import other_latin_reading, pasted_reading
from store.normalise.legacy_cjk_pastes import cjk_lines_pasted, latin_text_with_pasted_lines
from store.normalise.legacy_cyrillic_parts import cyrillic_parts
from store.normalise.legacy_double_byte import detected_read_in_step, read_in_step
from store.normalise.legacy_latin import (
    iso8859_2_order,
    letters_intact,
    looks_czech_or_slovak,
    turkish_or_baltic,
)
from store.normalise.legacy_script_parts import script_parts
from store.normalise.lossy_utf8 import lossy_utf8_reading
from store.normalise.sloppy import sloppy_decode
from store.normalise.stray_bytes import utf8_with_stray_bytes

_DETECTION_SAMPLE = 256 * 1024  # charset detection reads at most this much

# Legacy codepages worth considering when bytes are not UTF-8.  Detection is
# restricted to these so that random bytes are not "detected" as EBCDIC.
_LEGACY_CANDIDATES = [
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "koi8_r", "koi8_u", "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_9", "mac_roman",
    "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr", "cp949",
    "big5hkscs",  # Cantonese ("喺", "咗", "嘅") is past Big5: a Hong Kong file fails it and reads in HKSCS
    "cp866", "mac_cyrillic",  # Russian text from DOS and from old Macs
    "cp855", "cp1125", "cp737", "mac_greek",  # the other DOS Cyrillic, Ukrainian DOS, DOS and Mac Greek
    "iso8859_6", "cp874",  # Arabic as ISO 8859-6 (Windows-1256 has other letters there); Thai (a superset of TIS-620)
]
_C1_BYTE = re.compile(rb"[\x80-\x9f]")
_LATIN_CODEPAGES = frozenset({"cp1252", "cp1250", "cp1254", "cp1257", "iso8859_2", "iso8859_9", "mac_roman", "iso8859_1"})
_LETTER = re.compile(r"[^\W\d_]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
# French writes "œ" (Windows-1252 0x9C) after b, c, f, m, n, s or v and before u ("cœur", "sœur", "vœu",
# "manœuvre"), or opening "œuvre", "œil", "œcuménique": there it is a letter, not a symbol wedged in a word.
_FRENCH_OE = re.compile(r"(?<=[bcfmnsvBCFMNSV])[œŒ](?=[uU])|(?<![^\W\d_])[œŒ](?=[uicUIC])")
_LATIN9_LETTERS_AS_ASCII = str.maketrans("œŒšŠžŽŸ", "oOsSzZY")
_CP1252_PUNCTUATION = bytes(range(0x91, 0x98))  # ‘ ’ “ ” • – — in Windows-1252
_MAC_PUNCTUATION_AS_CP1252 = re.compile(r"(?:^|(?<=[\s(]))Ò(?=[a-z])|(?<=[a-z.,!?])Ó(?=[\s.,;:!?)]|$)|(?<=[a-z])Õ(?=[a-z])|(?<=\s)[ÐÑ](?=\s)", re.MULTILINE)
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f\s]{4,}")
_ANY_NON_ASCII = re.compile(r"[^\x00-\x7f\s]")
_SYMBOL_INSIDE_WORD = re.compile(r"[A-Za-z][\u00a1-\u00bf\u00d7\u00f7\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u2020-\u2030][A-Za-z]")


@dataclass(slots=True)
class Decoded:
    text: str
    encoding: str
    repairs: list[str] = field(default_factory=list)


def decode_legacy(data: bytes) -> Decoded:
    """Text of bytes that are not (all) UTF-8 and carry no BOM."""
    probe = data.decode("utf-8", errors="replace")
    invalid = probe.count("\ufffd")
    valid_multibyte = len(probe) - len(probe.encode("ascii", "ignore")) - invalid
    if valid_multibyte >= _LEAST_UTF8_CHARACTERS and (lossy := lossy_utf8_reading(data)) is not None:
        return Decoded(lossy[0], "utf-8", lossy[1])
    if valid_multibyte >= invalid:
        if invalid >= _LEAST_UTF8_CHARACTERS and (pasted := cjk_lines_pasted(data, probe)) is not None:
            return Decoded(pasted[0], "utf-8", [pasted[1]])
        if (pasted := _pasted_in_language(data)) is not None or (pasted := _mac_lines_pasted(data)) is not None:
            return pasted
        if invalid >= _LEAST_PASTED_SCRIPT_BYTES and (pasted := _line_by_line(data)) is not None and pasted.repairs[0].startswith(_SCRIPT_LINES):
            return pasted  # (a Russian UTF-8 file and a Ukrainian KOI8-U one joined: no stray bytes but whole lines)
        # Mostly UTF-8: a few stray bytes from a paste out of a legacy editor.
        text, repairs = utf8_with_stray_bytes(data, invalid)
        return Decoded(text, "utf-8", repairs)
    if valid_multibyte >= _LEAST_UTF8_CHARACTERS and (mixed := _line_by_line(data)) is not None:
        return mixed
    if valid_multibyte and (pasted := latin_text_with_pasted_lines(data)) is not None:  # ("café" and a line of Japanese)
        return Decoded(pasted[0], "utf-8", [pasted[1]])
    candidates = _LEGACY_CANDIDATES
    if (declared := declared_codepage(data)) is not None and (text := declared_reading(data, declared)) is not None:
        if not _cyrillic_in_name_only(text, declared):
            return Decoded(text, declared, ["charset-declared"])
        candidates = [label for label in _LEGACY_CANDIDATES if label not in _CYRILLIC_CODEPAGES]
    if (ebcdic := ebcdic_reading(data)) is not None:
        return Decoded(*ebcdic, ["charset-detected"])
    western = sloppy_decode(data, "cp1252")
    if _looks_mac_roman(data, western):
        return Decoded(data.decode("mac_roman"), "mac_roman", ["charset-detected"])
    if (dos := dos_latin_reading(data)) is not None:
        return Decoded(dos[0], dos[1], ["charset-detected"])
    if (alphabet_fit := other_latin_reading(data, western)) is not None:
        return Decoded(*alphabet_fit, ["charset-detected"])
    if looks_czech_or_slovak(western):
        return Decoded(sloppy_decode(data, "cp1250"), "cp1250", ["charset-detected"])
    if (vietnamese := vietnamese_reading(data)) is not None:
        return Decoded(vietnamese, "cp1258", ["charset-detected"])
    if (other_latin := turkish_or_baltic(data, western)) is not None:
        return Decoded(*other_latin, ["charset-detected"])
    latin9 = latin9_reading(data, western, declared_label(data))
    # (Latin-9's own letters count as letters: "œ" and "š" are what Windows-1252 mojibake is told by.)
    if latin9 is not None and _looks_western(latin9.translate(_LATIN9_LETTERS_AS_ASCII)):
        return Decoded(latin9, "iso8859_15", ["charset-detected"])
    if _looks_western(western):
        return Decoded(western, "cp1252")
    if len(data) - len(data.translate(None, _HIGH_BYTES)) < _LEAST_DETECTABLE_BYTES:
        return Decoded(western, "cp1252", ["charset-guess"])  # a byte or two tell detection nothing: the commonest codepage
    guess = detect_codepage(data[:_DETECTION_SAMPLE], candidates)
    detected = ["charset-detected"]
    if guess is None and len(data) < _DETECTION_SAMPLE and data[-1:] >= b"\x80" and (guess := detect_codepage(data[:-1])) is not None:
        # A multibyte file (Shift_JIS, EUC) cut short mid-character: detection rejects a reading that
        # ends in half a character, the whole characters before it read as they are.
        data, detected = data[:-1], [*detected, "cut-character-at-end"]
    if guess is not None and guess != "cp1252" and guess in _LATIN_CODEPAGES:
        # Central European text (Polish "³" for "ł" in a Windows-1252 reading) is another Latin
        # codepage: taken when its reading has no symbol wedged inside a word, as Windows-1252's has.
        # Its Windows form first: ISO 8859-2 and Windows-1250 agree on most letters, and Windows
        # files are the commoner by far ("ą" is 0xB9 in one, "š" in the other).
        for candidate in (iso8859_2_order(data) if guess in ("iso8859_2", "cp1250") else (guess,)):
            other = sloppy_decode(data, candidate)
            # (An ISO codepage reads Windows-1252's "…" and "’" between letters as C1 controls, never text.)
            if letters_intact(other[:_DETECTION_SAMPLE]) and not (candidate.startswith("iso") and _C1_BYTE.search(data, 0, _DETECTION_SAMPLE)):
                return Decoded(other, candidate, ["charset-detected"])
    if guess not in _DOUBLE_BYTE_CODEPAGES and (parts := script_parts(data)) is not None:
        return Decoded(parts[0], parts[1][0], [f"parts-in-{'+'.join(parts[1])}"])  # (Greek and Russian articles in one file)
    if guess is None and (parts := cyrillic_parts(data)) is not None:
        return Decoded(parts[0], parts[1][0], [f"parts-in-{'+'.join(parts[1])}"])  # (detection fails on a mix)
    if guess is None and (in_step := read_in_step(data)) is not None:
        return Decoded(in_step[0], in_step[1], ["charset-detected", f"lost-bytes-skipped x{in_step[2]}"])
    if guess is None or guess in _LATIN_CODEPAGES:
        if (korean := johab_reading(data)) is not None:
            return Decoded(korean, "johab", ["charset-detected"])
        return Decoded(western, "cp1252", ["charset-guess"])
    if guess == "cp874" and not _reads_as_thai(sloppy_decode(data[:_DETECTION_SAMPLE], "cp874")):
        # Hebrew in Windows-1255 (letters at 0xE0-0xFA) reads in the Thai codepage as vowel signs, tone marks
        # and digits with no consonant between them: detection scores that reading "calm", so it is asked
        # again without Thai.
        guess = detect_codepage(data[:_DETECTION_SAMPLE], [c for c in _LEGACY_CANDIDATES if c != "cp874"]) or "cp1252"
        if guess in _LATIN_CODEPAGES:
            return Decoded(western, "cp1252", ["charset-guess"])
    if guess in ("cp949", "euc_kr") and not (reads_as_korean(sloppy_decode(data[:_DETECTION_SAMPLE], "cp949")) and reads_as_korean(data[:_DETECTION_SAMPLE].decode("cp949", errors="replace"))):
        # Shift_JIS with many Latin words reads in CP949 as Hangul Korean never writes, and EUC-JP's kana as
        # Hangul letters standing alone: asked again without Korean.
        guess = detect_codepage(data[:_DETECTION_SAMPLE], [c for c in candidates if c not in ("cp949", "euc_kr")]) or "cp1252"
        if guess in _LATIN_CODEPAGES:
            return Decoded(western, "cp1252", ["charset-guess"])
    if guess == "cp1125" and not any(byte in data for byte in _CP1125_OWN_BYTES):
        guess = "cp866"  # Ukrainian DOS differs from Russian DOS in those bytes only: without them the two agree
    if guess in ("cp1253", "iso8859_7"):
        guess = greek_codepage(data, guess)
    elif guess == "cp1251":
        guess = kazakh_codepage(data) or guess
    elif guess == "cp866":
        guess = dos_lookalike(data) or guess
    if guess in _DOUBLE_BYTE_CODEPAGES and guess not in ("cp949", "euc_kr") and (korean := korean_past_euc_kr(data)) is not None:
        return Decoded(korean, "cp949", detected)
    if guess not in ("euc_jp", "shift_jis", "cp932") and (japanese := euc_jp_reading(data)) is not None:
        return Decoded(japanese, "euc_jp", detected)
    try:
        text = data.decode(guess, errors="replace")
    except (LookupError, UnicodeError):
        return Decoded(western, "cp1252", ["charset-guess"])
    if (in_step := detected_read_in_step(data, guess, text)) is not None:
        return Decoded(in_step[0], in_step[1], [*detected, f"lost-bytes-skipped x{in_step[2]}"])
    return Decoded(text, guess, detected)


_HIGH_BYTES = bytes(range(0x80, 0x100))
_DOUBLE_BYTE_CODEPAGES = frozenset({"shift_jis", "euc_jp", "gb18030", "big5", "euc_kr", "cp949", "big5hkscs"})
_LEAST_DETECTABLE_BYTES = 3


_CYRILLIC_CODEPAGES = frozenset({"cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "mac_cyrillic", "cp855", "cp1125"})
_SLAVIC_LETTERS = 0.75  # similarity to Russian's letter frequencies above which a reading is Cyrillic prose beyond doubt


def _cyrillic_in_name_only(text: str, declared: str) -> bool:
    """Does a declared Cyrillic codepage read letters unlike any Cyrillic prose, and never a capital?
    Hebrew, Arabic or Thai (scripts without case) under a "windows-1251" meta read as lower-case Cyrillic
    ("цфеп чеши"), which no check of shape alone can fault; genuine Cyrillic prose capitalises its
    sentences and names."""
    if declared not in _CYRILLIC_CODEPAGES:
        return False
    sample = text[:_SAMPLE_CHARS]
    if cyrillic_similarity(sample) >= _SLAVIC_LETTERS:
        return False
    letters = _CYRILLIC_LETTER.findall(sample)
    return len(letters) >= _LEAST_CYRILLIC and sum(map(str.isupper, letters)) < _LEAST_CAPITALS * len(letters)


_CP1125_OWN_BYTES = bytes(range(0xF2, 0xFA))
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_LEAST_CYRILLIC = 100
_LEAST_CAPITALS = 0.01
_SAMPLE_CHARS = 20_000


# Thai consonants (ก-ฮ) and the signs that only ever follow one: every Thai syllable holds a consonant, so
# genuine Thai text is at least a third consonants; the leading vowels, tone marks and Thai digits
# (0xE0-0xFB in the codepage) never make up a text alone.
_THAI_CONSONANT = re.compile(r"[\u0e01-\u0e2e]")
_THAI_CHARACTER = re.compile(r"[\u0e01-\u0e5b]")


def _reads_as_thai(text: str) -> bool:
    thai = len(_THAI_CHARACTER.findall(text))
    return thai > 0 and len(_THAI_CONSONANT.findall(text)) >= 0.25 * thai


def _looks_mac_roman(data: bytes, western: str) -> bool:
    """Old Mac text: its curly quotes, apostrophe and dashes read as Windows-1252 letters.

    Mac Roman puts “ ” ‘ ’ – — at 0xD2, 0xD3, 0xD4, 0xD5, 0xD0, 0xD1, where
    Windows-1252 has Ò Ó Ô Õ Ð Ñ: capitals that then stand where punctuation
    does (``ÒhundredsÓ``, ``RussiaÕs``, ``forces Ñ a figure``), never where
    Western words put them.  Windows-1252 text with curly quotes has them at
    0x91-0x97, which Mac Roman text in English hardly ever holds.
    """
    sample = data[:_DETECTION_SAMPLE]
    if any(byte in sample for byte in _CP1252_PUNCTUATION):
        return False
    return len(_MAC_PUNCTUATION_AS_CP1252.findall(western[:_DETECTION_SAMPLE])) >= 2


def _looks_western(text: str) -> bool:
    """Accented letters sprinkled in ASCII words, no symbols wedged inside words.

    A line or two of Korean, Japanese or Chinese in an English article is few
    letters, but each of its characters is two bytes, so in a Windows-1252
    reading it shows as long runs of accented letters and symbols that
    Western words never hold.
    """
    sample = text[:_DETECTION_SAMPLE]
    if "œ" in sample or "Œ" in sample:
        sample = _FRENCH_OE.sub("oe", sample)
    letters = len(_LETTER.findall(sample))
    if not letters:
        return True
    non_ascii = len(_NON_ASCII_LETTER.findall(sample))
    if non_ascii / letters >= 0.3 or _SYMBOL_INSIDE_WORD.search(sample) is not None:
        return False
    in_long_runs = sum(map(len, _NON_ASCII_RUN.findall(sample)))
    return in_long_runs < 8 or in_long_runs < 0.5 * len(_ANY_NON_ASCII.findall(sample))


def detect_codepage(sample: bytes, candidates: list[str] | tuple[str, ...] | None = None) -> str | None:
    """The codepage among ``candidates`` (default: the legacy ones) ``sample`` is in, by charset detection, or None."""
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(sample, cp_isolation=list(candidates or _LEGACY_CANDIDATES)).best()
    except Exception:
        return None
    if best is None:
        return None
    return codecs.lookup(best.encoding).name.replace("-", "_")


_LEAST_UTF8_CHARACTERS = 3  # fewer valid sequences among many invalid bytes are chance
# Bytes that are not UTF-8, more than a stray paste holds, which read as lines of another script in its own codepage.
_LEAST_PASTED_SCRIPT_BYTES = 24
_SCRIPT_LINES = tuple(f"lines-in-{codepage} " for codepage in ("cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "mac_cyrillic", "cp1253", "iso8859_7", "cp1255", "cp1256", "cp874"))


def _pasted_in_language(data: bytes) -> Decoded | None:
    """A UTF-8 file in one Latin-script language with lines pasted from a legacy file in that language's
    codepage (Windows-1257 for Latvian): those lines read in the codepage that spells its letters."""
    lines = data.split(b"\n")
    written: list[str] = []
    legacy: list[bytes] = []
    for line in lines:
        try:
            written.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            legacy.append(line)
    if not legacy or (found := pasted_reading("\n".join(written), b"\n".join(legacy))) is None:
        return None
    rest = iter(found[0].split("\n"))
    text = "\n".join(line.decode("utf-8") if line not in legacy else next(rest) for line in lines)
    return Decoded(text, "utf-8", [f"lines-in-{found[1]} x{len(legacy)}"])


def _mac_lines_pasted(data: bytes) -> Decoded | None:
    """A UTF-8 file with lines pasted from an old Mac's text: however few accented letters they hold, their
    curly quotes and apostrophes stand as Windows-1252 capitals where punctuation goes (``_looks_mac_roman``)."""
    lines = data.split(b"\n")
    pasted = [index for index, line in enumerate(lines) if not _is_utf8(line)]
    legacy = b"\n".join(lines[index] for index in pasted)
    if any(byte in legacy for byte in _CP1252_PUNCTUATION) or len(_MAC_PUNCTUATION_AS_CP1252.findall(sloppy_decode(legacy, "cp1252"))) < 2:
        return None
    for index in pasted:
        lines[index] = lines[index].decode("mac_roman").encode("utf-8")
    return Decoded(b"\n".join(lines).decode("utf-8"), "utf-8", [f"lines-in-mac_roman x{len(pasted)}"])


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _line_by_line(data: bytes) -> Decoded | None:
    """A UTF-8 file with whole lines in a legacy codepage pasted in (a quote copied from an old page).

    Lines that are UTF-8 stay UTF-8; the others are read together, as the legacy text they are.
    None when no line holding non-ASCII text is UTF-8 (a legacy file whose bytes happen to
    hold a few valid sequences).
    """
    lines = data.split(b"\n")
    texts: list[str | None] = []
    legacy: list[bytes] = []
    for line in lines:
        try:
            texts.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(None)
            legacy.append(line)
    if sum(len(text) - len(text.encode("ascii", "ignore")) for text in texts if text) < _LEAST_UTF8_CHARACTERS:
        return None
    decoded = decode_legacy(b"\n".join(legacy))
    pasted = decoded.text.split("\n")
    if len(pasted) != len(legacy):
        return None
    rest = iter(pasted)
    text = "\n".join(line if line is not None else next(rest) for line in texts)
    return Decoded(text, "utf-8", [f"lines-in-{decoded.encoding} x{len(legacy)}"])

"""Bytes that are not UTF-8: which legacy codepage they are in, and their text.

Western European text (accents inside otherwise ASCII words) is read as Windows-1252, the codepage
such text is by far most often in; old Mac text and Czech or Slovak text betray their codepages in a
Windows-1252 reading; other scripts go to charset detection (charset_normalizer) over a sample.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from store.normalise.declared_charset import declared_codepage, declared_reading
from store.normalise.sloppy import sloppy_decode

_DETECTION_SAMPLE = 256 * 1024  # charset detection reads at most this much

# Legacy codepages worth considering when bytes are not UTF-8.  Detection is
# restricted to these so that random bytes are not "detected" as EBCDIC.
_LEGACY_CANDIDATES = [
    "cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257",
    "koi8_r", "koi8_u", "iso8859_2", "iso8859_5", "iso8859_7", "iso8859_9", "mac_roman",
    "shift_jis", "euc_jp", "gb18030", "big5", "euc_kr", "cp949",
    "cp866", "mac_cyrillic",  # Russian text from DOS and from old Macs
]
_LATIN_CODEPAGES = frozenset({"cp1252", "cp1250", "cp1254", "cp1257", "iso8859_2", "iso8859_9", "mac_roman", "iso8859_1"})
_LETTER = re.compile(r"[^\W\d_]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
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


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return sloppy_decode(bytes(chunk), "cp1252"), error.end


codecs.register_error("nkru-cp1252-fallback", _cp1252_fallback)


def decode_legacy(data: bytes) -> Decoded:
    """Text of bytes that are not (all) UTF-8 and carry no BOM."""
    probe = data.decode("utf-8", errors="replace")
    invalid = probe.count("\ufffd")
    valid_multibyte = len(probe) - len(probe.encode("ascii", "ignore")) - invalid
    if valid_multibyte >= invalid:
        # Mostly UTF-8: a few stray bytes from a paste out of a legacy editor.
        text = data.decode("utf-8", errors="nkru-cp1252-fallback")
        return Decoded(text, "utf-8", [f"stray-bytes-as-cp1252 x{invalid}"])
    if valid_multibyte >= _LEAST_UTF8_CHARACTERS and (mixed := _line_by_line(data)) is not None:
        return mixed
    if (declared := declared_codepage(data)) is not None and (text := declared_reading(data, declared)) is not None:
        return Decoded(text, declared, ["charset-declared"])
    western = sloppy_decode(data, "cp1252")
    if _looks_mac_roman(data, western):
        return Decoded(data.decode("mac_roman"), "mac_roman", ["charset-detected"])
    if _looks_czech_or_slovak(western):
        return Decoded(sloppy_decode(data, "cp1250"), "cp1250", ["charset-detected"])
    if _looks_western(western):
        return Decoded(western, "cp1252")
    guess = detect_codepage(data[:_DETECTION_SAMPLE])
    if guess is not None and guess != "cp1252" and guess in _LATIN_CODEPAGES:
        # Central European text (Polish "³" for "ł" in a Windows-1252 reading) is another Latin
        # codepage: taken when its reading has no symbol wedged inside a word, as Windows-1252's has.
        # Its Windows form first: ISO 8859-2 and Windows-1250 agree on most letters, and Windows
        # files are the commoner by far ("ą" is 0xB9 in one, "š" in the other).
        for candidate in (("cp1250", guess) if guess == "iso8859_2" else (guess,)):
            other = sloppy_decode(data, candidate)
            if _SYMBOL_INSIDE_WORD.search(other[:_DETECTION_SAMPLE]) is None:
                return Decoded(other, candidate, ["charset-detected"])
    if guess is None or guess in _LATIN_CODEPAGES:
        return Decoded(western, "cp1252", ["charset-guess"])
    try:
        return Decoded(data.decode(guess, errors="replace"), guess, ["charset-detected"])
    except (LookupError, UnicodeError):
        return Decoded(western, "cp1252", ["charset-guess"])


# Windows-1250's ř, ě, ů (0xF8, 0xEC, 0xF9) read as Windows-1252's ø, ì, ù; its š and ž sit where
# Windows-1252 has them too.  Czech and Slovak names ("Jiří Dvořák") read in the wrong codepage
# show both, which neither Danish or Norwegian (ø without š) nor Italian (ì, ù without ž) does.
_CP1250_AS_CP1252 = re.compile(r"[a-zA-Z][øìù]|[øìù][a-z]")
_SHARED_CARONS = frozenset("šžŠŽ")


def _looks_czech_or_slovak(western: str) -> bool:
    sample = western[:_DETECTION_SAMPLE]
    if not any(ch in sample for ch in _SHARED_CARONS):
        return False
    return len(_CP1250_AS_CP1252.findall(sample)) >= 2


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
    except Exception:  # noqa: BLE001  detection is a guess; any failure means "no guess"
        return None
    if best is None:
        return None
    return codecs.lookup(best.encoding).name.replace("-", "_")


_LEAST_UTF8_CHARACTERS = 3  # fewer valid sequences among many invalid bytes are chance


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

"""The charset a file names for itself: a page's ``<meta charset>``, an XML prolog, a mail header.

Bytes that are not UTF-8 are usually in the codepage their page or message declares, and the
declaration settles what detection can only guess from a short text (a Polish, Lithuanian or
Turkish paragraph reads as plausible Windows-1252).  Declarations lie too (a template that says
ISO-8859-1 over Windows-1251 text, or Windows-1251 over KOI8-R), so one is taken only when its reading
is clean: every byte defined, no sign of a wrong reading in its words (``wrong_reading``), and a
multi-byte reading made of the characters text in that codepage uses (``_foreign_to``).
"""

from __future__ import annotations

import codecs
import re
import unicodedata

_HEAD = 4096  # declarations stand in a page's head, a prolog or a message's headers
_DECLARATION = re.compile(rb"""(?:charset|encoding)\s*=\s*["']?([A-Za-z][A-Za-z0-9_.:-]{1,39})""", re.IGNORECASE)
# Labels read the way browsers read them (the WHATWG Encoding Standard): a page that says Latin-1 or
# EUC-KR means their Windows supersets.  Windows-1252, the default reading anyway, is no evidence.
_SUPERSETS = {
    "iso8859_9": "cp1254",
    "euc_kr": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "shift_jis": "cp932",
    "big5": "big5hkscs",
    "tis_620": "cp874",
    "iso8859_11": "cp874",
}
_NOT_EVIDENCE = frozenset({"cp1252", "latin_1", "iso8859_1", "ascii", "iso8859_15"})
_LATIN_SCRIPT = frozenset({"cp1250", "cp1254", "cp1257", "iso8859_2", "iso8859_3", "iso8859_4", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_16", "mac_roman", "mac_latin2", "cp850", "cp437"})
# A word of ASCII letters and Greek, Cyrillic or half-width kana run together: "cafй" is Windows-1252
# read as Windows-1251.  (Latin words hold accents, "Gü", "łn", and Latin codepages are checked by
# their share of accents; Chinese and Japanese run into ASCII words, "NATO軍", and need no space.)
MIXED_WORD = re.compile(r"[A-Za-z][\u0370-\u052f\uff61-\uff9f]|[\u0370-\u052f\uff61-\uff9f][A-Za-z]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_LETTER = re.compile(r"[^\W\d_]")
_MAX_LATIN_SHARE = 0.3  # of letters, in a Latin-script language's text (Czech, the most accented, stays well under)


def declared_label(data: bytes) -> str | None:
    """The codec name of the charset the file declares, whatever it is (None without a known one)."""
    found = _DECLARATION.search(data, 0, _HEAD)
    if found is None:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii").lower()).name.replace("-", "_")
    except LookupError:
        return None


def declared_codepage(data: bytes) -> str | None:
    """The codec the file declares for itself, when it is worth more than the default reading."""
    found = _DECLARATION.search(data, 0, _HEAD)
    if found is None:
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii").lower()).name.replace("-", "_")
    except LookupError:
        return None
    name = _SUPERSETS.get(name, name)
    if name in _NOT_EVIDENCE or name.startswith(("utf", "iso2022")):
        return None
    return sibling_the_bytes_show(data, name)


# Codepages a page's template names for each other: they agree on most bytes, so the declaration is nearly
# right and its reading passes for clean, but the letters where they differ come out as signs.
_GREEK = ("cp1253", "iso8859_7")
_CENTRAL_EUROPEAN = ("cp1250", "iso8859_2")
_C1_BYTES = re.compile(rb"[\x80-\x9f]")
_CHINESE_READ_AS = {"gb18030": "big5", "big5hkscs": "gb18030"}  # (the other, named as detection names it)
# Chinese full stops and commas: what the right one of GBK and Big5 reads after ideographs, where the other reads
# bopomofo or signs (GBK's "，" and "。" read in Big5 are "ㄛ" and "﹝").
_CHINESE_STOPS = re.compile("(?<=[\u4e00-\u9fff])[，。、；：]")
_LEAST_STOPS = 2
_SAMPLE = 64 * 1024


def sibling_the_bytes_show(data: bytes, declared: str) -> str:
    """``declared``, or the sibling codepage the bytes are in: Windows-1253 for ISO 8859-7 and back (told
    by "Ά", see ``greek_codepage``), Windows-1250 for ISO 8859-2 when bytes 0x80-0x9F (C1 controls in the
    ISO set, never text) stand in it, ISO 8859-2 for Windows-1250 when only its reading keeps words whole
    ("¶rodę" for "środę"), GBK for Big5 and back when only its reading puts stops after ideographs."""
    sample = data[:_SAMPLE]
    if declared in _GREEK:
        from store.normalise.codepage_variants import greek_codepage  # (it reads through the codepage modules)

        return greek_codepage(data, declared)
    if declared in _CENTRAL_EUROPEAN:
        if declared == "iso8859_2":
            return "cp1250" if _C1_BYTES.search(sample) else declared
        from store.normalise.legacy_latin import letters_intact
        from store.normalise.sloppy import sloppy_decode

        if not letters_intact(sloppy_decode(sample, "cp1250")) and not _C1_BYTES.search(sample) and letters_intact(sample.decode("iso8859_2")):
            return "iso8859_2"
        return declared
    if declared in _CHINESE_READ_AS:
        # (A long text read so is rejected by ``_foreign_to``; a headline and two sentences need their stops.)
        other = _CHINESE_READ_AS[declared]
        stops = {codepage: len(_CHINESE_STOPS.findall(sample.decode(codepage, "replace"))) for codepage in (declared, other)}
        if stops[other] >= _LEAST_STOPS and stops[other] > 2 * stops[declared]:
            return other
    return declared


def declared_reading(data: bytes, codepage: str) -> str | None:
    """``data`` read in the declared ``codepage``, or None when that reading shows the declaration is wrong."""
    try:
        text = data.decode(codepage)
    except (UnicodeDecodeError, LookupError):
        return None
    if wrong_reading(text) or _foreign_to(text, codepage):
        return None
    if codepage in _LATIN_SCRIPT:
        # Cyrillic or Greek bytes read as a Latin codepage are all accented letters.
        sample = text[:200_000]
        letters = len(_LETTER.findall(sample))
        if letters and len(_NON_ASCII_LETTER.findall(sample)) > _MAX_LATIN_SHARE * letters:
            return None
    return text


# A lower-case letter right before a capital inside a word: "оН ДЮММШЛ" is KOI8-R read as Windows-1251,
# "рП" Windows-1251 read as KOI8-R.  Genuine words hardly ever do it ("ВКонтакте"), so a few are allowed.
_LOWER_THEN_UPPER = re.compile(r"[\u0430-\u045f\u03ac-\u03ce][\u0400-\u042f\u0386-\u03ab]")
_NON_ASCII_WORD = re.compile(r"[^\W\d_\x00-\x7f]{2,}")
# A symbol (currency, maths, box drawing, "№") wedged between two letters of a script: "ўцэюъю№хщ"
# is Windows-1251 read as ISO 8859-5; punctuation ("北朝鮮、ロシア", "Ростов‑на‑Дону") is not a symbol.
_BETWEEN_LETTERS = re.compile(r"(?<=[^\W\d_\x00-\x7f])[^\w\s\x00-\x7f](?=[^\W\d_\x00-\x7f])")
_LEAST_SIGNS = 3
_SIGN_SHARE = 0.05  # of the words of non-ASCII letters


def wrong_reading(text: str) -> bool:
    """Does ``text`` show the signs of bytes read in the wrong codepage?

    ASCII letters run together with Cyrillic or Greek ones, lower case before upper case inside
    words, or symbols inside words: each sign is counted, and a few of each are allowed.
    """
    sample = text[:200_000]
    if len(MIXED_WORD.findall(sample)) > 2:
        return True
    if sample.isascii():
        return False
    words = len(_NON_ASCII_WORD.findall(sample))
    least = max(_LEAST_SIGNS, _SIGN_SHARE * words)
    if len(_LOWER_THEN_UPPER.findall(sample)) >= least:
        return True
    symbols = sum(1 for found in _BETWEEN_LETTERS.finditer(sample) if unicodedata.category(found.group(0))[0] == "S")
    return symbols >= least


# Multi-byte codepages and the base sets they extend: genuine text is written almost wholly in the
# base set, while bytes of another codepage land in the extension's rare characters (Shift_JIS read as
# GBK gives "偺傪偵").
_BASE_SETS = {"gb18030": "gb2312", "cp949": "euc_kr", "cp932": "shift_jis", "big5hkscs": "big5"}
_MOST_EXTENSION_SHARE = 0.2


# Chinese is written without spaces between its characters; Korean is spaced by word, and EUC-KR's
# bytes are all valid GB2312, so Korean read as Chinese shows ideographs in short runs between spaces.
_CHINESE = frozenset({"gb18030", "gb2312", "gbk", "big5", "big5hkscs", "hz"})
_SPACED_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff] (?=[\u4e00-\u9fff])")
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
_MOST_SPACED_SHARE = 0.1


def _foreign_to(text: str, codepage: str) -> bool:
    """Is the reading in a multi-byte codepage mostly made of characters genuine text in it seldom uses?"""
    if codepage in _CHINESE:
        sample = text[:20_000]
        ideographs = len(_IDEOGRAPH.findall(sample))
        if ideographs >= 10 and len(_SPACED_IDEOGRAPH.findall(sample)) > _MOST_SPACED_SHARE * ideographs:
            return True
    base = _BASE_SETS.get(codepage)
    if base is None:
        return False
    wide = [ch for ch in text[:20_000] if ord(ch) >= 0x2E80]
    if len(wide) < 10:
        return False
    outside = 0
    for ch in wide:
        try:
            ch.encode(base)
        except UnicodeEncodeError:
            outside += 1
    return outside > _MOST_EXTENSION_SHARE * len(wide)

"""The charset a file names for itself: a page's ``<meta charset>``, an XML prolog, a mail header.

Bytes that are not UTF-8 are usually in the codepage their page or message declares, and the
declaration settles what detection can only guess from a short text (a Polish, Lithuanian or
Turkish paragraph reads as plausible Windows-1252).  Declarations lie too (a template that says
ISO-8859-1 over Windows-1251 text), so one is taken only when its reading is clean: every byte
defined, and no word mixing ASCII letters with letters the codepage gave.
"""

from __future__ import annotations

import codecs
import re

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
_MIXED_WORD = re.compile(r"[A-Za-z][\u0370-\u052f\uff61-\uff9f]|[\u0370-\u052f\uff61-\uff9f][A-Za-z]")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
_LETTER = re.compile(r"[^\W\d_]")
_MAX_LATIN_SHARE = 0.3  # of letters, in a Latin-script language's text (Czech, the most accented, stays well under)


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
    return name


def declared_reading(data: bytes, codepage: str) -> str | None:
    """``data`` read in the declared ``codepage``, or None when that reading shows the declaration is wrong."""
    try:
        text = data.decode(codepage)
    except (UnicodeDecodeError, LookupError):
        return None
    if len(_MIXED_WORD.findall(text, 0, 200_000)) > 2:
        return None
    if codepage in _LATIN_SCRIPT:
        # Cyrillic or Greek bytes read as a Latin codepage are all accented letters.
        sample = text[:200_000]
        letters = len(_LETTER.findall(sample))
        if letters and len(_NON_ASCII_LETTER.findall(sample)) > _MAX_LATIN_SHARE * letters:
            return None
    return text

"""Characters written in compatibility forms that search and titles never match, written plainly.

Posts set words in "mathematical" bold letters, Shift_JIS text sets katakana in half width, and PDF
text extraction leaves glyph numbers where a font mapped no character.  Each is rewritten (or taken
out) and counted; every other character stays as written.
"""

from __future__ import annotations

import re
import unicodedata

from store.normalise.codepages import non_ascii

# Social posts set words in bold or italic with the "mathematical" letters (U+1D400-U+1D7CB): "𝐍𝐨𝐫𝐭𝐡 𝐊𝐨𝐫𝐞𝐚"
# looks like a headline but no search, claim or title rule reads it.  Their compatibility form is
# the plain letter.  (Styled digits: see ``digits``.)
_STYLED_LETTERS = re.compile("[\U0001d400-\U0001d7cb]+")
_FIRST_STYLED = "\U0001d400"


def plain_styled_letters(text: str) -> tuple[str, int]:
    """``text`` with mathematical styled letters written plain; returns it and how many runs."""
    if text.isascii() or max(non_ascii(text), default="") < _FIRST_STYLED:
        return text, 0
    return _STYLED_LETTERS.subn(lambda found: unicodedata.normalize("NFKC", found.group(0)), text)


# A PDF's glyph that its font maps to no character comes out of text extraction (pdfminer and the
# tools built on it) as "(cid:415)": a number of the font's, no text.  Taken out, and counted.
_GLYPH_CODE = re.compile(r" ?\(cid:\d{1,5}\)")


def without_glyph_codes(text: str) -> tuple[str, int]:
    if "(cid:" not in text:
        return text, 0
    return _GLYPH_CODE.subn("", text)


# Shift_JIS and the Japanese mail of old set katakana in half width ("ﾆｭｰｽ"); the same word in full
# width ("ニュース") is how every other source writes it, and the only form search and titles match.
# The compatibility form is the full-width one, voiced marks composed ("ｶﾞ" is "ガ").
_HALF_WIDTH_KANA = re.compile("[\uff61-\uff9f]+")
_FIRST_HALF_WIDTH_KANA = "\uff61"


def wide_kana(text: str) -> tuple[str, int]:
    """``text`` with half-width katakana and Japanese punctuation in full width; returns it and how many runs."""
    if text.isascii() or max(non_ascii(text), default="") < _FIRST_HALF_WIDTH_KANA:
        return text, 0
    return _HALF_WIDTH_KANA.subn(lambda found: unicodedata.normalize("NFKC", found.group(0)), text)

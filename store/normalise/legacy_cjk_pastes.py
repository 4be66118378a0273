"""UTF-8 files with lines pasted from a legacy codepage: a Chinese, Japanese or Korean file with lines in a
codepage of its script, and a Western one whose few accents the pasted lines' bytes outnumber."""

from __future__ import annotations

import re

# A Japanese or Korean UTF-8 file with a paragraph pasted from a Shift_JIS or EUC page: the paragraph
# is read in a codepage of the script the rest of the file writes (detection alone, over one line,
# takes Shift_JIS for Korean), and only when every pasted line reads in it without an error.
_KANA = re.compile(r"[\u3041-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Kana or Hangul first: Japanese and Korean write Han characters too.  Chinese alone is GBK or Big5,
# which charset detection tells apart.
_CJK_PASTE_CODEPAGES = ((_KANA, ("shift_jis", "cp932", "euc_jp")), (_HANGUL, ("cp949", "euc_kr")), (_HAN, ("gb18030", "big5")))


def cjk_lines_pasted(data: bytes, probe: str) -> tuple[str, str] | None:
    """(the text, the repair on record) of a UTF-8 file whose non-UTF-8 lines read in a codepage of its script."""
    from store.normalise.legacy import detect_codepage  # (legacy imports this module)

    script, codepages = next(((script, pages) for script, pages in _CJK_PASTE_CODEPAGES if script.search(probe)), (None, ()))
    texts, pasted = _utf8_lines(data)
    if script is _HAN and (guess := detect_codepage(b"\n".join(pasted), codepages)) is not None:
        codepages = (guess,)
    # The file's own script first; then another's, whose own letters the lines must then spell (a Korean
    # article and a Japanese one in Shift_JIS saved as one file): kana for Japanese, Hangul for Korean.
    tries = [(script, page) for page in codepages] + [(other, page) for other, pages in _CJK_PASTE_CODEPAGES[:2] if script is not None and other is not script for page in pages]
    for wanted, codepage in tries:
        try:
            readings = [line.decode(codepage) for line in pasted]
        except UnicodeDecodeError:
            continue
        if wanted is None or not _reads_as_cjk("".join(readings), wanted):
            continue  # a Western paste ("Séoul") decodes too, as Hangul or kanji beside Latin letters
        rest = iter(readings)
        text = "\n".join(text if text is not None else next(rest) for text in texts)
        return text, f"lines-in-{codepage} x{len(pasted)}"
    return None


def _utf8_lines(data: bytes) -> tuple[list[str | None], list[bytes]]:
    """Each line of ``data`` as UTF-8 (None where it is not), and the lines that are not, in order."""
    lines = data.split(b"\n")
    texts: list[str | None] = []
    for line in lines:
        try:
            texts.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(None)
    return texts, [line for line, text in zip(lines, texts, strict=True) if text is None]


def _reads_as_cjk(text: str, script: re.Pattern[str]) -> bool:
    """The script's own letters, ideographs and full-width punctuation make nine in ten non-ASCII characters,
    and outnumber Latin letters (a Western line's "é" and the letter after it decode as one ideograph)."""
    wide = [ch for ch in text if ord(ch) > 0x7F]
    cjk = sum(1 for ch in wide if "\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7a3" or "\uff00" <= ch <= "\uffef")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return script.search(text) is not None and cjk >= 0.9 * len(wide) and cjk > latin


# A Western UTF-8 file whose one or two accented letters ("café") are too few to tell UTF-8 by, with a
# line pasted from a Chinese, Japanese or Korean page in its legacy codepage: read whole in that codepage,
# the "é" would become an ideograph glued to a Latin word ("caf茅", "caf辿").  Each of those letters stands
# alone inside a Latin word; the pasted lines, read in the codepage, are the script's own text.
_LATIN_IN_WORD = re.compile(r"(?<=[A-Za-z])[\u00c0-\u024f](?![\u0080-\uffff])|(?<![\u0080-\uffff])[\u00c0-\u024f](?=[A-Za-z])")
_WESTERN_PUNCTUATION = re.compile(r"[\u00a0-\u00bf\u2010-\u2027\u2030-\u203a\u20ac]")
# The codepages whose reading must show kana first (no Chinese or Korean codepage's text holds the bytes
# Shift_JIS gives kana, and EUC-JP's are rows Chinese and Korean prose leaves unused); then detection's
# guess, then Chinese, then Korean (Chinese in CP949 decodes as Hangul, as Korean in GBK does as ideographs).
_KANA_CODEPAGES = ("euc_jp", "shift_jis", "cp932")
_DOUBLE_BYTE = (*_KANA_CODEPAGES, "gb18030", "big5", "cp949", "euc_kr")


def latin_text_with_pasted_lines(data: bytes) -> tuple[str, str] | None:
    """(the text, the repair on record) of Western UTF-8 with few accents and whole lines in a CJK codepage
    (or another script's: Cyrillic, Greek, Hebrew, Arabic, Thai), or None."""
    from store.normalise.legacy import decode_legacy, detect_codepage  # (legacy imports this module)

    texts, pasted = _utf8_lines(data)
    written = "\n".join(text for text in texts if text is not None and not text.isascii())
    if not pasted or not written:
        return None
    accents = _LATIN_IN_WORD.findall(written)
    if not accents or len(accents) + len(_WESTERN_PUNCTUATION.findall(written)) != len(written) - len(written.encode("ascii", "ignore")):
        return None  # a character that is no Latin letter in a Latin word: chance UTF-8 in a legacy file
    guess = detect_codepage(b"\n".join(pasted), _DOUBLE_BYTE)
    for codepage in dict.fromkeys([*_KANA_CODEPAGES, guess, *_DOUBLE_BYTE] if guess in _DOUBLE_BYTE else _DOUBLE_BYTE):
        try:
            readings = [line.decode(codepage) for line in pasted]
        except UnicodeDecodeError:
            continue
        script = next(script for script, pages in _CJK_PASTE_CODEPAGES if codepage in pages)
        if not _reads_as_cjk("".join(readings), script):
            continue
        rest = iter(readings)
        return "\n".join(text if text is not None else next(rest) for text in texts), f"lines-in-{codepage} x{len(pasted)}"
    # Not CJK: a line of Russian, Greek, Hebrew or Arabic from a Windows or DOS codepage ("cafГ©" read whole).
    decoded = decode_legacy(b"\n".join(pasted))
    readings = decoded.text.split("\n")
    wide = [ch for ch in decoded.text if not ch.isascii() and not ch.isspace()]
    if decoded.encoding not in _OTHER_SCRIPT_CODEPAGES or len(readings) != len(pasted) or sum(map(str.isalpha, wide)) < _LEAST_LETTER_SHARE * len(wide):
        return None
    rest = iter(readings)
    return "\n".join(text if text is not None else next(rest) for text in texts), f"lines-in-{decoded.encoding} x{len(pasted)}"


_OTHER_SCRIPT_CODEPAGES = frozenset({
    "cp1251", "koi8_r", "koi8_u", "iso8859_5", "cp866", "mac_cyrillic", "cp855", "cp1125",
    "cp1253", "iso8859_7", "cp737", "mac_greek", "cp1255", "iso8859_8", "cp1256", "iso8859_6", "cp874",
})
_LEAST_LETTER_SHARE = 0.8  # of the pasted lines' characters past ASCII: a script's text is letters, with some punctuation

"""A Chinese, Japanese or Korean UTF-8 file with lines pasted from a legacy codepage of its script."""

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
    lines = data.split(b"\n")
    texts: list[str | None] = []
    for line in lines:
        try:
            texts.append(line.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(None)
    pasted = [line for line, text in zip(lines, texts, strict=True) if text is None]
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


def _reads_as_cjk(text: str, script: re.Pattern[str]) -> bool:
    """The script's own letters, ideographs and full-width punctuation make nine in ten non-ASCII characters,
    and outnumber Latin letters (a Western line's "é" and the letter after it decode as one ideograph)."""
    wide = [ch for ch in text if ord(ch) > 0x7F]
    cjk = sum(1 for ch in wide if "\u3000" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7a3" or "\uff00" <= ch <= "\uffef")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    return script.search(text) is not None and cjk >= 0.9 * len(wide) and cjk > latin

"""UTF-8 text once read as a Chinese, Japanese or Korean codepage: "鍖楁湞椴�", "蛹玲悃魄ｮ", "遺곹븳援�".

A page whose charset went unread is shown in the reader's own codepage (GBK, Shift_JIS, CP949, Big5, or
the supersets browsers and Windows actually decode them with: GB18030, which reads GBK's user-defined
pairs as private-use characters instead of losing them, and Windows-31J), and copied so: every two or three UTF-8 bytes become one ideograph of the wrong text, and a byte the
codepage cannot pair becomes U+FFFD.  Written back in that codepage the bytes are the UTF-8 they were,
but for those lost ones; genuine text in the codepage never reads as UTF-8 so (its bytes pair as the
codepage's, not as UTF-8's), so a reading that is valid UTF-8 nearly throughout is the text itself.
"""

from __future__ import annotations

import re

from store.normalise.decoded_plausibility import non_ascii

# Each narrow codepage before its superset: on a tie (nothing the narrow one cannot write) it is the likelier reader.
_CODEPAGES = ("gbk", "gb18030", "shift_jis", "cp932", "cp949", "big5")
_SAMPLE = 4000
_LEAST_WIDE = 20  # ideographs, kana or Hangul syllables in the sample: CJK mojibake is all of them
# Replacement characters per character read, at most, in the repaired sample.  A lenient reading in GBK or
# Shift_JIS loses a character in five or six at worst; Big5's or CP949's of UTF-8 loses most, and is left as it is.
_MOST_LOST = 0.35


def repair_cjk_mojibake(text: str) -> tuple[str, str | None]:
    """The text as the UTF-8 it was, and the codepage it had been read in; ``(text, None)`` when it is no such mojibake."""
    sample = text[:_SAMPLE]
    if sum(1 for ch in non_ascii(sample) if ch >= "\u3000") < _LEAST_WIDE:  # (non-ASCII first: at C speed)
        return text, None
    best: tuple[float, str] | None = None
    for codepage in _CODEPAGES:
        read = _reread(sample, codepage)
        if read is None:
            continue
        wide = sum(1 for ch in read if ch >= "\u0080")
        lost = read.count("\ufffd")
        if wide >= _LEAST_WIDE and lost <= _MOST_LOST * wide and (best is None or lost / wide < best[0]):
            best = (lost / wide, codepage)
    if best is None:
        return text, None
    repaired = _reread(text, best[1])
    return (repaired, best[1]) if repaired is not None else (text, None)


def _reread(text: str, codepage: str) -> str | None:
    """``text`` written in ``codepage`` and read as UTF-8; None when the codepage cannot write it."""
    try:
        data = text.replace("\ufffd", "\x00").encode(codepage)
    except UnicodeEncodeError:
        return None
    if b"\xe3\x00" in data or b"\xe3\x80\x00" in data:
        data = _FULL_STOP_LOST.sub(b"\xe3\x80\x82", data)
    # A byte the copy lost stands as NUL: the UTF-8 sequence it broke, with the bytes of it either side, is one
    # lost character, one U+FFFD.
    if b"\x00" in data:
        data = _BROKEN_SEQUENCE.sub("\ufffd".encode(), data)
    return data.decode("utf-8", errors="replace")


_BROKEN_SEQUENCE = re.compile(rb"(?:[\xc0-\xff][\x80-\xbf]{0,2})?\x00+[\x80-\xbf]{0,3}")


# The ideographic full stop "。" (E3 80 82) ending a paragraph loses its last byte to every such reading: of the
# punctuation that begins E3 80, only the full stop closes a paragraph.
_FULL_STOP_LOST = re.compile(rb"\xe3(?:\x80\x00|\x00\x00?)(?=\r?\n|$)")

"""Chinese, Japanese and Korean characters one of whose UTF-8 bytes was lost to a Windows codepage.

Such a character is three UTF-8 bytes, a lead byte E3-EF then two continuation bytes.  Read as Windows-1252
by a lenient decoder ("errors=replace"), a continuation byte the codepage leaves undefined (0x81, 0x8D,
0x8F, 0x90, 0x9D) becomes U+FFFD: "北朝鮮" comes out "北æœ�鮮", "북한" as "ë¶�한".  The codepage repair
restores every character around it and leaves the two readable characters and the U+FFFD as they are.

The lost byte is one of the codepage's few undefined ones, and where it stood is known, so the character
was one of a handful.  When only one of them is a character the national standards hold (the 2,350
Hangul syllables of KS X 1001; the ideographs of GB 2312, Big5 or JIS X 0208; kana; CJK punctuation),
the text used it: those sets hold all but a sliver of the characters in use.  Otherwise the character
stays lost, but as one U+FFFD instead of three characters of junk, and both are counted.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from store.normalise.decoded_plausibility import in_ranges, non_ascii
from store.normalise.sloppy import decoding_table

# Lenient readers' codepages whose repair can leave a hole (see ``restore_lossy_cjk``).
_CODEPAGES = ("cp1252", "cp1250", "cp1254", "cp1257", "cp1251", "cp1253")
_HOLE = "\ufffd"
_EXTENSION_A = (0x3400, 0x4DBF)
_LEADS = (0xE3, 0xEF)  # lead bytes of kana, ideographs, Hangul and full-width forms (the others fall outside them)  # rare ideographs: never the one a news text used


@cache
def _tables(codepage: str) -> tuple[dict[str, int], tuple[int, ...]]:
    """(each character to its byte, for 0x80-0xFF; the undefined bytes) of ``codepage``."""
    table = decoding_table(codepage)
    undefined = tuple(byte for byte in range(0x80, 0x100) if bytes([byte]).decode(codepage, errors="replace") == _HOLE)
    return {table[byte]: byte for byte in range(0x80, 0x100) if byte not in undefined}, undefined


# Kana, CJK punctuation and ideographs; Hangul syllables; full-width forms: one family of scripts, which a
# Japanese line's full-width comma or a Korean line's ideograph may stand among.
_CJK = ((0x3000, 0x9FFF), (0xAC00, 0xD7A3), (0xFF00, 0xFFEF))


def _holds_cjk(line: str) -> bool:
    return any(in_ranges(ord(ch), _CJK) for ch in non_ascii(line))


@cache
def _common(ch: str) -> bool:
    code = ord(ch)
    if 0x3000 <= code <= 0x30FF or 0xFF00 <= code <= 0xFFEF:  # CJK punctuation, kana, full-width forms
        return True
    if 0xAC00 <= code <= 0xD7A3:
        return len(ch.encode("euc_kr", "ignore")) == 2
    for codepage in ("gb2312", "big5", "shift_jis"):
        if len(ch.encode(codepage, "ignore")) == 2:
            return True
    return False


common_character = _common  # (for ``lossy_utf8``, which tells characters a byte short the same way)


def _candidates(lead: int, middle: int | None, last: int | None, undefined: tuple[int, ...]) -> list[str]:
    """The characters a three-byte sequence with one byte lost (``None``) could have been."""
    found = []
    for byte in undefined:
        data = bytes([lead, byte if middle is None else middle, byte if last is None else last])
        try:
            ch = data.decode("utf-8")
        except UnicodeDecodeError:
            continue
        found.append(ch)
    return found


def _mended(lead: int, middle: int | None, last: int | None, undefined: tuple[int, ...], line: str) -> str | None:
    """The character, a bare U+FFFD when it cannot be told, or None when the bytes are no CJK character."""
    found = [ch for ch in _candidates(lead, middle, last, undefined) if in_ranges(ord(ch), _CJK)]
    if not found or not _holds_cjk(line):
        return None
    likely = [ch for ch in found if _common(ch) and not _EXTENSION_A[0] <= ord(ch) <= _EXTENSION_A[1]]
    return likely[0] if len(likely) == 1 else _HOLE


def restore_lossy_cjk(lines: list[str], indices: list[int], counts: Counter[str]) -> set[int]:
    """Mend the holes on the ``lines`` at ``indices`` (changed in place); the indices changed.

    ``counts`` holds the characters the codepage repair decoded per codepage: the one that decoded most
    is the one the text was read through, and what it leaves undefined is what a hole can have been
    (with the undefined bytes of a codepage no character of the text tells from it: Windows-1254 reads
    every byte of Chinese UTF-8 as Windows-1252 does, but loses 0x8E and 0x9E besides).  Counted as
    ``lossy-cjk`` (the character told) and ``lost-cjk`` (a bare U+FFFD left for three characters).
    """
    used = [label for label in _CODEPAGES if counts[label]]
    if not used:
        return set()
    leads = _lead_chars(used[0]) if len(used) == 1 else frozenset().union(*map(_lead_chars, used))
    main = max(used, key=counts.__getitem__)
    undefined = tuple(sorted({byte for label in (*used, *_TWINS.get(main, ())) for byte in _tables(label)[1]}))
    byte_of = _tables(main)[0]
    held = [i for i in indices if not leads.isdisjoint(lines[i]) and _holds_cjk(lines[i])]
    # A space after a sequence is its lost 0xA0 only where no byte was dropped before a character anywhere:
    # there the space is as likely the text's own ("ì— 파견" is "에 파견" with 0x90 dropped, not "엠파견").
    dropped = _dropped(main)
    trailing_nbsp = not any(dropped.search(lines[i]) for i in held)
    changed: set[int] = set()
    for i in held:
        line = lines[i]
        mended = _mend_line(line, byte_of, undefined, counts, trailing_nbsp)
        if mended != line:
            lines[i] = mended
            changed.add(i)
    return changed


_TWINS = {"cp1252": ("cp1254",)}


def _mend_line(line: str, byte_of: dict[str, int], undefined: tuple[int, ...], counts: Counter[str], trailing_nbsp: bool) -> str:
    out: list[str] = []
    at = 0
    for k, ch in enumerate(line):
        if k < at or not 0xE3 <= byte_of.get(ch, 0) <= 0xEF:
            continue
        found = _broken_at(line, k, byte_of, undefined, trailing_nbsp)
        if found is None:
            continue
        end, mended = found
        out.append(line[at:k])
        out.append(mended)
        counts["lossy-cjk" if mended != _HOLE else "lost-cjk"] += 1
        at = end
    out.append(line[at:])
    return "".join(out)


def _broken_at(line: str, k: int, byte_of: dict[str, int], undefined: tuple[int, ...], trailing_nbsp: bool) -> tuple[int, str] | None:
    """(end, what replaces ``line[k:end]``) when a sequence whose lead byte ``line[k]`` shows lost a byte, or None.

    The lost byte stands as U+FFFD, as "?" when the text was written back in the codepage, or not at
    all when a program dropped the character it could not show.
    """
    lead = byte_of[line[k]]
    second, third = line[k + 1 : k + 2], line[k + 2 : k + 3]
    if (spaced := _spaced_nbsp(line, k, lead, second, third, byte_of, trailing_nbsp)) is not None:
        return spaced
    cont = byte_of.get(second, 0)
    if second in _HOLES and third in _HOLES:
        # Both continuation bytes lost ("ĺ��", "ĺ??"): nothing to tell the character by.
        return (k + 3, _HOLE) if _mended(lead, 0x80, None, _ANY_CONTINUATION, line) is not None else None
    if second in _HOLES:
        # Lead, lost middle byte, continuation: "è�”".
        last = byte_of.get(third, 0)
        if 0x80 <= last <= 0xBF and (mended := _mended(lead, None, last, undefined, line)) is not None:
            return k + 3, mended
        return None
    if not 0x80 <= cont <= 0xBF:
        if _lone_lead(line, k) and _mended(lead, 0x80, None, _ANY_CONTINUATION, line) is not None:
            return k + 1, _HOLE  # both continuation bytes dropped ("서 í병" for "서 포병"): one character lost
        return None
    if third in _HOLES:
        # Lead, continuation, lost last byte: "æœ�".
        return (k + 3, mended) if (mended := _mended(lead, cont, None, undefined, line)) is not None else None
    if 0x80 <= byte_of.get(third, 0) <= 0xBF:
        return None  # a whole sequence the codepage repair left as it was: not this pass's to judge
    # Lead and continuation, the third byte dropped: the middle one or the last, which cannot be told (and
    # where a neighbour lost one too, which bytes belong together): one character lost.
    if _mended(lead, cont, None, undefined, line) is None and _mended(lead, None, cont, undefined, line) is None:
        return None
    return k + 2, _HOLE


_HOLES = (_HOLE, "?")


def _lone_lead(line: str, k: int) -> bool:
    """Does the lead character at ``k`` stand alone against a CJK character, with no Latin letter on either side?
    (A Latin word never puts "í" or "ë" right against Hangul or an ideograph.)"""
    beside = [ch for ch in (line[k - 1 : k] if k else "", line[k + 1 : k + 2]) if ch]
    cjk = [in_ranges(ord(ch), _CJK) for ch in beside]
    return any(cjk) and not any(ch.isalpha() and not is_cjk for ch, is_cjk in zip(beside, cjk, strict=True))


@cache
def _dropped(codepage: str) -> re.Pattern[str]:
    """A lead and a continuation character as ``codepage`` shows them, then a CJK character: a byte dropped."""
    byte_of = _tables(codepage)[0]
    leads = "".join(re.escape(ch) for ch, byte in byte_of.items() if 0xE3 <= byte <= 0xEF)
    conts = "".join(re.escape(ch) for ch, byte in byte_of.items() if 0x80 <= byte <= 0xBF)
    return re.compile(f"[{leads}][{conts}](?=[\u3000-\u9fff\uac00-\ud7a3])")


def _spaced_nbsp(line: str, k: int, lead: int, second: str, third: str, byte_of: dict[str, int], trailing: bool) -> tuple[int, str] | None:
    """A continuation byte 0xA0 shown as a no-break space that became a plain one ("ê³ " for "고", "ë ¨" for
    "련"): read back when that gives a common character; the byte itself is known, nothing is guessed."""
    if second == " " and 0x80 <= byte_of.get(third, 0) <= 0xBF:
        data = bytes([lead, 0xA0, byte_of[third]])
    elif trailing and third == " " and 0x80 <= byte_of.get(second, 0) <= 0xBF:
        data = bytes([lead, byte_of[second], 0xA0])
    else:
        return None
    try:
        ch = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return (k + 3, ch) if in_ranges(ord(ch), _CJK) and _common(ch) and _holds_cjk(line) else None
_ANY_CONTINUATION = tuple(range(0x80, 0xC0))


@cache
def _lead_chars(codepage: str) -> frozenset[str]:
    return frozenset(ch for ch, byte in _tables(codepage)[0].items() if 0xE3 <= byte <= 0xEF)

"""Chinese, Korean and Japanese legacy files (GBK, Big5, CP949, EUC-JP) that lost a byte: read back in step.

Each of their characters is two bytes.  A byte lost in a transfer (or a character cut in two by an editor)
puts every later pair out of step: each character is then read from the second byte of one and the first
of the next, which are rare characters or none, until an ASCII byte ends the run.  Charset detection
rejects the whole file then, and a Windows-1252 reading leaves nothing readable.

Read pair by pair, the loss shows where the characters stop being ones the national standards hold
(GB 2312, Big5, KS X 1001, JIS X 0208, which hold all but a sliver of those in use) while reading one
byte later gives such characters again: the lone byte there is set aside as one U+FFFD and counted.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from store.normalise.word_byte_losses import placed_hole

# (codepage, the standard whose characters text uses, the lead bytes of its punctuation and commonest
# characters there: GB 2312's level 1, Big5's frequent hanzi, KS X 1001's Hangul, JIS X 0208's level 1)
_CODEPAGES = (
    ("gb18030", "gb2312", (0xA1, 0xA3), (0xB0, 0xD7)),
    ("big5", "big5", (0xA1, 0xA3), (0xA4, 0xC6)),
    ("cp949", "euc_kr", (0xA1, 0xA3), (0xB0, 0xC8)),
    ("euc_jp", "euc_jp", (0xA1, 0xA5), (0xB0, 0xCF)),  # (rows 1-5: signs, digits, kana; then JIS X 0208's level 1)
    ("shift_jis", "shift_jis", (0x81, 0x83), (0x88, 0x98)),  # (the same rows and level, in Shift_JIS's layout)
)
# Shift_JIS reads a byte of 0xA1-0xDF alone, as a half-width katakana.  Text writes those in runs (old
# systems' "ﾆｭｰｽ"), never one alone between full-width characters: there it is the second byte of a
# character that lost its first ("北朝鮮ｺ訓練" for "北朝鮮兵訓練").
_HALF_WIDTH_KANA = range(0xA1, 0xE0)
# Unit symbols a figure takes ("5km", "10m", "3t"): after digits a lone small letter is text when it is one.
_UNIT_LETTERS = frozenset(b"ghkmst")  # (not "l": Japanese writes a litre "L" or "リットル")
# Second bytes in ASCII's range (Big5's and GBK's 0x40-0x7E) that text never writes alone between two
# ideographs: lower-case letters and signs.  Read alone there, one is what is left of a character that lost
# its first byte ("這些h兵" for "這些士兵").  (A capital, "A股", "X光", is text; so are a handle's "@", a
# table's "|" and a range's "~".)
_LONE_TRAILS = frozenset(byte for byte in range(0x40, 0x7F) if not 0x40 <= byte <= 0x5A and byte not in b"|~")
_LOOK_AHEAD = 4  # characters read both ways before a byte is set aside
_CLEARLY_BETTER = 2  # more of them common one byte later
_LEAST_DOUBLE_SHARE = 0.3  # of the bytes past ASCII: a file in a double-byte codepage is mostly such bytes
_LEAST_COMMON_SHARE = 0.8  # of the characters read: text, not a chance reading
_MOST_LOST_SHARE = 0.02  # of them: a few lost bytes, not another codepage
_MOST_LOST_ANYWHERE = 2  # (a short note's one loss can cost two bytes: the lost one and one read past it)


@cache
def _in_standard(ch: str, standard: str) -> bool:
    """Is ``ch`` punctuation or one of the commonest characters of the standard?  (Out of step, a
    character is read from the bytes of two others: in the same standard often, among its commonest
    seldom.)"""
    try:
        encoded = ch.encode(standard)
    except UnicodeEncodeError:
        return False
    if len(encoded) != 2:
        return False
    codepage = next(entry for entry in _CODEPAGES if entry[1] == standard)
    return any(low <= encoded[0] <= high for low, high in codepage[2:])


def _pair(data: bytes, at: int, codepage: str) -> str | None:
    try:
        ch = data[at : at + 2].decode(codepage)
    except UnicodeDecodeError:
        return None
    return ch if len(ch) == 1 else None


def _common_ahead(data: bytes, at: int, codepage: str, standard: str) -> int:
    """How many of the next characters, read in pairs from ``at`` up to an ASCII byte, the standard holds."""
    found = 0
    for _ in range(_LOOK_AHEAD):
        if at + 1 >= len(data) or data[at] < 0x80:
            break
        ch = _pair(data, at, codepage)
        if ch is None or not _in_standard(ch, standard):
            break
        found += 1
        at += 2
    return found


def _read_in_step(data: bytes, codepage: str, standard: str) -> tuple[str, int, int]:
    """(the text, the bytes set aside, the characters the standard holds) of ``data`` read pair by pair."""
    out: list[str] = []
    lost = common = 0
    at = 0
    while at < len(data):
        byte = data[at]
        if codepage == "cp949" and byte >= 0x80 and (at == 0 or data[at - 1] < 0x80) and _odd_word(data, at):
            end = _run_end(data, at)
            reading, held = placed_hole(data[at:end], codepage, lambda ch: _in_standard(ch, standard))
            out.append(reading)
            lost += 1
            common += held
            at = end
            continue
        if byte < 0x80:
            lone = bool(out) and _lone_trail(data, at, out[-1], codepage, standard)
            out.append("\ufffd" if lone else chr(byte))  # (lone: a character's second byte, its first lost)
            lost += lone
            at += 1
            continue
        if codepage == "shift_jis" and byte in _HALF_WIDTH_KANA:
            # (Alone between full-width characters it is a lost character's second byte; in a run, text.)
            alone = not (out and "\uff61" <= out[-1] <= "\uff9f") and not (at + 1 < len(data) and data[at + 1] in _HALF_WIDTH_KANA)
            lone = alone and bool(out) and out[-1] > "\x7f" and _common_ahead(data, at + 1, codepage, standard) > 0
            out.append("\ufffd" if lone else bytes([byte]).decode(codepage))
            lost += lone
            at += 1
            continue
        ch = _pair(data, at, codepage)
        if codepage == "shift_jis" and _punctuation_split(data, at):
            out.append("\ufffd")  # (its partner lost: the byte after it opens "、" or "。")
            lost += 1
            at += 1
            continue
        if ch is not None and _in_standard(ch, standard):
            here = _common_ahead(data, at, codepage, standard)
            # (A common character with an ASCII byte after it is in step: read a byte later, the pair would
            # swallow that byte, "国A株" as "\ufffd羨株".)
            if at + 2 < len(data) and data[at + 2] < 0x80 or _common_ahead(data, at + 1, codepage, standard) < here + _CLEARLY_BETTER:
                out.append(ch)
                common += 1
                at += 2
                continue
        elif ch is not None and bool(out) and _is_wide(out[-1]) and _swallows_capital(data, at, codepage, standard):
            out.append("\ufffd")  # (the capital after it is text: "中\ufffdA股", not "中嘇股")
            lost += 1
            at += 1
            continue
        elif ch is not None and _common_ahead(data, at + 1, codepage, standard) < _CLEARLY_BETTER:
            out.append(ch)  # a rare character, not a loss: the text goes on out of step no better
            at += 2
            continue
        out.append("\ufffd")
        lost += 1
        at += 1
    return "".join(out), lost, common


# Shift_JIS writes Japanese punctuation "、" "。" "，" "．" "・" "：" "；" "？" "！" as 0x81 and a capital A-I.  A
# character whose partner was lost pairs its lead with that 0x81 and leaves the capital alone between two wide
# characters or before a line's end ("13刀Aロシア" for "13日、ロシア"), where no Latin letter stands.
_SJIS_PUNCTUATION_TRAILS = range(0x41, 0x4A)


def _punctuation_split(data: bytes, at: int) -> bool:
    """Is the pair at ``at`` a lead byte whose partner was lost, read with the first byte of a punctuation mark?"""
    after = data[at + 3] if at + 3 < len(data) else 0x0A  # (a wide character, or the line's end after "。")
    return at + 2 < len(data) and data[at + 1] == 0x81 and data[at + 2] in _SJIS_PUNCTUATION_TRAILS and (after >= 0x80 or after in b"\r\n")


def _run_end(data: bytes, at: int) -> int:
    """Where the run of bytes past ASCII that starts at ``at`` ends."""
    found = _ASCII_BYTE.search(data, at)
    return len(data) if found is None else found.start()


_ASCII_BYTE = re.compile(rb"[\x00-\x7f]")
_ASCII_LETTER = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _odd_word(data: bytes, at: int) -> bool:
    """Is the run of bytes past ASCII from ``at`` a Korean word that lost a byte: odd in number, and not ended
    by an ASCII letter (CP949's added syllables take one for their second byte: "똠" is 8C 63, "c")?"""
    end = _run_end(data, at)
    return end - at > 2 and (end - at) % 2 == 1 and (end == len(data) or data[end] not in _ASCII_LETTER)
_CAPITAL = range(0x41, 0x5B)
_DIGIT = range(0x30, 0x3A)
_ASCII_WORD = re.compile(rb"[A-Za-z]+")


def _lone_trail(data: bytes, at: int, last: str, codepage: str, standard: str) -> bool:
    """Is the ASCII byte at ``at``, read after ``last``, the second byte of a character that lost its first?

    A small letter or sign wedged before an ideograph, after one or, in Shift_JIS, after a figure (where
    counters stand: "2000lが" for "2000人が") unless it is a unit; a capital after an ideograph where no
    Latin word goes on (at a line's end, "前線C" for "前線。") or where it glues itself to a Latin word the
    text writes without it ("羅斯CNIS" for "羅斯。NIS").  (A capital before an ideograph, "A股", is text.)
    """
    byte = data[at]
    after = data[at + 1] if at + 1 < len(data) else 0x0A
    if byte in _LONE_TRAILS:
        if last > "\x7f":
            return _common_ahead(data, at + 1, codepage, standard) > 0
        return codepage == "shift_jis" and ord(last) in _DIGIT and byte not in _UNIT_LETTERS and after >= 0x80 and _common_ahead(data, at + 1, codepage, standard) > 0
    if byte not in _CAPITAL or last <= "\x7f" or not _is_wide(last):
        return False
    if after in b"\r\n":
        return True
    if after in _CAPITAL:
        word = _ASCII_WORD.match(data, at).group(0)  # type: ignore[union-attr]
        whole = _times_ending(data, word)
        return whole == 1 and _times_ending(data, word[1:]) > whole  # (once: here; the rest alone elsewhere)
    return False


def _swallows_capital(data: bytes, at: int, codepage: str, standard: str) -> bool:
    """Is the rare character at ``at`` a lead byte whose partner was lost, read with the ASCII capital after
    it ("中國A股" that lost a byte of "國" reads "中嘇股")?  Text writes a capital between two ideographs
    ("A股", "X光"); the rare character there, with a common one after, is the lead byte and that capital."""
    return codepage in _RARE_PAST_STANDARD and data[at + 1] in _CAPITAL and _common_ahead(data, at + 2, codepage, standard) > 0


# Where a character past the standard's common ones with a capital for its second byte is rare enough to tell
# a loss: GBK's additions, Big5's second level, CP949's added Hangul.  (Not Shift_JIS: its level 2 holds
# kanji that names use, and "澤" of "小澤" is E0 56, "V".)
_RARE_PAST_STANDARD = frozenset({"gb18030", "big5", "cp949"})


def _is_wide(ch: str) -> bool:
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" or "\uac00" <= ch <= "\ud7a3"


def _times_ending(data: bytes, word: bytes) -> int:
    """How often ``data`` holds ``word`` with no ASCII letter after it.  (Not before it either would miss
    words after an ideograph whose second byte is a letter's: Big5 "線" is BD 75, "u".)"""
    return len(re.findall(re.escape(word) + rb"(?![A-Za-z])", data))


def read_in_step(data: bytes, detected: str | None = None) -> tuple[str, str, int] | None:
    """(text, codepage, bytes set aside) of a GBK, Big5, CP949 or EUC-JP file that lost a byte or a few, else None.
    ``detected``: the codepage detection took the whole file for, the only one then tried."""
    high = len(data) - len(data.translate(None, bytes(range(0x80, 0x100))))
    if high < _LEAST_DOUBLE_SHARE * len(data):
        return None
    from store.normalise.legacy import detect_codepage

    codepages = _CODEPAGES if detected is None else [entry for entry in _CODEPAGES if entry[0] == _FAMILY.get(detected)]
    for codepage, standard, *_ in codepages:
        text, lost, common = _read_in_step(data, codepage, standard)
        read = sum(1 for ch in text if ord(ch) > 0x7F)
        if not lost or lost > max(_MOST_LOST_ANYWHERE, _MOST_LOST_SHARE * read) or common < _LEAST_COMMON_SHARE * read:
            continue
        # GB 2312 and KS X 1001 share their byte layout: detection tells the language of the text read in
        # step, which it could not of the file out of step.
        if detect_codepage(text.replace("\ufffd", "").encode(codepage, errors="replace"), [page for page, *_ in _CODEPAGES]) == codepage:
            return text, codepage, lost
    return None


# The codepage of ``_CODEPAGES`` whose layout each detected one shares.
_FAMILY = {
    "gb18030": "gb18030", "gbk": "gb18030", "gb2312": "gb18030", "big5": "big5", "big5hkscs": "big5",
    "cp949": "cp949", "euc_kr": "cp949", "euc_jp": "euc_jp", "shift_jis": "shift_jis", "cp932": "shift_jis",
}
# Where a lost byte puts a detected file back in step: Big5's and GBK's second bytes include 0x40-0x7E, so
# out of step a run of characters ends in one of them read alone, an ASCII letter or sign wedged between
# two ideographs or before a line end ("尷R人" for "分析人"); or where no character reads, a replacement character;
# or a character of the private-use area (GBK's user-defined rows), which no text holds, made of a lead
# byte and the first letter of a Latin word ("\ue594IS" for "。NIS").
_BACK_IN_STEP = re.compile("[^\\x00-\\x7f][\\x40-\\x7e](?=[^\\x00-\\x7f]|\\s|$)|[\ufffd\ue000-\uf8ff]|\\d[a-fijln-ru-z](?=[^\\x00-\\x7f])|[^\\x00-\\x7f\uff61-\uff9f][\uff61-\uff9f](?![\uff61-\uff9f])")
# A capital glued to a Latin word after an ideograph ("前線CNIS"): back in step when the text writes the word
# without it elsewhere, and never so ("CNIS" once, "NIS" beside it).
_GLUED_CAPITAL = re.compile("(?<=[^\\x00-\\x7f])[A-Z](?=[A-Z])")
_LATIN_WORD = re.compile("[A-Za-z]+")


def detected_read_in_step(data: bytes, codepage: str, text: str) -> tuple[str, str, int] | None:
    """``read_in_step`` for a file that detection took for a double-byte codepage, when its reading ``text``
    shows where a lost byte may have put it out of step."""
    if codepage not in _FAMILY or (_BACK_IN_STEP.search(text) is None and not _capital_glued(text) and not _capital_swallowed(text, codepage)):
        return None
    return read_in_step(data, codepage)


def _capital_glued(text: str) -> bool:
    if _GLUED_CAPITAL.search(text) is None:
        return False
    words = Counter(_LATIN_WORD.findall(text))
    return any(words[word] == 1 and words[word[1:]] > 0 for word in (_LATIN_WORD.match(text, found.start()).group(0) for found in _GLUED_CAPITAL.finditer(text)))  # type: ignore[union-attr]


# A rare character between two ideographs: where a lead byte may have swallowed a capital (``_swallows_capital``).
_BETWEEN_IDEOGRAPHS = re.compile("(?<=[\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef])[\u3400-\u9fff\uac00-\ud7a3\uf900-\ufaff](?=[\u3000-\u9fff\uac00-\ud7a3\uff00-\uffef])")


def _capital_swallowed(text: str, codepage: str) -> bool:
    if _FAMILY[codepage] not in _RARE_PAST_STANDARD:
        return False
    standard = next(entry[1] for entry in _CODEPAGES if entry[0] == _FAMILY[codepage])
    for found in _BETWEEN_IDEOGRAPHS.finditer(text):
        ch = found.group(0)
        encoded = ch.encode(codepage, errors="ignore")
        if len(encoded) == 2 and encoded[1] in _CAPITAL and not _in_standard(ch, standard):
            return True
    return False

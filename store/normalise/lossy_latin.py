"""Latin capitals whose second UTF-8 byte was lost to a Windows-1252 reading ("Ã?" and "Ã�").

UTF-8 "Á Í Ï Ð Ý" are C3 followed by 0x81, 0x8D, 0x8F, 0x90, 0x9D, the five bytes Windows-1252 has no
character for: read leniently, each shows as "Ã" and a U+FFFD (or a "?" once saved again), and read a
second time as "ÃƒÂ?" or "Ãƒï¿½".  Which of the five it was is not in the bytes.  It is told when sure:

- by the word: the text spells it elsewhere in small letters, which survive ("África" beside "áfrica"
  cannot be, but "ÍNDICE" beside "índice", "Ángel" beside "ángel" can);
- else by the language: French, Dutch and Catalan write "Ï" and none of the others, and show it by
  writing "ï" and no acute accent but on "é".

Otherwise the letter stays one U+FFFD, without the lead's junk, and is counted as lost.  Only in a text of
Latin mojibake, whose other accented letters show as "Ã" and a character of 0x80-0xBF.
"""

from __future__ import annotations

import re
from collections import Counter

# (the hole, the junk a reading of the lost byte ``b`` gives there): once read, or twice (its "Ã" read again
# as "Ãƒ", its C1 character as "Â" and the lost byte, or its U+FFFD as "ï¿½").
_HOLE = re.compile("ÃƒÂ[\ufffd?]|Ãƒï¿½|Ã\ufffd|Ã\\?(?=[A-Za-z]|Ã[\u00a0-\u00bf])")  # (a "?" before a space is a question)
_LOST_BYTES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)  # Á Í Ï Ð Ý
_SMALL = {0x81: "á", 0x8D: "í", 0x8F: "ï", 0x90: "ð", 0x9D: "ý"}
# Latin mojibake: "Ã" and a character Windows-1252 reads a second byte of 0xA0-0xBF as ("Ã©" for "é").
_MOJIBAKE_LETTER = re.compile("(?:ÃƒÂ|Ã)[\u00a0-\u00bf]")
_LEAST_LETTERS = 3
_LEAST_LETTERS_PER_HOLE = 1
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[^\W\d_]+")
_MOST_LAYERS = 3
_TOKEN_START = re.compile(r"\S*$")
_TOKEN_REST = re.compile(r"\S*")
_LONGEST_TOKEN = 64
# "Ï" is the one of the five that French, Dutch and Catalan write; a text with "ï" and no acute letter but
# "é" (Spanish, Portuguese, Czech, Hungarian and Icelandic write "á" "í" "ó" "ú" "ý") is in such a language.
_LEAST_LANGUAGE_LETTERS = 2
_ACUTE = re.compile("[áíóúýð]")


def _sloppy_bytes(text: str) -> bytes | None:
    """The bytes a Windows-1252 reading made ``text`` of (its C1 characters for the bytes it lacks), or None."""
    out = bytearray()
    for ch in text:
        if "\x80" <= ch <= "\x9f":
            out.append(ord(ch))
            continue
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            return None
    return bytes(out)


def _undone(token: str) -> str:
    """``token`` with its Windows-1252 readings of UTF-8 undone, as many as there are."""
    for _ in range(_MOST_LAYERS):
        data = _sloppy_bytes(token)
        if data is None or data.isascii():
            return token
        try:
            token = data.decode("utf-8")
        except UnicodeDecodeError:
            return token
    return token


def restore_lossy_latin(text: str) -> tuple[str, int, int]:
    """(``text`` with each lost Latin capital put back as the bytes the codepage repair reads, or made one
    U+FFFD; letters told, holes left)."""
    if "Ã" not in text:
        return text, 0, 0
    holes = _HOLE.findall(text)
    letters = len(_MOJIBAKE_LETTER.findall(text))
    if not holes or letters < _LEAST_LETTERS or letters < _LEAST_LETTERS_PER_HOLE * len(holes):
        return text, 0, 0
    words: Counter[str] = Counter()
    for token in _TOKEN.findall(text):
        words.update(word.lower() for word in _WORD.findall(_undone(token) if not token.isascii() else token))
    french = sum(n for word, n in words.items() if "ï" in word) >= _LEAST_LANGUAGE_LETTERS and not any(_ACUTE.search(word) for word in words)
    told = left = 0

    def mend(found: re.Match[str]) -> str:
        nonlocal told, left
        byte = _lost_byte(found, text, words, french)
        if byte is None:
            left += 1
            return "\ufffd"
        told += 1
        lead = "Ã" if len(found.group(0)) == 2 else "ÃƒÂ"
        return lead + chr(byte)

    return _HOLE.sub(mend, text), told, left


def _lost_byte(found: re.Match[str], text: str, words: Counter[str], french: bool) -> int | None:
    before = _TOKEN_START.search(text, max(0, found.start() - _LONGEST_TOKEN), found.start()).group(0)  # type: ignore[union-attr]
    after = _TOKEN_REST.match(text, found.end(), found.end() + _LONGEST_TOKEN).group(0)  # type: ignore[union-attr]
    if _HOLE.search(before) or _HOLE.search(after):
        return None  # (two holes in a word: 25 readings, none to be sure of)
    lead = "Ã" if len(found.group(0)) == 2 else "ÃƒÂ"
    spelled = []
    for byte in _LOST_BYTES:
        reading = _WORD.findall(_undone(before + lead + chr(byte) + after))
        hole_word = next((word for word in reading if _SMALL[byte] in word.lower()), None)
        if hole_word is not None and words[hole_word.lower()] > 0:
            spelled.append(byte)
    if len(spelled) == 1:
        return spelled[0]
    if not spelled and french:
        return 0x8F
    return None

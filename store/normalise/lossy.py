"""Mojibake that lost a byte: curly quotes whose last UTF-8 byte became U+FFFD.

A curly quote is three UTF-8 bytes, E2 80 xx.  Decoded with a codepage that
has no character for ``xx`` (Windows-1252 has none for 0x9D, Windows-1253
none for 0x98, 0x9C and 0x9D, Windows-1251 none for 0x98), a lenient decoder
writes the replacement character, so ``”`` turns into ``â€�`` (or ``β€�``,
``вЂ�``).  ftfy can only turn such a sequence into a bare ``�``, which loses
the quote for good; but the two readable characters and the codepage they
betray narrow ``xx`` down to a quote, and where it stands (before or after a
word) tells which one.  Double mojibake adds ``ï¿½``: U+FFFD's own UTF-8
bytes read as Windows-1252, which no real text contains.
"""

from __future__ import annotations

import re
from collections import Counter

_REPLACEMENT_AS_CP1252 = "ï¿½"
# The lead and first continuation byte, E2 80, as each codepage family shows them.
# A file written back out in the codepage (an encoder's errors="replace") has "?" where U+FFFD stood:
# "â€?" is no more genuine text than "â€\ufffd".  Or the byte was dropped altogether (a C1 control
# stripped by an editor or a scraper): "troopsâ€ against".  Then the two characters stand right after
# a word, before a space or punctuation, where no other UTF-8 sequence they could start ends.
# Or it was dropped before a word, where only an opening quote stands ("a β€training” camp").  Or the
# C1 control the codepage left for it was shown through Windows-1252, as browsers show C1 controls
# ("β€œ" for "“": 0x9C is "œ" there, 0x98 "˜"): two layers of codepage, no lost byte.
_LOSSY_QUOTE = re.compile(
    "(?:β€|вЂ)[œ˜]|(?:â€|β€|вЂ)[\ufffd?]|(?<=[\\w.,!?])(?:â€|β€)(?=[ \\t\\n.,;:!?)\\]]|$)"
    "|(?:(?<=^)|(?<=[\\s(\\[—–/]))β€(?=[^\\W\\d_])",
    re.MULTILINE,
)
_SHOWN_AS_CP1252 = {"œ": "“", "˜": "‘"}
# Windows-1251 has a character for every quote byte but 0x98, the opening single quote.
_ONLY_OPENING_SINGLE = "вЂ"
# Windows-1252 and its relatives lack only 0x9D among the quotes: the closing double quote.
_ONLY_CLOSING_DOUBLE = "â€"
# The next closing quote on the line, as itself or still as mojibake (this pass runs before the
# codepage repair too): group 1 is a closing single quote (E2 80 99), anything else a double one;
# one before a letter is an apostrophe ("It’s"), which closes nothing.
_NEXT_CLOSING_QUOTE = re.compile("(’|[€Ђ]™)(?![^\\W\\d_])|”|\ufffd|[€Ђ][\u009dќ]")


def restore_lossy_quotes(text: str, counts: Counter[str]) -> str:
    """Turn lossy quote sequences back into the quotes they were; counted as ``lossy-quote``."""
    # Every sequence _LOSSY_QUOTE finds without a U+FFFD holds "€" or "Ђ".
    if "\ufffd" not in text and _REPLACEMENT_AS_CP1252 not in text and "€" not in text and "Ђ" not in text:
        return text
    text = text.replace(_REPLACEMENT_AS_CP1252, "\ufffd")

    def quote(match: re.Match[str]) -> str:
        counts["lossy-quote"] += 1
        prefix, last = match.group(0)[:2], match.group(0)[-1]
        if last in _SHOWN_AS_CP1252:
            return _SHOWN_AS_CP1252[last]
        if prefix == _ONLY_OPENING_SINGLE:
            return "‘"
        if prefix == _ONLY_CLOSING_DOUBLE:
            return "”"
        return _quote_from_position(match.string, match.start(), match.end())

    return _LOSSY_QUOTE.sub(quote, text)


def _quote_from_position(text: str, start: int, end: int) -> str:
    """Windows-1253 lost both double quotes and the opening single one: judge by position.

    After a letter, digit or punctuation a quote closes (only the double one can
    have been lost).  Before a word it opens; it is the single quote when the
    next quote on the line is a closing single one.
    """
    before = text[start - 1] if start else " "
    if not (before.isspace() or before in "([{—–-/"):
        return "”"
    line_end = text.find("\n", end)
    rest = text[end : line_end if line_end != -1 else len(text)]
    following = _NEXT_CLOSING_QUOTE.search(rest)
    return "‘" if following is not None and following.group(1) else "“"


# Curly quotes written out through a codepage without them (an encoder's errors="replace") become
# "?": "North Korea?s troops ?not ready?".  Contractions betray it: a question mark never stands
# between a word and "s", "t", "re", "ve", "ll", "d" or "m".
_QUESTION_CONTRACTION = re.compile(r"(?<=[A-Za-z])\?(?=(?:s|t|re|ve|ll|d|m)\b)")
_MIN_QUESTION_CONTRACTIONS = 2
_CURLY = "‘’“”"
_QUESTION_IN_WORD = re.compile(r"(?<=[A-Za-z])\?(?=[A-Za-z])")
# "weeks? training": a plural's apostrophe before a word in lower case (a question is followed by a capital).
_QUESTION_PLURAL = re.compile(r"(?<=[A-Za-z]s)\?(?= [a-z])")
_QUESTION_OPENS = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))\?(?=[A-Za-z0-9])", re.MULTILINE)
# The last "?" of a run that closes a word or a sentence: the closing quote of an opened quotation.
_QUESTION_CLOSES = re.compile(r"(?<=[^\s?])\?(?=[\s.,;:!)\]]|$)", re.MULTILINE)


def restore_question_mark_quotes(text: str, counts: Counter[str]) -> str:
    """Turn the "?" an encoder wrote for curly quotes back into quotes; counted as ``lost-quote``.

    Only a text that shows the damage in its contractions and holds no curly quote
    of its own is touched, and only the "?" that cannot be a question mark: inside
    a word, before a word, or closing a quotation a restored quote opened.
    """
    if "?" not in text or any(q in text for q in _CURLY):
        return text
    if len(_QUESTION_CONTRACTION.findall(text)) < _MIN_QUESTION_CONTRACTIONS:
        return text
    before = text.count("?")
    lines = []
    for line in text.split("\n"):
        if "?" not in line:
            lines.append(line)
            continue
        words = line.split(" ")
        # A link's query ("page?id=3") keeps its question mark.
        line = " ".join(w if "?" not in w or "=" in w or "/" in w else _QUESTION_IN_WORD.sub("’", w) for w in words)
        line = _QUESTION_PLURAL.sub("’", line)
        line = _QUESTION_OPENS.sub("“", line)
        lines.append(_close_opened_quotes(line))
    text = "\n".join(lines)
    counts["lost-quote"] += before - text.count("?")
    return text


def _close_opened_quotes(line: str) -> str:
    if "“" not in line:
        return line
    pieces: list[str] = []
    at = 0
    open_quotes = 0
    for found in _QUESTION_CLOSES.finditer(line):
        opened = line.count("“", at, found.start())
        open_quotes += opened
        pieces.append(line[at : found.start()])
        if open_quotes > 0:
            pieces.append("”")
            open_quotes -= 1
        else:
            pieces.append("?")
        at = found.end()
    pieces.append(line[at:])
    return "".join(pieces)


# Text saved through a codepage that lacks its script (Russian or Korean written out as ASCII or
# Windows-1252) has every letter replaced by "?": "?? ?????? ????????".  Nothing brings them back;
# when such runs are nearly all a file holds it is refused, not read as an article of question marks.
_LOST_RUN = re.compile(r"\?{2,}")
_LEAST_LOST = 40  # question marks in runs: a few are "??" or "???" in a sentence
_MOST_LETTERS_PER_LOST = 0.2  # letters left (a masthead, a date) beside the lost ones


def letters_lost(text: str) -> bool:
    """Were nearly all of ``text``'s letters replaced by question marks when it was saved?"""
    if text.count("??") * 2 < _LEAST_LOST:
        return False
    lost = sum(map(len, _LOST_RUN.findall(text)))
    return lost >= _LEAST_LOST and sum(map(str.isalpha, text)) < _MOST_LETTERS_PER_LOST * lost


# One paragraph lost so inside a file that is otherwise readable (a quotation pasted from a Russian or
# Korean page into a Latin-codepage editor): it reads as nothing, so it goes, with its reason.
_LEAST_LOST_IN_PARAGRAPH = 8  # question marks in runs: "What??" and "Really???" stay sentences
_LEAST_LOST_WORDS = 2  # one run alone ("??????????") is a rule drawn in question marks, not lost words


def paragraph_letters_lost(text: str) -> bool:
    """Were nearly all the letters of the paragraph ``text`` replaced by question marks?"""
    if text.count("??") * 2 < _LEAST_LOST_IN_PARAGRAPH:
        return False
    runs = _LOST_RUN.findall(text)
    lost = sum(map(len, runs))
    return len(runs) >= _LEAST_LOST_WORDS and lost >= _LEAST_LOST_IN_PARAGRAPH and sum(map(str.isalpha, text)) < _MOST_LETTERS_PER_LOST * lost

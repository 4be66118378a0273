"""Joining the lines of a hard-wrapped paragraph, and words broken across them.

A line that ends in a hyphen right after a letter, followed by a line that
starts in lower case, is one word broken in two: typeset text (PDF output)
hyphenates at syllables ("Ukrai-" / "nian"), while text wrapped by a mail
client or ``textwrap`` breaks only after real hyphens ("closed-" / "door").
Nothing in the two lines tells which; the rest of the document often does.
The hyphen is dropped when the joined word occurs elsewhere unbroken and is
not also written with the hyphen; otherwise it is kept, so no word the
author did not write is ever made up, and the halves are joined without a
space either way ("Ukrai-nian" is still one word to search and to read).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_WORD_BEFORE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*-$")
_WORD_AFTER = re.compile(r"[^\W\d_]+")
_ANY_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

KnownWords = Callable[[], frozenset[str]]


def document_words(text: str) -> frozenset[str]:
    """Every word of ``text`` (hyphenated compounds kept whole), lower-cased."""
    return frozenset(word.lower() for word in _ANY_WORD.findall(text))


def join_wrapped_lines(lines: Sequence[str], known_words: KnownWords) -> str:
    """The lines of one paragraph as a single line, single-spaced, broken words rejoined.

    ``known_words`` returns ``document_words`` of the document; it is only
    called when a line ends in a hyphen, so that most documents never pay for it.
    """
    pieces: list[str] = []  # the paragraph's pieces and the separators between them
    for line in lines:
        piece = " ".join(line.split())
        if not piece:
            continue
        if pieces and _breaks_word(pieces[-1], piece):
            before = pieces.pop()
            pieces += (before[:-1], _hyphen_if_written(before, piece, known_words), piece)
        else:
            pieces += (" ", piece) if pieces else (piece,)
    return "".join(pieces)


def _breaks_word(before: str, after: str) -> bool:
    return len(before) > 1 and before[-1] == "-" and before[-2].isalpha() and after[0].islower()


def _hyphen_if_written(before: str, after: str, known_words: KnownWords) -> str:
    head = _WORD_BEFORE.search(before)
    tail = _WORD_AFTER.match(after)
    if head is None or tail is None:
        return "-"
    broken = head.group(0).lower()  # "ukrai-", or "well-" of "well-known"
    second = tail.group(0).lower()
    words = known_words()
    whole = broken[:-1] + second
    if whole in words and broken + second not in words:
        return ""
    return "-"

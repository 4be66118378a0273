"""Joining the lines of a hard-wrapped paragraph, and words broken across them.

A line that ends in a hyphen right after a letter, followed by a line that
starts in lower case, is one word broken in two: typeset text (PDF output)
hyphenates at syllables ("Ukrai-" / "nian"), while text wrapped by a mail
client or ``textwrap`` breaks only after real hyphens ("closed-" / "door").
Nothing in the two lines tells which; the rest of the document often does.
The hyphen is dropped when the joined word occurs elsewhere unbroken and is
not also written with the hyphen, or when neither half is a word the document
uses anywhere else ("jour-" / "nalists"): a compound joins words the writer
uses, a syllable break cuts into pieces nobody writes (judged only for a
short first half: without a dictionary, "deploy-" may be a word the document
never uses alone).  Otherwise it is kept,
and the halves are joined without a space either way ("Ukrai-nian" is still
one word to search and to read).  A compound of capitalised words broken at
its hyphen ("North-" / "Korean") is joined back when the document writes it
whole elsewhere, and a prefix broken off a name ("pro-" / "Russian", "ex-" / "KGB")
keeps its hyphen and its word; a capital after a line-end hyphen is otherwise no
broken word (a dash, a list of names).  Unicode's hyphens (U+2010, U+2011) and the
"¬" OCR prints for one end a broken line as the hyphen-minus does.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_WORD_BEFORE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*[-\u2010\u2011¬]$")
# What ends a line broken inside a word: the hyphen-minus, Unicode's hyphens, and the "¬" OCR engines print for one.
LINE_END_HYPHENS = "-\u2010\u2011¬"
_WORD_AFTER = re.compile(r"[^\W\d_]+")
_ANY_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")

KnownWords = Callable[[], frozenset[str]]


_BROKEN_AT_LINE_END = re.compile(r"[^\W\d_]+[-\u2010\u2011¬][ \t]*\n[ \t]*[^\W\d_]+")
_OTHER_HYPHEN_AT_LINE_END = re.compile("[\u2010\u2011¬] ?\n")
_CUT_AT_PAGE_END = re.compile(r"[^\W\d_]+-[ \t]*\n|\n[ \t]*\n[ \t]*(?=[^\W\d_A-ZА-ЯЁ])[^\W\d_]+")
_SYLLABLE_MAX = 4
# Prefixes and short words that open hyphenated compounds ("anti-drone", "mid-level", "two-day"):
# a first half that is one of them is a word.
_HYPHEN_PREFIXES = frozenset({
    "anti", "co", "ex", "neo", "non", "post", "pre", "pro", "re", "self", "semi", "sub", "vice", "well",
    "so", "half", "all", "mid", "low", "high", "long", "full", "part", "one", "two", "six", "ten", "far",
    "top", "hard", "hand", "air", "sea", "war", "gun", "red", "old", "new", "end", "off", "ill", "cut",
    "big", "key", "man", "oil", "tank", "home", "cold", "hot", "dead", "left", "open", "fire",
})


# Prefixes a typesetter's syllable break also leaves at a line end ("re-" / "gion", "de-" / "fence").
_SYLLABLE_PREFIXES = frozenset({"re", "co", "pre", "de", "sub"})
# The person a compound names, written solid in English ("spokesman", "chairwoman", "gunmen", "servicemen").
_SOLID_TAILS = frozenset({"man", "men", "woman", "women"})


# Endings a typesetter breaks off a word and nobody writes alone: a line that starts with one
# continues a word, whatever the length of the first half.
_SUFFIX_SYLLABLES = frozenset({
    "tion", "tions", "sion", "sions", "ness", "ity", "ities", "ian", "ians", "tute", "tutes",
    "ture", "tures", "ance", "ances", "ence", "ences", "ible", "ive", "ives", "ous", "ical", "ically",
    "ism", "isms", "ist", "ists", "ized", "ised", "ating", "ated", "ation", "ations", "itional", "itionally",
    "ional", "ionally", "ively", "iveness", "ular", "ularly", "ency", "ancy", "ician", "icians", "ial", "ially",
    "ers", "ably", "ibly", "ed", "ing", "ings", "ly",
})


def document_words(text: str) -> frozenset[str]:
    """Every word of ``text`` (hyphenated compounds kept whole), lower-cased.

    The pieces of a word broken across a line end are left out: they are what
    is being judged, and would otherwise vouch for themselves.
    """
    if "-\n" in text or "- \n" in text or ("\n" in text and _OTHER_HYPHEN_AT_LINE_END.search(text)):
        text = _BROKEN_AT_LINE_END.sub(" ", text)
        # A word cut at a page's foot ("dec-", then the running lines, then "ades" opening the next page).
        text = _CUT_AT_PAGE_END.sub(" ", text)
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
        if pieces and _breaks_word(pieces[-1], piece, known_words):
            before = pieces.pop()
            pieces += (before[:-1], _hyphen_if_written(before, piece, known_words), piece)
        elif pieces and pieces[-1][-1] >= "\u3000" and _unspaced(pieces[-1][-1]) and _unspaced(piece[0]):
            pieces.append(piece)  # Japanese and Chinese set no space between words: a line end between two is none
        else:
            pieces += (" ", piece) if pieces else (piece,)
    return "".join(pieces)


def _unspaced(char: str) -> bool:
    """A kana, a Han character or full-width punctuation: script written without spaces (Hangul is spaced)."""
    return "\u3000" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" or "\uff00" <= char <= "\uff60" or "\uf900" <= char <= "\ufaff"


def _breaks_word(before: str, after: str, known_words: KnownWords) -> bool:
    if not (len(before) > 1 and before[-1] in LINE_END_HYPHENS and before[-2].isalpha()):
        return False
    if after[0].islower() or (after[0].isupper() and opens_compound_of_a_name(before)):
        return True
    if not after[0].isupper() or (head := _WORD_BEFORE.search(before)) is None or (tail := _WORD_AFTER.match(after)) is None:
        return False
    return (head.group(0) + tail.group(0)).lower() in known_words()  # "North-" / "Korean" where "North-Korean" is written


# Prefixes written before a name, hyphenated: "pro-Russian", "anti-Western", "ex-KGB", "mid-December", "un-American".
_PREFIXES_BEFORE_NAMES = frozenset({
    "anti", "pro", "ex", "non", "post", "pre", "mid", "pan", "neo", "trans", "un", "semi", "quasi", "pseudo",
    "inter", "intra", "all", "counter", "ultra", "cross", "sub", "extra", "former",
})


def opens_compound_of_a_name(before: str) -> bool:
    """A line ending "… pro-" (or "anti‐", "ex¬"): a prefix whose word goes on, capitalised, on the next line ("Russian")."""
    head = _WORD_BEFORE.search(before)
    return head is not None and head.group(0)[:-1].rpartition("-")[2].lower() in _PREFIXES_BEFORE_NAMES


def _hyphen_if_written(before: str, after: str, known_words: KnownWords) -> str:
    hyphen = before[-1] if before[-1] in "\u2010\u2011" else "-"  # (a Unicode hyphen kept as written; OCR's "¬" is one)
    return hyphen if _hyphen_kept(before, after, known_words) else ""


def _hyphen_kept(before: str, after: str, known_words: KnownWords) -> bool:
    head = _WORD_BEFORE.search(before)
    tail = _WORD_AFTER.match(after)
    if head is None or tail is None:
        return True
    broken = head.group(0).lower()  # "ukrai-", or "well-" of "well-known"
    second = tail.group(0).lower()
    words = known_words()
    if broken + second in words or not second[0].islower():
        return True
    first = broken[:-1].rpartition("-")[2]  # "well-" of "well-known"; "ukrai" of "ukrai-"
    if broken[:-1] + second in words:
        return False
    # Without a dictionary only a short first half is safely a syllable: "jour-" and "mili-" are no
    # words, while "deploy-" may be one the document just never uses alone.
    # A bound prefix ("re-", "co-") keeps its hyphen only before a word ("re-elect", "co-author" where the
    # document writes "author"): before a piece nobody writes alone it is a word's first syllable ("re-" / "gion").
    prefix = first in _HYPHEN_PREFIXES and not (first in _SYLLABLE_PREFIXES and first[-1:] != second[:1] and not _is_word(second, words))
    if len(first) <= _SYLLABLE_MAX and not (_is_word(first, words) or _is_word(second, words) or prefix):
        return False
    if second in _SOLID_TAILS and first.isalpha() and len(first) >= 3:
        return False  # "spokes-" / "man", "gun-" / "men": such compounds are written solid
    if second in _SUFFIX_SYLLABLES and not _is_word(second, words):
        return False  # "Insti-" / "tute", "Ukrain-" / "ian": the second half is a word's ending, which no compound has
    return True


def _is_word(piece: str, words: frozenset[str]) -> bool:
    """Whether the document writes ``piece`` as a word of its own, or inflected ("drone" of "drones")."""
    return piece in words or piece + "s" in words or piece + "es" in words or (piece.endswith("s") and piece[:-1] in words)

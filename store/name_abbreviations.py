"""Whether a typed name is an abbreviation of a stored one: "AP" of "Associated Press", "NYT" of "The New York
Times", "ISW" of "Institute for the Study of War", "dpa" of "Deutsche Presse-Agentur", "N.Y. Times" of "The
New York Times", "nknews" of "NK News".

Analysts name outlets and bodies as the trade does, by their initials, and a fuzzy match of two letters finds
any name holding them ("ap" is inside "Yonhap").  So an abbreviation is checked word by word: each typed word
either begins a word of the name or is the initials of a run of the name's words, the small words of a name
("the", "for", "of") count or not, and every other word of the name is covered.  A name typed without its
spaces or dots ("nknews", "A.P." for a stored "AP") is the name too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.analysis.claimants import fold

# Words a name's initials leave out: "ISW" is the Institute for the Study of War, "NYT" The New York Times.
_SMALL_WORDS = frozenset(
    ["the", "of", "for", "and", "on", "in", "at", "a", "an", "de", "la", "le", "les", "du", "des", "di", "der", "die",
     "das", "el", "los", "y", "et", "und", "&"]
)  # fmt: skip
_NAME_WORD = re.compile(r"[^\W_]+|&", re.UNICODE)  # "France-Presse" is two words, "N.Y." two letters
_DOTTED = re.compile(r"(?<![^\W_])((?:[^\W\d_]\.){2,})(?![^\W_])")  # "N.Y.", "A.P.": one abbreviation


def _typed_words(typed: str) -> list[str]:
    """The typed name's words, folded, an abbreviation written with dots ("N.Y.") as one word ("ny")."""
    joined = _DOTTED.sub(lambda m: m.group(1).replace(".", ""), fold(typed))
    return _NAME_WORD.findall(joined)


@lru_cache(maxsize=65_536)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(_NAME_WORD.findall(fold(name)))


def written_as_abbreviation(typed: str) -> bool:
    """Whether the typed name has a word in capitals ("AP", "NYT") or dotted ("N.Y."): meant as initials."""
    return bool(_DOTTED.search(typed)) or any(len(w) >= 2 and w.isupper() for w in re.findall(r"[^\W\d_]+", typed))


def abbreviates(typed: str, name: str) -> bool:
    """Whether ``typed`` is ``name`` abbreviated (see the module's docstring); not the name in full."""
    words = _typed_words(typed)
    name_words = _name_words(name)
    if not words or not name_words:
        return False
    if "".join(words) == "".join(name_words) and len(words) != len(name_words):
        return True  # "nknews", "AP" for "A.P."
    return len(words) < len(name_words) and _covers(tuple(words), name_words)


@lru_cache(maxsize=65_536)
def _covers(words: tuple[str, ...], name_words: tuple[str, ...]) -> bool:
    """Whether the typed words, in order, cover the name's words: each begins one word, or is the initials of
    a run of words (small words counted or not); a small word of the name may be left uncovered."""
    if not words:
        return all(word in _SMALL_WORDS for word in name_words)
    if not name_words:
        return False
    word, rest = words[0], words[1:]
    if name_words[0] in _SMALL_WORDS and _covers(words, name_words[1:]):
        return True
    if name_words[0].startswith(word) and _covers(rest, name_words[1:]):
        return True
    for end in range(2, len(name_words) + 1):
        run = name_words[:end]
        if run[-1] in _SMALL_WORDS:
            continue  # a run ends at a word that counts: "ISW" is not "ISWo"
        initials = {"".join(w[0] for w in run), "".join(w[0] for w in run if w not in _SMALL_WORDS)}
        if word in initials and _covers(rest, name_words[end:]):
            return True
    return False


def abbreviated(typed: str, names: list[str]) -> list[str]:
    """The names ``typed`` abbreviates, in the order given.  A corpus names a hundred thousand claimants, so a
    name is looked at only if each typed word's letters begin its words in order, or the word begins one."""
    words = _typed_words(typed)
    if not words:
        return []
    start = r"(?<![^\W_])"
    possible = re.compile(
        ".*?".join(f"(?:{start}{re.escape(word)}|{'.*?'.join(start + re.escape(letter) for letter in word)})" for word in words)
    )
    run_together = re.compile(r"[\W_]*".join(re.escape(letter) for letter in "".join(words)))  # "nknews": "NK News"
    return [
        name for name in names
        if (not name.isascii() or possible.search(folded := name.casefold()) or run_together.fullmatch(folded))
        and abbreviates(typed, name)
    ]

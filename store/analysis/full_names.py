"""A person's full name as an article writes it: "Evans Revere" for a later "Revere".

Read once per surname an article uses alone (the caller remembers the
answer), over the article's whole text: the name may be spelled out after
the surname's first use as well as before it.
"""

from __future__ import annotations

import re

from store.analysis.claimants import (
    _HONORIFICS,
    _TITLES,
    clean_claimant,
    could_be_surname,
    looks_like_person,
)

# The given names before a surname; a dot ends only an initial ("J. Smith"), not a sentence ("Monday. Umerov").
_GIVEN_NAMES = re.compile(r"(?<![\w'’.-])(?:(?:[A-Z]\.|[A-Z][\w'’-]*)\s+){1,3}$")

# Attribution cues of German, French and Spanish copy that open a sentence with a capital.
_CUE_WORD = re.compile(r"\b(?:Nach|Laut|Angaben|Einschätzung|Schätzungen|Selon|D['’]après|Según)\s")


def full_name_in_text(text: str, surname: str) -> str | None:
    """The longest 'Given Surname' written anywhere in ``text``, e.g. 'Evans Revere' for 'Revere'."""
    best: str | None = None
    for found in _occurrences(text, surname):
        lead = _GIVEN_NAMES.search(text, max(0, found - 60), found)
        if not lead:
            continue
        if _CUE_WORD.search(lead.group(0)):
            continue  # "Nach Angaben Kiews", "D'après Kiev": a cue to whose words follow, capitalised to open them
        candidate = clean_claimant(lead.group(0) + surname)
        if candidate and looks_like_person(candidate) and candidate.split()[-1] == surname:
            if best is None or len(candidate) > len(best):
                best = candidate
    return best


def _occurrences(text: str, word: str) -> list[int]:
    """Offsets of ``word`` in ``text`` followed by a word boundary (what ``re.escape(word) + r"\b"`` finds).

    Searched with ``str.find``: compiling a pattern per surname cost more than the search itself.
    """
    if not word:
        return []
    ends_in_word = _is_word_char(word[-1])
    found: list[int] = []
    position = text.find(word)
    while position >= 0:
        after = position + len(word)
        next_is_word = after < len(text) and _is_word_char(text[after])
        if next_is_word != ends_in_word:  # a boundary: a word character on exactly one side
            found.append(position)
            position = text.find(word, after)
        else:
            position = text.find(word, position + 1)
    return found


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def titled_surname(words: str) -> str | None:
    """The surname of "Lt Gen Magowan", "Dr Ferris", "Mr. Healey": a rank or title before it makes it a person's."""
    tokens = words.split()
    if len(tokens) < 2 or not could_be_surname(tokens[-1]):
        return None
    return tokens[-1] if all(t.rstrip(".").lower() in _TITLES | _HONORIFICS for t in tokens[:-1]) else None

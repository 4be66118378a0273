"""Why a query found nothing, when the reason is its script: Korean typed against English coverage.

A query word in a script no passage is written in can only find names spelt letter by letter in
another script (``cross_script``: "Курск" finds "Kursk"); anything else finds nothing, which "try
fewer words" does not explain.  The vocabulary is sorted by its terms' UTF-8 bytes, which is code point
order, so whether any term starts in a script's block is one bisection per script.
"""

from __future__ import annotations

from bisect import bisect_left

from store.search.terms import query_terms
from store.search.vocabulary import Vocabulary

# (name a reader knows, first and last code point of its block(s) as the index folds them).
# Hangul folds into conjoining jamo ("북" is "ᄇ" + "ᅮ" + "ᆨ"), so its terms start in the jamo block.
_SCRIPTS = (
    ("Korean (Hangul)", ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF))),
    ("Cyrillic", ((0x0400, 0x052F),)),
    ("Greek", ((0x0370, 0x03FF),)),
    ("Hebrew", ((0x0590, 0x05FF),)),
    ("Arabic", ((0x0600, 0x06FF), (0x0750, 0x077F))),
    ("Devanagari", ((0x0900, 0x097F),)),
    ("Thai", ((0x0E00, 0x0E7F),)),
    ("Georgian", ((0x10A0, 0x10FF),)),
    ("Japanese kana", ((0x3040, 0x30FF),)),
    ("Chinese or Japanese characters", ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))),
)


def script_of(word: str) -> str | None:
    """The named script of a folded word's first letter; None for Latin letters, digits and the rest."""
    if not word:
        return None
    point = ord(word[0])
    for name, blocks in _SCRIPTS:
        if any(low <= point <= high for low, high in blocks):
            return name
    return None


def unheld_scripts(vocabulary: Vocabulary, query: str) -> list[str]:
    """The scripts of the query's words that no passage's word is written in, in the query's order."""
    wanted = dict.fromkeys(name for word in query_terms(query) if (name := script_of(word)) is not None)
    return [name for name in wanted if not _holds_script(vocabulary, name)]


def _holds_script(vocabulary: Vocabulary, name: str) -> bool:
    blocks = dict(_SCRIPTS)[name]
    order = vocabulary.byte_order
    if len(order) == 0:
        return False

    def key(position: int) -> bytes:
        return bytes(vocabulary.terms.raw(int(order[position])))

    for low, high in blocks:
        start = bisect_left(range(len(order)), chr(low).encode("utf-8"), key=key)
        if start < len(order) and key(start) < chr(high + 1).encode("utf-8"):
            return True
    return False


def no_match_note(vocabulary: Vocabulary, query: str) -> str | None:
    """One sentence on why ``query`` found nothing if its script is the reason, else None."""
    missing = unheld_scripts(vocabulary, query)
    if not missing:
        return None
    scripts = " or ".join(missing)
    return (
        f"No passage is written in {scripts}: across scripts only names match (Курск finds Kursk); "
        "try the words in the passages' language."
    )


"""A query word typed in two scripts, read by sound when its look finds nothing: "kурsk" is "kursk".

``terms.fold`` reads a word mixing Latin and Cyrillic letters in the script most of its letters are in,
each other letter as the one it looks like ("Kursk" with a Cyrillic "К" is "kursk"), as OCR and
filter-dodging sites write them.  A reader whose keyboard switched layout mid-word, or who typed a name's
sounds in both alphabets, means the letters' sounds instead: "kурsk" is no "kypsk" but "kursk", the Cyrillic
"у" and "р" read "u" and "r".  So a query word in both scripts whose look-alike reading no passage holds
is read with its Cyrillic letters romanised (``cross_script.romanised``), when the corpus holds that.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from store.search.cross_script import romanised
from store.search.terms import query_terms

_MIXED_WORD = re.compile(r"\S*(?:[a-zA-Z]\S*[\u0400-\u04ff]|[\u0400-\u04ff]\S*[a-zA-Z])\S*")
_CYRILLIC_RUN = re.compile(r"[\u0400-\u04ff]+")


def read_by_sound(query: str, known: Callable[[str], bool]) -> str:
    """``query`` with each mixed-script word whose terms ``known`` rejects respelt by sound, if ``known``
    accepts that spelling's terms; the query itself when nothing changes (the common case)."""
    if query.isascii() or not _MIXED_WORD.search(query):
        return query

    def respelt(match: re.Match[str]) -> str:
        word = match.group()
        if all(known(term) for term in query_terms(word)):
            return word
        sounded = _CYRILLIC_RUN.sub(lambda run: romanised(run.group().lower()), word)
        terms = query_terms(sounded)
        return sounded if terms and all(known(term) for term in terms) else word

    return _MIXED_WORD.sub(respelt, query)

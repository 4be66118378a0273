"""Whether a letter glued to a number ("6M", "11k", "1.5m") is its scale or a unit of its own.

"20m" alone is metres more often than millions, so a scale letter counts only when what it counts follows
("1.5m artillery rounds", "9M+ rounds", "between 1.5m and 2m shells"), or, for "11k (HUR)" in a list, its
source in brackets.  A capital "M" that closes its clause ("HUR says ~6M.", "4M+)") is a count as well: metres are
written in lower case.  A "k" alone is not ("ran a 5k race and then 10k."), nor a lower-case "m" ("is 20m.").
"""

from __future__ import annotations

import re

from store.analysis.figure_words import COUNT_NOUNS, next_word, unit_after
from store.analysis.number_atoms import ATOM

_WORD_JOIN = re.compile(r" (?:and|to|or) ")
# "11k (HUR)": thousands with their source in brackets, in a list whose lead says what is counted.
_SOURCE_AFTER = re.compile(r"\+?\s\([A-Z]")
# "~6M.", "4M+)": the scale letter ends its clause, nothing after it to be a unit of.
_CLAUSE_END = re.compile(r"\+?(?:[.;,!?)\]]|\s+[—–]\s|$)")


def is_scale_letter(text: str, end: int, attached: str) -> bool:
    """Whether ``attached`` (the letters glued to the number ending at ``end``) scales the number."""
    if attached.lower() not in ("m", "k", "b") or next_word(text, end).lower() in COUNT_NOUNS:
        return True
    counted_from = end + 1 if text.startswith("+ ", end) else end  # "9M+ rounds": at least 9 million
    if text[end : end + 1] in "-–—" and (upper := ATOM.match(text, end + 1)) is not None:
        counted_from = upper.end()  # "1.1m-1,250,000 shells": what the range counts follows its upper end
    elif (joined := _WORD_JOIN.match(text, end)) is not None and (
        (upper := ATOM.match(text, joined.end())) is not None and upper.group("attached")
    ):
        counted_from = upper.end()  # "between 1.5m and 2m shells", "1.5m to 2m shells"
    counted = unit_after(text, counted_from, currency=None, percent=False, of_follows=False)[0]  # "11k Korean troops"
    if counted in COUNT_NOUNS or (attached.lower() == "k" and _SOURCE_AFTER.match(text, end)):
        return True
    return attached == "M" and _CLAUSE_END.match(text, end) is not None  # "HUR says ~6M."

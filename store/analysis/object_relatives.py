"""A figure that is the object of the speaker's verb, in a relative clause without "that": "the 110,000 Kyiv claimed".

"North Korea sent 12,000 troops, not the 110,000 some reports claimed": the words before "claimed" run back over
the figure, but the figure is what was claimed, and the speaker is the name after it.  ``attribution`` reads the
speaker from there and the claim's content from the left of it.
"""

from __future__ import annotations

import re

from store.analysis.anchors import Anchor
from store.analysis.claimants import clean_claimant
from store.analysis.phrases import plausible_source

# "not the 110,000", "than the 1.5 million that", "of the 3,000 which": an article and a figure, then a capitalised
# name or "some"/"many"/"earlier" words leading the speaker's noun phrase.
_FIGURE = r"(?:the|an?)\s+(?:some\s+|about\s+|around\s+)?[$€£]?\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s+"
_FIGURE_OBJECT = re.compile(
    rf"^(?:(?:not|than|of|over|above|below|from|to)\s+)?{_FIGURE}(?:(?:that|which)\s+)?"
    r"(?=[A-Z]|(?:some|many|several|earlier|previous|other|media|western|ukrainian|russian|south)\s)"
)
# The same figure before the speaker's words, the phrase reader having stopped at "that": "the 110,000 that Kyiv".
_FIGURE_THAT = re.compile(rf"\b{_FIGURE}(?:that|which)\s+$")
# Where the clause holding the figure opens: the last comma or dash before it.
_CLAUSE_BREAK = re.compile(r".*(?:,|\s[—–-])\s", re.DOTALL)


def object_speaker(before: str, np_start: int, np_text: str) -> tuple[int, str] | None:
    """Where the speaker begins and their words, when the speaker's verb has the figure before them as object."""
    if not any(map(str.isdigit, np_text[:40])):  # (``map`` runs the test in C; ``\d`` misses "²")
        return (np_start, np_text) if _FIGURE_THAT.search(before, max(0, np_start - 60), np_start) else None
    match = _FIGURE_OBJECT.match(np_text)
    if match is None or match.end() >= len(np_text.rstrip()):
        return None
    return np_start + match.end(), np_text[match.end() :]


def speaker_of_object(start: int, verb_end: int, words: str) -> Anchor | None:
    """The anchor of the speaker ``words`` (from ``start`` to the verb), whose claim is the figure on its left."""
    claimant = clean_claimant(words) if plausible_source(words) else None
    return Anchor(start, verb_end, words, claimant, content="left", kind="object") if claimant else None


def object_clause_start(sentence: str, anchor: Anchor) -> int | None:
    """Where the clause holding an object anchor's figure opens ("…, not the 110,000 Kyiv claimed"), if it is cut
    off from the words before it by a comma or a dash."""
    if anchor.kind != "object":
        return None
    window = max(0, anchor.start - 80)
    found = _CLAUSE_BREAK.match(sentence, window, anchor.start)
    return found.end() if found else None


# "more soldiers than Moscow admits", "twice as many troops as Russia says": the speaker is the standard a figure
# is compared with, and says no figure of its own here.
_COMPARED_WITH = re.compile(
    r"(?:\bthan|\bas\s+(?:many|much|few|little|high|large|great|big|heavy)\b(?:\s+[\w'’-]+){0,4}\s+as)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def compared_speaker(before: str, np_start: int, np_text: str) -> bool:
    """Whether the speaker ``np_text`` (opening at ``np_start``) stands after "than" or a comparing "as … as"
    ("fewer than the 100,000 Zelensky had claimed" names a figure: ``object_speaker``'s)."""
    return (
        (" than " in before or " as " in before)
        and not any(ch.isdigit() for ch in np_text)
        and _COMPARED_WITH.search(before, max(0, np_start - 60), np_start) is not None
    )

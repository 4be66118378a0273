"""What each figure of a sentence counts: its subject, scored, and the wholes its shares are taken of.

The noun a figure counts (or borrows from its sentence, see ``borrowed_nouns``)
and the words between them pick the subject candidates; the sentence's cues
score them (see ``subjects``).  The size of a formation ("a battalion of 500
men", "waves of 30 to 40 men") is never its losses, and a small unit's size
is no deployment either.
"""

from __future__ import annotations

import re

from store.analysis.borrowed_nouns import nearest_count_noun
from store.analysis.figure_words import COUNT_NOUNS, GENERIC_UNITS
from store.analysis.subjects import SentenceCues, SubjectTaxonomy, classify_figure
from store.analysis.terms import trie_pattern
from store.models import Figure

_PHRASE_END = re.compile(r"[,.;:()]")
# Both run on lower-cased text (case-sensitive tries are much faster than IGNORECASE alternations).
_COUNT_NOUN_RE = re.compile(rf"\b(?:{trie_pattern(COUNT_NOUNS)})\b")
# "a battalion of about 500 men", "a regiment of some 2,000 soldiers": the size of a formation, never its losses.
_FORMATION_SIZE = re.compile(
    r"\b(?:battalion|regiment|brigade|company|division|platoon|squad|unit|contingent|detachment|corps|force|"
    r"formation|group|column|convoy)s?\s+of\s+(?:(?:about|around|some|roughly|approximately|nearly|almost|up\s+to|"
    r"more\s+than|at\s+least|over|as\s+many\s+as|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)
_NOT_A_FORMATIONS_LOSS = frozenset({"casualties"})
# "They come in waves of 30 to 40 men", "squads of ten soldiers": how many go at once, neither how many were
# sent nor how many fell.
_SMALL_UNIT_SIZE = re.compile(
    r"\b(?:waves?|squads?|teams?|platoons?|sections?)\s+of\s+(?:(?:about|around|some|roughly|approximately|"
    r"nearly|almost|up\s+to|more\s+than|at\s+least|over|as\s+many\s+as)\s+)?$",
    re.IGNORECASE,
)
_NOT_A_SMALL_UNITS_TOTAL = frozenset({"casualties", "troops_deployed"})

# A bare count whose own verb is a death or wound: "hundreds were killed", "a couple hundred had died".
_BARE_LOSS = re.compile(
    r"[\"”’]?\s+(?:(?:were|was|had|have|has|are|is)\s+(?:(?:been|reportedly|believed\s+to\s+have|thought\s+to\s+have|"
    r"said\s+to\s+have|already|since|now)\s+)*)?(?:killed|died|wounded|injured|dead)\b"
)
_SHARE_OF = re.compile(
    r"\s*(?:percent|per\s+cent|%)?\s*of\s+(?:(?:the|an?|some|about|around|roughly|nearly|almost|over|an\s+estimated)\s+)*",
    re.IGNORECASE,
)


def wholes_of_shares(sentence: str, figures: list[Figure], best: dict[int, tuple[str | None, float]]) -> set[int]:
    """Ids of figures that are the whole a percentage is taken of.

    In "up to 50% of the 3 million rounds Moscow fires a year" the claim is the
    share; the 3 million is its context.  Ranked by subject score alone, the
    count (in its own unit) beat the percentage, and the claim was filed under
    munitions supplied rather than the share of Russia's shells.
    """
    wholes: set[int] = set()
    for share in figures:
        if share.unit != "percent" or best.get(id(share), (None, 0.0))[0] is None:
            continue  # a share no subject takes does not outrank what the sentence counts
        for whole in figures:
            if whole is not share and whole.start >= share.end and _SHARE_OF.fullmatch(sentence, share.end, whole.start):
                wholes.add(id(whole))
    return wholes



def classify_figures(sentence: str, figures: list[Figure], subjects: SubjectTaxonomy) -> dict[int, tuple[str | None, float]]:
    """Subject and score of each figure (keyed by id), after lending a noun to figures that count nothing named."""
    if not figures:
        return {}
    cues: SentenceCues | None = None  # found on the first figure that some subject could count
    result: dict[int, tuple[str | None, float]] = {}
    for figure in figures:
        borrowed = nearest_count_noun(sentence, figure) if figure.unit in GENERIC_UNITS else None
        if borrowed is not None:
            figure.unit, modifiers = borrowed
        elif figure.unit == "" and _BARE_LOSS.match(sentence, figure.end):
            figure.unit = "casualties"  # '"a couple hundred" were believed to have died': only people die
        if not subjects.candidates(figure.unit):
            result[id(figure)] = (None, 0.0)  # no subject counts this unit: neither cues nor modifiers matter
            continue
        if borrowed is None:
            modifiers = modifiers_after(sentence, figure)
        if cues is None:
            cues = SentenceCues.of(sentence, subjects)
        excluded = None
        if " of " in sentence[max(0, figure.start - 30) : figure.start]:
            if _FORMATION_SIZE.search(sentence, max(0, figure.start - 60), figure.start):
                excluded = _NOT_A_FORMATIONS_LOSS
            elif _SMALL_UNIT_SIZE.search(sentence, max(0, figure.start - 40), figure.start):
                excluded = _NOT_A_SMALL_UNITS_TOTAL
        result[id(figure)] = classify_figure(figure, modifiers, cues, len(sentence), subjects, excluded)
    return result


def modifiers_after(sentence: str, figure: Figure) -> str:
    """The words between a number and the noun it counts: '28,500 American service members' → 'American service'."""
    window = sentence[figure.end : figure.end + 60]
    stop = _PHRASE_END.search(window)
    window = window[: stop.start()] if stop else window
    noun = _COUNT_NOUN_RE.search(window.lower())
    if noun:
        return window[: noun.start()]
    return " ".join(window.split()[:3])

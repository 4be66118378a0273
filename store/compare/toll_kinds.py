"""Whether a figure of people counts the dead, the wounded, or both, read from the words at the figure.

One sentence often gives a toll as two counts: "300 had been killed and 2,700 wounded", "사망자는 약 300명,
부상자는 2천700명".  Both are figures of one casualties claim, and both are people, so a comparison set the
2,700 wounded of one outlet against the 300 killed of another and called it a conflict.  Here each figure gets
the kind its own clause names: the words after it ("300 killed"), or, when those name none, the words before
it ("deaths at about 1,000", "사망자는 약 300명").  Words naming both ("killed or wounded", "casualties",
"死傷者") or neither leave the figure a total, comparable with totals only.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from store.models import Claim, Figure

KILLED = "killed"
WOUNDED = "wounded"

# Stems, not a closed list of forms: Cyrillic and English inflect ("загинули", "загиблих", "убитыми").
_KILLED = re.compile(
    r"\b(?:killed|dead|died|deaths?|death toll|fatalit\w*|KIA|lost their lives|"
    r"загин\w*|загибл\w*|вбит\w*|убит\w*|погиб\w*|ліквідов\w*|ліквідува\w*)\b|사망|전사|死亡|死者|戦死",
    re.IGNORECASE,
)
_WOUNDED = re.compile(
    r"\b(?:wounded|injured|injuries|WIA|поранен\w*|ранен\w*)\b|부상|負傷",
    re.IGNORECASE,
)
# Words that name the dead and the wounded together: the figure is a total even beside "killed".
_BOTH = re.compile(r"\b(?:casualt\w*|losses|втрат\w*|потер\w*)\b|사상|死傷", re.IGNORECASE)
# Where a figure's clause ends: punctuation of any script (the next figure ends it too).
_CLAUSE_END = re.compile(r"[,;:.!?()\[\]、。，；：（）]")

# A kind word that leads into the figure: "the dead at around 300", "deaths of 1,000", "injuries stood at 2,700".
# It names this figure even when a later clause names another kind ("… and the wounded at 2,700").
_LED_IN = re.compile(
    r"(?P<kind>\S+(?:\s+\S+){0,2}?)\s+(?:(?:was|were|is|are|stood|put|estimated|numbered|reached|totall?ed)\s+)?"
    r"(?:at|of|to|was|were|is|are|numbered|reached|totall?ed)\s+"
    r"(?:(?:about|around|some|roughly|approximately|nearly|almost|over|more\s+than|at\s+least|up\s+to|an\s+estimated)\s+)*$",
    re.IGNORECASE,
)


def _named_kind(words: str) -> str | None:
    """KILLED or WOUNDED when ``words`` name one of them only; "" when they name both; None when neither."""
    if _BOTH.search(words):
        return ""
    killed, wounded = bool(_KILLED.search(words)), bool(_WOUNDED.search(words))
    if killed and wounded:
        return ""
    return KILLED if killed else WOUNDED if wounded else None


@lru_cache(maxsize=8192)
def toll_kind(text: str, start: int, end: int, previous_end: int, next_start: int) -> str | None:
    """KILLED, WOUNDED or None (a total, or no toll) for the figure at ``text[start:end]``; its clause is cut
    at the figures before (``previous_end``) and after (``next_start``) it."""
    before = text[previous_end:start]
    ends = list(_CLAUSE_END.finditer(before))
    before = before[ends[-1].end() :] if ends else before
    if (led := _LED_IN.search(before)) is not None and (kind := _named_kind(led.group("kind"))) is not None:
        return kind or None  # "the dead at around 300 and the wounded at 2,700": each figure its own lead-in's
    after = text[end:next_start]
    after = after[: m.start()] if (m := _CLAUSE_END.search(after)) else after
    kind = _named_kind(after)
    if kind is None:
        kind = _named_kind(before)
    return kind or None


def figure_toll_kinds(text: str, spans: list[tuple[int, int]]) -> list[str | None]:
    """``toll_kind`` of each figure span of one claim's ``text``, the spans in any order."""
    ordered = sorted(spans)
    kinds: dict[tuple[int, int], str | None] = {}
    for index, (start, end) in enumerate(ordered):
        previous_end = ordered[index - 1][1] if index else 0
        next_start = ordered[index + 1][0] if index + 1 < len(ordered) else len(text)
        kinds[start, end] = toll_kind(text, start, end, min(previous_end, start), max(next_start, end))
    return [kinds[span] for span in spans]


def toll_of(claim: Claim, figure: Figure) -> str | None:
    """``toll_kind`` of one of ``claim``'s figures, its clause cut at the claim's other figures."""
    spans = [(f.start, f.end) for f in claim.figures]
    if (figure.start, figure.end) not in spans:
        return None
    return figure_toll_kinds(claim.text, spans)[spans.index((figure.start, figure.end))]


def with_toll(shown: str, kind: str | None) -> str:
    """A figure as written with the toll it counts: "≥ 300 troops (killed)", so a death toll never reads as troops."""
    return f"{shown} ({kind})" if kind else shown

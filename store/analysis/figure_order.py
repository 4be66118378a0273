"""Which figure of a claim leads: the one its value, unit and subject are read from.

Figures are ranked by how well a subject fits them (see ``figure_subjects``),
after the figures a change replaced and the wholes shares are taken of.  But
figures counting the same subject as the best one are peers, and a score
among peers only counts cue words near each: in "300 were killed and 2,700
wounded" the second scored higher for standing next to "wounded", and a
claim of 300 dead and 2,700 wounded read as "2,700".  So peers keep the
writer's order, with the exceptions an analyst reads at once: a part of a
tally ("4,700 casualties, including 600 dead", "4,000 casualties, of whom 300
were killed and 2,700 wounded") follows the tally, a figure said to be the
total ("200 in one battle and 4,000 in total") leads, and the whole an opening
"Of the 11,000 soldiers deployed, …" picks its count out of follows that count.
"""

from __future__ import annotations

import re

from store.models import Figure

# "including 600 dead", "of whom 300 were killed", "among them 40 officers": the words of a part, right before
# its figure ("US officials, including in December, that around 3,000 …" is no part).
_PART_LEAD = re.compile(
    r"\b(?:including|of\s+whom|of\s+which|among\s+them|among\s+whom|among\s+those|of\s+them)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|over|more\s+than|at\s+least|as\s+many\s+as|up\s+to|"
    r"an\s+estimated|the)\s+)*$",
    re.IGNORECASE,
)
# "… of whom 300 were killed and 2,700 wounded": a figure joined to a part by "and" in its clause is a part too.
_JOINED = re.compile(r"[^,;()]*\b(?:and|or)\s+(?:(?:about|around|some|roughly|nearly|almost|over|another)\s+)?")
# "… and 4,000 in total", "15,000 troops altogether": a tally says so after its noun.
_TALLY_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:in\s+total|in\s+all|altogether|overall)\b", re.IGNORECASE)
# "Of the 11,000 soldiers deployed, …", "Out of some 12,000 troops, …": a whole the sentence picks from.
_OPENING_WHOLE = re.compile(
    r"\s*[\"“]?(?:[Oo]f|[Oo]ut\s+of)\s+(?:(?:the|an\s+estimated|some|about|around|roughly|nearly|almost)\s+)?$"
)

Scores = dict[int, tuple[str | None, float]]


def lead_order(
    sentence: str, figures: list[Figure], best: Scores, wholes: set[int], earlier: set[int] | tuple[()]
) -> list[Figure]:
    """``figures`` (offsets in ``sentence``) with the claim's leading figure first."""
    if len(figures) < 2:
        return list(figures)
    ranked = sorted(
        figures,
        key=lambda f: (f.start in earlier, id(f) in wholes, -best.get(id(f), (None, 0.0))[1], f.start),
    )
    subject = best.get(id(ranked[0]), (None, 0.0))[0]
    if subject is None:
        return ranked
    peers = [
        f for f in ranked
        if best.get(id(f), (None, 0.0))[0] == subject and f.start not in earlier and id(f) not in wholes
    ]
    if len(peers) < 2:
        return ranked
    later = max(f.start for f in figures)
    parts = _parts(sentence, figures)
    peers.sort(key=lambda f: (_picked_from(sentence, f, later), id(f) in parts, not _is_tally(sentence, f), f.start))
    taken = {id(f) for f in peers}
    return peers + [f for f in ranked if id(f) not in taken]


def _is_tally(sentence: str, figure: Figure) -> bool:
    return _TALLY_AFTER.match(sentence, figure.end, figure.end + 40) is not None


def _parts(sentence: str, figures: list[Figure]) -> set[int]:
    """Ids of the figures that count a part of a tally: after "including", "of whom", or joined to such a part."""
    parts: set[int] = set()
    previous: Figure | None = None
    for figure in sorted(figures, key=lambda f: f.start):
        if _PART_LEAD.search(sentence, max(0, figure.start - 40), figure.start) is not None or (
            previous is not None and id(previous) in parts and _JOINED.fullmatch(sentence, previous.end, figure.start)
        ):
            parts.add(id(figure))
        previous = figure
    return parts


def _picked_from(sentence: str, figure: Figure, last_start: int) -> bool:
    """Whether the figure is the whole of an opening "Of the 11,000 soldiers deployed," with a figure after it."""
    if figure.start > 24 or _OPENING_WHOLE.fullmatch(sentence, 0, figure.start) is None:
        return False
    comma = sentence.find(",", figure.end, figure.end + 60)
    return 0 <= comma < last_start

"""Revised figures: "raised its estimate from 10,000 to 12,000" gives a new figure and the one it replaces.

"From 10,000 to 12,000" after a word of change (raised, revised, rose,
cut …) is no range the speaker puts the count in: the count is now 12,000,
and 10,000 was the earlier figure.  Read as a range it would become "about
11,000", a number nobody gave.  So the two are read as two figures, and the
one after "from" is listed after the current one (it is never a claim's main
figure while the current one stands beside it).
"""

from __future__ import annotations

import re

# A word saying a figure changed, before "from" in the same clause.
_CHANGE = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|"
    r"reduc(?:e|es|ed|ing)|rose|risen|rises?|grew|grown|grows?|jump(?:s|ed)?|climb(?:s|ed)?|fell|fallen|falls?|"
    r"drop(?:s|ped)?|decreas(?:e|es|ed|ing)|upgrad(?:e|es|ed|ing)|downgrad(?:e|es|ed|ing)|doubl(?:e|es|ed|ing)|"
    r"halv(?:e|es|ed|ing)|chang(?:e|es|ed|ing)|updat(?:e|es|ed|ing)|swell(?:s|ed)?|up|down|upward|downward)\b"
    r"[^.;:!?]*$",
    re.IGNORECASE,
)
# "from 10,000", "from an earlier estimate of 1,000", "from a previous figure of about 3,000".
_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:an?|the|its|their)\s+)?(?:(?:earlier|previous|prior|initial|original|old)\s+)?"
    r"(?:(?:estimate|figure|count|tally|assessment|number)\s+of\s+)?"
    r"(?:(?:about|around|roughly|some|an\s+estimated|nearly|almost)\s+)?$",
    re.IGNORECASE,
)

# Korean, Japanese and Chinese put the earlier figure first and mark it "from": "1100명에서 3000명으로 상향
# 조정했다", "1100人から3000人に上方修正した", "从1100人上调至3000人" (raised from 1,100 to 3,000).
_CJK_EARLIER = re.compile(
    r"[약約约]?\s?[\d,.]+\s?[^\s\d。.]{0,3}?(?:에서|から)\s?[^。.]{0,24}?(?:상향|하향|늘|줄|조정|증가|감소|"
    r"上方|下方|引き上げ|引き下げ|修正|増|減)"
    r"|(?<=从)[约]?[\d,.]+[万千百]?[^\s\d。，]{0,2}?(?:上调|下调|增至|增加到|升至|降至|调整为|提高到|减少到|修正为)"
)


# "rose by 2,000 to 13,000", "was raised by about 1,000": the figure right after "by" is how much a count changed.
_CHANGED_BY = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|revis(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|"
    r"reduc(?:e|es|ed|ing)|rose|risen|rises?|rising|grew|grown|grows?|jump(?:s|ed)?|climb(?:s|ed)?|fell|fallen|"
    r"falls?|drop(?:s|ped)?|decreas(?:e|es|ed|ing)|swell(?:s|ed)?|up|down)\s+by\s+"
    r"(?:(?:about|around|roughly|some|an\s+estimated|nearly|almost|another|a\s+further|more\s+than|over)\s+)*$",
    re.IGNORECASE,
)


def is_change_by(text: str, start: int) -> bool:
    """Whether the number at ``start`` says by how much a count changed ("rose by 2,000 to 13,000")."""
    return " by " in text[max(0, start - 40) : start] and _CHANGED_BY.search(text, max(0, start - 60), start) is not None


def is_revision_from(text: str, from_start: int) -> bool:
    """Whether the "from" at ``from_start`` opens the earlier figure of a change ("raised … from 10,000 to …")."""
    return _CHANGE.search(text, max(0, from_start - 160), from_start) is not None


def follows_revision_from(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` is the earlier one of a change: "up from 3,000", "from an earlier estimate
    of 3,000" (it counts what the figure that replaced it counts)."""
    found = _FROM_BEFORE.search(sentence, max(0, start - 60), start) if "from" in sentence else None
    return found is not None and is_revision_from(sentence, found.start())


def earlier_figure_starts(sentence: str, starts: list[int]) -> set[int]:
    """Of the figures starting at ``starts``, those that are not the current count beside another.

    A figure a change replaced ("raised … from 3,000", "put it at 3,000 before revising it to 2,500") and an
    increment a running total includes ("an additional 3,000 …, bringing its total to 14,000").
    """
    earlier = set()
    if "from" in sentence:
        for start in starts:
            found = _FROM_BEFORE.search(sentence, max(0, start - 60), start)
            if found is not None and is_revision_from(sentence, found.start()):
                earlier.add(start)
    if not sentence.isascii():
        earlier.update(start for start in starts if _CJK_EARLIER.match(sentence, start) is not None)
    if len(starts) >= 2 and " now " in sentence:
        for start in starts[:-1]:  # "which had earlier put the number at 10,000, now believes about 12,000"
            if _EARLIER_PUT.search(sentence, max(0, start - 80), start) and _NOW.search(sentence, start, starts[-1]):
                earlier.add(start)
    if len(starts) >= 2 and _EARLIER_WORD.search(sentence):
        # "12,000 troops, compared with an earlier estimate of 11,000": a figure its own words call old
        named = {s for s in starts if _EARLIER_NAMED.search(sentence, max(0, s - 80), s)}
        if len(named) < len(starts):
            earlier |= named
    if len(starts) >= 2 and "ontrary to " in sentence:
        # "Contrary to reports of 15,000, the NIS said 11,000": others' figure set against the one given, never it
        named = {s for s in starts if _CONTRARY_TO.search(sentence, max(0, s - 80), s)}
        if len(named) < len(starts):
            earlier |= named
    if len(starts) >= 2 and " by " in sentence:  # "rose by 2,000 to 13,000": the level leads, not the change
        earlier.update(start for start in starts[:-1] if is_change_by(sentence, start))
    if len(starts) < 2 or not (" to " in sentence or " of " in sentence):
        return earlier
    for later in starts[1:]:
        revised = _REVISED_TO.search(sentence, max(0, later - 120), later)
        total = revised is None and _RUNNING_TOTAL.search(sentence, max(0, later - 110), later)
        if revised is not None or total:
            # Figures before the new or total one, in its sentence part: "at 3,000 before revising …"
            earlier.update(s for s in starts if s < later and not _STOP.search(sentence, s, later))
    return earlier


# "… at 3,000 before revising the figure down to 2,500", "…, later raised to 12,000": the last figure replaces
# the one before it.  The change word must follow a word of sequence, or "raised to" alone would do.
_REVISED_TO = re.compile(
    r"\b(?:before|then|later|subsequently|since|but)\s+(?:(?:it|was|were|has|had|have|been|being|the\s+\w+|"
    r"its|their|this|that)\s+)*"
    r"(?:revis|rais|lower|cut|reduc|increas|upgrad|downgrad|adjust|correct|updat|amend|lift|push|trim|scal|doubl|"
    r"tripl|halv)\w*"
    r"(?:\s+(?!to\b)[\w'’]+){0,4}?\s+(?:up\s+|down\s+|upward\s+|downward\s+)?to\s+[\"“]?$",
    re.IGNORECASE,
)
# ", bringing its total deployment to around 14,000", "taking the number to 14,000", "for a total of 14,000".
_RUNNING_TOTAL = re.compile(
    r"\b(?:(?:bring|brings|bringing|brought|take|takes|taking|took|push|pushes|pushing|pushed|lift|lifts|lifting|"
    r"raise|raises|raising|double|doubles|doubling|doubled|triple|triples|tripling|tripled|swell|swelling|swelled|"
    r"increase|increases|increasing|increased)\s+(?:the|its|their|his|her|this)\s+(?:[\w-]+\s+){0,2}?"
    # "raising the total number of North Korean soldiers in Russia to 13,000": what the total counts, where
    r"(?:total|tally|number|count|toll|strength|contingent|presence|deployment)(?:\s+[\w-]+){0,7}?\s+(?:up\s+)?to"
    r"|(?:for|making|to)\s+an?\s+(?:combined\s+|cumulative\s+|overall\s+)?total\s+of)\s+[\"“]?$",
    re.IGNORECASE,
)
# A figure given before ("had earlier put the number at 10,000") that one given "now" replaces.
_EARLIER_PUT = re.compile(
    r"\b(?:earlier|previously|initially|originally|first|had)\s+(?:\w+\s+)?(?:put|estimated|said|reported|gave|"
    r"placed|counted|assessed)\b[^.;!?]{0,50}$|\b(?:earlier|previously|initially|originally)\s+$"
    # "The NIS said last year that … 13,000 …; it now puts …": said at a time gone by
    r"|\b(?:put|estimated|said|reported|assessed)\s+(?:last\s+(?:year|month|week|autumn|fall|spring|summer|winter)|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|20\d\d))\b"
    r"[^.;!?]{0,50}$",
    re.IGNORECASE,
)
_NOW = re.compile(r"\bnow\b")
# A figure its own words call superseded, whatever joins it to the current one: "compared with an earlier
# estimate of 11,000", "against a previous figure of 10,000", "; its previous estimate was 11,000", "contrary to earlier
# reports of 15,000" (someone else's earlier figure: never the current one).
_EARLIER_WORD = re.compile(r"\b(?:earlier|previous|prior|initial|original|former)\s", re.IGNORECASE)
_EARLIER_NAMED = re.compile(
    r"\b(?:earlier|previous|prior|initial|original|former)\s+(?:official\s+|government\s+)?"
    r"(?:estimate|figure|count|tally|assessment|number|toll|forecast|report|claim)s?\s+"
    r"(?:of|was|were|had\s+been|(?:had\s+)?stood\s+at|(?:had\s+)?put\s+(?:it\s+|the\s+\w+\s+)?at)\s+"
    r"(?:(?:about|around|roughly|some|an\s+estimated|nearly|almost|over|more\s+than|at\s+least|up\s+to|"
    r"as\s+many\s+as|only|just)\s+)?[\"“]?$",
    re.IGNORECASE,
)
# A sentence break between two figures: they are no revision of each other.
_STOP = re.compile(r"[.;!?]\s")
# A figure the sentence sets its own against: "contrary to reports of 15,000", "contrary to claims that 15,000".
_CONTRARY_TO = re.compile(
    r"\bcontrary\s+to\s+(?:(?:the|some|many|media|other|earlier|previous|initial|western|russian|ukrainian)\s+)*"
    r"(?:reports?|claims?|estimates?|figures?|accounts?|assertions?|suggestions?)\s+(?:of|that|putting\s+\w+\s+at)\s+"
    r"(?:(?:about|around|roughly|some|an\s+estimated|nearly|almost|over|more\s+than|up\s+to|as\s+many\s+as)\s+)?"
    r"[\"“]?$",
    re.IGNORECASE,
)


# "1,000 had died, not 10,000 as first reported", "… rather than the 12,000 first given", "(not 15,000)": a figure
# the sentence rejects beside the one it gives.  Nobody in the sentence claims it, so it is no figure of the claim.
_REJECTED = re.compile(
    r"(?:[,(—–]\s*not|\brather\s+than|\binstead\s+of)\s+(?:the\s+)?"
    r"(?:(?:about|around|roughly|some|an\s+estimated|nearly|almost|over|more\s+than|up\s+to|as\s+many\s+as)\s+)?"
    r"[\"“]?$",
    re.IGNORECASE,
)


def rejected_figure_starts(sentence: str, starts: list[int]) -> set[int]:
    """Of the figures starting at ``starts``, those a correction rejects after the one the sentence gives."""
    if len(starts) < 2 or not ("not " in sentence or "than " in sentence or "instead " in sentence):
        return set()
    return {start for start in starts[1:] if _REJECTED.search(sentence, max(0, start - 40), start) is not None}

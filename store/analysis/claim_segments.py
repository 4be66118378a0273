"""Cutting a sentence that carries several claimants into one span per claimant.

"X said A, while Y put it at B" is cut at the last clause break before Y; "A, according to X, with reports
suggesting B" right after X; "11,000 (NIS) to 12,000 (HUR)" right after each bracketed source, and "put at
11,000 by Seoul and 12,000 by Washington" right after each agent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.analysis.anchors import Anchor
from store.analysis.dashed_asides import dashed_aside_claim
from store.analysis.object_relatives import object_clause_start

_SPLIT_POINT = re.compile(
    r",\s+(?:and|while|though|although|but|whereas|with|as|even\s+as)\s+|;\s+|\s+while\s+|,\s+(?=according\s+to\b)"
    r"|[，；](?=\s*(?:而|但|然而|不过|可是))"  # Chinese "，而" ("while"): the connective opens the second claim
)
# Where the words of a source confirmed later end: at the last comma or "and" before the confirmation, or
# before the auxiliary that opens it ("… reported by the NIS was later confirmed by …").
_BEFORE_CONFIRMATION = re.compile(r",\s|\s+and\s")
_CONFIRMING_AUXILIARY = re.compile(
    r"\s+(?:was|were|is|are|has|have|had)(?:\s+(?:since|later|also|then|now|first|subsequently|been))*\s+$"
)
# What the writer adds after a source's words, outside them: "…, which was later confirmed by", "…, a figure …".
_ADDED_AFTER = re.compile(
    r",\s+(?:which|a\s+(?:[\w-]+\s+)?(?:figure|estimate|number|total|toll|count|tally|claim)|an\s+estimate)\b"
)
# "has not been confirmed by", "could not be independently confirmed by": nobody vouches for the figure.
_UNCONFIRMED = re.compile(r"\b(?:not|never|n['’]t|yet\s+to)(?:\s+[\w'’]+){0,3}\s+$", re.IGNORECASE)


def claim_segments(
    sentence: str, named: Sequence[tuple[Anchor, str | None]]
) -> list[tuple[int, int, Anchor | None, str | None]]:
    """One span per distinct claimant; a sentence with one claimant (or none) is one span."""
    if "(" in sentence and named and (closing := _closing_bracket_claim(sentence, named)) is not None:
        return closing
    if "(" in sentence and len(named) > 1 and (inner := _inner_bracket_claim(sentence, named)) is not None:
        return inner
    if named and ("—" in sentence or " – " in sentence or " - " in sentence or "--" in sentence) and (
        aside := dashed_aside_claim(sentence, named)
    ) is not None:
        return aside
    if len(named) > 1 and sentence[:1] in _OPENING_QUOTES:
        named = _speaker_after_quotation(sentence, named)
    # One source relayed by another is another claim ("HUR gave 12,000, while officials, citing HUR, spoke of
    # 15,000"): a later speaker with a relay of its own starts one (a "he said" after "X told VOA" does not).
    distinct: list[tuple[Anchor, str | None]] = []
    for anchor, claimant in named:
        if not distinct or distinct[-1][1] != claimant or anchor.via not in (None, distinct[-1][0].via):
            distinct.append((anchor, claimant))
    if len(distinct) <= 1 and (";" in sentence or "version" in sentence) and (
        retracted := _retraction_before(sentence, distinct)
    ) is not None:
        return retracted
    if len(distinct) == 1 and (object_start := object_clause_start(sentence, distinct[0][0])) is not None:
        # "…, not the 110,000 Kyiv claimed": the words before the figure Kyiv claimed are no claim of Kyiv's
        return [(0, object_start, None, None), (object_start, len(sentence), *distinct[0])]
    if len(distinct) == 1 and (own := _own_clause_before(sentence, distinct[0][0])) is not None:
        # "Losses rose to 3,000 and the Pentagon said 1,000 had died": the first clause is the article's own
        return [(0, own, None, None), (own, len(sentence), *distinct[0])]
    if len(distinct) <= 1:
        return [(0, len(sentence), distinct[0][0], distinct[0][1])] if distinct else [(0, len(sentence), None, None)]
    if (confirmed := _confirmed_spans(sentence, distinct)) is not None:
        return confirmed
    cuts = [0]
    for (first, _c1), (second, _c2) in zip(distinct, distinct[1:], strict=False):
        low, high = first.end, second.start
        cut = None
        if first.kind == "bracket":
            cut = first.end + 1  # "11,000 (NIS) to 12,000 (HUR)": each figure's source closes its claim
        elif first.kind == "put by":
            cut = first.end  # "put at 11,000 by Seoul and 12,000 by Washington": so does each agent
        elif first.content == "left":
            # "…, according to Ukraine, with reports suggesting …": the first claim ends right after its source.
            after = _SPLIT_POINT.search(sentence, first.end, max(first.end, high))
            cut = after.start() if after else None
            if cut is None:
                comma = sentence.find(",", first.end, high)
                cut = comma if comma >= 0 else None
        if cut is None:
            cut = object_clause_start(sentence, second)  # "X said A, not the B that Y claimed": Y's is B alone
        if cut is None:
            # "X said A, while Y put it at B": cut at the last clause break before the second claimant.
            points = [m.start() for m in _SPLIT_POINT.finditer(sentence, low, high)]
            cut = points[-1] if points else (high if second.content == "right" else None)
        if cut is None or cut <= cuts[-1]:
            continue
        cuts.append(cut)
    cuts.append(len(sentence))
    spans: list[tuple[int, int, Anchor | None, str | None]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        inside = [(anchor, c) for anchor, c in distinct if a <= anchor.start < b]
        if inside:
            spans.append((a, b, inside[0][0], inside[0][1]))
        else:  # a stretch before any claimant's words belongs with the next claim's span or the previous one
            spans.append((a, b, spans[-1][2], spans[-1][3]) if spans else (a, b, None, None))
    return spans


# The joint before a speaker who opens the second clause: "…, and the Pentagon said", "…; Kyiv says", "… but NATO said".
_JOINT_BEFORE = re.compile(r"(?:,?\s+(?:and|but|while|whereas|though|although)|;)\s+$")
_FIGURE_DIGIT = re.compile(r"\d")


def _own_clause_before(sentence: str, anchor: Anchor) -> int | None:
    """Where the speaker's clause starts when a clause of the article's own, with a figure, comes before it.

    The speaker's phrase (``left_noun_phrase``) stops at the "and" only when what precedes it is no name of
    theirs, so a figure before the joint is no word of what they say after their verb.
    """
    if anchor.kind != "verb" or anchor.content != "right" or anchor.start < 8:
        return None
    joint = _JOINT_BEFORE.search(sentence, max(0, anchor.start - 12), anchor.start)
    if joint is None or _FIGURE_DIGIT.search(sentence, 0, joint.start()) is None:
        return None
    return joint.start()


# A correction's own clause: "An earlier version of this article said 12,000; the correct figure, according to the
# NIS, is 1,200" retracts the first figure, which is nobody's claim and never the source's named after it.
# "An earlier version said 1,200" names no article, but its verb says the version is what is retracted.
_RETRACTION = re.compile(
    r"\b(?:earlier|previous|original|prior)\s+version(?:\s+of\s+this\s+(?:article|story|report|piece)\b|"
    r"(?=\s+(?:\w+ly\s+)?(?:said|stated|reported|gave|misstated|misreported|wrote)\b))",
    re.IGNORECASE,
)
# What a retraction says its earlier version said: up to the verb, "(incorrectly) said the NIS put … at 1,200".
_RETRACTED_SAYING = re.compile(r"[^;.]*?\b(?:said|stated|reported|gave|misstated|misreported|wrote)\b")


def _retraction_before(
    sentence: str, distinct: list[tuple[Anchor, str | None]]
) -> list[tuple[int, int, Anchor | None, str | None]] | None:
    """The retracted clause before a semicolon (nobody's) and the corrected one after it (its source's, if named).

    "An earlier version of this story said 12,000 …; the figure was 1,200": with no source named after the
    semicolon the correction is the article's own, and its figure no part of what the retraction takes back.
    """
    retraction = _RETRACTION.search(sentence)
    semicolon = sentence.find(";", retraction.end()) if retraction is not None else -1
    if semicolon < 0:
        return _whole_retraction(sentence, retraction, distinct)
    if not distinct or (distinct[0][1] is None and distinct[0][0].start < semicolon):
        return [(0, semicolon, None, None), (semicolon, len(sentence), None, None)]
    anchor, claimant = distinct[0]
    if anchor.start < semicolon or ";" in sentence[semicolon + 1 : anchor.start]:
        return None
    return [(0, semicolon, None, None), (semicolon, len(sentence), anchor, claimant)]


def _whole_retraction(
    sentence: str, retraction: re.Match[str] | None, distinct: list[tuple[Anchor, str | None]]
) -> list[tuple[int, int, Anchor | None, str | None]] | None:
    """A sentence that is all retraction: "An earlier version of this story said the NIS put losses at 1,200."

    The source the retracted words name is what the article got wrong: nobody's claim, the article's own.
    """
    if retraction is None or retraction.start() > 24 or not distinct:
        return None
    said = _RETRACTED_SAYING.match(sentence, retraction.end())
    if said is None or distinct[0][0].start < said.end():
        return None
    return [(0, len(sentence), None, None)]


def _confirmed_spans(
    sentence: str, distinct: list[tuple[Anchor, str | None]]
) -> list[tuple[int, int, Anchor | None, str | None]] | None:
    """'The figure of 11,000, first reported by Yonhap, was later confirmed by the Pentagon': both claim it.

    The agent of "confirmed by" at the end vouches for every word before it: its span is the whole sentence.
    Whoever reported it before keeps a claim of their own over their words, which holds the same figures (an
    analyst asking who says 11,000 finds both); it comes second, the confirmation being the later word.
    """
    confirmer, claimant = distinct[-1]
    if confirmer.kind != "cited by" or confirmer.content != "left" or not sentence.startswith("confirm", confirmer.start):
        return None
    if _UNCONFIRMED.search(sentence, max(0, confirmer.start - 40), confirmer.start):
        return None
    earlier = [(anchor, c) for anchor, c in distinct[:-1] if anchor.end <= confirmer.start and c != claimant]
    if not earlier or any(
        anchor.content == "right" and anchor.kind != "cited by"  # (a passive's agent says no clause after it)
        and not _ADDED_AFTER.search(sentence, anchor.end, confirmer.start)
        for anchor, _c in earlier
    ):
        return None  # "An official said the figure was confirmed by …", "According to Yonhap, … was confirmed by
        # the Pentagon": the confirmation is inside what the first source says
    last_end = earlier[-1][0].end
    breaks = [m.start() for m in _BEFORE_CONFIRMATION.finditer(sentence, last_end, confirmer.start)]
    if breaks:
        cut = breaks[-1]
    else:
        auxiliary = _CONFIRMING_AUXILIARY.search(sentence, last_end, confirmer.start)
        cut = auxiliary.start() if auxiliary else confirmer.start
    return [(0, len(sentence), confirmer, claimant), *claim_segments(sentence[:cut], earlier)]


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A day or a year in the bracket ("said on 3 May", "in 2024") is no figure of the speaker's own.
_DATE = re.compile(rf"\b(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}|(?:19|20)\d\d)\b")


def bracket_dates_removed(text: str) -> str:
    """``text`` without the days and years in it: what is left of its digits counts something."""
    return _DATE.sub("", text)


def _closing_bracket_claim(
    sentence: str, named: Sequence[tuple[Anchor, str | None]]
) -> list[tuple[int, int, Anchor | None, str | None]] | None:
    """'Roughly 1,000 … have been killed (Seoul puts the figure at around 300).': a speaker inside a closing
    bracket, with a figure of their own after their verb, owns the bracket only; the words before it are
    whoever else the sentence names (or nobody's)."""
    last, claimant = named[-1]
    opening = sentence.rfind("(", 0, last.start)
    if last.kind != "verb" or opening <= 0 or ")" in sentence[opening : last.start]:
        return None
    closing = sentence.find(")", last.end)
    if closing < 0 or sentence[closing + 1 :].strip(" .!?,;\"”") or not any(
        ch.isdigit() for ch in _DATE.sub("", sentence[last.end : closing])
    ):
        return None
    before = [(anchor, c) for anchor, c in named[:-1] if anchor.end <= opening]
    return [*claim_segments(sentence[:opening], before), (opening, len(sentence), last, claimant)]


def _inner_bracket_claim(
    sentence: str, named: Sequence[tuple[Anchor, str | None]]
) -> list[tuple[int, int, Anchor | None, str | None]] | None:
    """'Up to 3,000 … (the NIS says 1,100) have been killed, according to Zelensky': a speaker inside a bracket the
    sentence goes on after, with a figure of their own, owns the bracket; the sentence around it is the others'.

    The bracket's span comes last, inside the span of the words around it, which leave its figures to it (see
    ``claims``)."""
    for index, (anchor, claimant) in enumerate(named):
        opening = sentence.rfind("(", 0, anchor.start)
        if anchor.kind != "verb" or opening < 0 or ")" in sentence[opening : anchor.start]:
            continue
        closing = sentence.find(")", anchor.end)
        if closing < 0 or not sentence[closing + 1 :].strip(" .!?,;\"”") or not any(
            ch.isdigit() for ch in _DATE.sub("", sentence[anchor.end : closing])
        ):
            continue
        others = [(a, c) for i, (a, c) in enumerate(named) if i != index]
        if not others or any(opening <= a.start <= closing for a, _c in others):
            return None
        return [*claim_segments(sentence, others), (opening, closing + 1, anchor, claimant)]
    return None


_OPENING_QUOTES = ('"', "“")


def _speaker_after_quotation(
    sentence: str, named: Sequence[tuple[Anchor, str | None]]
) -> Sequence[tuple[Anchor, str | None]]:
    """'"He added that … 3,000 new tanks …," Griminaova said.': the speaker named after the quotation says all of it;
    a pronoun inside the quotation is someone the speaker quotes, not an antecedent the article resolves."""
    closing = sentence.find("”") if sentence[0] == "“" else sentence.find('"', 1)
    if closing < 0 or not any(anchor.start > closing and anchor.pronoun is None for anchor, _c in named):
        return named
    return [(anchor, c) for anchor, c in named if anchor.start > closing or anchor.pronoun is None]

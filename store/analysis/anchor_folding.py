"""Attributions that belong together: one claim told through another speaker.

News copy stacks speakers in one sentence.  These rules fold such a stack
into one claimant and its relay (``via``):

* '"…," Campbell said, according to The Guardian': the paper relays Campbell;
* "The spy agency said 4,700 …, the lawmaker told reporters": the agency
  says it, through the lawmaker;
* "A captured soldier told interrogators that …, the SBU said" and "One
  prisoner told investigators …, according to the agency": a person with no
  name, talking to the authorities, is heard only through the agency, which
  is the claimant (words told to reporters stay the speaker's, relayed);
* "He said the payments could reach $10 billion, a figure cited by KINU":
  the figure is KINU's, and the speaker relays it (unless the speaker
  estimated it: "KIDA estimated $20 billion, a figure cited by officials");
* "Singh said the US now assesses that 12,000 …": the US assesses it, and
  Singh relays it; the bare "Singh said" is no claim of its own;
* "The agency also estimated, Park said, that …": a speaker set off by
  commas right after another's verb relays it.

A relay named by a pronoun or a description ("the lawmaker") is left in
``via_pronoun`` for the caller, which knows the article's speakers.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from store.analysis.anchors import Anchor
from store.analysis.claim_segments import bracket_dates_removed
from store.analysis.claimants import PRONOUNS, names_place_or_body
from store.analysis.coreference import BODY_HEADS

# "a figure cited by X", "an estimate also given by X": the words before the agent name what is cited.
_CITED_FIGURE = re.compile(
    r",\s+(?:a|an|the|this|that|one)\s+(?:[\w-]+\s+)?(?:figure|estimate|number|total|tally|count|assessment)s?"
    r"\s+(?:(?:also|later|first|previously|widely)\s+)?$",
    re.IGNORECASE,
)
_ESTIMATING_VERBS = frozenset(
    {"estimate", "estimates", "estimated", "calculate", "calculates", "calculated", "assess", "assesses", "assessed",
     "conclude", "concludes", "concluded"}
)
_UNNAMED_LEADS = frozenset({"a", "an", "one", "another", "two", "three", "some"})
_ORDINALS = frozenset({"first", "second", "third", "other", "latter", "former"})  # "the second prisoner"
_AUTHORITIES = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:interrogators|investigators|captors|prosecutors|police|authorities|officials|"
    r"officers|judges|the\s+court|a\s+court|a\s+tribunal|the\s+tribunal|intelligence\s+officers)\b"
)
# Between the outer speaker's verb and the inner speaker: "that", or the opening of a quotation ('Lee said:
# "The NIS told us …"': the quoted speaker passes the body's word on).
_NESTED_GAP = re.compile(r"\s*(?:that\s+|[:,]\s*[\"“])?$")
_SPEAKING_KINDS = ("verb", "colon", "quoted")
# Whom the outer speaker told, then when or where ("told reporters after the closed-door briefing that …"; the
# "that" may be left out).
_TOLD_GAP = re.compile(
    r"\s+(?:the\s+)?[\w'’-]+(?:\s+(?!that\b)[\w'’-]+)?"
    r"(?:,?\s+(?:after|on|in|at|during|following|before|last|this|earlier|"
    r"late|behind)\s+[^,;.\"“”]{1,60}?,?)?(?:\s+that)?\s*$"
)


def fold_trailing_sources(sentence: str, anchors: list[Anchor]) -> list[Anchor]:
    """'"…," Campbell said at a talk, according to The Guardian': the paper relays Campbell, it is not a second claimant.

    An unnamed speaker who told the authorities ("One prisoner told investigators …, according to the
    agency") is heard only through them: the source after "according to" is the claimant.
    """
    kept: list[Anchor] = []
    for anchor in anchors:
        speaker = kept[-1] if kept else None
        if (
            speaker is not None
            and anchor.kind in ("according", "per")
            and anchor.content == "left"
            and speaker.kind in _SPEAKING_KINDS
            and speaker.via is None
            and (anchor.claimant is not None or anchor.pronoun is not None)
            and not _bracket_closes_between(sentence, speaker, anchor)
        ):
            if speaker.pronoun is None and is_unnamed_person(speaker) and told_authorities(sentence, speaker):
                kept[-1] = anchor
                continue
            if speaker.kind == "colon" and speaker.claimant is not None and names_place_or_body(speaker.claimant):
                kept[-1] = anchor  # '• United States: "10,000", according to the Pentagon': a label, not a speaker
                continue
            speaker.via, speaker.via_pronoun = anchor.claimant, None if anchor.claimant else anchor.pronoun
            continue
        kept.append(anchor)
    return kept


def _bracket_closes_between(sentence: str, speaker: Anchor, source: Anchor) -> bool:
    """'… (the NIS says 1,100) have been killed, according to Zelensky': a speaker in a bracket closed before the
    source speaks for the bracket alone; the source is no relay of theirs."""
    opening = sentence.rfind("(", 0, speaker.start)
    closing = sentence.find(")", speaker.end, source.start)
    if opening < 0 or closing < 0 or ")" in sentence[opening : speaker.start]:
        return False
    return any(ch.isdigit() for ch in bracket_dates_removed(sentence[speaker.end : closing]))  # a figure of its own


def fold_speakers(sentence: str, anchors: list[Anchor]) -> list[Anchor]:
    """Nested speakers, a trailing speaker tag and "a figure cited by X" folded into claimant and relay."""
    if len(anchors) < 2:
        return anchors
    anchors = _fold_leading_source(sentence, anchors)
    anchors = _fold_parenthetical(sentence, anchors)
    anchors = _fold_nested(sentence, anchors)
    if len(anchors) >= 2:
        anchors = _fold_trailing(sentence, anchors)
    return anchors


def is_unnamed_person(anchor: Anchor) -> bool:
    """A pronoun, or someone described and not named ("a captured North Korean soldier", "one official")."""
    if anchor.pronoun is not None:
        return anchor.pronoun in ("he", "she", "they", "i", "we")
    words = anchor.raw.split()
    return (
        len(words) >= 2
        and (words[0].lower() in _UNNAMED_LEADS or (words[0].lower() == "the" and words[1].lower() in _ORDINALS))
        and anchor.claimant is not None
        and anchor.claimant.split()[-1][:1].islower()
    )


def told_authorities(sentence: str, anchor: Anchor) -> bool:
    """'… told interrogators / investigators / the court': words given to authorities, who then report them.

    Words told to reporters or a newspaper are the speaker's own; the outlet after them only relays.
    """
    return sentence.startswith("told", max(0, anchor.end - 4)) and _AUTHORITIES.match(sentence, anchor.end) is not None


def _fold_relayed(anchors: list[Anchor], relays: Callable[[Anchor, Anchor], bool]) -> list[Anchor]:
    """Each anchor that ``relays(before, anchor)`` says is passed on by the anchor kept before it takes
    that one's place, with it as its relay (unless it names a relay of its own)."""
    kept: list[Anchor] = [anchors[0]]
    for anchor in anchors[1:]:
        before = kept[-1]
        if relays(before, anchor):
            if anchor.via is None and anchor.via_pronoun is None:
                _relay_through(anchor, before)
            kept[-1] = anchor
            continue
        kept.append(anchor)
    return kept


def _fold_leading_source(sentence: str, anchors: list[Anchor]) -> list[Anchor]:
    """'According to Park, a lawmaker, the agency said …': the agency says it, and Park relays it."""

    def relays(source: Anchor, anchor: Anchor) -> bool:
        return (
            source.kind == "according"
            and source.content == "right"
            and anchor.kind == "verb"
            and anchor.content == "right"
            and source.end <= anchor.start
            and _LEADING_GAP.match(sentence, source.end, anchor.start) is not None
            and anchor.via is None
            and anchor.via_pronoun is None
        )

    return _fold_relayed(anchors, relays)


# The source's own apposition (", a Democratic Party lawmaker on the committee"), then the comma.
_LEADING_GAP = re.compile(r"(?:,\s+(?:(?:an?|the)\s+)?[a-z][^,]{0,80}|,\s+(?:an?|the)\s+[^,]{1,80})?,\s*$")


def _fold_parenthetical(sentence: str, anchors: list[Anchor]) -> list[Anchor]:
    """'The agency also estimated, Park said, that …': Park, set off by commas, relays the agency's estimate."""
    kept: list[Anchor] = [anchors[0]]
    for anchor in anchors[1:]:
        inner = kept[-1]
        if (
            inner.kind == "verb"
            and anchor.kind == "verb"
            and inner.end <= anchor.start
            and _PARENTHESIS_OPENS.fullmatch(sentence, inner.end, anchor.start) is not None
            and sentence.startswith(",", anchor.end)
        ):
            if inner.via is None and inner.via_pronoun is None:
                _relay_through(inner, anchor)
            continue
        kept.append(anchor)
    return kept


_PARENTHESIS_OPENS = re.compile(r",\s+")


def _fold_nested(sentence: str, anchors: list[Anchor]) -> list[Anchor]:
    """'Singh said the US now assesses that …': the inner speaker claims, the outer one relays."""

    def relays(outer: Anchor, anchor: Anchor) -> bool:
        nested = outer.end <= anchor.start and _NESTED_GAP.match(sentence, outer.end, anchor.start) is not None
        # "Lee told reporters (that) the NIS estimated …": past whom the outer speaker told
        told = outer.end <= anchor.start and sentence[outer.start : outer.end].endswith(("told", "tells")) and (
            _TOLD_GAP.match(sentence, outer.end, anchor.start) is not None
        )
        return (
            outer.kind == "verb"
            and anchor.kind == "verb"
            and outer.content == "right"
            # "Park said the agency believed 3,000 had died": what the inner speaker says is right of them, however
            # short (the left of them is the outer speaker's verb)
            and (anchor.content == "right" or nested or told)
            # "Kirby said he believed …": the same speaker, read as before; "Park said the agency believed …" is
            # the agency named before, which Park relays
            and anchor.pronoun not in PRONOUNS
            and outer.end <= anchor.start
            and (nested or told)
        )

    return _fold_relayed(anchors, relays)


def _fold_trailing(sentence: str, anchors: list[Anchor]) -> list[Anchor]:
    """The sentence's last attribution, after a comma, tags what the one before it said."""
    inner, outer = anchors[-2], anchors[-1]
    if inner.kind == "owned" and outer.kind == "verb" and sentence[: outer.start].rstrip().endswith(","):
        # "Ukraine's figures were revised down to 2,500, the General Staff said": the body speaks for its country;
        # "RUSI's estimate of 15,000 …, the Guardian reported": a named owner keeps its figure, relayed.
        if inner.claimant is not None and _is_country(inner.claimant):
            return [*anchors[:-2], outer]
        if inner.via is None and inner.via_pronoun is None:
            _relay_through(inner, outer)
        return [*anchors[:-2], inner]
    if _tag_after_tag(sentence, inner, outer):
        # "…, the NIS told lawmakers, Yonhap reported": the second tag relays the first speaker's words
        _relay_through(inner, outer)
        return [*anchors[:-2], inner]
    if not (
        inner.kind in _SPEAKING_KINDS
        and inner.content == "right"
        and outer.content == "left"
        and inner.end <= outer.start
    ) or _bracket_closes_between(sentence, inner, outer):
        return anchors
    head = anchors[:-2]
    if outer.kind == "cited by":
        if not _CITED_FIGURE.search(sentence, inner.end, outer.start) or sentence.startswith("confirm", outer.start):
            return anchors  # "…, a figure later confirmed by the Pentagon": both claim it (see ``claim_segments``)
        if sentence[inner.start : inner.end].rsplit(None, 1)[-1].lower() in _ESTIMATING_VERBS:
            return [*head, inner]  # the speaker made the estimate; who repeated it does not change that
        _relay_through(outer, inner)
        return [*head, outer]
    if outer.kind != "verb" or not sentence[: outer.start].rstrip().endswith(","):
        return anchors
    if is_unnamed_person(inner) and told_authorities(sentence, inner):
        return [*head, outer]  # "he told interrogators …, the agency said": the agency's word
    if inner.via is None and inner.via_pronoun is None:
        _relay_through(inner, outer)
    return [*head, inner]


def _tag_after_tag(sentence: str, inner: Anchor, outer: Anchor) -> bool:
    """Whether two trailing speaker tags follow each other with nothing said between them ("…, X said, Y reported")."""
    if not (inner.kind == outer.kind == "verb" and inner.content == outer.content == "left" and inner.end <= outer.start):
        return False
    between = sentence[inner.end : outer.start]
    # The second names someone ("Yonhap", "the BBC"); "…, said Chan, a senior analyst …, told BI" describes the first.
    named = outer.raw[:1].isupper() or outer.raw.startswith("the ") and outer.raw[4:5].isupper()
    return (
        named and outer.via is None
        and inner.via is None and inner.via_pronoun is None and outer.claimant is not None and inner.claimant is not None
        and len(between) < 60 and between.rstrip().endswith(",") and between.count(",") == 1
        and not any(ch.isdigit() or ch in ";:\"“”" for ch in between) and " and " not in between
    )


def _is_country(name: str) -> bool:
    """'Ukraine', 'South Korea', 'Seoul': a place standing for its government (no acronym, no body's name)."""
    return not name.isupper() and len(name.split()) <= 2 and names_place_or_body(name) and not any(
        w.lower() in BODY_HEADS for w in name.split())


def _relay_through(anchor: Anchor, relay: Anchor) -> None:
    anchor.via = relay.claimant
    if relay.claimant and relay.via and not relay.via_interview and relay.via != anchor.claimant:
        # "…, the NIS said, the Korea Herald reported, citing lawmakers": the hands it passed through, nearest first
        anchor.via = f"{relay.claimant} via {relay.via}"
    anchor.via_pronoun = relay.pronoun if relay.claimant is None else None
    anchor.via_interview = False

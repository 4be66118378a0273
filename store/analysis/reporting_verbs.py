"""The reporting verbs: "said", "told", "estimated", "put the total at", "has information that".

``verb_hits`` finds them in a passage once; the attribution finder then reads
the claimant's words beside each (see ``phrases`` and ``attribution``).  The
scan runs on every passage of every article, hence the trie-shaped patterns
and the substring tests before the rarer phrase verbs.
"""

from __future__ import annotations

import re

from store.analysis.ascii_twins import TwinScan
from store.analysis.denials import DENIAL_VERB_FORMS, DENIAL_VERBS

__all__ = ["VERB_FORMS", "VERB_PATTERN", "VERB_WORDS", "VerbHit", "verb_hits"]

VERB_FORMS = """says said say saying tells told tell telling estimates estimated estimate reports reported warns
    warned claims claimed claim claiming believes believed believe assesses assessed assess states stated notes noted
    adds added writes wrote argues argued argue suggests suggested suggest suggesting emphasises emphasized emphasised
    emphasizes stresses stressed explains explained confirms confirmed confirm announces announced acknowledges acknowledged
    insists insisted predicts predicted cites cited indicates indicated concludes concluded alleges alleged testified
    disclosed revealed calculates calculated estimating reporting warning complained complains admitted admits
    conceded concedes accused accuses counted reckon reckons reckoned""".split() + DENIAL_VERB_FORMS


# Reporting phrases built on "has": "The HUR has information that …" (a body stating what its intelligence
# holds), "The Pentagon has given a similar estimate of 11,000 to 12,000" (the figure follows).  Kept out of
# the fast scan, which they would slow at every "has", and searched only in texts holding their nouns.
# "The NIS counts 11,000 North Korean troops": a count given ("casualty counts were …" is a noun); "Kyiv spoke of
# up to 15,000", "talks of 4,000 killed", "gave a figure of".  Searched apart, only in texts holding one of them.
_COUNT_GIVEN = (
    r"(?:counts|(?:sp(?:oke|eaks?)|talks?)\s+of)(?=\s+(?:about\s+|around\s+|roughly\s+|"
    r"some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+|as\s+many\s+as\s+)?\d)|"
    # "The ministry gave an initial estimate of 3,000", "HUR gave a figure of 12,000"
    r"(?:gave|gives)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:estimate|figure|tally|assessment)\s+of\b|"
    # "HUR gave 12,000, while …": a bare number given, with no noun of a thing handed over after it, is a figure
    r"(?:gave|gives)(?=\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|up\s+to\s+|more\s+than\s+)?"
    r"\d[\d,.]*(?:\s+(?:to|and)\s+\d[\d,.]*)?(?:[,;]\s|\.(?:\s|$)|\s+(?:while|whereas|but)\b))"
)
_PHRASE_VERBS = (
    r"ha(?:s|ve|d)\s+(?:information|intelligence|data|evidence)\s+(?:that|indicating)|"
    # "The NIS briefed lawmakers that …", "informed the committee that …": told them; "briefed by" is passive
    r"(?:briefed|briefs|informed|informs)(?=\s+(?:(?!(?:by|said|says|say|told|on|about)\b)[\w'’-]+\s+){1,5}?that\b)|"
    r"(?:has|have|had)\s+(?:given|offered|published|provided)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:estimate|figure|tally|assessment)\s+of|"
    # A body changing or keeping its own figure states it: "The NIS has raised its estimate … to 12,000",
    # "HUR revised its casualty count upward", "the JCS revised down its estimate", "Seoul stands by its estimate of
    # 11,000".
    r"(?:(?:has|have|had)\s+(?:(?:since|now|also|again|already|just|recently|twice|later)\s+)?)?"  # "has since raised"
    r"(?:raised|revised|lowered|cut|increased|updated|upgraded|downgraded|reduced)\s+"
    r"(?:(?:up|down|upward|downward)\s+)?(?:its|their|his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:estimates?|count|tally|figures?|assessment|toll)\b|"
    # The figure named before, changed: "he raised it to more than 1,000", "later revised the toll to 3,000",
    # "raised the toll of North Korean dead up to 2,300" (what the toll counts between).
    r"(?:raised|revised|lowered|cut|increased|upped|updated|reduced)\s+(?:it|the\s+(?:[\w-]+\s+)?(?:estimate|count|"
    r"tally|figure|toll)(?:\s+of(?:\s+[\w’'-]+){1,5}?)?)\s+(?:(?:up|down|upward|downward)\s+)?to\b|"
    # "The agency updated the number to 12,000": a number revised is a count the reviser keeps ("increased the
    # number of troops to 12,000" is a deed, no word)
    r"(?:revised|updated)\s+the\s+number(?:\s+of(?:\s+[\w’'-]+){1,5}?)?\s+(?:(?:up|down|upward|downward)\s+)?to\b|"
    # "Kyiv puts the toll far higher, around 4,000": a body setting its own figure against another's
    r"(?:puts?|putting|places?|placed|placing)\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:toll|figure|number|count|"
    r"estimate|losses)\s+(?:(?:much|far|even|considerably|significantly)\s+)?(?:higher|lower)\b(?=[^.;]{0,40}\d)|"
    # "…, a figure Seoul's defence ministry later revised to 20,000": the reviser states the figure it gives
    r"(?:later|since|subsequently|then)\s+(?:revised|raised|lowered|updated)\s+(?:(?:up|down|upward|downward)\s+)?"
    r"to\b(?=\s+[\"“'‘]?(?:(?:at\s+least|about|around|some|more\s+than|over|nearly)\s+)?\d)|"
    r"(?:stands|stood|stand|standing)\s+by\s+(?:its|their|his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:estimates?|count|tally|figures?|assessment)\b"
)


def _may_hold_phrase_verb(text: str) -> bool:
    """Whether ``text`` holds a noun of ``_PHRASE_VERBS`` (substring tests run in C; most texts hold none)."""
    return ("information" in text or "evidence" in text or "estimate of" in text or "figure of" in text
            or "ntelligence that" in text or "data that" in text or "tally of" in text or "assessment of" in text
            or " indicating" in text or " it to " in text or "later revised to" in text or "later raised to" in text
            or "later lowered to" in text or ("higher" in text or "lower" in text) and ("put" in text or "plac" in text) or " it up to " in text or " it down to " in text
            or "briefed " in text or "informed " in text or "briefs " in text or "informs " in text
            # "raised its estimate", "stands by its count": a possessive after a verb form, and a figure noun.
            or ("ed its " in text or "cut its " in text or " by its " in text or "ed their " in text
                or " by their " in text or "ed his " in text or "ed her " in text or "ed the " in text
                or "cut the " in text)
            and ("estimate" in text or "count" in text or "tally" in text or "figure" in text or "toll" in text
                 or "assessment" in text or "d the number" in text))


def _verb_alternatives(*, phrases: bool = True) -> str:
    """The reporting verbs as one trie-shaped alternation (several times faster than a flat one)."""
    from store.analysis.terms import trie_pattern

    return (
        rf"(?:{trie_pattern(VERB_FORMS)}|points\s+out|pointed\s+out|show(?:s|ed)?\s+that|f(?:ound|inds)\s+that|"
        # a recording's voice: "a Russian officer is heard saying", "can be heard telling his men"
        r"(?:(?:is|was|are|were|be)\s+)?heard\s+(?:saying|telling)|"
        # a fact-checker's verdict: "PolitiFact rated as False a claim that …", "Full Fact found no evidence for …"
        r"rat(?:ed|es)(?=\s+(?:[\w'’,-]+\s+){0,12}?(?:as\s+)?[\"“'‘]?(?i:false|mostly\s+false|pants\s+on\s+fire|"
        r"misleading|unproven|unsupported|four\s+pinocchios)\b)|"
        r"f(?:ound|inds)(?=\s+no\s+(?:evidence|proof|basis)\b)|"
        # a denial a document makes: "aired a report denying that …" (read only after a document, see ``attribution``)
        r"(?:denying|dismissing|rejecting)(?=\s+(?:that|any|the|claims?|reports?|allegations?)\b)|"
        # an intelligence judgement: "The DIA judges with high confidence that …" ("judges ruled" is no verb)
        r"judg(?:es|ed|e)(?=\s+(?:with\s+(?:[\w-]+\s+){1,2}confidence\s+)?that\b)|"
        # "Cavoli replied: 'About 11,000.'", "answered that …": an answer says what follows it, but "replied to the
        # strike" and "answered questions" say nothing
        # ('"About 11,000," Kirby replied.', '… the spokesman answered when asked how many …': a quotation's tag)
        r"(?:repl(?:ied|ies)|answer(?:ed|s)|respond(?:ed|s))(?=:|,?\s+that\b|,?\s+[\"“]|[.!?]|,?\s+when\s+asked\b)|"
        # "The embassy called the claims 'groundless speculation'", "described the reports … as 'a canard'", "called
        # reports of 10,000 troops 'a smear'": a denial, whose object names what was said.
        r"(?:call(?:s|ed)|describ(?:es|ed)|brand(?:s|ed)|label(?:s|l?ed))\s+"
        r"(?:(?:the|these|those|such|all|this|that)\s+)?"
        r"(?:(?:\d{1,3}(?:,\d{3})+|[\w-]+)\s+){0,2}?"  # "called the 10,000 figure 'a smear campaign'"
        r"(?:claims?|reports?|allegations?|accusations?|figures?|estimates?|stories)|"
        + (_PHRASE_VERBS + "|" + _COUNT_GIVEN + "|" if phrases else "")
        +
        # "put the total at 4,000", "puts the number closer to 5 million", 'put them at "more than 3,000"':
        # a figure, perhaps quoted (in single quotes too), follows "at" (or "closer to"); "puts the toll in the
        # (low) thousands"; "which the JCS put at 14,000" (no object: only after a relative pronoun, see
        # ``attribution``).
        r"put(?:s|ting)?\s+(?:[\w'’-]+,?\s+){0,12}?(?:at|closer\s+to|near|as\s+high\s+as|as\s+low\s+as|"
        r"in\s+the(?:\s+[\"“]?(?:low|high|mid|upper|lower|region\s+of|range\s+of))?)"
        r"(?=\s+[\"“'‘]?(?:up\s+to|about|around|roughly|some|more|less|as|nearly|several|over|under|close|almost|"
        r"(?:no|not)\s+(?:fewer|more|less)\s+than|fewer|just|only|well\s+(?:over|above)|"
        r"least|at\s+(?:least|most)|"
        r"between|an?\s|\$|US\$|€|£|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|dozens?|tens|half)\b)))\b"
    )


VERB_PATTERN = re.compile(rf"\b{_verb_alternatives()}")
# The same verbs for ``verb_hits``: every alternative starts with a word character, so "\b" before it is
# "a non-word character before it", which ``re`` can skip to in C (the text is searched behind one space).
_VERB_AFTER_NON_WORD = re.compile(rf"\W{_verb_alternatives(phrases=False)}")
_PHRASE_AFTER_NON_WORD = re.compile(rf"\W(?:{_PHRASE_VERBS})\b")
_COUNT_GIVEN_AFTER_NON_WORD = re.compile(rf"\W(?:{_COUNT_GIVEN})")
_VERB_SCAN = TwinScan(_VERB_AFTER_NON_WORD)  # faster on plain ASCII text (see ``ascii_twins``)


VerbHit = tuple[int, int, str]  # (start, end, the verb as written) of one ``VERB_PATTERN`` match


def verb_hits(text: str) -> list[VerbHit]:
    """``[(m.start(), m.end(), m.group()) for m in VERB_PATTERN.finditer(text)]``, faster."""
    hits = [(m.start(), m.end() - 1, m.group()[1:]) for m in _VERB_SCAN.finditer(" " + text)]
    if _may_hold_phrase_verb(text):
        phrases = [(m.start(), m.end() - 1, m.group()[1:]) for m in _PHRASE_AFTER_NON_WORD.finditer(" " + text)]
        if phrases:  # a verb inside a phrase ("… given a similar estimate of") is the phrase's
            inside = [h for h in hits if not any(a <= h[0] < b for a, b, _v in phrases)]
            hits = sorted(inside + phrases)
    if "counts " in text or "ke of " in text or "ks of " in text or "gave " in text or "gives " in text:
        given = [(m.start(), m.end() - 1, m.group()[1:]) for m in _COUNT_GIVEN_AFTER_NON_WORD.finditer(" " + text)]
        hits = sorted(hits + given) if given else hits
    return hits


VERB_WORDS = frozenset(
    """says said say saying tells told tell telling estimates estimated estimate reports reported warns warned claims
    claimed claim believes believed believe assesses assessed assess states stated notes noted adds added writes wrote
    argues argued argue suggests suggested suggest points pointed emphasises emphasized emphasised emphasizes stresses
    stressed explains explained confirms confirmed confirm announces announced acknowledges acknowledged insists insisted
    predicts predicted cites cited indicates indicated concludes concluded alleges alleged testified disclosed revealed
    calculates calculated complained complains admitted admits conceded concedes accused accuses counted replied
    replies answered answers responded responds reckon reckons reckoned""".split()
) | DENIAL_VERBS

"""Hedges: whether a claim asserts its figure or only ventures it ("may", "reportedly", "if …, would").

The words are listed in ``claims``' module note.  A question asserts no
figure, nor does a condition ("If Moscow asks, Pyongyang would send another
10,000"); a figure quoted only to be rejected is hedged too, and whether its
claimant denies it is ``denials``' call.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.analysis.foreign_figures import FOREIGN_LETTER
from store.analysis.foreign_hedges import foreign_hedged
from store.analysis.terms import trie_pattern

_HEDGE_WORDS = """might could likely unlikely possibly perhaps maybe presumably probably reportedly allegedly
    apparently purportedly supposedly unverified unconfirmed suggest suggests suggested suggesting believe believes
    believed estimate estimates estimated expect expects expecting appear appears appeared seem seems seemed rumored rumoured speculation speculative speculated
    false baseless groundless unfounded debunked exaggerated exaggeration inflated misleading nowhere denied denies deny
    disputed dismissed dismisses rejected rejects refuted refutes rebutted rebuts denying dismissing rejecting
    refuting""".split()
_HEDGE_PHRASES = (
    r"not\s+(?:been\s+)?(?:independently\s+)?(?:verified|confirmed)"
    r"|(?:could|can|did|does|do|would|will)\s*n[o'’]t\s+(?:independently\s+)?(?:verify|confirm)|"
    r"(?:unable|not\s+able|failed|declined|declines|refused|refuses)\s+to\s+(?:independently\s+)?(?:verify|confirm)|"
    # an order of magnitude, no count: "losses are in the hundreds", "run into the thousands"
    r"in(?:to)?\s+the\s+(?:low\s+|high\s+)?(?:dozens|hundreds|thousands|tens\s+of\s+thousands)\b|"
    r"would\s+be\s+able\s+to|"  # a conditional capability ("would be able to send 200,000") is no count
    r"(?:expected|thought|said|understood)\s+to|no\s+(?:evidence|basis|information|knowledge)|not\s+true|"
    # a plan or forecast, like "expected to": "plans to send 30,000 more", "will be deployed", "is poised to send"
    r"(?:plans?|planned|planning|prepares|preparing|poised|intends?|intended|intending)\s+to\s|"
    r"(?:will|would|shall)\s+(?:also\s+|soon\s+|then\s+)?(?:be\s+)?(?:send|sent|deploy|deployed|dispatch|dispatched)|"
    r"(?:not\s+|un)aware\s+of|"
    # "Tokyo is aware of reports that 11,000 …", "Seoul is looking into reports": the reports' figure, not vouched for
    r"(?:aware\s+of|looking\s+into|checking|monitoring|studying|verifying)\s+(?:the\s+|media\s+|such\s+)?reports|"
    # an intelligence judgement held with less than high confidence: "we assess with moderate confidence that …"
    r"(?:low|moderate|medium|some)(?:[\s-]+to[\s-]+(?:low|moderate|medium))?\s+confidence|"
    # a speaker with "nothing to say" or "no comment" about reports vouches for none of them
    r"(?:nothing\s+to\s+(?:say|add)|no\s+comment)[\"”’']?\s+(?:about|on|regarding)\b"
)
# Run on lower-cased text behind one space: every alternative starts with a word character, so "\b" before
# it is "a non-word character before it", and a pattern that starts with ``\W`` lets ``re`` skip words in C.
_HEDGE = re.compile(rf"\W(?:{trie_pattern(_HEDGE_WORDS)}|{_HEDGE_PHRASES})\b")
# The hedges left once the words of a rejection are set aside: "dismissed reports of 10,000 as fake" is a
# denial, no hedge; "dismissed reports of 10,000 as probably exaggerated" hedges besides.
_REJECTION_WORDS = frozenset("""false baseless groundless unfounded debunked exaggerated exaggeration inflated misleading
    nowhere denied denies deny disputed dismissed dismisses rejected rejects refuted refutes rebutted rebuts denying
    dismissing rejecting refuting""".split())
_HEDGE_BESIDES_REJECTION = re.compile(
    rf"\W(?:{trie_pattern([w for w in _HEDGE_WORDS if w not in _REJECTION_WORDS])}|{_HEDGE_PHRASES})\b"
)
_MAY = re.compile(r"\bmay\b")  # on the text as written: "May" is a month
# A condition and what would follow it, either way round: "if …, … would …", "… would …, if …".
_CONDITIONAL = re.compile(r"\W(?:if|unless)\s[^.;]*\b(?:would|will|could)\b|\bwould\b[^.;]*\W(?:if|unless)\s")


def may_deny_unhedged(text: str) -> bool:
    """The denial cues that are no hedge words: "called the claims 'a canard'", "an earlier version of this …",
    "reports of 12,000 were 'a fake'"."""
    return (
        "call" in text or "Call" in text or "escrib" in text or "brand" in text or "label" in text
        or " version " in text or "fake" in text or "propaganda" in text or "fabricat" in text or "hoax" in text
        or "nonsense" in text or "groundless" in text or "disinformation" in text or "fiction" in text
        or "smear" in text or "fantas" in text or " lie" in text or '"lie' in text or "“lie" in text or "ontradict" in text
        or "Fake" in text or "Lie" in text or "Nonsense" in text or "Fabricat" in text
        or "untrue" in text or "inaccurate" in text  # "said reports that 10,000 … were untrue"
        or "fairy" in text or "myth" in text or "ported by" in text or "backed by" in text or "borne out" in text
        # German, French and Spanish denials (``denials``)
        or "bestr" in text or "dementi" in text or "dément" in text or " nie " in text or "niega" in text
        or "desmient" in text
        or not text.isascii() and FOREIGN_LETTER.search(text) is not None  # a denial in another script (``denials``)
    )


@lru_cache(maxsize=16_384)
def is_hedged(text: str) -> bool:
    if text.rstrip(" \"”’)").endswith("?"):
        return True  # "Are 100,000 troops heading to Russia?": a question asserts no figure
    lower = " " + text.lower()
    if ("if " in lower or "unless " in lower) and _CONDITIONAL.search(lower):
        return True  # "If Moscow asks, Pyongyang would dispatch another 10,000": a hypothetical figure
    if not text.isascii() and FOREIGN_LETTER.search(text) is not None and foreign_hedged(text):
        return True  # "их число может достигать 12 тысяч", "추정된다": see ``foreign_hedges``
    return bool(_HEDGE.search(lower) or ("may" in text and _MAY.search(text)))


def hedges_besides_rejection(text: str) -> bool:
    """Whether a denial's words also hedge: a denial is no hedge ("Peskov dismissed the reports as 'fake'"), but a
    question, a condition or a hedge word beside it still is ("said the figure was probably exaggerated")."""
    if text.rstrip(" \"”’)").endswith("?"):
        return True
    lower = " " + text.lower()
    if ("if " in lower or "unless " in lower) and _CONDITIONAL.search(lower):
        return True
    return bool(_HEDGE_BESIDES_REJECTION.search(lower) or ("may" in text and _MAY.search(text)))

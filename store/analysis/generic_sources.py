"""Unnamed sources and unattributed reports, folded to two plainly generic names.

"reports", "some reports", "media reports", "Russian media reports", "a
source", "sources familiar with the matter", "people close to the
discussions" name nobody an analyst could check.  Left as written they look
like separate claimants (and "Russian media reports" was even cut down to
"Russian").  They are folded to:

* ``unnamed sources``: people who are not named ("sources", "a source",
  "insiders", "people/persons/those familiar with …", "people close to …");
* ``media reports``: reports and coverage that are not named ("reports",
  "news reports", "the media", "local media", "unconfirmed reports").

A qualifier that says where they sit is kept, so the analyst still sees it:
a nationality or region ("Russian media reports", "unnamed Ukrainian
sources") or a kind of body ("state media reports", "unnamed intelligence
sources").  A named outlet is not generic: "Yonhap reports" stays "Yonhap".
A post whose author is not named is "unattributed <platform> post" (see
``social_posts``).  ``is_generic`` tells the summaries and the comparison that
such a claimant is not an independent source.
"""

from __future__ import annotations

import re

UNNAMED_SOURCES = "unnamed sources"
UNNAMED_POST = "unattributed social-media post"  # a post whose author and platform are not named (social_posts)
_LEGACY_UNNAMED_POST = "unnamed social-media post"  # the one name every unnamed post had before; old databases


def unattributed_post(platform: str | None) -> str:
    """A post whose author is not named: marked unattributed, and kept apart by the platform it is on."""
    return f"unattributed {platform} post" if platform else UNNAMED_POST
MEDIA_REPORTS = "media reports"

# Words that only count or hedge the sources: dropped.
_DROPPED = frozenset(
    """a an the some several multiple many numerous various other another one two three second third fourth fifth
    unnamed anonymous unidentified
    informed well-informed unconfirmed initial earlier recent further separate credible reliable knowledgeable
    senior""".split()
)
# Words that say what kind of body the sources sit in: kept before the noun.
_KINDS = frozenset(
    """state local regional independent official government military intelligence diplomatic security defence
    defense industry opposition online""".split()
)
_SOURCE_NOUNS = frozenset({"source", "sources", "insider", "insiders"})
_REPORT_NOUNS = frozenset({"report", "reports", "reporting", "media", "coverage"})
_GENERIC_NOUNS = _SOURCE_NOUNS | _REPORT_NOUNS
_REPORT_LEADS = frozenset({"news", "press", "media"})  # "news reports", "press reports", "media reports"
# Bodies that write reports of their own: "a US intelligence report" names its author, not the press.
_REPORTING_BODIES = frozenset({"intelligence", "military", "government", "defence", "defense", "security"})
_DOCUMENT_NOUNS = frozenset({"report", "reports"})
# "people familiar with the matter", "a person close to the talks", "sources briefed on the plans".
_FAMILIAR = re.compile(
    r"^(?:(?:a|an|the|some|several|two|three)\s+)?(?:people|persons?|those|sources?|insiders?)\s+"
    r"(?:who\s+are\s+)?(?:familiar|close|briefed|with\s+knowledge)\b",
    re.IGNORECASE,
)
# A nationality or region before the noun: "Russian", "South Korean", "Western", "US".
_DEMONYM = r"(?:North|South|East|West)?[A-Z][a-z]+(?:an|ian|ese|ish|ern|ic)"
_PLACE_ADJECTIVE = re.compile(rf"{_DEMONYM}|US|U\.S\.|UK|EU")
_DEMONYM_ONLY = re.compile(_DEMONYM)
# "Some reports in South Korean media", "reports in the Russian press": that country's media reports.
_REPORTS_IN_MEDIA = re.compile(
    rf"(?:(?:[Ss]ome|[Ss]everal|[Mm]any|[Uu]nconfirmed|[Nn]ews|[Pp]ress)\s+)*[Rr]eports\s+in\s+(?:the\s+)?"
    rf"(?P<where>(?:(?:North|South|East|West)\s+)?{_DEMONYM}|US|U\.S\.|UK)\s+(?:media|press)"
)


def is_demonym(phrase: str) -> bool:
    """ "Western", "Russian", "South Korean": a people's adjective, which alone names no source."""
    return _DEMONYM_ONLY.fullmatch(phrase.replace(" ", "")) is not None


def generic_claimant(name: str) -> str | None:
    """The folded generic name for ``name`` ("some reports" → "media reports"), or None if it names someone."""
    text = " ".join(name.split())
    if _FAMILIAR.match(text):
        return UNNAMED_SOURCES
    words = text.split(" ")
    if words[-1] in ("media", "press") and (placed := _REPORTS_IN_MEDIA.match(text)) is not None:
        return f"{placed.group('where')} {MEDIA_REPORTS}"  # "some reports in South Korean media"
    if words[-1].lower() not in _GENERIC_NOUNS:
        return None  # only the noun at the end can make a name generic: most names are settled here
    kept: list[str] = []
    for i, word in enumerate(words):
        lower = word.lower()
        last = i == len(words) - 1
        if last:
            if lower in _SOURCE_NOUNS:
                return _with(kept, UNNAMED_SOURCES, before_noun=True)
            if lower in _REPORT_NOUNS:
                if (
                    lower in _DOCUMENT_NOUNS
                    and any(w in _REPORTING_BODIES for w in kept)
                    and any(w not in _KINDS and w.lower() not in _REPORT_LEADS for w in kept)
                ):
                    # "a Ukrainian intelligence report" is Ukrainian intelligence's, not the press's; a body
                    # without a country ("intelligence reports") says too little to be named as one.
                    return " ".join(kept)
                return _with([w for w in kept if w.lower() not in _REPORT_LEADS], MEDIA_REPORTS, before_noun=False)
            return None
        if lower in _DROPPED:
            continue
        if lower in _KINDS or lower in _REPORT_LEADS or _PLACE_ADJECTIVE.fullmatch(word):
            kept.append(lower if lower in _KINDS or lower in _REPORT_LEADS else word)
            continue
        if (
            word[:1].isupper()
            and i + 1 < len(words)
            and _PLACE_ADJECTIVE.fullmatch(f"{word} {words[i + 1]}".replace(" ", ""))
        ):
            kept.append(word)  # "South" of "South Korean"
            continue
        return None  # a word that names someone: "Yonhap reports", "UN sources"
    return None


def _with(qualifiers: list[str], generic: str, *, before_noun: bool) -> str:
    """'unnamed' + qualifiers + 'sources', or qualifiers + 'media reports'."""
    if not qualifiers:
        return generic
    joined = " ".join(qualifiers)
    if before_noun:
        head, noun = generic.split(" ")
        return f"{head} {joined} {noun}"
    return f"{joined} {generic}"


def is_generic(name: str | None) -> bool:
    """Whether a claimant is unnamed sources or unattributed reports, so not an independent source."""
    if not name:
        return False
    return (
        name == UNNAMED_SOURCES
        or (name.startswith("unattributed ") and name.endswith(" post"))
        or name == _LEGACY_UNNAMED_POST
        or (name.startswith("unnamed ") and name.endswith(" sources"))
        or name == MEDIA_REPORTS
        or name.endswith(" " + MEDIA_REPORTS)
    )


# Words that may stand before "estimates" or "claims" without naming whose they are.
_UNOWNED_LEADS = frozenset(
    "some other the these those such most many several higher lower earlier previous recent independent "
    "conservative official unofficial new latest current initial early separate different various best open-source "
    "public available one a an another".split()  # "according to one estimate": whose, the words do not say
)
_ESTIMATE_NOUNS = frozenset({"estimate", "estimates", "claim", "claims", "assessment"})


def unowned_estimate(np_text: str) -> bool:
    """'Some estimates', 'other claims', 'higher estimates': a reckoning with no owner named, so no source."""
    if not np_text.endswith(("stimate", "stimates", "laim", "laims", "ssessment")):  # "Estimates", "estimates"
        return False  # the common case, decided without splitting
    words = np_text.lower().split()
    return bool(words) and words[-1] in _ESTIMATE_NOUNS and all(w in _UNOWNED_LEADS for w in words[:-1])


# "according to preliminary data", "according to the latest figures": evidence nobody is named for, which the
# speaker quoting it reads (the words name no source of their own).
_DATA_NOUNS = frozenset({"data", "figures", "information", "calculations", "counts", "tallies"})
_UNOWNED_DATA_LEADS = frozenset("the preliminary available updated latest initial new current early recent".split())


def unowned_data(np_text: str) -> bool:
    words = np_text.lower().split()
    return len(words) > 1 and words[-1] in _DATA_NOUNS and all(w in _UNOWNED_DATA_LEADS for w in words[:-1])


# "the latest US intelligence", "fresh intelligence": how new the intelligence is says nothing of whose it is;
# without a body before "intelligence" the words name no source at all (the one who cites it keeps the claim).
_FRESH_INTELLIGENCE = re.compile(
    r"^(?:the\s+)?(?:(?:latest|newest|new|recent|fresh|updated|current|available)\s+)+(?=(?:[\w'’.-]+\s+)*intelligence$)",
    re.IGNORECASE,
)


def without_freshness(text: str) -> str:
    """``text`` without the words saying how new the intelligence it names is ("" when no owner is left)."""
    if (fresh := _FRESH_INTELLIGENCE.match(text)) is None:
        return text
    rest = text[fresh.end() :]
    return "" if rest.lower() == "intelligence" else rest


# "…, the month US officials say 3,000 arrived": the words before "say" run from the time noun a relative clause
# hangs on, but the month is when, not who.  A time noun joined on ("time and intelligence reports") stays.
_LEADING_TIME_HEAD = re.compile(
    r"(?:[Tt]he\s+|[Tt]hat\s+)?(?:same\s+|very\s+|following\s+|previous\s+)?"
    r"(?:day|days|week|weeks|month|months|year|years|night|weekend|morning|evening|moment|time|date)\s+"
    r"(?!(?:and|or|of|in|on|at|to|for|when|that|which|after|before)\b)(?=\S)"
)


def without_time_head(text: str) -> str:
    """``text`` without an opening time noun ("the same month South Korean intelligence" → "South Korean
    intelligence"); unchanged when none opens it."""
    timed = _LEADING_TIME_HEAD.match(text)
    return text[timed.end() :] if timed is not None else text


# "According to a statement translated from Ukrainian, the General Staff said …", "according to a transcript":
# a document nobody is named for says nothing of its own; whoever speaks in it (or the writer) is the source.
_UNOWNED_DOCUMENT = re.compile(
    r"(?:a|an)\s+(?:(?:brief|short|new|official|written|joint|separate|later|earlier|televised)\s+)?"
    r"(?:statement|translation|transcript|readout|communiqu[eé]|press\s+release|release)"
    r"(?:,?\s+(?:translated|issued|released|published|posted|carried|circulated)\b(?:(?!\bby\b).)*)?"
)


def unowned_evidence(np_text: str) -> bool:
    """Data or a document nobody is named for ("preliminary data", "a statement translated from Ukrainian")."""
    return unowned_data(np_text) or _UNOWNED_DOCUMENT.fullmatch(np_text) is not None


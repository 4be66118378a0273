"""Claimant names: from the words of an attribution to one name per person or body.

``clean_claimant`` turns what the text says ("Mr Kyrylo Budanov", "Ukrainian
President Volodymyr Zelensky", "open-source intelligence (OSINT) group
Oryx", "an April estimate from the Korea Institute for Defence Analyses")
into the name itself, and an editable alias list (``claimant_aliases.toml``)
names bodies one way ("US", "U.S.", "the United States").  Folding the
spellings of one person across the corpus is ``claimant_folding``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.analysis.claimant_words import (  # noqa: F401 - other modules import them from here
    _CONNECTORS,
    _FUNCTION_WORDS,
    _HONORIFICS,
    _MULTIWORD_TITLE,
    _ORG_WORDS,
    _PLACE_WORDS,
    _TITLES,
    PRONOUNS,
    _is_capitalised,
    _strip_titles,
    is_paragraph_label,
)
from store.analysis.coreference import strip_age
from store.analysis.generic_sources import generic_claimant, is_demonym, without_freshness, without_time_head
from store.analysis.name_keys import ALIASES_PATH, aliased, fold, is_listed  # noqa: F401 - the folding modules read them
from store.analysis.outlet_names import bare_outlet

_PREPOSITIONS = frozenset({"from", "of", "in", "at", "with", "for", "to", "on", "by", "about", "within", "inside"})
_DOC_NOUNS = r"(?:estimate|report|analysis|assessment|study|survey|data|statement|document|update|figures|investigation|review|paper|briefing|tally|translation|reporting|findings|research|calculations?|imagery|audio|footage|video|image|photo|recording|intercept|readout|letter|memo|memorandum|cable|transcript|slide|presentation|dossier|conversation)"
_INTEL_BY = r"intelligence\s+(?:gathered|collected|obtained|compiled|provided|shared|supplied)"  # its agent's
_DOC_FROM = re.compile(
    rf"^(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{_DOC_NOUNS}s?|{_INTEL_BY})\b.*?\b(?:from|by|of)\s+(?P<src>(?:the\s+|an?\s+)?[A-Z].*)$"
)
_DOC_NOUN = re.compile(rf"{_DOC_NOUNS}|{_INTEL_BY}")
_PICTURE_KINDS = frozenset(  # what took a picture or how, never who reads it ("Satellite images", "Drone footage")
    "satellite drone aerial commercial radar thermal infrared new recent latest leaked geolocated archival".split())
_DOC_POSSESSIVE = re.compile(rf"^(?P<src>.+?)['’]s?\s+(?:(?:latest|new|daily|weekly|monthly|annual|recent|own|"
                             rf"official|final|preliminary|internal)\s+)?(?:[\w-]+\s+)?{_DOC_NOUNS}s?$")  # "its latest X update"
# "U.S. intelligence assessments": an institution word after the name is part of who assessed it; "the latest
# NIS assessment", "a confidential UN report": a word describing the document is no part of its author.
_DOC_TRAILING = re.compile(
    rf"^(?:(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[a-z][a-z-]+\s+)?)?(?P<src>(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?(?=[A-Z]))?)*[A-Z][\w'’.-]*"
    rf"(?:\s+(?:(?:military|defen[cs]e)\s+intelligence|intelligence|military|government|army|navy|defen[cs]e\s+ministry))?)"
    rf"\s+(?:[a-z]+\s+)?{_DOC_NOUNS}s?(?:\s+(?:of|on|about)\s+(?:the|its|their|a)\s+[a-z]+)?$"  # "… readout of the call"
)
# "Ukrainian gunners interviewed by Reuters": the gunners speak; the agency only asked them.
# "… officers interviewed for this report": the officers speak; the report only asked them.
# "lawmakers briefed by the agency": the lawmakers pass on what they heard; the agency is named on its own.
_ASKED_BY = re.compile(
    r"^(?P<head>.+?)\s+(?:interviewed|quoted|contacted|surveyed|polled|questioned|briefed)\s+(?:by|for)\s+\S.*$"
)
# "the Kyiv-based Centre for …", "the 11-nation Monitoring Team": where a body sits or its size is not its name.
# Who runs or funds a name is no part of it: "London-based RUSI", "Kremlin-run RIA", "state-owned TASS", "pro-Kremlin".
_BASED_IN = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?|[Ss]tate|[Gg]overnment)-(?:based|run|backed|owned|"
    r"controlled|funded|affiliated|aligned)|[Pp]ro-[A-Z][\w'’.-]*|\d[\d,]*-[a-z]+)\s+(?=[A-Z])"
)
_ARTICLE = re.compile(r"^(?:the|an?)\s+")
_CALENDAR_NAMES = frozenset("""january february april june july august september october november december monday
    tuesday wednesday thursday friday saturday sunday""".split())
# A finite verb in lower case among the words: a clause, which no name holds ("What Is Next" is capitalised).
_FINITE_VERB = re.compile(r" (?:was|were|is|are|has|have|had|will|would) ")
# "South Korea's Joint Chiefs of Staff on Tuesday", "the NIS last month": when it was said is not who said it.
_TRAILING_TIME = re.compile(
    r"(?:\s+(?:on|in|last|this|earlier|late|early|since)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December|week|month|"
    r"year|weekend|morning|evening|afternoon|night)(?:\s+\d{1,4})?)+$",
    re.IGNORECASE,
)
# A match of ``_TRAILING_TIME`` ends the text with a digit or the last letter of one of its words: a text
# ending otherwise (most names) skips it.  Case-insensitive, the pattern also matches the Kelvin sign for
# "k"; ``str.lower`` maps it to "k" as well, and no other character folds to one of these letters.
_TIME_LAST_LETTERS = frozenset("yhletrkdgn")
# "the ministry's spokesman in a press statement", "Budanov in an interview with …": where it was said is not
# who said it.
_TRAILING_VENUE = re.compile(
    r"\s+(?:in|during|at)\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?:statement|interview|briefing|"
    r"speech|address|post|message|letter|report|update|conference|commentary|article|op-ed|broadcast)"
    r"(?:\s+(?:with|to|on|for)\s+.*)?$"
)
# No name opens with an operator or markup sign (a handle's "@" and quotes may): words before it opening with one
# are formula or code debris ("+SUM(1,2) The Pentagon", "=A1*2 NIS", "** Reuters").
_LEADING_DEBRIS = re.compile(r"^(?:[^\w\s@'‘’\"“”«„(\[]\S*\s+)+(?=\w)")
_LEADING_CONJUNCTION = re.compile(r"^(?:and|but|while|though|as|with|also)\s+", re.IGNORECASE)
_TRAILING_POSSESSIVE = re.compile(r"['’]s?$")
_BRACKETED = re.compile(r"\s*[(\[][^)\]]*(?:[)\]]|$)")
_FACT_CHECK_RUBRIC = re.compile(r"(?<=\w)\s+(?:fact[\s-]?check(?:ers?|ing)?|reality\s+check)$", re.IGNORECASE)
_CAPTIVES = frozenset({"prisoners", "prisoner", "pows", "pow", "captives", "detainees"})
_SHORT_BODY = re.compile(r"(?:US|U\.S\.|UK|U\.K\.|UN|EU|IAEA|ROK|DPRK)")



@lru_cache(maxsize=8192)
def clean_claimant(raw: str) -> str | None:
    """The name of whoever an attribution's words point to, or None if they name nobody."""
    # A bracket between words leaves a space ("agency [GUR]Budanov" is two words, not "agencyBudanov").
    text = raw
    if "(" in raw and (short := _bracketed_alias(raw)) is not None:
        return short  # "Ukraine's Main Directorate of Intelligence (GUR)": the known body the bracket names
    if "(" in raw or "[" in raw:  # every bracket it drops opens with one of them; ``re`` would try each character
        text = _BRACKETED.sub(lambda m: " " if raw[m.end() : m.end() + 1].isalnum() else "", raw)
    text = " ".join(text.replace("“", "").replace("”", "").replace('"', "").split()).strip(" ,.;:-–—'’")
    text = without_time_head(_LEADING_CONJUNCTION.sub("", text))  # "and the month US officials (say …)"
    if text[:1] and not text[0].isalnum():
        text = _LEADING_DEBRIS.sub("", text)
    if text[-1:].isdecimal() or text[-1:].lower() in _TIME_LAST_LETTERS:  # (see ``_TIME_LAST_LETTERS``)
        text = _TRAILING_TIME.sub("", text)
        if text.endswith("ed"):  # "A RUSI report published (on Monday)": the document's, not a participle's
            text = _DOCUMENT_PARTICIPLE_END.sub("", text)
    if " in " in text or " during " in text or " at " in text:
        text = _TRAILING_VENUE.sub("", text)
    if "-year-old" in text:
        text = strip_age(text)
    text = without_freshness(text) if text.endswith("intelligence") else text  # "the latest US intelligence"
    if not text or text.lower() in PRONOUNS or is_paragraph_label(text):
        return None  # "Quote: …", "Details: Yusov said …": a paragraph's label speaks for nobody
    if text.lower() in _CALENDAR_NAMES:
        return None  # "up from a November estimate of 3,000": when it was given, not who gave it ("May" is a name)
    # Substring tests spare most names the patterns: each of their words holds "ed", each of theirs a "-".
    if "ed" in text and (asked := _ASKED_BY.match(text)):
        text = asked.group("head")
    if "-" in text:
        text = _BASED_IN.sub("", text)
    if ("heck" in text or "HECK" in text) and (rubric := _FACT_CHECK_RUBRIC.search(text)) is not None:
        text = text[: rubric.start()]  # "AP FACT CHECK: …": the outlet checks; its rubric is no part of its name
    generic = generic_claimant(text)
    if generic is not None:
        return generic  # "some reports", "Russian media reports", "a source": see generic_sources
    if " and " in text and (joint := _joint_persons(text)) is not None:
        return joint
    # "Audio intercepted by …" opens a sentence: its document noun is capitalised only for that.
    opening_lowered = text[:1].lower() + text[1:]
    # Each pattern needs a document noun, found in ``opening_lowered`` whenever in ``text`` (a noun opens in
    # lower case): most names hold none, and one search spares them three patterns.
    for pattern in (_DOC_FROM, _DOC_POSSESSIVE, _DOC_TRAILING) if _DOC_NOUN.search(opening_lowered) else ():
        match = pattern.match(opening_lowered if pattern is _DOC_FROM else text)
        if (
            match
            and _is_capitalised(_ARTICLE.sub("", match.group("src"))[:1])
            and not is_demonym(match.group("src"))  # "Western estimates" are not "Western"
        ):
            if pattern is _DOC_TRAILING and _PICTURE_KINDS.issuperset(match.group("src").lower().split()):
                return None  # "Satellite images suggest …": capitalised to open a sentence, not a name
            reduced = clean_claimant(match.group("src"))
            if reduced:
                return reduced
    text = _TRAILING_POSSESSIVE.sub("", _drop_participle_tail(text))
    text = _MULTIWORD_TITLE.sub("Secretary", text)
    tokens = text.split()
    if tokens and tokens[0].lower() in ("a", "an"):
        tokens = tokens[1:]
    tokens = bare_outlet(tokens)  # "South Korea's Yonhap news agency" → "Yonhap"
    counted = len(tokens) > 1 and tokens[0].lower() in _COUNT_LEADS
    while len(tokens) > 1 and tokens[0].lower() in _COUNT_LEADS and tokens[-1][:1].islower():
        tokens = tokens[1:]  # "Two South Korean officials", "a third official": how many is not who
        if len(tokens) > 2 and tokens[0].lower() == "of" and tokens[1].lower() in ("the", "those", "these"):
            tokens = tokens[2:]  # "one of the officials" is one of the officials named before
    if counted and len(tokens) <= 3 and tokens[-1].lower() in _CAPTIVES and (
        len(tokens) == 1 or is_demonym(" ".join(tokens[:-1]))
    ):
        return None  # "Two prisoners, captured on 9 January, told interrogators …": whom the report is about
    if len(tokens) > 2 and tokens[0].lower() in _SPOKESPERSONS and tokens[1].lower() in ("for", "of"):
        body = clean_claimant(" ".join(tokens[2:]))  # "a spokesman for the European Commission"
        if body and not looks_like_person(body):
            return f"{body.removeprefix('the ')} {tokens[0].lower()}"  # like "Pentagon spokesperson"
    if len(tokens) > 2 and tokens[0].lower() in _AFFILIATED and tokens[1].lower() in ("at", "with"):
        reduced = clean_claimant(" ".join(tokens[2:]))  # "analysts at the Royal United Services Institute"
        if reduced:
            return reduced
    if len(tokens) > 3 and ("of" in tokens or "at" in tokens or "from" in tokens or "with" in tokens):
        tokens = _person_before_affiliation(tokens)  # "Park Sun-won of the main opposition Democratic Party"
    tokens = _strip_descriptor(_person_after_possessive(tokens))
    tokens = _strip_titles(tokens)
    person = _person_before_affiliation(tokens)
    if len(person) < len(tokens):  # "Lt Gen Kim Yong-dae of South Korea's JCS": the title is read again
        person = _strip_titles(person)
    tokens = person
    while tokens and tokens[0].lower().rstrip(".") in _HONORIFICS and len(tokens) > 1:
        tokens = tokens[1:]
    if not tokens or _FINITE_VERB.search(f" {' '.join(tokens)} "):
        return None  # "couple hundred troops were killed in Kursk": words that ran into a clause name nobody
    whole = " ".join(tokens)
    if aliased(whole) != whole:
        return aliased(whole)
    if tokens[0].lower() == "the":
        rest = " ".join(tokens[1:])
        if not rest:
            return None
        return aliased("the " + rest) if _SHORT_BODY.fullmatch(rest) else aliased(rest)
    name = " ".join(tokens)
    return aliased(name) if name.lower() not in PRONOUNS else None


# "the soldier captured in Kursk", "officials stationed near the border": a participle phrase after a common
# noun says what befell or where the speaker is, not who speaks (the age before it is already gone).
_DOCUMENT_PARTICIPLE_END = re.compile(
    r"(?<=[a-z])\s+(?:published|released|issued|posted|presented|compiled|updated|circulated|dated)$"
)
_PARTICIPLE_TAIL = re.compile(
    r"(?<=[a-z])\s+(?!(?:unnamed|unidentified|named|based)\b)(?:[a-z]{3,}ed|taken|held|caught|shot|hit|seen|"
    r"known|born)\s+(?:in|at|near|during|after|on|from|by|with|inside|outside|while|when)\s.*$"
)


# A participle that says what state the speaker is in, which stands before the noun as well.
_STATUS_PARTICIPLES = frozenset({"captured", "detained", "wounded", "injured", "imprisoned", "jailed", "exiled"})
_ANY_ARTICLE = re.compile(r"^(?:the|an?)\s+", re.IGNORECASE)
_NO_NOUN_BEFORE = re.compile(r"(?:ly|\b(?:has|have|had|is|are|was|were|be|been|or|and|not))$|[.!?•;:]\s")


_CLOSING_ACRONYM = re.compile(r"\(([A-Z][A-Za-z.]{1,7})\)\W*$")


def _bracketed_alias(raw: str) -> str | None:
    """The known body an acronym in brackets after a body's description names, or None.

    A person's bracket names their party or agency, not them ("Kim Byung-kee (NIS)" is Kim): it is left.
    """
    found = _CLOSING_ACRONYM.search(raw)
    if found is None or aliased(found.group(1)) == found.group(1):
        return None
    before = " ".join(raw[: found.start()].split()).strip(" ,")
    words = [w for w in before.split() if w.lower() not in ("the", "a", "an")]
    if not words or looks_like_person(" ".join(w for w in words if not w.endswith(("'s", "’s")))):
        return None
    return aliased(found.group(1))


def _drop_participle_tail(text: str) -> str:
    """'the soldier captured in Kursk' → 'captured soldier'; 'officials stationed near the border' → 'officials'."""
    if "ed " not in text and " taken " not in text and " held " not in text:
        return text  # the common case, known from one look
    match = _PARTICIPLE_TAIL.search(text)
    if match is None or "," in text[: match.start()] or _NO_NOUN_BEFORE.search(text, 0, match.start()):
        return text  # "It has increasingly relied on …", "were killed or wounded in …": no noun is described
    head, participle = text[: match.start()], match.group().split(None, 1)[0]
    if not head.rsplit(None, 1)[-1][:1].islower():
        return text  # "Tom Smith, captured in …" is named; only a common noun is described so
    described = _ANY_ARTICLE.sub("", head)
    if participle in _STATUS_PARTICIPLES and len(described.split()) <= 4:
        return f"{participle} {described}"  # "the soldier captured in Kursk" is "the captured soldier"
    return head


def _joint_persons(text: str) -> str | None:
    """'Defence Minister Kim Yong-hyun and U.S. Defense Secretary Lloyd Austin' → 'Kim Yong-hyun and Lloyd Austin'.

    Two people who speak together are one claimant named by both; cleaned as one phrase, the last title
    left only the second.  Bodies ("South Korea and the United States") are left to the rules below.
    """
    parts = text.split(" and ")
    if len(parts) != 2:
        return None
    names = [clean_claimant(part) for part in parts]
    if all(name and (looks_like_person(name) or could_be_surname(name)) for name in names):
        return f"{names[0]} and {names[1]}"
    return None


# Words that count or order the people of a description ("Two officials", "a second source"), not name them.
_COUNT_LEADS = frozenset(
    """one two three four five six seven eight nine ten several some many few another other second third fourth
    fifth various numerous multiple""".split()
)
_SPOKESPERSONS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"})
_AFFILIATED = frozenset(
    {"analysts", "experts", "researchers", "scholars", "economists", "fellows", "specialists", "staff"}
)


def _person_before_affiliation(tokens: list[str]) -> list[str]:
    """'Lee Sang-min of the Korea Institute for National Unification' → 'Lee Sang-min'."""
    for i, token in enumerate(tokens[:-1]):
        if i >= 2 and token.lower() in ("of", "at", "from", "with"):
            head, after = " ".join(tokens[:i]), tokens[i + 1]
            # "of the Korea Institute …" or "of RAND": an affiliation; "Joint Chiefs of Staff" is a name.
            # "of South Korea's Joint Chiefs of Staff": a body named by its country's possessive.
            possessive = any(t.endswith(("'s", "’s")) for t in tokens[i + 1 : i + 4])
            affiliation = after.lower() == "the" or (after.isupper() and len(after) >= 2) or possessive
            return tokens[:i] if affiliation and looks_like_person(head, syllables=True) else tokens
    return tokens


def _person_after_possessive(tokens: list[str]) -> list[str]:
    """'The Asan Institute's Go Myong-hyun' → 'Go Myong-hyun': a body's possessive before a person is affiliation.

    "Russia's Defence Ministry" and "South Korea's Joint Chiefs of Staff" stay: what follows is no person.
    """
    if len(tokens) == 2 and _place_and_surname(tokens):
        return tokens[1:]  # "Ukraine's Budanov": his country is no part of his name
    if len(tokens) < 3 or not any(t.endswith(("'s", "’s")) for t in tokens[:-2]):
        return tokens
    for i in range(len(tokens) - 3, -1, -1):
        if tokens[i].endswith(("'s", "’s")):
            tail = tokens[i + 1 :]
            return tail if looks_like_person(" ".join(tail), syllables=True) else tokens
    return tokens


def _place_and_surname(tokens: list[str]) -> bool:
    """'Ukraine's Budanov', 'Russia's Shoigu': a country's possessive, then one name that is no acronym nor body."""
    place, name = tokens[0].lower(), tokens[1]
    return (
        place.endswith(("'s", "’s")) and place[:-2] in _PLACE_WORDS and name[:1].isupper() and not name.isupper()
        and name.replace("-", "").isalpha() and name.lower() not in _ORG_WORDS and name.lower() not in _PLACE_WORDS
        and not is_listed(name)
    )


def _strip_descriptor(tokens: list[str]) -> list[str]:
    """'state media outlet Korean Central News Agency' → 'Korean Central News Agency'."""
    for i in range(len(tokens) - 2, -1, -1):
        word = tokens[i]
        if _is_capitalised(word) or word.lower() in _CONNECTORS:
            continue
        if word.lower() in _PREPOSITIONS or word.lower() in ("and", "or"):
            return tokens  # 'officials from South Korea': the name is part of a description
        tail = tokens[i + 1 :]
        if len(tail) == 1 and tail[0].lower() in ("tv", "radio"):
            return tokens  # "Russian state TV": the medium alone names no outlet
        if (
            any(_is_capitalised(t) and t.lower() not in _PLACE_WORDS for t in tail)
            and tail[0].lower() not in _CONNECTORS
        ):
            return tail
        return tokens
    return tokens


@lru_cache(maxsize=16384)
def looks_like_person(name: str, syllables: bool = False) -> bool:
    """Two to four capitalised words, none of them an institution or place word.

    With ``syllables``, a word of two letters in title case is a name's syllable ("Yang Uk", "Kim Jong Un"), not
    "UK" or "UN": so a speaker is read, whose name is sure to be one; a sentence's subject is not.
    """
    tokens = name.split()
    if not 2 <= len(tokens) <= 4:
        return False
    if tokens[0].lower().rstrip(".") in _PLACE_WORDS or tokens[0].lower() in _FUNCTION_WORDS:
        return False
    for token in tokens:
        bare = token.strip(".,'’").lower()
        if bare in _ORG_WORDS or (bare in _PLACE_WORDS and not (syllables and len(token) == 2 and token.istitle())):
            return False
        if not (token[:1].isupper() or bare in _CONNECTORS):
            return False
        if not token.isalpha() and any(ch.isdigit() for ch in token):  # a word of letters holds no digit
            return False
    return True


def names_place_or_body(name: str) -> bool:
    """A country or a body ("the US", "South Korea", "Pentagon", "Defence Ministry", "NATO"), never a person."""
    tokens = name.split()
    if len(tokens) == 1 and tokens[0].replace(".", "").isupper() and len(tokens[0]) >= 2:
        return True  # an acronym
    bare = [t.strip(".,'’").lower() for t in tokens if t.lower() not in _CONNECTORS]
    if not bare or all(b in _PLACE_WORDS for b in bare):
        return bool(bare)
    # "Defence Ministry", "Joint Chiefs of Staff"; a word naming a text ("Update", "Key Data") names nobody
    return len(bare) > 1 and any(b in _ORG_WORDS and b not in _TEXT_WORDS for b in bare)


_TEXT_WORDS = frozenset(
    """news media press report reports analysis estimate estimates statement data study survey document update
    sources officials team unit group world review monitor""".split()
)


def could_be_surname(token: str) -> bool:
    return (
        " " not in token
        and token[:1].isupper()
        and not token.isupper()
        and token.lower().rstrip(".") not in _PLACE_WORDS
        and token.lower() not in _ORG_WORDS
        and token.lower() not in PRONOUNS
        # "Yonhap", "Pentagon", "Seoul": a body the alias list names is nobody's surname ("Буданов" is Budanov's)
        and (not is_listed(token) or looks_like_person(aliased(token)))
    )

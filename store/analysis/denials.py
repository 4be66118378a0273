"""Denials: a claimant who rejects what follows instead of asserting it.

"Moscow denied that …", "The Kremlin dismissed reports of … as fake",
"Pyongyang rejected the figure", "…, calling the claims 'a canard'", "There
is no evidence that …, a spokesperson said", "An earlier version of this
article said 15,000" (a correction retracts its own figure).  Such a claim
carries the figure it rejects, so the comparison must not count it as the
claimant's own estimate: ``Claim.denied`` says so.

The denial verbs are also reporting verbs (they open an attribution), but
only when what follows is something said: "Peskov denied that …", "rejected
the figure", "dismissed reports"; "Ukraine rejected the peace plan" attributes
nothing, so ``denial_object_follows`` keeps such a verb from naming a claimant.
"""

from __future__ import annotations

import re
from functools import lru_cache

from store.analysis.foreign_figures import has_foreign_letters
from store.analysis.number_starts import figure_starts

# Forms that open an attribution; "deny" itself is kept out ("refused to deny" asserts nothing).
DENIAL_VERB_FORMS = """denied denies dismissed dismisses rejected rejects refuted refutes rebutted rebuts contradicted
    contradicts""".split()
DENIAL_VERBS = frozenset(DENIAL_VERB_FORMS)
# "…, contradicting a report by Yonhap that 3,000 …": set against what another said, a denial of it (but no
# reporting verb: whoever contradicts is named by their own verb).
_CONTRADICTING = r"contradict(?:s|ed|ing)?"

# What a denial verb must be followed by to deny something said: a clause ("that …"), a report or figure
# ("the figure", "reports of …", "Ukraine's estimate"), or a quantifier over them ("any", "all such claims").
_SAID_NOUNS = (
    r"(?:claims?|reports?|reporting|allegations?|accusations?|suggestions?|assertions?|statements?|figures?|numbers?|"
    r"posts?|videos?|"
    r"estimates?|tall(?:y|ies)|counts?|toll|account|accounts|stories|story|rumou?rs|speculation|information|idea|"
    r"notion|charges?|assessments?|findings|data|casualty|casualties|presence|involvement|deployment)"
)
_DENIED_OBJECT = re.compile(
    rf"\s+(?:(?:also|flatly|strongly|repeatedly|categorically|firmly|outright|again|publicly|yesterday|today|"
    # when and where it was denied: "denied on Thursday that", "denied in a statement that"
    rf"(?:late\s+|early\s+|earlier\s+)?on\s+\w+day|last\s+\w+|in\s+a\s+(?:statement|briefing|post)|in\s+[A-Z][a-z]+),?\s+)*(?:that\b|any\b|as\b|what\b|"
    # a clause with "that" left out: "denied it had sent 10,000 troops", "rejected they were fighting"
    rf"(?:it|they|he|she|we)\s+(?:had|has|have|was|were|is|are|did|would|ever)\b|"
    rf"(?P<deed>(?:ever\s+)?(?:having\s+)?(?:send|suppl|deploy|provid|dispatch|transferr|ship|deliver|sell|receiv)\w*ing\b)|"
    rf"(?:(?:the|these|those|such|this|that|all|western|ukrainian|media|news|earlier|its|their|his|her|"
    rf"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*['’]s?)\s+)?(?:(?:\d{{1,3}}(?:,\d{{3}})+|[\w-]+)\s+){{0,3}}?{_SAID_NOUNS}\b)",
    re.IGNORECASE,
)

# Words that reject what they follow or name: "dismissed … as fake", "called the claims 'absurd fabrications'",
# "there is no evidence that …", "not true"; with the verbs above, the cue that makes a claim a denial.
_REJECTING_WORDS = (
    r"fake|false|baseless|groundless|unfounded|lies?|fabricat\w*|canard|propaganda|nonsense|absurd|"
    r"fiction|fantas(?:y|ies)|disinformation|misinformation|hoax|smear|untrue|inaccurate|fairy[\s-]tales?|myths?"
)
_REJECTING_WORD = re.compile(rf"\b(?:{_REJECTING_WORDS})", re.IGNORECASE)
_CALLED_REJECTION = re.compile(
    # Up to nine words name what is called so: "called the claim of 12,000 North Korean soldiers 'fake news'"
    # ("called on", "called for" call for something, and reject nothing).
    rf"\b(?:call(?:s|ed|ing)?|described?|describing|branded|branding|labell?ed|rat(?:ed|es|ing))\s+"
    rf"(?!(?:on|for|up|upon|in|off|out|back)\b)"
    rf"(?:[\w'’,-]+\s+){{0,9}}?"
    rf"[\"“‘']?(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_REJECTING_WORDS})\b",
    re.IGNORECASE,
)
# "reports of 12,000 troops were 'another fake'", "the figure is pure propaganda": what was said, called false.
_SAID_IS_REJECTED = re.compile(
    rf"\b{_SAID_NOUNS}\b[^.;]{{0,120}}?\b(?:was|were|is|are)\s+[\"“‘']?(?:all\s+|simply\s+|just\s+|pure\s+|nothing\s+but\s+)?"
    rf"[\"“‘']?(?:an?\s+|another\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_REJECTING_WORDS})\b",
    re.IGNORECASE,
)
# '"That is an absolute lie," the ambassador said of reports that …', '"Fake news," Peskov said when asked about
# the 10,000 …': the quotation rejects what its speaker says it of.
_QUOTED_REJECTION_OF = re.compile(
    rf"[\"“][^\"”]{{0,100}}?\b(?:{_REJECTING_WORDS})\b[^\"”]{{0,40}}[\"”][^.;\"“]{{0,80}}?"
    rf"\b(?:said|says|wrote|writes|added|told\s+\w+)\s+(?:of|(?:when|after\s+being)\s+asked\s+(?:about|of))\s+"
    rf"(?:the\s+|such\s+|media\s+|western\s+)?(?:{_SAID_NOUNS}\b|(?:\d{{1,3}}(?:,\d{{3}})+|\d+)\s)",
    re.IGNORECASE,
)
_DENIAL_CUE = re.compile(
    rf"\b(?:{'|'.join(DENIAL_VERB_FORMS)}|deny|denying|dismissing|rejecting|refuting|rebutting|{_CONTRADICTING})\b|"
    r"\bno\s+evidence\b|\bnot\s+true\b|\bnot\s+(?:supported|backed|borne\s+out)\s+by\s+(?:any\s+|a\s+single\s+(?:piece\s+of\s+)?)?(?:evidence|facts?)\b|"
    # A correction retracts the article's own earlier figure.
    r"\b(?:an?\s+)?(?:earlier|previous|original|prior)\s+version(?:\s+of\s+this\s+(?:article|story|report|piece)\b|"
    r"(?=\s+(?:\w+ly\s+)?(?:said|stated|reported|gave|misstated|misreported|wrote)\b))",
    re.IGNORECASE,
)


# What the writer sets against a denied deed: its figures are the evidence, not what is denied.
_CONTRAST = re.compile(r"\b(?:despite|although|though|but|while|whereas|even\s+as|even\s+though)\b", re.IGNORECASE)
_UNSUPPORTED = re.compile(
    r"\b(?:gave|give|gives|giving|offered|offer|offers|offering|provided|provide|provides|providing|presented|"
    r"presenting|cited|citing|showed|showing|produced|producing|shared|sharing)\s+$",
    re.IGNORECASE,
)
# A denial the same speaker takes back: "…, but later confirmed …", "…, but has since acknowledged …".
_ASSERTED_AFTER = re.compile(
    r"\bbut\s+(?:(?:later|then|now|since|subsequently|eventually|has|have|had)\s+){0,2}"
    r"(?:confirmed|acknowledged|admitted|conceded)\b",
    re.IGNORECASE,
)
_NEGATED = re.compile(r"\b(?:not|n['’]t|nor|or|never|refused\s+to|declined\s+to)\s+$", re.IGNORECASE)
# "1,000 had died, not 10,000 as reported in an earlier version of this story" (or "as an earlier version said"):
# the sentence gives the right figure and names the wrong one it replaces; the correction asserts, it denies nothing.
_CORRECTED_NOT = re.compile(
    r"\b(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?(?:about\s+|around\s+|some\s+)?\d[\d,.]*\s*(?:[\w-]+\s+){0,3}?,?\s*"
    # ("as an earlier version said": the denial cue itself holds "an earlier")
    r"as\s+(?:(?:\w+\s+)?(?:reported|stated|said|given|written|published|printed)\s+(?:in|by)\s+)?$",
    re.IGNORECASE,
)


def denial_object_follows(sentence: str, verb_end: int) -> bool:
    """Whether the denial verb ending at ``verb_end`` denies something said ("denied that", "rejected the figure")
    or a deed others report ("denied sending troops", but not "…, despite UN monitors counting 20 launches")."""
    found = _DENIED_OBJECT.match(sentence, verb_end)
    return found is not None and (found.group("deed") is None or _CONTRAST.search(sentence, found.end()) is None)


# Denials in Russian, Ukrainian, Korean and Japanese copy: "опроверг", "назвал … «спекуляциями»", "спростував",
# "부인했다", "사실무근" (groundless), "否定した", "事実無根".
_FOREIGN_DENIAL = re.compile(
    r"(?:опроверг|отверг|отрица|спростува|заперечи|заперечу)\w*|не\s+соответству\w*\s+действительности"
    r"|(?:никаких|нет|не\s+было)\s+(?:никаких\s+)?доказательств|(?:жодних|немає|не\s+було)\s+(?:жодних\s+)?доказів"
    r"|назва\w*\s+(?:[\w«»\"-]+\s+){0,14}?[«\"]?(?:лож\w*|фейк\w*|спекуляци\w*|провокаци\w*|вымысл\w*|дезинформаци\w*"
    r"|брехн\w*|неправд\w*|вигадк\w*|маніпуляці\w*|утк[аиоу]\w*|качк[аиоу]\w*)|부인했|부인하|사실무근|사실이\s*아니|否定し|事実無根|事実ではない|否认|ปฏิเสธ(?!ที่จะ)",
    re.IGNORECASE,
)


# German, French and Spanish: "bestreitet", "dementierte", "dément", "nie", "niega", "desmiente".
_EUROPEAN_DENIAL = re.compile(r"\b(?:bestr[ie]\w*|dementier\w*|dément\w*|nient?|niega\w*|niegan|desmient\w*)\b")
# A negation right before it, an auxiliary between allowed: "n'a ni confirmé ni démenti", "hat nicht dementiert".
_EUROPEAN_NEGATED = re.compile(
    r"\b(?:ni|noch|nicht|pas|no|nunca|jamais|weder)\s+(?:(?:ha|han|hat|haben|a|ont|hatte|avait)\s+)?$", re.IGNORECASE
)


@lru_cache(maxsize=16_384)
def is_denial(text: str) -> bool:
    """Whether a claim's text rejects what it reports rather than asserting it."""
    if not text.isascii() and has_foreign_letters(text) and _FOREIGN_DENIAL.search(text):
        return True
    if " the " not in text and (found := _EUROPEAN_DENIAL.search(text)) is not None:  # (English copy says "the")
        if not _EUROPEAN_NEGATED.search(text, max(0, found.start() - 24), found.start()):
            return True  # but "ni confirmé ni démenti", "weder bestätigt noch dementiert", "no desmintió" deny nothing
    if not _may_deny(text):
        return False
    for match in _DENIAL_CUE.finditer(text):
        word = match.group().lower()
        if _NEGATED.search(text, max(0, match.start() - 16), match.start()):
            continue  # "did not deny", "neither confirmed nor denied", "refused to confirm or deny"
        if "version" in word and _CORRECTED_NOT.search(text, max(0, match.start() - 90), match.start()):
            continue  # "…, not 10,000 as reported in an earlier version": the right figure is asserted
        if word.startswith("no") and _UNSUPPORTED.search(text, max(0, match.start() - 24), match.start()):
            continue  # "claimed that thousands had died, but gave no evidence": unsupported, not denied
        if (taken_back := _ASSERTED_AFTER.search(text, match.end())) is not None and (
            figure_starts(text[taken_back.end() :]) and not figure_starts(text[match.end() : taken_back.start()])
        ):
            continue  # "said it had no evidence …, but later confirmed 10,000 troops": the figure is asserted
        if word.startswith(("den", "dis", "rej", "ref", "reb", "contrad")) and not word.startswith("deny"):
            if not denial_object_follows(text, match.end()):
                continue  # "rejected the peace plan", "dismissed his minister": nothing said is rejected
        return True
    return (_CALLED_REJECTION.search(text) is not None or _SAID_IS_REJECTED.search(text) is not None
            or text[:1] in "\"“" and _QUOTED_REJECTION_OF.match(text) is not None)


# "rejected Ukraine's claim that …", "dismissed Seoul's assertion that …", "denied the NIS report that …",
# "denied a report by South Korean intelligence that …": whose figure is denied.  The owner said it; the denial is another claimant's.
_OWNER_NAME = r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
_DENIED_OWNER = re.compile(
    rf"\b(?:{'|'.join(DENIAL_VERB_FORMS)}|{_CONTRADICTING})\s+(?:(?:also|flatly|strongly|repeatedly|categorically|firmly|outright)\s+)?"
    rf"(?P<object>(?P<owner>{_OWNER_NAME})['’]s?\s+(?:[a-z][\w-]*\s+){{0,2}}?{_SAID_NOUNS}\b"
    # "the NIS estimate", "NIS reports", "South Korean intelligence reports": the body named before the noun
    rf"|(?:(?:the|an?)\s+)?(?P<named>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}"
    rf"(?:\s+(?:intelligence|military|government|ministry|agency|spy\s+agency))?)\s+(?:[a-z][\w-]*\s+)?{_SAID_NOUNS}\b"
    rf"|(?:(?:an?|the)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?{_SAID_NOUNS}\s+(?:by|from)\s+(?P<agent>(?:the\s+)?[A-Z][\w.'’-]*"
    rf"(?:\s+(?:[A-Z][\w.'’-]*|intelligence|military|government|officials|media|ministry|agency)){{0,4}})\b)"
)
# Where the owner's words end and the denier's resume: "…, calling it …", "… as 'a smear campaign'".
_DENIER_RESUMES = re.compile(
    r",\s+(?:calling|saying|describing|branding|labell?ing|adding|with|and|but|which)\b|\s+as\s+[\"“‘']|[;:—]"
    # "… as contradictory.", "… as a fake": a verdict of a few words closing the sentence
    r"|\s+as\s+(?=(?:[\w-]+\s+){0,2}[\w-]+[\"”’']?(?:[.!,;]|\s*$))"
)


# In Russian and Ukrainian copy the owner follows the said noun in the genitive: "Песков назвал «уткой» заявления
# Киева о гибели …", "МИД отверг сообщения Сеула о том, что …", "спростував заяви Москви про …".
_CYRILLIC_DENIAL_VERB = re.compile(r"(?:опроверг|отверг|отрица|спростува|заперечи|заперечу|відкину|назва)\w*",
                                   re.IGNORECASE)
_CYRILLIC_OWNED_STATEMENT = re.compile(
    r"\b(?:заявлени\w*|утверждени\w*|сообщени\w*|данны\w*|оценк\w*|информаци\w*|слух\w*|обвинени\w*|"
    r"заяв[аиуоі]?\w*|твердженн\w*|повідомленн\w*|даних|дані|оцінк\w*|інформаці\w*|звинуваченн\w*)\s+"
    r"(?P<owner>[А-ЯЁІЇЄҐ][\w-]*(?:\s+[А-ЯЁІЇЄҐ][\w-]*){0,3})\s+(?:о|об|про|что|що|,)(?=\s)"
)
_CYRILLIC_DENIER_RESUMES = re.compile(
    r",\s+(?:назва|добави|отмети|подчеркну|заяви|сказа|додав|наголоси|зазначи|підкресли)\w*|\s+[«\"„]|[;:—]"
)


def denied_owner(text: str) -> tuple[int, int, str] | None:
    """(start, end, owner as written) of the owned statement a denial rejects, or None if nobody owns it.

    The span runs from the owner's name to where the denier's own words resume, so it holds the figures
    the owner gave: "North Korea rejected Ukraine's claim that 4,000 … had been killed, calling it …"
    → "Ukraine's claim that 4,000 … had been killed", Ukraine's.
    """
    if not text.isascii() and (verb := _CYRILLIC_DENIAL_VERB.search(text)) is not None:
        return _cyrillic_denied_owner(text, verb.end())
    found = _DENIED_OWNER.search(text)
    if found is None:
        return None
    owner = found.group("owner") or found.group("named") or found.group("agent")
    resumes = _DENIER_RESUMES.search(text, found.end())
    return found.start("object"), resumes.start() if resumes else len(text.rstrip(" .\"”")), owner


def _cyrillic_denied_owner(text: str, verb_end: int) -> tuple[int, int, str] | None:
    """The span from the said noun after a Russian or Ukrainian denial verb to where the denier resumes."""
    found = _CYRILLIC_OWNED_STATEMENT.search(text, verb_end)
    if found is None:
        return None
    resumes = _CYRILLIC_DENIER_RESUMES.search(text, found.end("owner"))
    return found.start(), resumes.start() if resumes else len(text.rstrip(" .\"”»")), found.group("owner")


def _may_deny(text: str) -> bool:
    """Substring tests (each a fast scan in C): most claims hold none of the cues, so the patterns rarely run."""
    return (
        "eni" in text or "eny" in text or "ismiss" in text or "eject" in text or "efut" in text or "ebut" in text
        or "evidence" in text or "not true" in text or " version " in text or "ontradict" in text
        or ("call" in text or "Call" in text or "escri" in text or "brand" in text or "label" in text
            or _may_reject(text))
        and _REJECTING_WORD.search(text) is not None
    )


def _may_reject(text: str) -> bool:
    """Substring tests for the rejecting words commonest after "was"/"were" ("were 'another fake'")."""
    return (
        "fake" in text or "propaganda" in text or "fabricat" in text or "nonsense" in text or "hoax" in text
        or "groundless" in text or "baseless" in text or "false" in text or "False" in text or "unfounded" in text or "lie" in text
        or "absurd" in text or "fiction" in text or "disinformation" in text or "canard" in text or "smear" in text
        or "fantas" in text or "untrue" in text or "inaccurate" in text or "fairy" in text or "myth" in text
        # opening a quotation: '"Fake news," Peskov said …', '"Lies," …', '"Pure fabrication," …'
        or "Fake" in text or "Lie" in text or "Nonsense" in text or "Propaganda" in text or "Fabricat" in text
    )


# "Moscow has denied the presence of North Korean troops, which Kyiv puts at 11,000": the speaker of a relative
# clause after the denial gives the figure; the denial before it is the main clause's subject's.
_RELATIVE_BEFORE = re.compile(r",\s+(?:which|whose\s+(?:number|numbers|strength|size|toll))\s+$")


# "Kyiv says 1,200 were killed, a figure Moscow calls fiction": the rejection set after the claim, in apposition
# to its figure, is the other's; what Kyiv says it asserts.
_REJECTING_APPOSITIVE = re.compile(
    r"(?:,|\s[—–-])\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:figure|estimate|number|claim|toll|count|tally|assertion|"
    r"assessment)\s+(?:that\s+|which\s+)?(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:\w+ly\s+)?(?:calls?|called|dismiss(?:es|ed)?|reject(?:s|ed)?|denie[sd]|disputes?|disputed|describe[sd]|"
    r"brand(?:s|ed)|deride[sd])\b"
)


def denial_is_anothers(sentence: str, speaker_start: int) -> bool:
    """Whether a sentence's denial belongs to another than the speaker named at ``speaker_start``."""
    if "," in sentence or "—" in sentence or "–" in sentence or " - " in sentence:
        rejecting = _REJECTING_APPOSITIVE.search(sentence, speaker_start)
        if rejecting is not None and not is_denial(sentence[: rejecting.start()]):
            return True
    return (
        _RELATIVE_BEFORE.search(sentence, max(0, speaker_start - 24), speaker_start) is not None
        and not is_denial(sentence[speaker_start:])
    )

"""Sources named as labels, without a reporting verb: "11,000 (NIS) to 12,000 (HUR)", "[source: Pentagon]",
"HUR: 11k troops now in Kursk", "NIS — 3,000 more troops sent".

Tables of estimates, explainers and headlines name whose figure it is in a
bracket after the figure, in a source note, or as a label before a colon or
dash.  Brackets and labels also hold many things that are no source (a unit's
name "(Storm Corps)", a dateline "SEOUL —", a heading "Casualties: 300",
"Update: …"), so only names that can be nothing but a source are taken: a
known alias, an acronym that is no place, a person's name, a body's name
ending in an institution word, or a surname the article names in full.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from store.analysis.claimants import (
    _ORG_WORDS,
    _PLACE_WORDS,
    aliased,
    clean_claimant,
    looks_like_person,
)
from store.analysis.coreference import BODY_HEADS
from store.analysis.generic_sources import is_demonym
from store.analysis.number_starts import figure_starts
from store.analysis.sentences import split_sentences

# A bracket right after a figure, or after a figure and up to three lower-case words ("4,000 casualties
# (Zelensky)"): the words before a bracket holding capitals ("North Korean troops (KPA)") are what it spells out.
# Found from each opening bracket before a capital, then the words before it (few texts hold one).
_BRACKET_OPENING = re.compile(r"[(\[]\s*(?=[A-Z])")
# The words between may be a people ("12,000 North Korean troops (NIS)") or a weapon's designation ("150 KN-23s").
_FIGURE_BEFORE = re.compile(
    r"(?:\d\+?|%|\d[kKM]\+?|\b(?:hundreds|thousands|dozens|million|billion|bn|k|m))(?:\s+(?:[a-z][a-z-]*|North|South|[A-Z][a-z]+"
    r"(?:an|ese|ish)s?|[A-Z][\w]*-?\d[\w-]*)){0,4}\s*$"
)
# A month and its day right before a bracket: a date, so the bracket credits a wire, not a figure's source.
_DAY_OF_MONTH_BEFORE = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*$"
)
_BRACKETED_NAME = re.compile(r"(?P<name>[A-Z][^()\[\],;:\d]{1,50}?)\s*(?:[,;][^()\[\]]{1,30})?[)\]]")
# "(Ukraine's figure)", "(the NIS's estimate)": whose figure the one before the bracket is.
_OWNERS_FIGURE = re.compile(r"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})['’]s?\s+(?:own\s+|latest\s+)?"
                            r"(?:figure|estimate|count|tally|assessment|numbers|figures|estimates)")
# "(Western estimate)", "(Pentagon figures)": a note after the figures naming whose reckoning they are.
_OWNED_NOTE = re.compile(
    r"((?P<owner>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
    r"(?:estimates?|figures?|assessments?|counts?|data|tally))[)\]]"
)
_DIGIT = re.compile(r"\d")
# A key-figures item, "Killed or wounded: 3,000+ (Zelensky, Jan. 5)", "Prisoners of war: 2 (SBU)": a label, its
# figure and one bracket closing the line, where nothing but the figure's source (and date) is written.
# (An acronym, or a name with the date it was given: "(Kursk)" alone may say where.)
_BOX_ITEM = re.compile(
    r"[^:()\d]{2,60}:\s*[^:()]{0,40}?\d[^:()]{0,30}\((?:[A-Z]{2,6}|[A-Z][^(),]{1,40},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"(?:,\s*\d{4})?\)\s*\.?\s*$"
)
# "[source: Pentagon]", "(Sources: NIS, HUR)": a note naming the source of everything before it.
_SOURCE_NOTE = re.compile(r"[(\[]\s*(?:[Ss]ources?|SOURCES?)\s*:\s*(?P<name>[^()\[\]\d]{2,50}?)\s*[)\]]")
# A passage or heading opening with a label: "HUR: 11k …", "• NIS — 3,000 more troops …".
# "(Jan 13)", "(13 January 2025)", "(2025-01-13)": when the labelled source said it.
_LABEL_DATE = (
    r"(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
    r"|\d{4}(?:-\d\d){0,2}"
)
_OPENING_LABEL = re.compile(
    r"[•*·]?\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})(?:\s+\((?P<short>[A-Z][\w.-]{1,9})\))?"
    # "NIS (via lawmaker Lee Seong-kweun, Jan 13):", "NIS via lawmaker Lee:", "NIS (Jan 13):": who passed the
    # label's figure on, and when, belong to the label; the source is still the name before them.
    r"(?:\s+(?P<open>\()?(?:(?:via|through|citing)\s+(?P<via>[^()\n:,;—–]{2,48}?)(?:,\s*(?:" + _LABEL_DATE + r"))?"
    r"|(?(open)(?:" + _LABEL_DATE + r")|(?!)))(?(open)\)))?"
    r"(?::|\s+[—–]|\s+--)\s+(?=\S)"
)  # "South Korea (NIS): about 11,000": the body in brackets is the source, the country its owner
_ASIDE_OPENING = re.compile(r"(?:which|who|whose|whom|where|of|a|an|the|its|his|her|their|and|or|but)\b")
_DASH = re.compile(r"\s[—–]\s|\s--\s|—")
# Capitalised words that open a heading or a note, not a source ("UPDATE: …", "WATCH: …").
_NOT_LABELS = frozenset(
    """update updated breaking watch live note fact new alert exclusive analysis opinion video photo photos read
    more file top key faq q a editor correction explainer""".split()
)

_FACT_CHECK_RUBRIC = re.compile(r"\s(?:fact[\s-]?check(?:ing)?|reality\s+check)$", re.IGNORECASE)
_LIST_BREAK = re.compile(r"\s*(?:,|\band\b|/)\s*")


def _is_place(name: str) -> bool:
    """A country, a city or a region: "Kursk", "South Korea" (not "Pentagon", a building for its institution)."""
    words = [w.strip(".,'’").lower() for w in name.split()]
    return bool(words) and all(w in _PLACE_WORDS and w not in _ORG_WORDS for w in words)


def names_a_source(words: str, surname_known: Callable[[str], str | None] | None = None) -> str | None:
    """The claimant ``words`` name if they can name nothing but a source, else None.

    A known alias, "Pentagon" or "Defence Ministry" always qualify; an acronym, a surname or a person's name
    only when ``surname_known`` vouches for them (the article names them elsewhere) and gives the full name.
    """
    claimant = _claimant_of(words)
    if claimant is None or claimant[1]:
        return claimant[0] if claimant else None
    known = surname_known(words.strip(" ,.;:")) if surname_known is not None else None
    if known is None:
        return None
    return claimant[0] if " " in words.strip() or words.isupper() else known


def _claimant_of(words: str) -> tuple[str, bool] | None:
    """(claimant, whether the words can name nothing but a source), or None if they name no source at all."""
    words = words.strip(" ,.;:")
    tokens = words.split()
    if not tokens or len(tokens) > 5 or tokens[0].lower() in _NOT_LABELS:
        return None
    claimant = clean_claimant(words)
    if claimant is None or _is_place(claimant):
        return None  # "(DPRK)" and "(Kursk)" are places, "SEOUL —" a dateline
    if aliased(words) != words:
        return claimant, True  # a known source: "NIS", "HUR"
    if len(tokens) > 1 and _FACT_CHECK_RUBRIC.search(words) is not None:
        # "AP FACT CHECK:", "REUTERS FACT CHECK:": an outlet's rubric for its verdicts, its name in capitals too
        return (claimant.title() if claimant.isupper() and len(claimant) > 5 else claimant), True
    last = tokens[-1].lower()
    if len(tokens) == 1 and words.replace(".", "").isupper():
        return (claimant, False) if 2 <= len(words.replace(".", "")) <= 6 else None  # "ISW", or "MLRS" a weapon
    if (len(tokens) == 1 and last in _ORG_WORDS and last in _PLACE_WORDS) or (len(tokens) > 1 and last in BODY_HEADS):
        return claimant, True  # "Pentagon", "Kremlin" (a building for its institution), "Defence Ministry"
    # "Kim Jong Un:": a syllable like "Un" is a place only in capitals ("UN"), so a label's name may end in one.
    syllables = [t for t in claimant.split() if not (len(t) == 2 and t.istitle())]
    return (claimant, False) if len(tokens) == 1 or looks_like_person(" ".join(syllables)) else None


def bracket_sources(sentence: str) -> list[tuple[int, int, str, str]]:
    """(start, end, words, claimant) of every bracketed source: after a figure, or a "source:" note.

    A surname or a person's name in a bracket ("(Zelensky)") counts only beside a bracket that names nothing
    but a source ("hundreds (NIS), 1,000 (Pentagon) and 4,000 (Zelensky)"): alone, "(Storm Corps)" or
    "(Sudzha)" may name a unit or a place.
    """
    found: list[tuple[int, int, str, str, bool]] = []
    governments = 0
    for opening in _BRACKET_OPENING.finditer(sentence):
        at = opening.start()
        if (note := _OWNED_NOTE.match(sentence, opening.end())) is not None and _DIGIT.search(sentence, 0, at):
            owner = note.group("owner")  # "sent 12,000 troops to Russia (Western estimate)": whose figures these are
            claimant = clean_claimant(owner) if not is_demonym(owner) else clean_claimant(note.group(1))
            if claimant:
                found.append((at, note.end() - 1, note.group(1), claimant, True))
                continue
        if _FIGURE_BEFORE.search(sentence, max(0, at - 48), at) is None:
            continue
        if _DAY_OF_MONTH_BEFORE.search(sentence, max(0, at - 16), at) is not None:
            continue  # "SEOUL, Oct 18 (Wire Service) --": a dateline's agency, not the source of a figure "18"
        named = _BRACKETED_NAME.match(sentence, opening.end())
        owner = _OWNERS_FIGURE.fullmatch(named.group("name")) if named and "s " in named.group("name") else None
        if owner is not None:  # "more than 100 missiles (Ukraine's figure)": its owner's, a place or not
            owned = clean_claimant(owner.group(1))
            source = (owned, True) if owned else None
        else:
            source = _claimant_of(named.group("name")) if named else None
            if source is None and named and _names_government(named.group("name")):
                source = (named.group("name").strip(), False)  # "1,000 (Seoul) to 4,000 (Kyiv)": see below
                governments += 1
        if named and source:
            found.append((at, named.end() - 1, named.group("name"), source[0], source[1]))
    for note in _SOURCE_NOTE.finditer(sentence) if "ource" in sentence or "OURCE" in sentence else ():
        parts = [p for p in _LIST_BREAK.split(note.group("name")) if p]
        sources = [_claimant_of(part) for part in parts]
        if parts and all(sources):
            claimant = " and ".join(source[0] for source in sources if source)
            found.append((note.start(), note.end() - 1, note.group("name"), claimant, True))
    if not any(sure for *_rest, sure in found) and governments < 2 and not _BOX_ITEM.match(sentence):
        return []  # one capital in brackets may be where the figure is set ("12,000 troops (Moscow)"); two set
        # against each other ("1,000 (Seoul) to 4,000 (Kyiv)") are whose figures they are
    return sorted((start, end, words, claimant) for start, end, words, claimant, _sure in found)


def _names_government(words: str) -> bool:
    """Whether bracketed words are a country or capital that speaks for its government ("Seoul", "Kyiv")."""
    tokens = words.lower().strip(" .,").split()
    return bool(tokens) and _is_place(words) and tokens[-1] in _GOVERNMENTS


def opening_label(
    text: str, article_text: Callable[[], str], full_name: Callable[[str], str | None]
) -> str | None:
    """The source a passage or heading opens with as a label before its figure ("HUR: 11k troops …").

    An acronym or a person's name is vouched for by the article naming it again, a surname by the article
    writing it in full (``full_name``): a heading's "Casualties: 300" or "Key Figures: …" is named nowhere.
    """
    head = text[:64]
    if not (":" in head or "—" in head or "–" in head or "--" in head):
        return None
    found = _OPENING_LABEL.match(text)
    if found is None or not figure_starts(text[found.end() :]):
        return None  # "Kyiv: talks resume on Monday": a dateline, with no figure to own
    dashed = not found.group().rstrip().endswith(":")
    if dashed and (_ASIDE_OPENING.match(text, found.end()) or _DASH.search(text, found.end())):
        return None  # "The UN Security Council — of which Russia is a member — sanctioned …": an aside

    if found.group("short") and (body := names_a_source(found.group("short"), lambda _words: None)) is not None:
        return body  # a known acronym ("NIS", "HUR") needs no vouching
    return names_a_source(found.group("name"), _vouching(article_text, full_name))


def _vouching(
    article_text: Callable[[], str], full_name: Callable[[str], str | None]
) -> Callable[[str], str | None]:
    """Whether the article vouches for a label's words: names an acronym or a name twice, a surname in full."""

    def vouched(words: str) -> str | None:
        if " " in words or words.isupper():
            return words if article_text().count(words.split()[-1]) >= 2 else None
        return full_name(words)

    return vouched


# A headline's source after its figure: "N. Korea troops: 12,000 — NIS", "Casualties top 3,000 - Pentagon".
# The name opens with a capital; a body's name may go on in lower case ("— Ukrainian intelligence").
_CLOSING_LABEL = re.compile(r"(?:\s(?:[—–]|--?)|:)\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3})\.?$")
# A country or a capital as a headline's closing label stands for its government ("… to Russia: Seoul",
# "… - Kyiv"); an opening one is a dateline ("KYIV —"), and a region ("— Europe") a section of the site.
_GOVERNMENTS = frozenset(
    """ukraine russia korea us u.s. uk u.k. nato china japan america britain seoul pyongyang kyiv moscow washington
    beijing tokyo kremlin pentagon""".split()
)
# A country's people who speak for it, named as a label: "— US officials", "- Ukrainian sources".
_SPEAKING_GROUPS = frozenset("officials sources lawmakers diplomats military government".split())


def closing_label(
    text: str, article_text: Callable[[], str], full_name: Callable[[str], str | None]
) -> str | None:
    """The source a one-sentence passage (a headline, a summary line) ends with as a label after its figure.

    Vouched for as ``opening_label``'s; a passage of several sentences ends with its last one's words.
    """
    tail = text[-48:]
    last = tail.rsplit(None, 1)
    if not last or not ("—" in tail or "–" in tail or "-" in tail or ":" in tail):
        return None  # most passages hold no dash or colon near their end
    found = _CLOSING_LABEL.search(text, max(0, len(text) - 48))
    if found is None or not figure_starts(text[: found.start()]) or len(split_sentences(text)) > 1:
        return None
    words = found.group("name")
    tokens = words.lower().strip(".,").split()
    if _is_place(words) and tokens[-1] in _GOVERNMENTS:
        return clean_claimant(words)
    if len(tokens) > 1 and tokens[-1] in _SPEAKING_GROUPS and _is_place(" ".join(tokens[:-1])):
        return clean_claimant(words)  # "- US officials", "— South Korean lawmakers"
    return names_a_source(words, _vouching(article_text, full_name))


# "Yonhap: NIS says 3,000 more …": a label before another source's reported words names who passed them on; a
# digest's "BBC Monitoring: Russian state TV says …", "Yonhap: South Korean officials say …" as well.
_RELAYING_LABEL = re.compile(
    r"[•*·]?\s*(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}):\s+"
    r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|state|military|government|defen[cs]e|intelligence|officials?"
    r"|sources|media|television|news|agency)){0,4}"
    r"\s+(?:says?|said|claims?|claimed|reports?|reported|estimates?|estimated|believes?|assesses|assessed)\b"
)


def relaying_label(text: str) -> str | None:
    """The label a passage opens with when a named source's reported words follow it ("Yonhap: NIS says …"), or
    the one a label's own words name as passing its figure on ("NIS (via lawmaker Lee Seong-kweun): 11,000")."""
    found = _RELAYING_LABEL.match(text)
    if found is None:
        if "via " in text[:64] or "through " in text[:64] or "citing " in text[:64]:
            labelled = _OPENING_LABEL.match(text)
            if labelled is not None and labelled.group("via"):
                return clean_claimant(labelled.group("via"))
        return None
    words = found.group("name")
    if words.split()[0].lower() in _NOT_LABELS or _is_place(words):
        return None  # "Update: NIS says …", "Kyiv: officials say …"
    if is_transcript_speaker(words):
        return None  # "RIPLEY: The NIS estimates …": who speaks on air, not who passed the words on
    return clean_claimant(words)


# Broadcasters and agencies whose names are written in capitals of five letters or more.
_CAPITAL_OUTLETS = frozenset("REUTERS XINHUA INTERFAX UKRINFORM YONHAP KYODO NEWSIS SPUTNIK ARIRANG".split())


def is_transcript_speaker(words: str) -> bool:
    """Whether a label is a broadcast transcript's speaker ("RIPLEY", "FRED PLEITGEN"): names in capitals, one of
    them longer than an acronym ("BBC", "KCNA" and "NHK" are outlets)."""
    names = words.split()
    return all(name.isupper() and name.isalpha() for name in names) and any(
        len(name) >= 5 and name not in _CAPITAL_OUTLETS for name in names
    )

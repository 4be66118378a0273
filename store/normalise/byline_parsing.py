"""Who signed a header line: the byline's writer and outlet, and the ``Header`` a header line is read into.

"By Jane Doe, Reuters", "Von Anna Berger, Seoul", "By Ju-min Park, Josh Smith and Hyonhee Shin, Reuters": a byline
names its writers, then what they write for (or where, or when).  ``metadata`` reads whole header lines with these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.normalise import byline_names as _names
from store.normalise.byline_names import agency_set_apart, bare_name, long_name_list
from store.normalise.dateline_places import is_newsroom_unit, publication_like
from store.normalise.dates import FoundDate
from store.normalise.posters import listed_names
from store.normalise.shapes import TERMINAL, last_visible, word_count
from store.normalise.yearless_dates import find_month_day

MAIL_ADDRESS = re.compile(r"<?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}>?")
# "Reporter Kim Min-ji" signs Korean and Japanese outlets' English editions; "Von", "Par", "Por", "Di", "Door" and "Oleh"
# are "By" in German, French, Spanish, Italian, Dutch and Indonesian copy; "Interview by", "Photographs by", "Report by"
# sign an interview, a photo essay, a report.  What follows must still read as a person's name.
_BYLINE_WORDS = r"(?:by|words by|written by|story by|text by|prepared by|(?:staff )?reporter|von|par|por|di|door|oleh|interview(?:ed)? by|photo(?:graph)?s by|report by|analysis by|commentary by)"
BYLINE_START = re.compile(rf"{_BYLINE_WORDS}\s", re.IGNORECASE)
_BYLINE = re.compile(rf"^{_BYLINE_WORDS}\s+(?P<rest>\S.{{1,150}})$", re.IGNORECASE)
_CREDIT_BY = re.compile(r"\bby\b", re.IGNORECASE)  # "Edited by John Roe" after the writer credits another job
_NAME_SPLIT = re.compile(r"\s*(?:,|\||·|•|—|–|/|\s-\s|\bfor\b|\bin\b|\bat\b)\s*")
_NO_NAME_WORDS = frozenset({"of", "the", "for", "on", "to", "with", "from", "into", "over"})
_NAME_CONNECTORS = {"and", "&", "de", "van", "von", "bin", "al", "da", "del", "der", "le", "la", "di", "du", "y"}
ROLE_LINE = re.compile(
    r"^(?:[\w'’-]+ ){0,4}(?:correspondent|reporter|editor|writer|analyst|journalist|columnist|contributor"
    r"|fellow|researcher|professor|lecturer|director|correspondante?|envoyée? spéciale?|corresponsal|korrespondentin|korrespondent|korespondent(?:ka)?)s?"
    # A paper's author line adds the affiliation: "Senior Fellow, Institute for Peninsula Studies".
    r"(?:(?:,| at| of| with)(?: the)? (?-i:[A-Z][\w'’&.-]*(?: (?:[A-Z][\w'’&.-]*|of|for|and|the|on|at|in|&)){0,8}))?$",
    re.IGNORECASE,
)
_INSTITUTION_FOR = re.compile(r"\b(?:Cent(?:re|er)|Institute|Council|Foundation|Committee|Office|Agency|Alliance|Fund|Society|Coalition|Association|Commission|Initiative|Program(?:me)?|Project|Forum|Partnership|Campaign|School|Federation|Ministry|Department)$")


@dataclass(slots=True)
class Header:
    """What one header line says."""

    kind: str  # "field", "outlet-date", "date", "byline", "address" (units); soft: "placed-byline", "role", "one-name-byline"
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: FoundDate | None = None
    url: str | None = None
    place: str | None = None  # the place a "Tokyo, 10 November 2024" line datelines the story with
    credit: str | None = None  # the wire an outlet ran the story with ("Le Monde avec AFP · 16 janvier 2025")

    @property
    def soft(self) -> bool:
        """Only a header next to other header lines ("Jane Doe in Kyiv" above a date)."""
        return self.kind in ("placed-byline", "role", "one-name-byline") and not (self.kind == "placed-byline" and self.date)  # (a stamp dates it)


def name_like(text: str, max_words: int = 6) -> bool:
    """A few capitalised words with no closing mark, address or link: a writer's or an outlet's name in shape."""
    text = text.strip()
    n = word_count(text)
    # A caseless script (Hangul, kanji) capitalises nothing: there a short name ("한빛일보") is enough.
    capital = text[:1].isupper() or (text[:1].isalpha() and not text[:1].islower() and n <= 3)
    if not (1 <= n <= max_words) or not capital or last_visible(text) in TERMINAL + ",;:":
        return False
    return "@" not in text and "http" not in text.lower()


def person_names(text: str) -> str | None:
    """``text`` if it reads as one or more personal names ("Jane Doe and John Roe")."""
    text = text.strip(" .")
    tokens = text.replace(",", " ").split()
    if not 2 <= len(tokens) <= 10 and not long_name_list(text, len(tokens)):
        return None
    for token in tokens:
        if token.lower() in _NAME_CONNECTORS:
            continue
        if token.lower() in _NO_NAME_WORDS:
            return None  # "TRANSCRIPT OF PROCEEDINGS": capitals that make a heading, no name
        if not token[:1].isupper() or any(ch.isdigit() for ch in token) or token.endswith(("'s", "’s")):
            return None  # (a possessive, "North Korea's War", names no person)
    return text


def parse_byline(text: str) -> tuple[str, str | None] | None:
    """("Jane Doe", "Reuters") for "By Jane Doe, Reuters"; None when not a byline."""
    found = _BYLINE.match(text)
    if found is None or last_visible(text) in ".!?" and not text.endswith(("Jr.", "Sr.")):
        return None
    rest = MAIL_ADDRESS.sub("", found["rest"]).replace("()", "").replace("[]", "").strip() if "@" in text else found["rest"]
    rest = _names.wire_set_apart(bare_name(rest))  # ("By Jane Roe Kyodo": the agency's comma lost)
    if " and " in rest or " & " in rest:
        rest = agency_set_apart(rest, publication_like)  # "By Hyung-jin Kim and the Associated Press"
    parts = [p for p in _NAME_SPLIT.split(rest) if p]
    if not parts:
        return None
    names = person_names(parts[0])
    if names is None:
        return None
    if len(parts) > 1 and (listed := listed_names(rest, person_names)) is not None:
        return listed, None  # "By Jonathan Reed, Min-ji Lee and Oksana Hrytsenko": three writers, no outlet
    if len(parts) > 2 and (signed := _names.names_then_outlet(rest, parts[-1], lambda names: listed_names(names, person_names), publication_like)):
        return signed  # "By Ju-min Park, Josh Smith and Hyonhee Shin, Reuters": three writers, then the outlet
    if len(parts) > 2 and _INSTITUTION_FOR.search(parts[1]) and (joined := f"{parts[1]} for {parts[2]}") in rest:
        parts[1:3] = [joined]  # "By Anna Berg, Centre for Defence Studies": one institution's name, not a name and an outlet
    org = parts[1].strip() if len(parts) > 1 and name_like(parts[1], 8 if " for " in parts[1] else 5) and not _CREDIT_BY.search(parts[1]) else None  # ("| Edited by John Roe")
    if org and org[-1:].isdigit() and find_month_day(org, None) is not None:
        org = None  # "By Jane Doe | March 12, 2025 | 3 Comments": the date, cut at its comma, is no outlet
    if org and rest[len(parts[0]) :].lstrip().startswith(("in ", "at ")):
        org = None  # "By Jane Doe in Tokyo": where the writer is, not what she writes for
    elif org and (is_newsroom_unit(org) or ROLE_LINE.match(org)):
        org = None  # "By Jane Doe, Defense Desk", "By Helen Carter, Senior Fellow": where or what she is, no outlet
    elif org and _names.month_or_city_after_name(org, text, publication_like):
        org = None  # "Report by Jane Doe, November 2024", "Von Anna Berger, Seoul": when or where, no outlet
    return names, org



def filed_from(word: str) -> bool:
    """"Vilnius" after "Jane Doe, ": one capitalised word no outlet goes by is the city the story was filed from.

    (The rule the page-author reader applies to a saved page's "Name, City" byline, for printed lines.)
    """
    from store.normalise.dateline_places import place_before_date

    return " " not in word and word.replace("-", "").isalpha() and word[:1].isupper() and place_before_date(f"{word},") == word


def writer_and_place(text: str) -> tuple[str, str] | None:
    """("Daniel Brooks", "Vilnius") for a line "Daniel Brooks, Vilnius": a writer's name, then where the story is filed from."""
    from store.normalise.dateline_places import writer_before_date

    name, _, place = text.strip().partition(", ")
    place = place.rstrip(" .")
    if not filed_from(place) or (writer := writer_before_date(f"{name},")) is None:
        return None
    return writer, place

"""'The country's spy agency': which country, and so which agency.

Wire copy names an agency once and then writes "citing the country's spy
agency" or "the nation's intelligence service".  Left as written, that is a
claimant called "country's spy agency" that nothing else matches.  The
country is read from the article, most telling first:

1. the last country named as an owner earlier in the same sentence ("South
   Korea's ambassador … citing the country's spy agency"), or else named there
   as no place ("A South Korean official, citing …", not "sent to Russia");
2. an agency of one country that the article already names ("National
   Intelligence Service", "SBU"): it is the one meant again;
3. the wire dateline ("SEOUL, Feb. 13 (Yonhap) --");
4. the last country named as an owner before it in the article ("Seoul's
   envoy"); a country only written as a place ("troops sent to Russia") is
   what a claim is about, not whose agency speaks, so nothing else resolves it.

The countries, their agencies and the ways they are written live in
``country_agencies.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from store.analysis.role_nouns import is_person_noun
from store.analysis.terms import read_toml

COUNTRY_AGENCIES_PATH = Path(__file__).with_name("country_agencies.toml")

# "country's spy agency", "the nation's military intelligence service", "the country's security services".
_COUNTRY_AGENCY = re.compile(
    r"^(?:the\s+)?(?:country|nation|state)['’]s\s+(?P<words>(?:[a-z-]+\s+){0,2}?)"
    r"(?P<noun>spy|intelligence|security|counter-?intelligence)\s+(?:agency|agencies|service|services|directorate|body)$",
    re.IGNORECASE,
)

# The speakers a country's adjective may name: "a South Korean official", "US defence officials", "a
# Ukrainian lawmaker".
_SPEAKER_NOUNS = frozenset(
    """official officials lawmaker lawmakers legislator legislators diplomat diplomats envoy ambassador minister
    officer officers spokesman spokeswoman spokesperson source sources government authorities president
    commander commanders general generals aide aides adviser advisers""".split()
)
_NEXT_WORDS = re.compile(r"\s+([a-z-]+)(?:\s+([a-z-]+))?")


def _speaker_after(text: str, end: int) -> bool:
    """Whether the words after a country's name (one adjective allowed) name a speaker: "official"."""
    words = _NEXT_WORDS.match(text, end)
    return words is not None and any(
        w is not None and (w in _SPEAKER_NOUNS or is_person_noun(w)) for w in words.groups()
    )


# "South Korea's spy agency", and with the country's adjective and no possessive, "the South Korean spy agency".
_NAMED_COUNTRY_AGENCY = re.compile(
    r"^(?:the\s+)?(?P<country>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['’]s)?\s+(?P<words>(?:[a-z-]+\s+){0,2}?)"
    r"(?P<noun>spy|intelligence|security|counter-?intelligence)\s+(?:agency|service|directorate)$"
)


@dataclass(frozen=True, slots=True)
class _Country:
    name: str
    spy: str
    military: str
    security: str
    known: tuple[str, ...]
    datelines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Table:
    countries: tuple[_Country, ...]
    mention: re.Pattern[str]  # any way a country is written; the group name is the country's index
    known: re.Pattern[str]  # any agency name of any country
    country_of_name: dict[str, int]
    country_of_agency: dict[str, int]


def is_country_agency(name: str) -> bool:
    """Whether a claimant is "the country's spy agency" (or "South Korea's spy agency"): an agency by its country."""
    if "'s " in name or "’s " in name:
        return _COUNTRY_AGENCY.match(name) is not None or _NAMED_COUNTRY_AGENCY.match(name) is not None
    return named_country_agency(name) is not None  # "South Korean spy agency": only a country's adjective


def named_country_agency(name: str) -> str | None:
    """'South Korea's spy agency' → 'National Intelligence Service': the agency of a country named with it."""
    match = _NAMED_COUNTRY_AGENCY.match(name)
    if match is None:
        return None
    table = _table()
    country = table.country_of_name.get(match.group("country"))  # (index 0 is a country: no "or" here)
    if country is None:
        country = table.country_of_name.get(match.group("country") + "'s")
    if country is None:
        return None
    return _agency_of(table.countries[country], match.group("words"), match.group("noun"))


def _agency_of(country: _Country, words: str, noun: str) -> str:
    if "military" in words.lower() or "defen" in words.lower():
        return country.military
    return country.security if noun.lower() == "security" else country.spy


def resolve_country_agency(name: str, before: str, sentence_before: str, dateline: str | None) -> str | None:
    """The agency "the country's spy agency" (``name``) means, or None when no country is in sight.

    ``before`` is the article's text before the sentence, ``sentence_before`` the sentence up to the phrase.
    """
    match = _COUNTRY_AGENCY.match(name)
    if match is None:
        return None
    table = _table()
    # The speaker's own country, named in the sentence, outranks an agency named earlier: after "HUR said …",
    # "A South Korean official, citing the country's spy agency" means South Korea's.
    country = _last_country(table, sentence_before, possessive_only=True)
    if country is None:
        country = _last_country(table, sentence_before, not_a_place=True)
    if country is None:
        country = _country_with_named_agency(table, before + "\n" + sentence_before)
    if country is None and dateline:
        country = next((i for i, c in enumerate(table.countries) if dateline.upper() in c.datelines), None)
    if country is None:
        country = _last_country(table, before, possessive_only=True)
    if country is None:
        return None
    return _agency_of(table.countries[country], match.group("words"), match.group("noun"))


def agencies_named(text: str) -> list[tuple[int, str]]:
    """(start, name as written) of every intelligence or security agency ``text`` names ("NIS", "SBU")."""
    return [(hit.start(), hit.group()) for hit in _table().known.finditer(text)]


def _country_with_named_agency(table: _Table, text: str) -> int | None:
    """The country whose agency the text names last, if the text names any."""
    last: int | None = None
    for hit in table.known.finditer(text):
        last = table.country_of_agency[hit.group()]
    return last


def _last_country(table: _Table, text: str, *, possessive_only: bool = False, not_a_place: bool = False) -> int | None:
    """The country named last in ``text``; in the speaker's own sentence only an owner counts ("South Korea's
    ambassador … citing the country's spy agency"), since "sent troops to Russia" names what is claimed.
    ``not_a_place``: a country as the adjective of a speaker ("a South Korean official"), never what is claimed
    ("North Korea has sent …")."""
    last: int | None = None
    for hit in table.mention.finditer(text):
        if not_a_place and not _speaker_after(text, hit.end()):
            continue
        if possessive_only and not hit.group().endswith(("'s", "’s")) and text[hit.end() : hit.end() + 2] not in (
            "'s",
            "’s",
        ):
            continue
        last = table.country_of_name[hit.group()]
    return last


@lru_cache(maxsize=1)
def _table(path: Path = COUNTRY_AGENCIES_PATH) -> _Table:
    data = read_toml(path, "country agencies")
    countries: list[_Country] = []
    country_of_name: dict[str, int] = {}
    country_of_agency: dict[str, int] = {}
    for index, (name, entry) in enumerate(data.get("countries", {}).items()):
        known = tuple(entry.get("known", ()))
        countries.append(
            _Country(name, entry["spy"], entry["military"], entry["security"], known, tuple(entry.get("dateline", ())))
        )
        for written in entry.get("names", ()):
            country_of_name.setdefault(written, index)
        for agency in (*known, entry["spy"], entry["military"], entry["security"]):
            country_of_agency.setdefault(agency, index)
    return _Table(
        countries=tuple(countries),
        mention=_words_pattern(country_of_name),
        known=_words_pattern(country_of_agency),
        country_of_name=country_of_name,
        country_of_agency=country_of_agency,
    )


def _words_pattern(words: dict[str, int]) -> re.Pattern[str]:
    """Whole-word alternation, longest first, so "South Korea" wins over "Korea" and "U.S." keeps its dots."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w-])")

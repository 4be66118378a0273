"""Bylines a two-word name reading misses, and the author field's final shape.

"By Madonna" and "BY STAFF" sign a story with one word; "(Reporting by Jane Doe in Seoul;
Editing by John Roe)" closes a wire story whose only byline is the agency's.  Whatever path
found the author, the field holds the name alone: never the "By " of the line it came from.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ONE_NAME = re.compile(r"(?i:by)\s+(?P<name>[A-Z][\w'’.-]{1,30})")
# "By Monday", "By Then", "By Contrast": a phrase opening a sentence or a heading, not a signature.
_NOT_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august"
    " september october november december now then contrast comparison design default far law night day air sea"
    " land rail road car train plane email e-mail phone mail post hand invitation appointment request numbers"
    " region country month year week today tomorrow yesterday".split()
)
_LEADING_BY = re.compile(r"^(?:by|BY|By)\s+(?=\S)")
# Reuters' closing credit: "(Reporting by Jane Doe and Min-ji Lee in Seoul; Editing by John Roe)".
_REPORTING_CREDIT = re.compile(
    r"^\(?(?:reporting|reported) by (?P<names>[A-Z][^;()\n]{1,80}?)(?: in [A-Z][\w .'’-]{1,40})?(?:;[^()\n]{0,200})?\)?\.?$",
    re.IGNORECASE,
)


# Pictographs a writer signs with ("By Zélie Café 👩🏽‍💻"): no part of the name.
_TRAILING_PICTOGRAPHS = re.compile(r"(?:\s*[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d])+\s*$")


# Where the writer files from and as what, in brackets after the name: "Philippe Mesmer (Tokyo, correspondant)".
_TRAILING_POST = re.compile(r"\s+\([^()]{2,40}\)$")


# The particles that join a family name to a given one ("Maria de la Cruz", "Ludwig van der Berg").
_NAME_PARTICLES = frozenset("de la del della der den van von da das do dos di du le bin ibn al el ter ten y".split())


def writer_name_length(words: list[str]) -> bool:
    """Two or three words, or four when a particle joins them ("MARIA DE LA CRUZ"): a writer's name's length.

    A fourth word alone, with no particle between the first and the last, reads as a heading's as often.
    """
    if 2 <= len(words) <= 3:
        return True
    return len(words) == 4 and any(is_name_particle(w) for w in words[1:3])


def is_name_particle(word: str) -> bool:
    return word.lower() in _NAME_PARTICLES


def bare_name(text: str) -> str:
    if text[-1:] == ")":
        return _TRAILING_POST.sub("", text)
    return text if text[-1:].isascii() else _TRAILING_PICTOGRAPHS.sub("", text)


def one_name_byline(text: str) -> str | None:
    """The one name of "By Madonna" or "BY STAFF"; None for "By Monday" and anything longer."""
    found = _ONE_NAME.fullmatch(text.strip())
    if found is None:
        return None
    name = found["name"].rstrip(".")
    if name.lower() in _NOT_NAMES or any(ch.isdigit() for ch in name):
        return None
    return name.capitalize() if name.isupper() and len(name) > 3 else name  # ("BY AFP" keeps its acronym)


def tidy_author(name: str | None) -> str | None:
    """The author without the "By " of the byline it was read from (a name set in capitals stays as printed)."""
    if not name:
        return name
    name = _LEADING_BY.sub("", name.strip(), count=1)
    if name.endswith(("Follow", "Following", "Subscribe")):
        name = _GLUED_BUTTON.sub("", name)
    return name or None


# A blogging platform's button beside the writer's name, glued to it when the page's text was joined:
# "Daniel HartFollow" (a surname never ends in a capitalised "Follow").
_GLUED_BUTTON = re.compile(r"(?<=[a-z])(?:Follow|Following|Subscribe)$")


def reporting_credit_names(text: str, person_names) -> str | None:  # type: ignore[no-untyped-def]
    """The reporters a wire's closing "(Reporting by ...; Editing by ...)" credit names, or None."""
    found = _REPORTING_CREDIT.fullmatch(text.strip())
    if found is None:
        return None
    return person_names(found["names"].strip())


# A diplomatic letter or a statement's copy marks its signature: "(Signed) Andriy Melnyk", "(Sgd.) Jane Doe".
_SIGNATURE_MARK = re.compile(r"\((?:signed|sgd\.?)\)\s*(?P<name>[^\W\d_][^()\n]{2,60})|(?:signed|sgd\.)\s*:\s*(?P<named>[^\W\d_][^()\n]{2,60})", re.IGNORECASE)


def signature_mark_name(text: str, person_names) -> str | None:  # type: ignore[no-untyped-def]
    """The signer of "(Signed) Andriy Melnyk"; None for any other line."""
    found = _SIGNATURE_MARK.fullmatch(text.strip())
    if found is None:
        return None
    return person_names((found["name"] or found["named"]).strip(" ."))


# "As delivered by Ambassador Yevhenii Tsymbaliuk to the 1512th meeting of the Permanent Council, Vienna".
_DELIVERED_BY = re.compile(
    r"(?:as )?(?:delivered|presented|read out|made) by (?:(?:h\.?e\.?|his excellency|her excellency|ambassador|minister|deputy|"
    r"permanent representative|chargé d'affaires|mr\.?|mrs\.?|ms\.?|dr\.?|the head of (?:the )?delegation,?)\s+)*"
    r"(?P<name>(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}))(?=,| to | at | on |$)",
    re.IGNORECASE,
)


def delivered_by(text: str, person_names) -> str | None:  # type: ignore[no-untyped-def]
    """The speaker of "As delivered by Ambassador Jane Doe to the Permanent Council"; None for any other line."""
    if len(text) > 240 or "by" not in text[:30].lower():
        return None
    found = _DELIVERED_BY.match(text.strip())
    return person_names(found["name"]) if found else None


_SIGNED_BY = re.compile(r"(?P<what>[A-Z][\w'’ -]{2,40}?) by (?P<names>[A-Z].{2,60})")


def signed_by(text: str, person_names) -> str | None:  # type: ignore[no-untyped-def]
    """The writer of "Monitoring note by R. Kaplan", "Analysis by Jane Doe"; None for anything else."""
    if " by " not in text:
        return None
    found = _SIGNED_BY.fullmatch(text.strip())
    return person_names(found["names"]) if found else None


# A report's authors listed in full: "Christina Harwood, Angela Evers, Nicole Wolkov, and Frederick W. Kagel".
_LIST_AND = re.compile(r"^(?:and|&)\s+")
_MOST_LISTED_TOKENS = 30


def long_name_list(text: str, tokens: int) -> bool:
    """A comma-separated list of three or more names, each of two to four words: longer than one byline's."""
    parts = [_LIST_AND.sub("", part.strip()) for part in text.split(",")]
    return tokens <= _MOST_LISTED_TOKENS and len(parts) >= 3 and all(2 <= len(part.split()) <= 4 for part in parts)


# "By Hyung-jin Kim and the Associated Press": the writer and the agency that shares the byline.
# A second name without "the" is the agency's only as one word ("and Reuters"): "and Tom Post" names a writer.
_AND_AGENCY = re.compile(r"\s+(?:and|&)\s+(?:(?P<the>[Tt]he)\s+)?(?P<org>[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,4})$")


def agency_set_apart(rest: str, publication_like) -> str:  # type: ignore[no-untyped-def]
    """"Hyung-jin Kim, Associated Press" for "Hyung-jin Kim and the Associated Press"; ``rest`` otherwise."""
    found = _AND_AGENCY.search(rest)
    if found is None or not (found["the"] or " " not in found["org"]) or not publication_like(found["org"]):
        return rest
    return f"{rest[: found.start()]}, {found['org']}"



# East Slavic surnames end in a handful of suffixes ("Коваленко", "Петрова", "Хмельницький", "Кравчук"); an
# outlet's name in these scripts lowers its second word ("Новая газета"), is one word, or ends in a noun
# ("Радио Свобода", "Российская Газета").  A patronymic closes a name written surname first.
_SURNAME_ENDINGS = (
    "енко", "ко", "ов", "ова", "ев", "ева", "ёв", "ёва", "єв", "єва", "ін", "іна", "ин", "ина", "ын", "ына",
    "ский", "ская", "ський", "ська", "цкий", "цкая", "цький", "цька", "ук", "юк", "ич", "як", "ак", "ых", "их",
)
_PATRONYMIC_ENDINGS = ("вич", "вна", "ична", "ічна", "івна", "ївна")
_CYRILLIC_WORD = re.compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’]{1,20}(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]{1,20})?")


def cyrillic_person_name(text: str) -> bool:
    """"Олена Коваленко", "Коваленко Олена Петрівна": a person's name in Cyrillic, not an outlet's."""
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(_CYRILLIC_WORD.fullmatch(w) for w in words):
        return False
    last = words[-1].lower()
    if len(words) == 3 and last.endswith(_PATRONYMIC_ENDINGS):
        return True
    return len(last) >= 4 and last.endswith(_SURNAME_ENDINGS)


def names_then_outlet(rest: str, last: str, listed: Callable[[str], str | None], publication_like: Callable[[str], bool]) -> tuple[str, str] | None:
    """("A, B and C", "Reuters") for "A, B and C, Reuters": a list of writers, then the outlet they write for."""
    cut = rest.rfind(last)
    if cut <= 0 or not publication_like(last):
        return None
    names = listed(rest[:cut].rstrip(" ,|·•—–-"))
    return (names, last) if names is not None else None


_MONTH_AND_YEAR = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.? (?:19|20)\d\d", re.IGNORECASE)
_FOREIGN_BY = frozenset({"von ", "par ", "por "})


def month_or_city_after_name(org: str, byline: str, publication_like: Callable[[str], bool]) -> bool:
    """What a byline sets after the name that is no outlet: the month ("Report by Jane Doe, November 2024") or, in
    German, French and Spanish copy, the city filed from ("Von Anna Berger, Seoul", "Par Claire Dubois, Kiev")."""
    if org[-1:].isdigit():
        return _MONTH_AND_YEAR.fullmatch(org) is not None
    return " " not in org and byline[:4].lower() in _FOREIGN_BY and org[1:].islower() and not publication_like(org)


# No writer's name starts so: "The Korea Herald", "New York", "San Diego", "North Korean Troops" (in Russia).
NO_NAME_STARTS = frozenset({"the", "a", "an", "new", "san", "santa", "los", "las", "port", "fort", "mount", "saint", "st.", "north", "south", "east", "west"})


def wire_set_apart(rest: str) -> str:
    """"Jane Roe, Kyodo" for "Jane Roe Kyodo": a page's byline that set the agency in an element of its own
    lost the comma between them when its text was joined; a wire's name is no writer's surname."""
    words = rest.split()
    if not 3 <= len(words) <= 6 or any(mark in rest for mark in ",|·•—–/"):
        return rest
    from store.normalise.outlets import wire_named

    if wire_named(words[-1]) is None or wire_named(words[-2]) is not None:
        return rest
    return f"{' '.join(words[:-1])}, {words[-1]}"

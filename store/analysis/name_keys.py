"""The keys names are compared by: ``fold`` (case and accents ignored) and the alias list's name (``aliased``).

Kept apart from ``claimants`` (which re-exports both) so the per-claim cleaning stays readable; every module
that folds or aliases a name shares these caches.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from store.analysis.terms import read_toml

ALIASES_PATH = Path(__file__).with_name("claimant_aliases.toml")


@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    if text.isascii():
        return text.lower()  # nothing to decompose, and ASCII case-folds as it lower-cases
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=4)
def _alias_table(path: str) -> dict[str, str]:
    table: dict[str, str] = {}
    try:
        data = read_toml(Path(path), "claimant aliases")
    except Exception:  # noqa: BLE001 - a broken alias file must not stop ingest; names stay unfolded
        return table
    for canonical, variants in (data.get("aliases") or {}).items():
        if isinstance(variants, list):
            for variant in [canonical, *variants]:
                if isinstance(variant, str):
                    table[_alias_key(variant)] = canonical
    return table


@lru_cache(maxsize=8192)
def aliased(name: str) -> str:
    """The alias list's name for ``name`` (itself when it has none)."""
    return _alias_table(str(ALIASES_PATH)).get(_alias_key(name), name)


@lru_cache(maxsize=16384)
def _alias_key(name: str) -> str:
    key = fold(name).replace(".", "")  # "U.S." and "U.S" (a stop trimmed) are one key
    return _country_last(key) if " " in key else key


COUNTRY_AGENCIES_PATH = Path(__file__).with_name("country_agencies.toml")
# "Ukraine's Main Intelligence Directorate", "the Main Intelligence Directorate of Ukraine", "Ukrainian Main
# Intelligence Directorate": one body named three ways.  The key puts the country last, after "of".
_POSSESSIVE_LEAD = re.compile(r"(?:the\s+)?(?P<country>[\w-]+(?:\s+[\w-]+){0,2})['’]s\s+(?P<body>.+)")
_OF_TAIL = re.compile(r"(?:the\s+)?(?P<body>.+)\s+of\s+(?:the\s+)?(?P<country>[\w-]+(?:\s+[\w-]+){0,2})")
_SPELLINGS = (("defence", "defense"), ("programme", "program"), ("organisation", "organization"))


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """Each way a country is written (name, demonym, capital), folded, to one folded name of it."""
    try:
        data = read_toml(COUNTRY_AGENCIES_PATH, "country agencies")
    except Exception:  # noqa: BLE001 - without the table only the possessive and "of" forms fold
        return {}
    found: dict[str, str] = {}
    for country, entry in (data.get("countries") or {}).items():
        own = fold(country).replace(".", "").removeprefix("the ")
        for written in [country, *(entry.get("names") or [])]:
            found[fold(written).replace(".", "").removeprefix("the ").removesuffix("'s").removesuffix("’s")] = own
    return found


def _country_last(key: str) -> str:
    """The key of a body's name with its country, however written, moved last: "body of country"."""
    for old, new in _SPELLINGS:
        if old in key:
            key = key.replace(old, new)
    countries = _countries()
    if (owned := _POSSESSIVE_LEAD.fullmatch(key)) is not None:
        country, body = owned.group("country"), owned.group("body")
    elif (tail := _OF_TAIL.fullmatch(key)) is not None:
        body, country = tail.group("body"), tail.group("country")
    else:
        words = key.removeprefix("the ").split(" ")
        lead = next((n for n in (2, 1) if len(words) > n and " ".join(words[:n]) in countries), 0)
        if not lead:
            return key
        country, body = " ".join(words[:lead]), " ".join(words[lead:])
    return f"{body} of {countries.get(country, country)}"


def is_listed(name: str) -> bool:
    """Whether the alias list names ``name``, as a body's own name or as one of its aliases."""
    return _alias_key(name) in _alias_table(str(ALIASES_PATH))

"""The keys names are compared by: ``fold`` (case and accents ignored) and the alias list's name (``aliased``).

Kept apart from ``claimants`` (which re-exports both) so the per-claim cleaning stays readable; every module
that folds or aliases a name shares these caches.
"""

from __future__ import annotations

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


def _alias_key(name: str) -> str:
    return fold(name).replace(".", "")  # "U.S." and "U.S" (a stop trimmed) are one key


def is_listed(name: str) -> bool:
    """Whether the alias list names ``name``, as a body's own name or as one of its aliases."""
    return _alias_key(name) in _alias_table(str(ALIASES_PATH))

"""Which analysers made a database's claims: a fingerprint of their rules.

Claims and topic tags are made once, at ingest, and kept.  When nkru-tui is
upgraded, its analysers change, but a file whose bytes were already ingested
is not analysed again, so an existing database would silently keep the old
claims beside new ones made by the new rules.  Ingest records this fingerprint
while every claim was made by the same analysers, and ``nkru-tui reanalyse``
redoes them all, so the app can say when the claims on screen are stale.

The fingerprint hashes the analysers' own source and taxonomy files and the
versions of the morphology dictionaries they consult: it changes with any
release that changes a rule, and with nothing else.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

META_KEY = "analysis"  # where a database's meta record keeps the fingerprint of the analysers behind its claims


@lru_cache(maxsize=1)
def analysis_fingerprint() -> str:
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.iterdir()):
        if path.suffix in (".py", ".toml"):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    for package in _RULE_PACKAGES:  # their dictionaries are rules too: a new one may name a claimant differently
        digest.update(f"{package}:".encode() + _package_stamp(package))
    return digest.hexdigest()[:16]


_RULE_PACKAGES = ("pymorphy3", "pymorphy3_dicts_ru", "pymorphy3_dicts_uk")


def _package_stamp(package: str) -> bytes:
    """The package's ``__init__.py`` and ``version.py`` (where these packages write their version), found
    without importing it: this runs as the app opens, and importing pymorphy3 costs more than the whole check."""
    from importlib.util import find_spec

    try:
        spec = find_spec(package)
    except (ImportError, ValueError):
        return b"absent"
    if spec is None or not spec.origin:
        return b"absent"
    init = Path(spec.origin)
    return b"".join(path.read_bytes() for path in (init, init.with_name("version.py")) if path.is_file())


def claims_are_current(meta: dict) -> bool:
    """True when every claim of the database with this meta record was made by the analysers installed now."""
    return meta.get(META_KEY) == analysis_fingerprint()

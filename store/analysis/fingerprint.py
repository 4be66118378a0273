"""Which analysers made a database's claims: a fingerprint of their rules.

Claims and topic tags are made once, at ingest, and kept.  When nkru-tui is
upgraded, its analysers change, but a file whose bytes were already ingested
is not analysed again, so an existing database would silently keep the old
claims beside new ones made by the new rules.  Ingest records this fingerprint
while every claim was made by the same analysers, and ``nkru-tui reanalyse``
redoes them all, so the app can say when the claims on screen are stale.

The fingerprint hashes the analysers' own source and taxonomy files: it
changes with any release that changes a rule, and with nothing else.
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
    return digest.hexdigest()[:16]


def claims_are_current(meta: dict) -> bool:
    """True when every claim of the database with this meta record was made by the analysers installed now."""
    return meta.get(META_KEY) == analysis_fingerprint()

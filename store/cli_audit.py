"""`nkru-tui audit` named as the rest of the command line names things: by an article or passage id.

Every table and export names an article by its id ("667b8456de") and a passage by "667b8456de-003";
the audit trail belongs to the source file they came from.  A name that is a path on disk stays a
path, and a stored file's name or ``sha256:HEX`` stays what ``audit_file`` reads.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from store.errors import StoreError

# An article id, or a passage id (the article's, a dash, the paragraph's number), as tables print them.
_ID = re.compile(r"\s*([0-9a-fA-F]{10})(?:-[0-9]{3,})?\s*[,;]?\s*")


def audit_named(named: str, db_path: Path) -> dict[str, Any]:
    """``audit_file``'s report for ``named``: a path, a stored file's name or sha256, or an article or
    passage id (the report then names the article's source file)."""
    from store.audit import audit_file

    try:
        return audit_file(Path(named), db_path)
    except StoreError:
        source = _source_of_id(named, db_path)
        if source is None:
            raise
    file_name, sha = source
    data = audit_file(Path(f"sha256:{sha}"), db_path)
    data["file"] = file_name
    return data


def _source_of_id(named: str, db_path: Path) -> tuple[str, str] | None:
    """(source file name, its sha256) of the article an article or passage id names, if the database has it."""
    found = _ID.fullmatch(named)
    if found is None or Path(named).expanduser().exists() or not db_path.exists():
        return None
    from store.corpus import Corpus

    article = Corpus.open(db_path).articles.get(found.group(1).casefold())
    return (article.source_file, article.source_sha256) if article is not None else None

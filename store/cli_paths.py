"""The paths a verb is given, as one line each when they cannot be used, never a traceback.

A web address typed where a file is expected, ``~name`` for a user this system does not know, and a
folder the system will not let anyone look into all fail below ``pathlib`` with exceptions that are no
``StoreError``; here they become the line that says which path and why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlparse

from store.errors import StoreError

if TYPE_CHECKING:
    from store.corpus import Corpus

# A page's address pasted for a saved page: read as a path, "https://x/a" collapses to "https:/x/a", no such file.
_WEB_ADDRESS = re.compile(r"(?:https?|ftps?)://", re.IGNORECASE)

_ID_LIKE = re.compile(r"[0-9a-f]{10}(?:-\d{3})?", re.IGNORECASE)  # an article or passage id, as a file may be named too
WEB_ADDRESS_REASON = "a web address, not a file: save the page from the browser and ingest the saved file"


def os_error_line(exc: OSError) -> str:
    """An OSError as the user reads it: the path first, then the system's reason."""
    reason = exc.strerror or str(exc)
    return f"{exc.filename}: cannot look at it ({reason})" if exc.filename else reason


def web_addresses(paths: Sequence[str | Path]) -> list[str]:
    """The paths that are web addresses (and no file of that odd name on disk)."""
    found = []
    for path in paths:
        text = str(path)
        if _WEB_ADDRESS.match(text) and not _exists(text):
            found.append(text)
    return found


def local_path(path: str | Path) -> str | Path:
    """A ``file://`` address (a file manager's "copy") as the path it names; any other path as given."""
    text = str(path)
    if text[:7].lower() == "file://" and not _exists(text):
        return unquote(urlparse(text).path) or text
    return path


def _exists(text: str) -> bool:
    try:
        return Path(text).exists()
    except OSError:
        return False


def _names_no_home(path: str | Path) -> bool:
    try:
        Path(path).expanduser()
    except RuntimeError:
        return True
    return False


def source_files(paths: Sequence[str | Path], db_path: Path) -> list[Path]:
    """``expand_source_paths``, its filesystem and home-folder failures said in one line, and the files of
    another nkru-tui database in a folder named as one note line on stderr (skipped, never "rejected")."""
    from store.source_paths import expand_source_paths, skipped_app_files

    paths = [local_path(path) for path in paths]
    try:
        files = expand_source_paths(paths, db_path=db_path)
        if skipped := skipped_app_files(paths, db_path=db_path):
            from store.cli_output import warn

            names = ", ".join(sorted({path.name for path in skipped})[:4]) + (", …" if len(skipped) > 4 else "")
            warn(f"skipped {len(skipped)} file(s) of an nkru-tui database, not articles ({names})")
        return files
    except RuntimeError:  # Path.expanduser: "~name" where the system knows no user "name"
        unknown = next((str(path) for path in paths if _names_no_home(path)), None)
        if unknown is None:
            raise
        raise StoreError(f"{unknown}: no user {unknown[1:].split('/')[0]!r} here, so no home folder to start from") from None
    except OSError as exc:  # e.g. a folder below the one named that the system does not let us look into
        raise StoreError(os_error_line(exc)) from None


def articles_of_source_files(corpus: Corpus, typed: Sequence[str], *, unknown_kept: bool = False) -> list[str]:
    """``typed`` with each source file on disk replaced by the ids of the articles read from it (by its bytes,
    as ingest knows a file again), so ``export`` and ``compare`` take the file an analyst has at hand; a
    folder, or a file the database lacks, is a one-line error (the file is kept as typed with ``unknown_kept``:
    an outlet may share its name).  Anything else is kept as typed."""
    import hashlib

    found: list[str] = []
    by_sha: dict[str, list[str]] | None = None
    for token in typed:
        path = Path(token).expanduser()
        if not path.exists() or _ID_LIKE.fullmatch(token):
            found.append(token)
            continue
        if path.is_dir():
            raise StoreError(f"{token}: a folder, not an article: name a source file, an article id or a passage id")
        try:
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError as exc:
            raise StoreError(os_error_line(exc)) from exc
        if by_sha is None:
            by_sha = {}
            for article in corpus.articles.values():
                by_sha.setdefault(article.source_sha256, []).append(article.id)
        if sha not in by_sha and unknown_kept:
            found.append(token)
        elif sha not in by_sha:
            raise StoreError(f"{token}: this file is not in the database (nkru-tui ingest adds it)")
        else:
            found.extend(by_sha[sha])
    return found

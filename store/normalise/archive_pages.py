"""A crawl's web archive (WARC) of many pages, normalised page by page.

``web_archive`` hands the pages on decoded, as one JSON document.  Each page is
normalised as the saved page it is (its own metadata, furniture and audit), as
if it had been ingested as a file of its own; its articles then take their
place among the archive's, numbered on, with ids of the archive's bytes.  The
audit points to the line of the page's record in the archive, and a capture
of an error page ("404 Not Found") or of bytes no text can be read from is on record too.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from store.ids import article_id, passage_id
from store.models import NormalisedFile, Removal
from store.normalise.web_archive import PAGES_KEY


def _suffix(text: str) -> str:
    """A page of markup is read as a page; a feed, an API's JSON or plain text captured beside it as what it is."""
    head = text[:4096].lower()
    return ".html" if "<html" in head or "<body" in head or "<!doctype html" in head else ".txt"


def holds_archive_pages(text: str) -> bool:
    return text.startswith(PAGES_KEY)


def normalise_archive_pages(
    text: str,
    source_file: str,
    source_sha256: str,
    repairs: list[str],
    encoding: str,
    normalise: Callable[..., NormalisedFile],
) -> NormalisedFile:
    """The archive's articles and audit, page after page (``normalise``: how one page's text is normalised)."""
    try:
        pages = json.loads(text[len(PAGES_KEY) : -1])
    except ValueError:
        pages = []
    result = NormalisedFile(source_file=source_file, source_sha256=source_sha256, encoding=encoding, repairs=[*repairs, f"web-archive-pages x{sum('text' in page for page in pages)}"])
    for number, page in enumerate(pages):
        line = int(page.get("line") or 1)
        if "text" not in page:
            result.removed.append(Removal(reason="unreadable-page", text=f"{page.get('uri') or '(no address)'}: {page.get('error')}", line=line))
            continue
        # Each page's ids derive from the archive's bytes and the page's place in it, so no two clash.
        found = normalise(page["text"], source_file, f"{source_sha256}:{number}", suffix=_suffix(page["text"]), encoding=page.get("encoding") or encoding, repairs=page.get("repairs") or [])
        first = len(result.articles)
        for article in found.articles:
            article.ordinal = len(result.articles)
            article.id = article_id(source_sha256, article.ordinal)
            article.source_sha256 = source_sha256
            article.url = article.url or page.get("uri") or None
            for passage in article.passages:
                passage.article_id = article.id
                passage.id = passage_id(article.id, passage.order)
            result.articles.append(article)
        for removal in found.removed:
            removal.line = line  # (a line inside the page means nothing in the archive: its record's line does)
            if removal.article_ordinal is not None:
                removal.article_ordinal += first
            result.removed.append(removal)
        result.repairs += [repair for repair in found.repairs if repair not in result.repairs]
    return result

"""The ``--since``/``--until`` filters of ``search``: passages of the articles published in a period.

"What was said about Kursk in November" is how an analyst narrows coverage that runs for months.  The index
has no date facet, so the search is run for more hits than asked and those of articles published outside the
period are left out, asking again for more until enough remain or the query has no more hits.  An article
with no publication date cannot be placed and is left out whenever a filter is given, as a claim with no
date is (``cli_claim_dates``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from store.cli_claim_dates import in_date_range

if TYPE_CHECKING:
    from store.corpus import Corpus
    from store.models import SearchHit

_FIRST_ASK = 4  # times the hits wanted asked for at first; each ask after that asks for four times more


def search_in_period(
    corpus: Corpus, query: str, *, limit: int, since: str | None, until: str | None, **filters: Any
) -> list[SearchHit]:
    """``corpus.search`` keeping the passages of articles published between ``since`` and ``until``."""
    if since is None and until is None:
        return corpus.search(query, limit=limit, **filters)
    asked = limit * _FIRST_ASK
    while True:
        hits = corpus.search(query, limit=asked, **filters)
        kept = [hit for hit in hits if in_date_range(_published(corpus, hit.article_id), since, until)]
        if len(kept) >= limit or len(hits) < asked:
            return kept[:limit]
        asked *= 4


def _published(corpus: Corpus, article_id: str) -> str | None:
    article = corpus.articles.get(article_id)
    return article.published if article is not None else None


def period_note(corpus: Corpus, query: str, since: str | None, until: str | None, **filters: Any) -> str | None:
    """Why a search limited to a period found nothing, when the period is why: other articles have the words."""
    if (since is None and until is None) or not corpus.search(query, limit=1, **filters):
        return None
    period = " and ".join(said for said in (since and f"on or after {since}", until and f"on or before {until}") if said)
    return f"No article published {period} has these words; others do."

"""Sources: the outlets that carried the coverage and the claimants quoted in it."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from store.models import UNKNOWN_OUTLET, Article, Claim, ClaimantSummary, OutletSummary


def outlet_of(article: Article) -> str:
    return article.outlet or UNKNOWN_OUTLET


def summarise_outlets(articles: Iterable[Article]) -> list[OutletSummary]:
    """Each outlet with its article count, first and last publication date and wire credits; most articles first."""
    counts: Counter[str] = Counter()
    dates: dict[str, list[str]] = defaultdict(list)
    credits: dict[str, Counter[str]] = defaultdict(Counter)
    for article in articles:
        name = outlet_of(article)
        counts[name] += 1
        if article.published:
            dates[name].append(article.published[:10])
        if article.credit:
            credits[name][article.credit] += 1
    summaries = [
        OutletSummary(
            name=name,
            article_count=count,
            first_date=min(dates[name]) if dates[name] else None,
            last_date=max(dates[name]) if dates[name] else None,
            credits=[credit for credit, _n in sorted(credits[name].items(), key=lambda kv: (-kv[1], kv[0]))],
        )
        for name, count in counts.items()
    ]
    # The unknown bucket goes last whatever its size: it is not an outlet.
    summaries.sort(key=lambda s: (s.name == UNKNOWN_OUTLET, -s.article_count, s.name.casefold()))
    return summaries


def summarise_claimants(claims: Iterable[Claim], articles_by_id: Mapping[str, Article]) -> list[ClaimantSummary]:
    """Each claimant with the number of claims and the outlets that carried them; most claims first."""
    counts: Counter[str] = Counter()
    outlets: dict[str, Counter[str]] = defaultdict(Counter)
    for claim in claims:
        if not claim.claimant:
            continue
        counts[claim.claimant] += 1
        article = articles_by_id.get(claim.article_id)
        outlets[claim.claimant][outlet_of(article) if article else UNKNOWN_OUTLET] += 1
    summaries = [
        ClaimantSummary(
            name=name,
            claim_count=count,
            outlets=[o for o, _n in sorted(outlets[name].items(), key=lambda kv: (-kv[1], kv[0].casefold()))],
        )
        for name, count in counts.items()
    ]
    summaries.sort(key=lambda s: (-s.claim_count, s.name.casefold()))
    return summaries

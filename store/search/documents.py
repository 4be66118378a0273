"""What the index is built from: one flat record per passage."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from store.models import Article, Claim


@dataclass(slots=True)
class IndexDoc:
    passage_id: str
    article_id: str
    title: str
    outlet: str | None  # None: unknown outlet
    text: str
    topics: list[str] = field(default_factory=list)  # topic ids tagged on this passage
    claimants: list[str] = field(default_factory=list)  # who makes a claim in this passage


def index_docs_from(articles: Iterable[Article], claims: Iterable[Claim]) -> list[IndexDoc]:
    """One IndexDoc per passage, in article then passage order.

    Topic and claimant filters work at passage level: a passage matches the
    topic it is tagged with, and the claimants whose claims it holds.
    """
    claimants_by_passage: dict[str, set[str]] = defaultdict(set)
    for claim in claims:
        if claim.claimant:
            claimants_by_passage[claim.passage_id].add(claim.claimant)
    docs = []
    for article in articles:
        for passage in article.passages:
            docs.append(
                IndexDoc(
                    passage_id=passage.id,
                    article_id=article.id,
                    title=article.title,
                    outlet=article.outlet,
                    text=passage.text,
                    topics=sorted({hit.topic for hit in passage.topics}),
                    claimants=sorted(claimants_by_passage.get(passage.id, ())),
                )
            )
    return docs

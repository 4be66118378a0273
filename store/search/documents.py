"""What the index is built from: one flat record per passage, or the same as columns.

``IndexDoc`` is the simple, per-passage form (tests and small callers).
``IndexColumns`` is what the builder reads: one list or array per field.
Ingest builds it straight from the articles (``IndexColumns.from_articles``)
without making an object per passage, which at 300,000 passages cost
seconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from operator import attrgetter

import numpy as np

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


@dataclass(slots=True)
class Tags:
    """(passage, value) pairs of a many-valued filter (topics, claimants); repeats allowed."""

    docs: np.ndarray  # int32 passage numbers
    values: list[str]


@dataclass(slots=True)
class IndexColumns:
    passage_ids: list[str]
    texts: list[str]
    doc_article: np.ndarray  # int32 row of each passage's article
    article_ids: list[str]  # by row, in order of first appearance
    titles: list[str]
    outlets: list[str | None]  # by row; None: unknown
    topics: Tags
    claimants: Tags

    def __len__(self) -> int:
        return len(self.texts)

    @classmethod
    def from_docs(cls, docs: Sequence[IndexDoc]) -> IndexColumns:
        article_of = list(map(attrgetter("article_id"), docs))
        rows = {article_id: row for row, article_id in enumerate(dict.fromkeys(article_of))}
        doc_article = np.fromiter(map(rows.__getitem__, article_of), dtype=np.int32, count=len(docs))
        first = np.unique(doc_article, return_index=True)[1].tolist() if len(docs) else []
        return cls(
            passage_ids=list(map(attrgetter("passage_id"), docs)),
            texts=list(map(attrgetter("text"), docs)),
            doc_article=doc_article,
            article_ids=list(rows),
            titles=[docs[i].title for i in first],
            outlets=[docs[i].outlet for i in first],
            topics=_tags_of_lists(list(map(attrgetter("topics"), docs))),
            claimants=_tags_of_lists(list(map(attrgetter("claimants"), docs))),
        )

    @classmethod
    def from_articles(cls, articles: Iterable[Article], claims: Iterable[Claim]) -> IndexColumns:
        """The same columns as ``from_docs(index_docs_from(articles, claims))``, made faster."""
        articles = [a for a in articles if a.passages]  # an article without passages has no row, as with docs
        if len({a.id for a in articles}) != len(articles):
            return cls.from_docs(index_docs_from(articles, claims))  # repeated ids merge: the slow path has the rules
        counts = np.fromiter((len(a.passages) for a in articles), dtype=np.int64, count=len(articles))
        passages = list(chain.from_iterable(map(attrgetter("passages"), articles)))
        passage_ids = list(map(attrgetter("id"), passages))
        topic_docs: list[int] = []
        topic_values: list[str] = []
        for number, passage in enumerate(passages):
            if passage.topics:
                for topic in {hit.topic for hit in passage.topics}:
                    topic_docs.append(number)
                    topic_values.append(topic)
        return cls(
            passage_ids=passage_ids,
            texts=list(map(attrgetter("text"), passages)),
            doc_article=np.repeat(np.arange(len(articles), dtype=np.int32), counts),
            article_ids=[a.id for a in articles],
            titles=[a.title for a in articles],
            outlets=[a.outlet for a in articles],
            topics=Tags(np.asarray(topic_docs, dtype=np.int32), topic_values),
            claimants=claimant_tags(passage_ids, claims),
        )


def claimant_tags(passage_ids: list[str], claims: Iterable[Claim]) -> Tags:
    """(passage number, claimant) of every claim with a claimant, passages numbered as in ``passage_ids``.

    Separate from the rest of the columns so that ingest can build everything else
    before the claimant names are folded across the corpus (see ``store.ingest_index``).
    """
    doc_of = {pid: number for number, pid in enumerate(passage_ids)}
    claimant_docs: list[int] = []
    claimant_values: list[str] = []
    for claim in claims:
        number = doc_of.get(claim.passage_id) if claim.claimant else None
        if number is not None:
            claimant_docs.append(number)
            claimant_values.append(claim.claimant)  # type: ignore[arg-type]
    return Tags(np.asarray(claimant_docs, dtype=np.int32), claimant_values)


def _tags_of_lists(per_doc: list[list[str]]) -> Tags:
    counts = np.fromiter(map(len, per_doc), dtype=np.int64, count=len(per_doc))
    docs = np.repeat(np.arange(len(per_doc), dtype=np.int32), counts)
    return Tags(docs, list(chain.from_iterable(per_doc)))

"""The read model: one database's articles, passages and claims, in memory.

This is the small API the TUI and the read-only CLI verbs call.  It never
parses text or scores claims itself; it holds what ingest stored and composes
the analysers' summaries, the search index and the comparison logic.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from store.models import (
    UNKNOWN_OUTLET,
    Article,
    Claim,
    ClaimantSummary,
    OutletSummary,
    Passage,
    SearchHit,
    SubjectSummary,
    TopicHit,
    TopicSummary,
)


class Corpus:
    """Everything one database holds, indexed for the panes.

    Build it with :meth:`open` (from a database file) or :meth:`from_records`
    (from records in memory, as tests and the benchmark do).
    """

    def __init__(
        self,
        articles: Iterable[Article],
        claims: Iterable[Claim],
        *,
        db_path: Path | None = None,
        generation: str = "",
    ) -> None:
        self.db_path = db_path
        #: fingerprint of the database content; changes at every ingest (the index checks it)
        self.generation = generation
        self.articles: dict[str, Article] = {a.id: a for a in articles}
        self.claims: list[Claim] = list(claims)
        self.passages: dict[str, Passage] = {
            p.id: p for a in self.articles.values() for p in a.passages
        }
        self._claims_by_passage: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.claims:
            self._claims_by_passage[claim.passage_id].append(claim)
        self._echo_members: dict[str, list[str]] = defaultdict(list)
        for passage in self.passages.values():
            if passage.echo_group:
                self._echo_members[passage.echo_group].append(passage.id)
        self._search_index = None

    # --- construction -------------------------------------------------------

    @classmethod
    def from_records(cls, articles: Iterable[Article], claims: Iterable[Claim]) -> Corpus:
        return cls(articles, claims)

    @classmethod
    def open(cls, db_path: Path) -> Corpus:
        """Read the database once; every later query is served from memory."""
        from store.read_cache import load_read_cache, write_read_cache
        from store.repository import Repository

        db_path = Path(db_path)
        cached = load_read_cache(db_path) if db_path.is_file() else None
        if cached is not None:
            articles, claims, generation = cached
            return cls(articles, claims, db_path=db_path, generation=generation)
        with Repository.open(db_path, readonly=True) as repo:
            articles, claims = repo.load_all()
            generation = repo.generation
        try:  # a database from before the cache existed, or copied without it
            write_read_cache(db_path, generation, articles, claims)
        except OSError:
            pass  # a read-only folder: still usable, just slower to open
        return cls(articles, claims, db_path=db_path, generation=generation)

    # --- lookups ------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        return self.articles[article_id]

    def passage(self, passage_id: str) -> Passage:
        return self.passages[passage_id]

    def article_of(self, passage_id: str) -> Article:
        return self.articles[self.passages[passage_id].article_id]

    def outlet_name(self, article: Article) -> str:
        return article.outlet or UNKNOWN_OUTLET

    def list_articles(
        self,
        *,
        outlet: str | None = None,
        topic: str | None = None,
        claimant: str | None = None,
    ) -> list[Article]:
        """Articles matching every given filter, newest first, undated last."""
        chosen = list(self.articles.values())
        if outlet is not None:
            chosen = [a for a in chosen if self.outlet_name(a) == outlet]
        if topic is not None:
            chosen = [a for a in chosen if any(h.topic == topic for p in a.passages for h in p.topics)]
        if claimant is not None:
            ids = {c.article_id for c in self.claims if c.claimant == claimant}
            chosen = [a for a in chosen if a.id in ids]
        return sorted(chosen, key=lambda a: (a.published is not None, a.published or "", a.title), reverse=True)

    def claims_in_passage(self, passage_id: str) -> list[Claim]:
        return self._claims_by_passage.get(passage_id, [])

    def claims_for(self, *, subject: str | None = None, claimant: str | None = None) -> list[Claim]:
        return [
            c
            for c in self.claims
            if (subject is None or c.subject == subject) and (claimant is None or c.claimant == claimant)
        ]

    def echoes_of(self, passage_id: str) -> list[Passage]:
        """The other passages, in other articles, that repeat this one."""
        group = self.passages[passage_id].echo_group
        if not group:
            return []
        return [self.passages[pid] for pid in self._echo_members[group] if pid != passage_id]

    def topic_passages(self, topic_id: str) -> list[tuple[Passage, TopicHit]]:
        found = []
        for passage in self.passages.values():
            for hit in passage.topics:
                if hit.topic == topic_id:
                    found.append((passage, hit))
        return found

    # --- summaries (computed by store.analysis, cached) -----------------------

    @cached_property
    def outlet_summaries(self) -> list[OutletSummary]:
        from store.analysis.sources import summarise_outlets

        return summarise_outlets(self.articles.values())

    @cached_property
    def claimant_summaries(self) -> list[ClaimantSummary]:
        from store.analysis.sources import summarise_claimants

        return summarise_claimants(self.claims, self.articles)

    @cached_property
    def topic_summaries(self) -> list[TopicSummary]:
        from store.analysis.topics import summarise_topics

        return summarise_topics(self.articles.values())

    @cached_property
    def subject_summaries(self) -> list[SubjectSummary]:
        from store.analysis.subjects import summarise_subjects

        return summarise_subjects(self.claims)

    def article_topics(self, article_id: str) -> list[tuple[str, float]]:
        from store.analysis.topics import rank_article_topics

        return rank_article_topics(self.articles[article_id])

    # --- search ---------------------------------------------------------------

    def search(
        self,
        query: str,
        *,
        limit: int = 50,
        outlet: str | None = None,
        topic: str | None = None,
        claimant: str | None = None,
    ) -> list[SearchHit]:
        from store.search import search_corpus

        return search_corpus(self, query, limit=limit, outlet=outlet, topic=topic, claimant=claimant)

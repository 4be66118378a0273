"""The read model: one database's articles, passages and claims, in memory.

This is the small API the TUI and the read-only CLI verbs call.  It never
parses text or scores claims itself; it holds what ingest stored and composes
the analysers' summaries, the search index and the comparison logic.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from store.gc_pause import gc_paused
from store.ids import split_passage_id
from store.stored_passages import StoredPassages
from store.models import (
    UNKNOWN_OUTLET,
    Article,
    Claim,
    ClaimantSummary,
    FileRecord,
    OutletSummary,
    Passage,
    SearchHit,
    SubjectSummary,
    TopicHit,
    TopicSummary,
    claim_display_order,
)

if TYPE_CHECKING:
    from store.read_cache import Snapshot


class Corpus:
    """Everything one database holds, indexed for the panes.

    Build it with :meth:`open` (from a database file) or :meth:`from_records`
    (from records in memory, as tests and the benchmark do).  Opened from a
    current snapshot, it reads articles' passages and subjects' claims only
    when first asked for them, so the first screen costs the same at twenty
    articles as at ten thousand.
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
        self.meta: dict = {}  # the database's meta record (set by ``open``)
        self._snapshot: Snapshot | None = None
        self.articles: Mapping[str, Article] = {a.id: a for a in articles}
        self._claims: list[Claim] | None = list(claims)
        self.passages: Mapping[str, Passage] = {p.id: p for a in self.articles.values() for p in a.passages}
        self._claims_by_passage: dict[str, list[Claim]] = defaultdict(list)
        for claim in self._claims:
            self._claims_by_passage[claim.passage_id].append(claim)
        echo_members: dict[str, list[str]] = defaultdict(list)
        for passage in self.passages.values():
            if passage.echo_group:
                echo_members[passage.echo_group].append(passage.id)
        self._echo_members: Mapping[str, Sequence[str]] = echo_members
        self._echo_group_of: dict[str, str] | None = None
        self._search_index = None

    # --- construction -------------------------------------------------------

    @classmethod
    def from_records(cls, articles: Iterable[Article], claims: Iterable[Claim]) -> Corpus:
        return cls(articles, claims)

    @classmethod
    def _from_snapshot(cls, snapshot: Snapshot, db_path: Path) -> Corpus:
        corpus = cls.__new__(cls)
        corpus.db_path, corpus.generation, corpus._snapshot = db_path, snapshot.generation, snapshot
        corpus.meta = dict(snapshot.meta or {})
        corpus.articles = snapshot.articles
        corpus._claims = None  # every claim is decoded only if something needs them all
        corpus.passages = StoredPassages(snapshot)
        corpus._claims_by_passage, corpus._claims_by_passage_of = {}, None  # one article's (see claims_in_passage)
        corpus._echo_members = snapshot.echo_groups
        corpus._echo_group_of = None
        corpus._search_index = None
        return corpus

    @classmethod
    def open(cls, db_path: Path, *, progress: Callable[[str, int, int], None] | None = None) -> Corpus:
        """Read the database once; every later query is served from memory (or the mapped snapshot).

        ``progress`` hears of the slow path only: a database without a current snapshot (copied
        without it, or written by an older version) is parsed whole, seconds at ten thousand articles.
        """
        from store.read_cache import load_read_cache

        db_path = Path(db_path)
        snapshot = load_read_cache(db_path) if db_path.is_file() else None
        if snapshot is not None:
            return cls._from_snapshot(snapshot, db_path)
        # Parsing builds millions of records and no cycles: the collector would only walk them again.
        with gc_paused():
            return cls._open_without_snapshot(db_path, progress or (lambda message, done, total: None))

    @classmethod
    def _open_without_snapshot(cls, db_path: Path, progress: Callable[[str, int, int], None]) -> Corpus:
        from store.read_cache_writer import write_read_cache
        from store.repository import Repository  # only now: it brings TinyDB's import cost

        if db_path.is_file():
            size_mb = db_path.stat().st_size / 1e6
            progress(f"Reading the whole database ({size_mb:,.0f} MB): it has no current read snapshot", 0, 3)
        with Repository.open(db_path, readonly=True) as repo:
            stored = repo.load()
            generation = repo.generation
        articles = list(stored.articles.values())
        progress("Writing a read snapshot, so that the next start is quick", 1, 3)
        try:
            write_read_cache(db_path, generation, articles, stored.claims, stored.files.values(), stored.meta)
        except OSError:
            pass  # a read-only folder: still usable, just slower to open
        progress("Indexing the records for the panes", 2, 3)
        corpus = cls(articles, stored.claims, db_path=db_path, generation=generation)
        corpus.meta = stored.meta
        return corpus

    def claims_are_current(self) -> bool:
        """False when the database's claims were (partly) made by analysers older than those installed;
        a corpus made in memory has nothing stale."""
        if self.db_path is None:
            return True
        from store.analysis.fingerprint import claims_are_current

        return claims_are_current(self.meta)

    @property
    def claims(self) -> list[Claim]:
        if self._claims is None:
            assert self._snapshot is not None
            self._claims = self._snapshot.all_claims()
        return self._claims

    @property
    def passage_count(self) -> int:
        return len(self.passages)

    @property
    def claim_count(self) -> int:
        return self._snapshot.claim_count if self._claims is None and self._snapshot else len(self.claims)

    # --- lookups ------------------------------------------------------------

    def article(self, article_id: str) -> Article:
        return self.articles[article_id]

    def passage(self, passage_id: str) -> Passage:
        return self.passages[passage_id]

    def article_of(self, passage_id: str) -> Article:
        return self.articles[self.passages[passage_id].article_id]

    def file_record(self, sha256: str) -> FileRecord | None:
        """The stored record of the source file with these bytes (its audit trail); None if there is none."""
        if self._snapshot is not None:
            return self._snapshot.file_record(sha256)
        if self.db_path is None:
            return None
        from store.audit import stored_file_records

        return stored_file_records(self.db_path).get(sha256)

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
        snapshot = self._snapshot
        if outlet is not None:
            chosen = [a for a in chosen if self.outlet_name(a) == outlet]
        if topic is not None:
            if snapshot is not None:
                chosen = [a for a in chosen if topic in snapshot.article_topics[a.id]]
            else:
                chosen = [a for a in chosen if any(h.topic == topic for p in a.passages for h in p.topics)]
        if claimant is not None:
            if snapshot is not None:
                chosen = [a for a in chosen if claimant in snapshot.article_claimants[a.id]]
            else:
                ids = {c.article_id for c in self.claims if c.claimant == claimant}
                chosen = [a for a in chosen if a.id in ids]
        return sorted(chosen, key=lambda a: (a.published is not None, a.published or "", a.title), reverse=True)

    def claims_in_passage(self, passage_id: str) -> list[Claim]:
        if self._snapshot is not None:
            # Indexed by passage for the last article asked about: the reader asks for every passage
            # in turn, and filtering the article's claims each time was quadratic (minutes for 200,000).
            article_id = split_passage_id(passage_id)[0]
            if self._claims_by_passage_of != article_id:
                self._claims_by_passage, self._claims_by_passage_of = defaultdict(list), article_id
                for claim in self.claims_of_article(article_id):
                    self._claims_by_passage[claim.passage_id].append(claim)
        return list(self._claims_by_passage.get(passage_id, ()))

    def claims_of_article(self, article_id: str) -> list[Claim]:
        """The article's claims, reading only its piece of a snapshot (not every claim of the corpus)."""
        if article_id not in self.articles:
            return []
        if self._snapshot is not None and self._claims is None:
            return list(self._snapshot.claims_of_article(article_id))
        return list(self._claims_by_article.get(article_id, ()))

    @cached_property
    def _claims_by_article(self) -> dict[str, list[Claim]]:
        grouped: dict[str, list[Claim]] = defaultdict(list)
        for claim in self.claims:
            grouped[claim.article_id].append(claim)
        return grouped

    def claims_for(self, *, subject: str | None = None, claimant: str | None = None) -> list[Claim]:
        """Claims matching every given filter (None: any)."""
        pool = self.claims_about(subject) if subject is not None else self.claims
        return [c for c in pool if (subject is None or c.subject == subject) and (claimant is None or c.claimant == claimant)]

    def claims_about(self, subject: str | None) -> list[Claim]:
        """Claims on exactly this subject (None: those no subject fits), in display order:
        with a figure first, then by when each was claimed (the date its sentence states, else its article's;
        see ``claim_display_order``), smallest figure first."""
        if self._snapshot is not None and self._claims is None:
            return list(self._snapshot.claims_about(subject))
        return list(self._claims_by_subject.get(subject, ()))

    def claims_page(self, subject: str | None, start: int, stop: int) -> list[Claim]:
        """``claims_about(subject)[start:stop]``, reading no more of a snapshot than that."""
        if self._snapshot is not None and self._claims is None:
            return self._snapshot.claims_page(subject, start, stop)
        return list(self._claims_by_subject.get(subject, ())[start:stop])

    @cached_property
    def _claims_by_subject(self) -> dict[str | None, list[Claim]]:
        grouped: dict[str | None, list[Claim]] = defaultdict(list)
        for claim in self.claims:
            grouped[claim.subject].append(claim)
        for claims in grouped.values():
            claims.sort(key=lambda c: claim_display_order(c, self.articles.get(c.article_id)))
        return grouped

    @cached_property
    def subject_claim_counts(self) -> dict[str | None, int]:
        """How many claims each subject has (None: no subject fits), without decoding any claim."""
        if self._snapshot is not None:
            return self._snapshot.subject_claim_counts()
        return {subject: len(claims) for subject, claims in self._claims_by_subject.items()}

    @cached_property
    def figure_claim_counts(self) -> dict[str | None, int]:
        """How many claims with a figure each subject has (None: no subject fits), for the Claims pane."""
        if self._snapshot is not None:
            return self._snapshot.figure_claim_counts()
        counts: dict[str | None, int] = defaultdict(int)
        for claim in self.claims:
            if claim.figures:
                counts[claim.subject] += 1
        return dict(counts)

    def echo_group_of(self, passage_id: str) -> str | None:
        """The passage's echo group, without decoding its article (the figure tracker asks for thousands)."""
        if self._echo_group_of is None:
            self._echo_group_of = {pid: group for group, members in self._echo_members.items() for pid in members}
        return self._echo_group_of.get(passage_id)

    def echo_articles(self, passage_id: str) -> list[str]:
        """The ids of the other articles that repeat this passage, in the echo group's order.

        Read from the group's member ids alone: the reader asks this of every passage it draws,
        and loading each echo's article (hundreds for a syndicated story) took half a second
        per article opened at ten thousand articles.
        """
        group = self.echo_group_of(passage_id)
        if not group:
            return []
        own = split_passage_id(passage_id)[0]
        others = (split_passage_id(member)[0] for member in self._echo_members.get(group, ()))
        return [article for article in dict.fromkeys(others) if article != own]

    def echoes_of(self, passage_id: str) -> list[Passage]:
        """The other passages that repeat this one (loading each one's article: for listing them, not counting)."""
        group = self.passages[passage_id].echo_group
        if not group:
            return []
        return [self.passages[pid] for pid in self._echo_members[group] if pid != passage_id]

    def topic_passages(self, topic_id: str) -> list[tuple[Passage, TopicHit]]:
        found = []
        articles = self.articles.values()
        if self._snapshot is not None:  # read only the articles that carry the topic
            articles = [a for a in articles if topic_id in self._snapshot.article_topics[a.id]]
        for passage in (p for a in articles for p in a.passages):
            for hit in passage.topics:
                if hit.topic == topic_id:
                    found.append((passage, hit))
        return found

    # --- summaries (computed by store.analysis, cached) -----------------------

    @cached_property
    def outlet_summaries(self) -> list[OutletSummary]:
        if self._snapshot is not None:
            return self._snapshot.summaries.outlets
        from store.analysis.sources import summarise_outlets

        return summarise_outlets(self.articles.values())

    @cached_property
    def claimant_summaries(self) -> Sequence[ClaimantSummary]:
        if self._snapshot is not None:
            return self._snapshot.summaries.claimants
        from store.analysis.sources import summarise_claimants

        return summarise_claimants(self.claims, self.articles)

    @cached_property
    def topic_summaries(self) -> list[TopicSummary]:
        if self._snapshot is not None:
            return self._snapshot.summaries.topics
        from store.analysis.topics import summarise_topics

        return summarise_topics(self.articles.values())

    @cached_property
    def subject_summaries(self) -> list[SubjectSummary]:
        if self._snapshot is not None:
            return self._snapshot.summaries.subjects
        from store.analysis.subjects import summarise_subjects

        return summarise_subjects(self.claims)

    @cached_property
    def subject_labels(self) -> dict[str, str]:
        """Each subject's name by its id: "troops_deployed" → "North Korean troops deployed"."""
        return {s.id: s.label for s in self.subject_summaries if s.id}

    def article_topics(self, article_id: str) -> list[tuple[str, float]]:
        from store.analysis.topics import rank_article_topics

        return rank_article_topics(self.articles[article_id])

    def titles_like(self, query: str, *, limit: int) -> list[tuple[str, float]]:
        """(article id, similarity 0-100) of the titles most like ``query``, best first.

        rapidfuzz scores every title in C: a typed title at ten thousand articles costs
        milliseconds, where a matcher in Python took seconds a keystroke.
        """
        from rapidfuzz import fuzz, process, utils

        found = process.extract(
            query, self._one_line_titles, scorer=fuzz.WRatio, processor=utils.default_process, limit=limit, score_cutoff=60
        )
        return [(article_id, similarity) for _title, similarity, article_id in found]

    @cached_property
    def _one_line_titles(self) -> dict[str, str]:
        return {article_id: " ".join(article.title.split()) for article_id, article in self.articles.items()}

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

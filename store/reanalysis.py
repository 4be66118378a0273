"""``nkru-tui reanalyse``: redo every claim and topic tag with the analysers installed now.

An upgrade changes the rules that find claims, but files already ingested are
not analysed again (the same bytes add nothing), so their claims stay as the
old rules made them.  This redoes them from the stored passages, file by file
as ingest does (claimant names fold within a file first, then across the
corpus), and rebuilds everything derived.  The source files are not needed:
the normalised text is in the database.

The analysis is spread over the cores as ingest's is: the articles are cut
into one slice per core, each but the first analysed in a forked child
(which sees the loaded corpus for free) while the parent does the first.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from store.errors import StoreError
from store.models import Article, Claim, TopicHit

Progress = Callable[[str, int, int], None]

# Below this many articles a forked child costs more than it saves (the seeds are twenty).
PARALLEL_MIN_ARTICLES = 200


@dataclass(slots=True)
class ReanalysisReport:
    articles: int
    claims_before: int
    claims_after: int
    seconds: float = 0.0


def reanalyse(db_path: Path, *, progress: Progress | None = None, lock_timeout: float = 5.0) -> ReanalysisReport:
    from store.analysis.fingerprint import META_KEY, analysis_fingerprint
    from store.gc_pause import gc_paused
    from store.ingest import rewrite_corpus, stored_topics_path
    from store.repository import Repository

    started = time.perf_counter()
    report_progress = progress or (lambda message, done, total: None)
    if not Path(db_path).expanduser().is_file():
        raise StoreError(f"{db_path}: no database here, so nothing to reanalyse")
    report_progress("Reading the database", 0, 1)
    with gc_paused(), Repository.open(db_path, lock_timeout=lock_timeout) as repo:
        stored = repo.load()
        topics_path = stored_topics_path(stored)
        # By source file, as ingest analysed them: a name folds within its own file before the corpus.
        groups = [[stored.articles[i] for i in record.article_ids if i in stored.articles] for record in stored.files.values()]
        grouped = {article.id for group in groups for article in group}
        orphans = [a for a in stored.articles.values() if a.id not in grouped]
        groups += [orphans] if orphans else []
        total = sum(len(group) for group in groups)
        claims = _analyse_over_cores(groups, topics_path, total, report_progress)
        report = ReanalysisReport(articles=total, claims_before=len(stored.claims), claims_after=len(claims))
        stored.claims = claims
        stored.meta[META_KEY] = analysis_fingerprint()
        rewrite_corpus(repo, stored, db_path, report_progress)
    report.seconds = time.perf_counter() - started
    report_progress("Done", 1, 1)
    return report


def _analyse_over_cores(
    groups: list[list[Article]], topics_path: Path | None, total: int, report_progress: Progress
) -> list[Claim]:
    """Every group's claims in group order, topics re-tagged in place; one slice of groups per core."""
    from store.forked import ForkedTask
    from store.ingest_pool import worker_count

    cores = worker_count() if total >= PARALLEL_MIN_ARTICLES else 1
    slices = _slices_of_equal_articles(groups, cores)
    children = [ForkedTask(_child_step(part, topics_path)) for part in slices[1:]]
    # The parent's progress stands for every slice's: they are the same size and run side by side.
    share = total / max(1, sum(len(group) for group in slices[0]))

    def parent_progress(articles_done: int) -> None:
        report_progress("Analysing the stored articles", min(total, round(articles_done * share)), total)

    claims = _analyse_groups(slices[0], topics_path, parent_progress)
    for part, child in zip(slices[1:], children, strict=True):
        report_progress("Analysing the stored articles: collecting the other cores' work", total, total)
        part_claims, topics = child.result()
        if child.ran_in_child:  # the child tagged its own copies of the passages
            passages = [p for group in part for article in group for p in article.passages]
            for passage, hits in zip(passages, topics, strict=True):
                passage.topics = hits
        claims.extend(part_claims)
    return claims


def _analyse_groups(groups: list[list[Article]], topics_path: Path | None, progress: Callable[[int], None]) -> list[Claim]:
    """The groups' claims in order; ``progress`` hears how many articles are done after each group."""
    from store.analysis import analyse_articles

    claims: list[Claim] = []
    done = 0
    for group in groups:
        progress(done)
        claims.extend(analyse_articles(group, topics_path=topics_path))
        done += len(group)
    return claims


def _child_step(
    groups: list[list[Article]], topics_path: Path | None
) -> Callable[[bool], tuple[list[Claim], list[list[TopicHit]]]]:
    def step(in_child: bool) -> tuple[list[Claim], list[list[TopicHit]]]:
        if in_child:
            from store.ingest_pool import use_compact_pickles

            use_compact_pickles()  # the claims cross back as ingest's workers send theirs
        claims = _analyse_groups(groups, topics_path, lambda _done: None)
        return claims, [p.topics for group in groups for article in group for p in article.passages]

    return step


def _slices_of_equal_articles(groups: list[list[Article]], count: int) -> list[list[list[Article]]]:
    """``groups`` cut, in order, into ``count`` runs (or fewer) holding about as many articles each."""
    total = sum(len(group) for group in groups)
    slices: list[list[list[Article]]] = [[]]
    held = 0
    for group in groups:
        if held >= total * len(slices) / count and len(slices) < count:
            slices.append([])
        slices[-1].append(group)
        held += len(group)
    return slices

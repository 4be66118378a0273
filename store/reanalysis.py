"""``nkru-tui reanalyse``: redo every claim and topic tag with the analysers installed now.

An upgrade changes the rules that find claims, but files already ingested are
not analysed again (the same bytes add nothing), so their claims stay as the
old rules made them.  This redoes them from the stored passages, file by file
as ingest does (claimant names fold within a file first, then across the
corpus), and rebuilds everything derived.  The source files are not needed:
the normalised text is in the database.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from store.errors import StoreError

Progress = Callable[[str, int, int], None]


@dataclass(slots=True)
class ReanalysisReport:
    articles: int
    claims_before: int
    claims_after: int
    seconds: float = 0.0


def reanalyse(db_path: Path, *, progress: Progress | None = None, lock_timeout: float = 5.0) -> ReanalysisReport:
    from store.analysis import analyse_articles
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
        claims = []
        total = sum(len(group) for group in groups)
        done = 0
        for group in groups:
            report_progress("Analysing the stored articles", done, total)
            claims.extend(analyse_articles(group, topics_path=topics_path))
            done += len(group)
        report = ReanalysisReport(articles=total, claims_before=len(stored.claims), claims_after=len(claims))
        stored.claims = claims
        stored.meta[META_KEY] = analysis_fingerprint()
        rewrite_corpus(repo, stored, db_path, report_progress)
    report.seconds = time.perf_counter() - started
    report_progress("Done", 1, 1)
    return report

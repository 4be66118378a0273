"""Preparing source files for ingest: read, normalise and analyse each one, over all cores.

Each file is independent, so many files go to a process pool.  A file whose
bytes the database already holds is only read and hashed: its normalised text
and claims would be thrown away (ingest reports it unchanged), and adding one
new file to a folder of thousands ingested before would otherwise redo them
all.  Two costs of the pool are kept down here:

* the workers inherit, by ``fork``, taxonomies and compiled patterns the
  parent loaded once, instead of each building its own;
* results cross back as compact pickles.  A slotted dataclass pickles its
  state through Python-level ``__getstate__``/``__setstate__`` calls per
  object; at 10,000 articles that was about 1.5 million calls, and the
  parent's share of unpickling them ran on a core the workers needed.  In the
  workers, records reduce to ``(class, field values)`` instead, which
  unpickles by calling the class with those values: the same objects, made in
  a third of the time.
"""

from __future__ import annotations

import copyreg
import gc
import multiprocessing as mp
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, fields
from operator import attrgetter
from pathlib import Path
from typing import Any

from store.errors import SourceError
from store.forked import fork_is_safe
from store.ids import sha256_hex
from store.parent_death import end_with_parent
from store.models import (
    Article,
    Claim,
    Figure,
    NormalisedFile,
    Passage,
    Removal,
    TopicHit,
)

Progress = Callable[[str, int, int], None]

# Below this many files a process pool costs more to start than it saves, and the
# TUI's first run (five seed files, inside a thread) never forks.
PARALLEL_MIN_FILES = 32
# Files per task sent to a worker.  Tasks shrink as the queue drains (guided scheduling):
# early ones are large, so messaging costs nothing; the last ones hold a file or two, so
# no core waits long for the other to finish its last task.  With equal tasks of ~46 files
# one worker idled for half a task (0.5-1.5 s) at the end of every 1,000-article ingest.
MAX_FILES_PER_TASK = 64
MIN_FILES_PER_TASK = 2
# A file of this many articles or more (a news-API export, a mailbox), read among too few files to
# fill the pool, has its articles analysed over all cores, in parts of about ARTICLES_PER_PART.
# Below it, one file's analysis takes well under a second; the seeds' largest file holds 16 articles.
SPLIT_MIN_ARTICLES = 64
ARTICLES_PER_PART = 16
# A file of fewer passages than this is analysed in well under a second: no progress to show inside it.
PROGRESS_MIN_PASSAGES = 2000


def worker_count() -> int:
    """How many processes share CPU-bound work: one a core, at most eight (beyond, the parent's share dominates)."""
    return min(os.cpu_count() or 1, 8)


def _noop(message: str, done: int, total: int) -> None:
    pass


@dataclass(slots=True)
class PreparedFile:
    """One file read, normalised and analysed — the work that needs no database."""

    path: Path
    normalised: NormalisedFile | None = None
    claims: list[Claim] = field(default_factory=list)
    error: str | None = None
    known_sha256: str | None = None  # set instead of the rest: the database holds these bytes already


# The sha256 of every source file the database holds, in each worker (see ``prepare_files``).
_known_in_worker: frozenset[str] = frozenset()


def prepare_file(
    path: Path,
    topics_path: Path | None = None,
    known: frozenset[str] = frozenset(),
    *,
    progress: Progress | None = None,
) -> PreparedFile:
    """Read, normalise and analyse one file; a bad file becomes an error, never an exception.

    A file whose bytes hash to one of ``known`` is read and hashed only.  Given ``progress`` (the
    caller is no pool worker), a long file says how far its analysis has got, and a file of many
    articles is analysed over all cores where forking is safe.
    """
    from store.analysis import analyse_articles
    from store.normalise import normalise_bytes, read_source

    try:
        data = read_source(path)
        if known and (sha256 := sha256_hex(data)) in known:
            return PreparedFile(path=path, known_sha256=sha256)
        normalised = normalise_bytes(data, path.name, suffix=path.suffix.lower())
    except SourceError as exc:
        # The normaliser knows only the file's name; the user needs the path they gave, as reading reports it.
        return PreparedFile(path=path, error=f"{path}: {exc.reason}")
    if not normalised.articles:
        return PreparedFile(path=path, error=f"{path}: no article text found")
    articles = normalised.articles
    if progress is not None and len(articles) >= SPLIT_MIN_ARTICLES and worker_count() > 1 and fork_is_safe():
        claims = _analyse_in_parts(normalised, path.name, topics_path, progress)
    elif progress is not None and sum(len(article.passages) for article in articles) >= PROGRESS_MIN_PASSAGES:
        # One long article (a pasted dump), or many read in a TUI thread, which cannot fork: counted by passage.
        message = f"Analysing {path.name}: passages"
        claims = analyse_articles(articles, topics_path=topics_path, progress=lambda done, total: progress(message, done, total))
    else:
        claims = analyse_articles(articles, topics_path=topics_path)
    return PreparedFile(path=path, normalised=normalised, claims=claims)


def _analyse_in_parts(normalised: NormalisedFile, name: str, topics_path: Path | None, progress: Progress) -> list[Claim]:
    """``analyse_articles`` over one file's articles, in parts over all cores: the same topics and claims.

    Articles are analysed independently; only the folding of claimant names spans the file, so the
    parts come back unfolded and are folded together here.
    """
    from store.analysis import fold_file_claimants

    articles = normalised.articles
    parts = [articles[start : start + ARTICLES_PER_PART] for start in range(0, len(articles), ARTICLES_PER_PART)]
    claims: list[Claim] = []
    tagged: list[Article] = []
    message = f"Analysing {name}: articles"
    progress(message, 0, len(articles))
    with _process_pool(topics_path, frozenset()) as pool:
        for part_tagged, part_claims in pool.map(_analyse_part, parts, [topics_path] * len(parts)):
            tagged.extend(part_tagged)  # the workers' copies carry the topic tags
            claims.extend(part_claims)
            progress(message, len(tagged), len(articles))
    normalised.articles[:] = tagged
    fold_file_claimants(claims)
    return claims


def _analyse_part(articles: list[Article], topics_path: Path | None) -> tuple[list[Article], list[Claim]]:
    from store.analysis import analyse_articles

    return articles, analyse_articles(articles, topics_path=topics_path, fold_claimants=False)


# Every record class a PreparedFile holds; each is rebuilt by calling it with its fields in order.
COMPACT_CLASSES: tuple[type, ...] = (PreparedFile, NormalisedFile, Article, Passage, TopicHit, Claim, Figure, Removal)


def _compact_reducer(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    names = tuple(f.name for f in fields(cls) if f.init)
    if len(names) != len(fields(cls)):
        raise TypeError(f"{cls.__name__} has fields outside __init__; it cannot be rebuilt from its values")
    getter = attrgetter(*names)
    return lambda record: (cls, getter(record))


def use_compact_pickles() -> None:
    """Pickle the record classes as ``(class, field values)`` in this process (the pool's workers)."""
    for cls in COMPACT_CLASSES:
        copyreg.pickle(cls, _compact_reducer(cls))


def _worker_started(known: frozenset[str], parent_pid: int) -> None:
    global _known_in_worker
    end_with_parent(parent_pid)  # a parent stopped by SIGTERM would leave its workers waiting for ever
    use_compact_pickles()
    _known_in_worker = known  # once a worker, not once a task: ten thousand hashes are 0.7 MB pickled


def prepare_files(
    paths: list[Path], topics_path: Path | None, progress: Progress = _noop, *, known: frozenset[str] = frozenset()
) -> list[PreparedFile]:
    """Prepare every file, over all cores when there are many (each file is independent).

    ``known``: the sha256 of the source files the database holds; those files are only hashed.
    """
    total = len(paths)
    workers = worker_count()
    if total < PARALLEL_MIN_FILES or workers < 2:
        prepared = []
        for done, path in enumerate(paths):
            progress(f"Reading {path.name}", done, total)
            prepared.append(prepare_file(path, topics_path, known, progress=progress))
        return prepared
    prepared: list[PreparedFile] = []
    progress("Reading and analysing files", 0, total)
    with _process_pool(topics_path, known) as pool:
        # Submitted in order and collected in order: results come back as the files were given.
        tasks = [pool.submit(_prepare_chunk, chunk, topics_path) for chunk in guided_chunks(paths, workers)]
        reported = 0
        for task in tasks:
            prepared.extend(task.result())
            if len(prepared) - reported >= 50 or len(prepared) == total:
                reported = len(prepared)
                progress("Reading and analysing files", reported, total)
    return prepared


@contextmanager
def _process_pool(topics_path: Path | None, known: frozenset[str]) -> Iterator[ProcessPoolExecutor]:
    """A pool of one worker a core, forked when that is safe, whose workers know the stored files' hashes."""
    # fork is cheapest (the parent's imports carry over) but unsafe with other threads alive.
    method = "fork" if fork_is_safe() else "spawn"
    if method == "fork":
        # Taxonomies, compiled patterns and lazy imports built once here are inherited by every
        # worker, instead of each paying about a second of CPU for them on its first file.
        from store.analysis.preload import preload as preload_analysis
        from store.normalise.preload import preload as preload_normaliser

        preload_normaliser()
        preload_analysis(topics_path)
        gc.freeze()  # the workers' collector then skips the inherited heap instead of copying its pages
    try:
        with ProcessPoolExecutor(
            max_workers=worker_count(),
            mp_context=mp.get_context(method),
            initializer=_worker_started,
            initargs=(known, os.getpid()),
        ) as pool:
            yield pool
    finally:
        if method == "fork":
            gc.unfreeze()


def guided_chunks(paths: list[Path], workers: int) -> list[list[Path]]:
    """Consecutive groups of ``paths``, each about an eighth of what is left per worker, within bounds."""
    chunks = []
    start = 0
    while start < len(paths):
        left = len(paths) - start
        size = max(MIN_FILES_PER_TASK, min(MAX_FILES_PER_TASK, left // (workers * 8)))
        chunks.append(paths[start : start + size])
        start += size
    return chunks


def _prepare_chunk(paths: list[Path], topics_path: Path | None) -> list[PreparedFile]:
    return [prepare_file(path, topics_path, _known_in_worker) for path in paths]

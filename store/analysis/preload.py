"""Load, once and up front, the taxonomies and lazily compiled patterns of the analysers.

A parent process that calls ``preload()`` before forking its ingest workers
hands them the loaded taxonomies and compiled patterns; otherwise every worker
builds its own on its first file.
"""

from __future__ import annotations

from pathlib import Path


def preload(topics_path: Path | None = None) -> None:
    """Analyse a tiny normalised sample with the taxonomies ingest will use."""
    from store.analysis import analyse_articles
    from store.normalise.pipeline import normalise_bytes
    from store.normalise.preload import _SAMPLE_TEXT

    sample = normalise_bytes(_SAMPLE_TEXT.encode(), "preload.txt", suffix=".txt")
    analyse_articles(sample.articles, topics_path=topics_path)

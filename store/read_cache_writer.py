"""Writing the snapshot ``store.read_cache`` reads: done by every ingest, and by the first open
of a database that has none (see that module for the layout and why it is built this way)."""

from __future__ import annotations

import marshal
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from operator import attrgetter
from pathlib import Path
from typing import Any

from store.models import Article, Claim, _Record, claim_display_order
from store.read_cache import (
    CACHE_VERSION,
    CLAIM_CHUNK,
    HEAD_FIELDS,
    LENGTH_BYTES,
    NO_SUBJECT,
    Summaries,
    all_layouts,
    db_stamp,
    read_cache_path,
)


@lru_cache(maxsize=None)
def _encoding_plan(cls: type[_Record]) -> tuple[Callable[[Any], tuple[Any, ...]], tuple[int, ...]]:
    """A C-level getter for a record's fields in order, and the positions of nested records."""
    names = cls._field_names()
    getter = attrgetter(*names) if len(names) > 1 else (lambda record: (getattr(record, names[0]),))
    return getter, tuple(names.index(name) for name in cls._nested)


def _encode(record: _Record) -> tuple[Any, ...]:
    """A record as a plain tuple (nested records too); marshal takes plain lists of strings as they are."""
    getter, nested = _encoding_plan(type(record))
    row = getter(record)
    if not nested:
        return row
    values = list(row)
    for position in nested:
        values[position] = tuple(_encode(item) for item in values[position])
    return tuple(values)


def compute_summaries(articles: list[Article], claims: list[Claim]) -> Summaries:
    from store.analysis.sources import summarise_claimants, summarise_outlets
    from store.analysis.subjects import summarise_subjects
    from store.analysis.topics import summarise_topics

    return Summaries(
        outlets=summarise_outlets(articles),
        claimants=summarise_claimants(claims, {a.id: a for a in articles}),
        topics=summarise_topics(articles),
        subjects=summarise_subjects(claims),
    )


def write_read_cache(db_path: Path, generation: str, articles: list[Article], claims: list[Claim]) -> Path:
    """Write the snapshot next to ``db_path`` (atomically: a reader sees the old file or the new one)."""
    summaries = compute_summaries(articles, claims)
    claims_by_article: dict[str, list[Claim]] = defaultdict(list)
    claims_by_subject: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        claims_by_article[claim.article_id].append(claim)
        claims_by_subject[claim.subject or NO_SUBJECT].append(claim)

    pieces: list[bytes] = []
    offset = 0

    def add_piece(value: Any) -> tuple[int, int]:
        nonlocal offset
        data = marshal.dumps(value)
        pieces.append(data)
        offset += len(data)
        return offset - len(data), len(data)

    heads, echo_groups = [], defaultdict(list)
    for article in articles:
        passages = article.passages
        for passage in passages:
            if passage.echo_group:
                echo_groups[passage.echo_group].append(passage.id)
        own_claims = claims_by_article.get(article.id, [])
        where = add_piece((tuple(_encode(p) for p in passages), tuple(_encode(c) for c in own_claims)))
        heads.append((
            tuple(getattr(article, name) for name in HEAD_FIELDS),
            where,
            len(passages),
            tuple(sorted({hit.topic for p in passages for hit in p.topics})),
            tuple(sorted({c.claimant for c in own_claims if c.claimant})),
        ))
    # Each subject's claims in the order the Claims pane lists them, in small pieces, so
    # showing a subject's first page decodes one piece, not all its claims.
    articles_by_id = {a.id: a for a in articles}
    subject_pieces = {}
    for subject, subject_claims in claims_by_subject.items():
        subject_claims.sort(key=lambda c: claim_display_order(c, articles_by_id.get(c.article_id)))
        chunks = tuple(
            (add_piece(tuple(_encode(c) for c in subject_claims[start : start + CLAIM_CHUNK])),
             len(subject_claims[start : start + CLAIM_CHUNK]))
            for start in range(0, len(subject_claims), CLAIM_CHUNK)
        )
        subject_pieces[subject] = (chunks, len(subject_claims), sum(1 for c in subject_claims if c.figures))
    index_part = {
        "heads": tuple(heads),
        "subjects": subject_pieces,
        "echo_groups": {group: tuple(ids) for group, ids in echo_groups.items()},
        "passage_count": sum(len(a.passages) for a in articles),
        "claim_count": len(claims),
        "pieces_size": offset,
        "summaries": tuple(tuple(_encode(s) for s in part) for part in
                           (summaries.outlets, summaries.claimants, summaries.topics, summaries.subjects)),
    }
    header = {
        "version": CACHE_VERSION,
        "generation": generation,
        "stamp": db_stamp(db_path),
        "layout": all_layouts(),
    }
    path = read_cache_path(db_path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in (marshal.dumps(header), marshal.dumps(index_part)):
                handle.write(len(part).to_bytes(LENGTH_BYTES, "little"))
                handle.write(part)
            handle.writelines(pieces)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path

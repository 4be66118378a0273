"""Writing the snapshot ``store.read_cache`` reads: done by every ingest, and by the first open
of a database that has none (see that module for the layout and why it is built this way)."""

from __future__ import annotations

import marshal
import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from operator import attrgetter
from pathlib import Path
from typing import Any

from store.storage import _copy_range
from store.models import Article, Claim, FileRecord, _Record, claim_display_order
from store.read_cache import (
    CACHE_VERSION,
    Snapshot,
    CLAIM_CHUNK,
    HEAD_FIELDS,
    LENGTH_BYTES,
    NO_SUBJECT,
    Summaries,
    all_layouts,
    db_stamp,
    read_cache_path,
)


_ENCODERS: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def _encoder_for(cls: type[_Record]) -> Callable[[Any], tuple[Any, ...]]:
    """A record of ``cls`` as a plain tuple of its fields in order, nested records as tuples of tuples.

    The fields come from a C-level getter; only classes with nested records need a Python step.
    """
    names = cls._field_names()
    getter = attrgetter(*names) if len(names) > 1 else (lambda record: (getattr(record, names[0]),))
    nested = tuple(names.index(name) for name in cls._nested)
    if not nested:
        return getter

    def encode(record: Any) -> tuple[Any, ...]:
        values = list(getter(record))
        for position in nested:
            values[position] = tuple(map(_encode, values[position]))
        return tuple(values)

    return encode


def _encode(record: _Record) -> tuple[Any, ...]:
    """A record as a plain tuple (nested records too); marshal takes plain lists of strings as they are."""
    encode = _ENCODERS.get(type(record))
    if encode is None:
        encode = _ENCODERS[type(record)] = _encoder_for(type(record))
    return encode(record)


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


@dataclass(slots=True)
class PreparedSnapshot:
    """Everything of a snapshot but its header, which names the database file's state once written."""

    index_part: bytes  # marshalled
    pieces: list[bytes | tuple[int, int]]  # bytes, or (offset, length) in the previous snapshot file
    previous_fd: int | None = None  # that file, open


def write_read_cache(
    db_path: Path,
    generation: str,
    articles: list[Article],
    claims: list[Claim],
    files: Iterable[FileRecord] = (),
    meta: dict[str, Any] | None = None,
) -> Path:
    """Write the snapshot next to ``db_path`` (atomically: a reader sees the old file or the new one)."""
    return write_prepared_read_cache(db_path, generation, prepare_read_cache(articles, claims, files), meta)


def prepare_read_cache(
    articles: list[Article],
    claims: list[Claim],
    files: Iterable[FileRecord] = (),
    *,
    previous: Snapshot | None = None,
    changed: frozenset[str] | set[str] = frozenset(),
) -> PreparedSnapshot:
    """Encode the snapshot's pieces and index; needs only the records, not the database file.

    ``previous``: the snapshot of the database these records were loaded from, to which files were
    only added since (none dropped).  Its pieces of articles not in ``changed`` (ids of the articles
    whose passages or claims differ from it, new ones included), of subjects with no claim of those,
    and of its files are copied as they are: encoding them again took eight seconds at ten thousand
    articles.  A piece holds the same records either way.
    """
    summaries = compute_summaries(articles, claims)
    # Claims are encoded afresh for each piece that holds them: marshal marks an object held twice
    # (refcount above one) as shared, so reusing one tuple would change the file's bytes.
    claims_by_article: dict[str, list[int]] = defaultdict(list)
    claims_by_subject: dict[str, list[int]] = defaultdict(list)
    for number, claim in enumerate(claims):
        claims_by_article[claim.article_id].append(number)
        claims_by_subject[claim.subject or NO_SUBJECT].append(number)

    pieces: list[bytes] = []
    offset = 0

    def add_piece(value: Any, version: int = marshal.version) -> tuple[int, int]:
        nonlocal offset
        data = marshal.dumps(value, version)
        pieces.append(data)
        offset += len(data)
        return offset - len(data), len(data)

    def reuse_piece(where: tuple[int, int]) -> tuple[int, int]:
        nonlocal offset
        start, length = where
        pieces.append((previous_base + start, length))
        offset += length
        return offset - length, length

    previous_base = previous.pieces_base if previous is not None else 0
    old_where = previous.article_pieces if previous is not None else {}

    heads, echo_groups = [], defaultdict(list)
    no_claims: list[int] = []
    for article in articles:
        passages = article.passages
        for passage in passages:
            if passage.echo_group:
                echo_groups[passage.echo_group].append(passage.id)
        if article.id in old_where and article.id not in changed:
            heads.append((
                tuple(getattr(article, name) for name in HEAD_FIELDS),
                reuse_piece(old_where[article.id]),
                len(passages),
                previous.article_topics[article.id],
                previous.article_claimants[article.id],
            ))
            continue
        own_claims = claims_by_article.get(article.id, no_claims)
        where = add_piece((tuple(map(_encode, passages)), tuple([_encode(claims[i]) for i in own_claims])))
        heads.append((
            tuple(getattr(article, name) for name in HEAD_FIELDS),
            where,
            len(passages),
            tuple(sorted({hit.topic for p in passages for hit in p.topics})),
            tuple(sorted({claims[i].claimant for i in own_claims if claims[i].claimant})),
        ))
    # Each subject's claims in the order the Claims pane lists them, in small pieces, so
    # showing a subject's first page decodes one piece, not all its claims.
    articles_by_id = {a.id: a for a in articles}
    subject_pieces = {}
    old_subjects = previous.subject_pieces if previous is not None else {}
    for subject, numbers in claims_by_subject.items():
        old = old_subjects.get(subject)
        if old is not None and old[1] == len(numbers) and not any(claims[i].article_id in changed for i in numbers):
            subject_pieces[subject] = (tuple((reuse_piece(where), count) for where, count in old[0]), old[1], old[2])
            continue
        numbers.sort(key=lambda i: claim_display_order(claims[i], articles_by_id.get(claims[i].article_id)))
        chunks = tuple(
            (add_piece(tuple([_encode(claims[i]) for i in numbers[start : start + CLAIM_CHUNK]])),
             len(numbers[start : start + CLAIM_CHUNK]))
            for start in range(0, len(numbers), CLAIM_CHUNK)
        )
        subject_pieces[subject] = (chunks, len(numbers), sum(1 for i in numbers if claims[i].figures))
    # Audit trails by the bytes' sha256 (what an article records); the first file holding them wins,
    # as in ``StoredCorpus.file_with_sha``.  Read from here, the app's audit view costs one small
    # read instead of parsing the whole database file (twelve seconds at ten thousand articles).
    file_pieces: dict[str, tuple[int, int]] = {}
    file_count = 0
    for record in files:
        file_count += 1
        if record.source_sha256 in file_pieces:
            continue
        if previous is not None and record.source_sha256 in previous.file_pieces:
            file_pieces[record.source_sha256] = reuse_piece(previous.file_pieces[record.source_sha256])
        else:
            # Format 2 writes no back-references: the record's strings (paths, article ids) are
            # also held elsewhere, differently in a forked child, and the bytes must not depend on it.
            file_pieces[record.source_sha256] = add_piece(_encode(record), 2)
    index_part = {
        "heads": tuple(heads),
        "files": file_pieces,
        "file_count": file_count,
        "subjects": subject_pieces,
        "echo_groups": {group: tuple(ids) for group, ids in echo_groups.items()},
        "passage_count": sum(len(a.passages) for a in articles),
        "claim_count": len(claims),
        "pieces_size": offset,
        "summaries": tuple(tuple(_encode(s) for s in part) for part in
                           (summaries.outlets, summaries.claimants, summaries.topics, summaries.subjects)),
    }
    # Marshalled here, while the pieces' tuples are still referenced from this frame: marshal writes
    # an object with more than one reference as shareable, so the bytes depend on what is alive.
    return PreparedSnapshot(
        index_part=marshal.dumps(index_part), pieces=pieces, previous_fd=previous.pieces_fd if previous is not None else None
    )


def write_prepared_read_cache(
    db_path: Path, generation: str, prepared: PreparedSnapshot, meta: dict[str, Any] | None = None
) -> Path:
    """Write a prepared snapshot for the database file as it is now (its stamp goes in the header).

    ``meta`` is the database's meta record: with it, and every record in the pieces, the next
    ingest can read the corpus from here instead of parsing the database file.
    """
    header = {
        "version": CACHE_VERSION,
        "generation": generation,
        "stamp": db_stamp(db_path),
        "layout": all_layouts(),
        "meta": meta,
    }
    path = read_cache_path(db_path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for part in (marshal.dumps(header), prepared.index_part):
                handle.write(len(part).to_bytes(LENGTH_BYTES, "little"))
                handle.write(part)
            for piece in prepared.pieces:
                if isinstance(piece, bytes):
                    handle.write(piece)
                else:
                    handle.flush()
                    _copy_range(prepared.previous_fd, handle.fileno(), piece[0], piece[0] + piece[1])
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return path

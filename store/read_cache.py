"""A fast-opening snapshot of the database, written after every ingest.

TinyDB's JSON file stays the source of truth.  Parsing it and rebuilding
hundreds of thousands of records takes seconds at 10,000 articles, and the
first screen needs almost none of them: a list of article headings, the
pane summaries, one article's passages and one subject's claims.  So ingest
also writes this snapshot beside the database:

- an *index part*, read whole at open: every article's heading fields, the
  pane summaries, echo groups, and where each piece below sits;
- *pieces*, read and decoded only when asked for: each article's passages and claims,
  each source file's audit trail (what normalising removed and repaired),
  and each subject's claims (a claim is stored twice, under its article and
  its subject, so that neither the reader nor the Claims pane has to decode
  the whole corpus to show one thing).

``Corpus.open`` uses the snapshot when it is provably current (same database
generation, size and modification time, same record layout) and falls back
to the JSON otherwise.  A stale or damaged snapshot is ignored, never
trusted.  Pieces are read from the open file when asked for, so pieces
never read cost no memory, and a re-ingest replaces the file rather than
rewriting it, so a running app keeps reading the one it opened.

``marshal`` is used because it loads plain tuples of strings and numbers
several times faster than JSON or pickle; it cannot run code.  The file is
ours, next to our database, and is rebuilt whenever anything looks off.
"""

from __future__ import annotations

import marshal
import os
import weakref
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from store.gc_pause import gc_paused
from store.models import (
    Article,
    Claim,
    ClaimantSummary,
    FileRecord,
    OutletSummary,
    Passage,
    SubjectSummary,
    TopicSummary,
    _Record,
)

CACHE_VERSION = 5
LENGTH_BYTES = 8
CLAIM_CHUNK = 200  # claims per stored piece of a subject: about one screenful of pages
NO_SUBJECT = ""  # the key of claims no subject fits (marshal keys cannot mix None and str usefully)
#: Articles kept decoded at once; the oldest beyond it go back to the snapshot and are read again if
#: asked for.  Without a bound a session keeps every article it ever showed: memory only grows, and the
#: cyclic collector's full passes over all of it held the UI thread for 100 ms after some sixty searches
#: at ten thousand articles (45 ms at most with this bound).  A search's hits come from at most 60
#: articles; the reader holds its own article.
DECODED_ARTICLES = 64


def read_cache_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".read-cache")


def _layout(cls: type[_Record]) -> tuple[Any, ...]:
    """The field names of a record class and of its nested records, to detect a changed layout."""
    return (cls._field_names(), tuple((name, _layout(sub)) for name, sub in cls._nested.items()))


def all_layouts() -> tuple[Any, ...]:
    return tuple(_layout(cls) for cls in (Article, Claim, FileRecord, OutletSummary, ClaimantSummary, TopicSummary, SubjectSummary))


def _decoder(cls: type[_Record]) -> Callable[[tuple[Any, ...]], Any]:
    """A function rebuilding ``cls`` from its encoded tuple, with nested lists decoded too."""
    names = cls._field_names()
    nested = {names.index(name): _decoder(sub) for name, sub in cls._nested.items()}
    if not nested:
        return lambda row: cls(*row)

    def decode(row: tuple[Any, ...]) -> _Record:
        values = list(row)
        for position, sub_decode in nested.items():
            values[position] = [sub_decode(item) for item in values[position]]
        return cls(*values)

    return decode


def db_stamp(db_path: Path) -> tuple[int, int]:
    stat = Path(db_path).stat()
    return stat.st_size, stat.st_mtime_ns


# --- articles whose passages are read on first use ------------------------------------

_PASSAGES_SLOT = Article.__dict__["passages"]  # the slot Article's dataclass keeps the list in
HEAD_FIELDS = tuple(name for name in Article._field_names() if name != "passages")
_PASSAGES_POSITION = Article._field_names().index("passages")


class StoredArticle(Article):
    """An Article whose passages stay in the snapshot until someone reads them.

    It behaves as an Article in every way (equality, ``to_dict``, export):
    the first read of ``passages`` decodes them, once.
    """

    __slots__ = ("_snapshot",)

    @property  # type: ignore[override]
    def passages(self) -> list[Passage]:
        snapshot = self._snapshot
        if snapshot is not None:
            self._snapshot = None
            passages = snapshot.passages_of(self.id)
            _PASSAGES_SLOT.__set__(self, passages)
            snapshot.note_decoded(self, passages)
        return _PASSAGES_SLOT.__get__(self)

    def forget_passages(self, snapshot: Snapshot, decoded: list[Passage]) -> None:
        """Back to unread, unless the passages were replaced since they were decoded."""
        if _PASSAGES_SLOT.__get__(self) is decoded:
            _PASSAGES_SLOT.__set__(self, [])
            self._snapshot = snapshot

    @passages.setter
    def passages(self, value: list[Passage]) -> None:
        self._snapshot = None
        _PASSAGES_SLOT.__set__(self, value)


@dataclass(frozen=True, slots=True)
class Summaries:
    """What the panes show before anything is opened, computed once at ingest."""

    outlets: Sequence[OutletSummary]
    claimants: Sequence[ClaimantSummary]
    topics: Sequence[TopicSummary]
    subjects: Sequence[SubjectSummary]


class RecordRows(Sequence[Any]):
    """Stored rows that become records only when read: a large corpus names a hundred thousand
    claimants, and the Sources pane shows them a page at a time."""

    def __init__(self, cls: type[_Record], rows: tuple[tuple[Any, ...], ...]) -> None:
        self._cls, self._rows = cls, rows

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, position):  # type: ignore[no-untyped-def]
        if isinstance(position, slice):
            return [self._cls(*row) for row in self._rows[position]]
        return self._cls(*self._rows[position])

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(other) == len(self) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]


# --- reading ---------------------------------------------------------------------------


class Snapshot:
    """An open snapshot: the index part in memory, the pieces read and decoded on demand."""

    def __init__(
        self, generation: str, index_part: dict[str, Any], pieces: PieceReader, base: int, meta: dict[str, Any] | None = None
    ) -> None:
        self.generation = generation
        self.meta = meta  # the database's meta record, as written with it
        self._pieces, self._base = pieces, base
        self._decode_passage = _decoder(Passage)
        self._decode_claim = _decoder(Claim)
        self._decode_file = _decoder(FileRecord)
        self._where: dict[str, tuple[int, int]] = {}
        self.articles: dict[str, StoredArticle] = {}
        self.article_topics: dict[str, tuple[str, ...]] = {}
        self.article_claimants: dict[str, tuple[str, ...]] = {}
        split = _PASSAGES_POSITION
        for values, where, _passage_count, topics, claimants in index_part["heads"]:
            article = StoredArticle(*values[:split], [], *values[split:])
            article._snapshot = self
            self.articles[article.id] = article
            self._where[article.id] = where
            self.article_topics[article.id] = topics
            self.article_claimants[article.id] = claimants
        # subject key -> (pieces as ((start, length), claim count), claims, claims with a figure)
        self._subjects: dict[str, tuple[tuple[tuple[tuple[int, int], int], ...], int, int]] = index_part["subjects"]
        self.echo_groups: dict[str, tuple[str, ...]] = index_part["echo_groups"]
        self._files: dict[str, tuple[int, int]] = index_part["files"]  # by the bytes' sha256
        self._file_count: int = index_part["file_count"]  # records in the database (two could share bytes)
        self.passage_count: int = index_part["passage_count"]
        self.claim_count: int = index_part["claim_count"]
        outlets, claimants, topics, subjects = index_part["summaries"]
        self.summaries = Summaries(
            outlets=[OutletSummary(*row) for row in outlets],
            claimants=RecordRows(ClaimantSummary, claimants),
            topics=[TopicSummary(*row) for row in topics],
            subjects=[SubjectSummary(*row) for row in subjects],
        )
        self._article_claims: dict[str, list[Claim]] = {}
        self._subject_chunks: dict[tuple[str, int], list[Claim]] = {}
        self._decoded: OrderedDict[str, tuple[StoredArticle, list[Passage]]] = OrderedDict()
        # Where the pieces sit, for a writer copying the unchanged ones into the next snapshot.
        self.pieces_base, self.pieces_fd = base, pieces.fd
        self.article_pieces, self.subject_pieces, self.file_pieces = self._where, self._subjects, self._files

    def note_decoded(self, article: StoredArticle, passages: list[Passage]) -> None:
        """Remember that ``article`` holds these decoded passages; forget the oldest beyond the bound."""
        self._decoded[article.id] = (article, passages)  # new, so last: a forgotten article was popped
        while len(self._decoded) > DECODED_ARTICLES:
            article_id, (oldest, decoded) = self._decoded.popitem(last=False)
            oldest.forget_passages(self, decoded)
            self._article_claims.pop(article_id, None)

    def _piece(self, where: tuple[int, int]) -> Any:
        start, length = where
        return marshal.loads(self._pieces.read(self._base + start, length))

    def passages_of(self, article_id: str) -> list[Passage]:
        """Decode an article's piece: its passages are returned, its claims kept for the reader."""
        passage_rows, claim_rows = self._piece(self._where[article_id])
        with gc_paused():
            if article_id not in self._article_claims:
                self._article_claims[article_id] = [self._decode_claim(row) for row in claim_rows]
            return [self._decode_passage(row) for row in passage_rows]

    def claims_of_article(self, article_id: str) -> list[Claim]:
        if article_id not in self._article_claims:
            self.articles[article_id].passages  # noqa: B018 - decoding them keeps the claims too, one read
            if article_id not in self._article_claims:  # the passages were set some other way
                self.passages_of(article_id)
        return self._article_claims[article_id]

    def file_record(self, sha256: str) -> FileRecord | None:
        """The record of the source file with these bytes (its audit trail), None if none is stored."""
        where = self._files.get(sha256)
        return None if where is None else self._decode_file(self._piece(where))

    def file_shas(self) -> frozenset[str]:
        """The sha256 of every source file's bytes the database holds."""
        return frozenset(self._files)

    def whole_corpus(self) -> tuple[list[Article], list[Claim], list[FileRecord]] | None:
        """Every record the database holds, decoded afresh (plain articles, claims in article order,
        file records); None when the snapshot cannot give them all (no meta, two files sharing bytes, or a
        claim whose article is not stored)."""
        if self.meta is None or len(self._files) != self._file_count:
            return None
        split = _PASSAGES_POSITION
        articles: list[Article] = []
        claims: list[Claim] = []
        with gc_paused():
            for article_id, stored in self.articles.items():
                passage_rows, claim_rows = self._piece(self._where[article_id])
                values = [getattr(stored, name) for name in HEAD_FIELDS]
                passages = [self._decode_passage(row) for row in passage_rows]
                articles.append(Article(*values[:split], passages, *values[split:]))
                claims.extend(self._decode_claim(row) for row in claim_rows)
            files = [self._decode_file(self._piece(where)) for where in self._files.values()]
        if len(claims) != self.claim_count:
            return None  # a claim of no stored article sits in no article's piece: only the JSON has it
        return articles, claims, files

    def subject_claim_counts(self) -> dict[str | None, int]:
        return {key or None: count for key, (_chunks, count, _with_figures) in self._subjects.items()}

    def figure_claim_counts(self) -> dict[str | None, int]:
        return {key or None: with_figures for key, (_chunks, _n, with_figures) in self._subjects.items() if with_figures}

    def _subject_chunk(self, key: str, number: int) -> list[Claim]:
        found = self._subject_chunks.get((key, number))
        if found is None:
            where, _count = self._subjects[key][0][number]
            with gc_paused():
                found = self._subject_chunks[key, number] = [self._decode_claim(row) for row in self._piece(where)]
        return found

    def claims_page(self, subject: str | None, start: int, stop: int) -> list[Claim]:
        """Claims ``start:stop`` of a subject in display order, decoding only the pieces that hold them."""
        key = subject or NO_SUBJECT
        if key not in self._subjects:
            return []
        found: list[Claim] = []
        first = start // CLAIM_CHUNK
        for number in range(first, len(self._subjects[key][0])):
            if number * CLAIM_CHUNK >= stop:
                break
            found.extend(self._subject_chunk(key, number))
        return found[start - first * CLAIM_CHUNK : stop - first * CLAIM_CHUNK]

    def claims_about(self, subject: str | None) -> list[Claim]:
        key = subject or NO_SUBJECT
        return self.claims_page(subject, 0, self._subjects[key][1]) if key in self._subjects else []

    def all_claims(self) -> list[Claim]:
        """Every claim, in stored order within each subject."""
        return [claim for key in self._subjects for claim in self.claims_about(key or None)]


def load_read_cache(db_path: Path) -> Snapshot | None:
    """The snapshot if it matches the database exactly; None means "read the JSON"."""
    path = read_cache_path(db_path)
    try:
        with gc_paused():
            return _open(path, db_path)
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        return None


def _current_header(handle: BinaryIO, db_path: Path) -> dict[str, Any] | None:
    """The snapshot's header if it was written for this very database file, else None."""
    header_size = int.from_bytes(handle.read(LENGTH_BYTES), "little")
    if not 0 < header_size < 1 << 20:
        return None  # not a header we wrote
    header = marshal.loads(handle.read(header_size))
    if (
        not isinstance(header, dict)
        or header.get("version") != CACHE_VERSION
        or tuple(header.get("stamp", ())) != db_stamp(db_path)
        or header.get("layout") != all_layouts()
    ):
        return None
    header["size"] = header_size
    return header


def snapshot_is_current(db_path: Path) -> bool:
    """True when a snapshot was written for this exact database file, which proves the file is
    one ingest wrote and left whole; checking that costs one small read, not a JSON parse."""
    try:
        with open(read_cache_path(db_path), "rb") as handle:
            return _current_header(handle, db_path) is not None
    except (OSError, ValueError, EOFError, TypeError):
        return False


def current_generation(db_path: Path) -> str | None:
    """The generation of the database's snapshot if it is current (one small read), else None."""
    try:
        with open(read_cache_path(db_path), "rb") as handle:
            header = _current_header(handle, db_path)
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return None if header is None else header.get("generation")


def _open(path: Path, db_path: Path) -> Snapshot | None:
    with open(path, "rb") as handle:
        # marshal.load() on a file object reads in tiny pieces (seconds for 100 MB), so each
        # part is length-prefixed, read whole, then parsed from bytes.
        header = _current_header(handle, db_path)  # a stale snapshot is rejected unread
        if header is None:
            return None
        header_size = header["size"]
        index_size = int.from_bytes(handle.read(LENGTH_BYTES), "little")
        index_part = marshal.loads(handle.read(index_size))
        base = 2 * LENGTH_BYTES + header_size + index_size
        size = os.fstat(handle.fileno()).st_size
        if size != base + index_part["pieces_size"]:
            return None  # cut short or grown: not the file we wrote
        pieces = PieceReader(path)
    return Snapshot(header["generation"], index_part, pieces, base, header.get("meta"))


class PieceReader:
    """Reads byte ranges of the snapshot with ``os.pread``.

    Not a memory map: touching a mapped page that is not in memory faults to
    disk while holding the GIL, which froze the UI thread for tens of
    milliseconds when a search worker read its hits' articles; ``pread``
    releases the GIL while the disk works.  The descriptor keeps the file
    that was opened, so a re-ingest replacing it does not disturb a running app.
    """

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_RDONLY)
        weakref.finalize(self, os.close, self._fd)
        self.fd = self._fd

    def read(self, offset: int, length: int) -> bytes:
        data = os.pread(self._fd, length, offset)
        if len(data) != length:
            raise ValueError("snapshot piece cut short")  # the file changed size under us
        return data


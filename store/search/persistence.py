"""Saving the index parts to one file and opening them again (memory-mapped; see ``container``)."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import numpy as np

from store.search import forward
from store.search.builder import Facet, IndexParts, Postings, ResumeState
from store.search.container import IndexFileError, read_container, write_container
from store.search.highlight import ChunkTable
from store.search.strings import StringColumn
from store.search.titles import TitleIndex
from store.search.vocabulary import Vocabulary

# 3: "%" and "pct" index as "percent", "11k" as "11000"; 4: "12 000", "twelve thousand" as "12000";
# 5: titles' terms (headline search).
# 6: kanji and kana indexed as pairs of characters.
FORMAT_VERSION = 13  # 7: what adding passages needs (``incremental``); 8: Slavic stems, "D.P.R.K.", "12 тысяч"
# 9: "3bn", "2mn" and "$1.5 bn" as figures; traditional hanzi folded to simplified.
# 10: emoji and pictographs as terms ("🚂", "🇰🇵").
# 11: currency signs as terms ("$" as "dollar", "€" as "euro"); "1.5m" one term.
# 13: "12 Tsd.", "12 mil", "12 mila", "12 tys." as figures.
_STRING_COLUMNS = ("passage_ids", "texts", "article_ids", "titles", "chunks")
_FACETS = ("outlets", "topics", "claimants")


def save_parts(parts: IndexParts, path: Path, generation: str | None) -> None:
    header, arrays = parts_arrays(parts)
    write_container(Path(path), {**header, "generation": generation}, arrays)


def parts_arrays(parts: IndexParts) -> tuple[dict, dict[str, np.ndarray]]:
    """(header without the generation, named arrays): what ``save_parts`` writes."""
    p = parts
    arrays: dict[str, np.ndarray] = {f"vocab.{k}": v for k, v in p.vocabulary.to_arrays().items()}
    arrays |= {
        "postings.ptr": p.postings.ptr,
        "postings.docs": p.postings.docs,
        "postings.impact": p.postings.impact,
        "forward.ptr": p.forward_ptr,
        "forward.terms": p.forward_terms,
        "doc_article": p.doc_article,
        "article_outlet": p.article_outlet,
    }
    arrays |= p.title_index.to_arrays()
    arrays["chunks.term_ptr"], arrays["chunks.chunk_ids"] = p.chunks.term_ptr, p.chunks.chunk_ids
    for name, column in (
        ("passage_ids", p.passage_ids), ("texts", p.texts), ("article_ids", p.article_ids), ("titles", p.titles),
        ("chunks", p.chunks.chunks),
    ):  # fmt: skip
        arrays[f"{name}.blob"], arrays[f"{name}.offsets"] = column.to_arrays()
    facets = {}
    for name in _FACETS:
        facet = getattr(p, name)
        arrays[f"{name}.ptr"], arrays[f"{name}.docs"] = facet.ptr, facet.docs
        facets[name] = facet.names
    if p.resume is not None:
        arrays["resume.text_batches"] = p.resume.text_batches
        arrays["resume.chunk_term_ptr"], arrays["resume.chunk_terms"] = p.resume.chunk_term_ptr, p.resume.chunk_terms
    header = {
        "format": FORMAT_VERSION, "avgdl": p.avgdl, "facets": facets,
        "batch_chars": forward._BATCH_CHARS,  # batches number terms: another size, and a later build starts over
        "built_by": code_fingerprint(),
    }  # fmt: skip
    return header, arrays


def load_parts(path: Path, *, expect_generation: str | None = None) -> tuple[IndexParts, str | None]:
    """The parts of a saved index and the generation it records.  Raises IndexFileError if unusable or stale."""
    header, arrays = read_container(Path(path))
    if header.get("format") != FORMAT_VERSION:
        raise IndexFileError(f"{path}: search index format {header.get('format')} is not {FORMAT_VERSION}")
    if expect_generation is not None and header.get("generation") != expect_generation:
        raise IndexFileError(f"{path}: search index is stale (built for another version of the database)")
    try:
        vocab = Vocabulary.from_arrays({k.removeprefix("vocab."): v for k, v in arrays.items() if k.startswith("vocab.")})
        columns = {name: StringColumn.from_arrays(arrays[f"{name}.blob"], arrays[f"{name}.offsets"]) for name in _STRING_COLUMNS}
        chunk_column = columns.pop("chunks")
        facets = {
            name: Facet(names=list(header["facets"][name]), ptr=arrays[f"{name}.ptr"], docs=arrays[f"{name}.docs"])
            for name in _FACETS
        }
        parts = IndexParts(
            vocabulary=vocab,
            postings=Postings(ptr=arrays["postings.ptr"], docs=arrays["postings.docs"], impact=arrays["postings.impact"]),
            forward_ptr=arrays["forward.ptr"],
            chunks=ChunkTable(chunk_column, arrays["chunks.term_ptr"], arrays["chunks.chunk_ids"]),
            forward_terms=arrays["forward.terms"],
            doc_article=arrays["doc_article"],
            article_outlet=arrays["article_outlet"],
            title_index=TitleIndex.from_arrays(arrays),
            avgdl=float(header["avgdl"]),
            resume=_resume_state(header, arrays),
            **columns,
            **facets,
        )
    except KeyError as exc:
        raise IndexFileError(f"{path}: search index lacks {exc}") from exc
    titles = parts.title_index
    if (
        len(parts.forward_ptr) != len(parts.passage_ids) + 1
        or len(parts.postings.ptr) != len(vocab) + 1
        or len(titles.postings_ptr) != len(vocab) + 1
        or len(titles) != len(parts.article_ids)
    ):
        raise IndexFileError(f"{path}: search index is inconsistent")
    return parts, header.get("generation")


def _resume_state(header: dict, arrays: dict[str, np.ndarray]) -> ResumeState | None:
    """The saved build's state for going on from it, if it was kept, batches are still cut the same
    and the same code built it (other tokenising would not give what a full build gives now)."""
    if header.get("batch_chars") != forward._BATCH_CHARS or "resume.text_batches" not in arrays:
        return None
    if not header.get("built_by") or header.get("built_by") != code_fingerprint():
        return None
    return ResumeState(arrays["resume.text_batches"], arrays["resume.chunk_term_ptr"], arrays["resume.chunk_terms"])


@cache
def code_fingerprint() -> str:
    """A digest of the search package's sources ("" if they cannot be read).

    An index is extended only by the code that built it: a tokeniser change that forgot to
    raise ``FORMAT_VERSION`` then costs one full build, never an index tokenised two ways.
    """
    digest = hashlib.sha256()
    try:
        for source in sorted(Path(__file__).parent.glob("*.py")):
            digest.update(source.name.encode())
            digest.update(source.read_bytes())
    except OSError:
        return ""
    return digest.hexdigest()[:16]

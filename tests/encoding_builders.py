"""Building files for the encoding tests: an article as plain text or a page, read the way ingest reads it."""

from __future__ import annotations

from pathlib import Path

from store.normalise import normalise_bytes, read_source


def article_text(title: str, *paragraphs: str) -> str:
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def article_page(meta: str, title: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head>{meta}<title>{title}</title></head><body><article><h1>{title}</h1>{body}</article></body></html>\n"


def read_as_ingest(tmp_path: Path, name: str, data: bytes):  # type: ignore[no-untyped-def]
    """The file as ingest reads it: from disk, through ``read_source`` and the whole pipeline."""
    path = tmp_path / name
    path.write_bytes(data)
    return normalise_bytes(read_source(path), name, suffix=path.suffix.lower())


def passage_texts(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for article in result.articles for p in article.passages]

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


def all_text(result) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(passage_texts(result))


def normalise_file(data: bytes, name: str = "a.txt"):  # type: ignore[no-untyped-def]
    """The pipeline on ``data`` saved as ``name``: its suffix as the name gives it."""
    return normalise_bytes(data, name, suffix="." + name.rsplit(".", 1)[1])


def story_text(story: tuple[str, ...]) -> str:
    """A story (its title, then its paragraphs) as a plain-text article."""
    return article_text(*story)


def assert_story_reads(result, story: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    """The first article has the story's title and holds each of its paragraphs."""
    assert result.articles, "no article"
    assert result.articles[0].title == story[0], result.articles[0].title
    text = all_text(result)
    for paragraph in story[1:]:
        assert paragraph in text, (paragraph, text)


def seen_through(text: str, codepage: str) -> str:
    """UTF-8 of ``text`` read through a single-byte ``codepage`` as a browser does (a byte the codepage
    leaves undefined shows as the C1 control of its value)."""
    return "".join(bytes([byte]).decode(codepage, errors="ignore") or chr(byte) for byte in text.encode("utf-8"))

"""A Jupyter notebook (``.ipynb``): an analyst's write-up, its prose in Markdown cells between code.

A notebook is JSON: ``{"cells": [{"cell_type": "markdown", "source": [...]}, ...], "metadata": ...}``.
Read as plain text, its keys, brackets and escaped newlines would stand in the text.  The Markdown
cells, in order, are the article (the first heading, when it opens the notebook, is its title);
code cells and what they printed are no prose, and go to the audit.
"""

from __future__ import annotations

import re

from store.normalise.feed_fields import Item

_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\n]{0,600}\)")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MAX_AUDIT_CHARS = 2000  # a cell's output can be megabytes of data: the audit keeps its start


def is_notebook(data: object) -> bool:
    """A notebook's JSON: a "cells" list of objects with a "cell_type"."""
    if not isinstance(data, dict):
        return False
    cells = data.get("cells")
    return isinstance(cells, list) and bool(cells) and all(isinstance(cell, dict) and "cell_type" in cell for cell in cells)


def notebook_items(data: dict) -> list[Item]:
    """The notebook as one item: its Markdown cells' text, its title from its metadata or first heading."""
    metadata = data.get("metadata") if isinstance(data.get("metadata"), dict) else {}
    title = metadata.get("title") if isinstance(metadata.get("title"), str) else None
    authors = metadata.get("authors")
    author = ", ".join(a["name"] for a in authors if isinstance(a, dict) and isinstance(a.get("name"), str)) if isinstance(authors, list) else None
    paragraphs: list[str] = []
    removed: list[tuple[str, str]] = []
    for cell in data["cells"]:
        source = _joined(cell.get("source"))
        kind = cell.get("cell_type")
        if kind != "markdown":
            if source.strip():
                removed.append(("notebook-code" if kind == "code" else "notebook-cell", source.strip()[:_MAX_AUDIT_CHARS]))
            for output in cell.get("outputs") or []:
                if isinstance(output, dict) and (printed := _output_text(output)).strip():
                    removed.append(("notebook-output", printed.strip()[:_MAX_AUDIT_CHARS]))
            continue
        for line in source.split("\n"):
            heading = _HEADING.match(line)
            if heading is not None:
                text = _plain(heading[2])
                if title is None and not any(p.strip() for p in paragraphs):
                    title = text  # the heading that opens the notebook names it
                    continue
                paragraphs += ["", text, ""]
            else:
                paragraphs.append(_plain(line))
        paragraphs.append("")
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(paragraphs)).strip("\n")
    return [Item(line=1, title=title, author=author or None, body=body, removed=removed)]


def _joined(source: object) -> str:
    """A cell's source, stored as one string or as a list of lines (each keeping its newline)."""
    if isinstance(source, str):
        return source
    if isinstance(source, list):
        return "".join(part for part in source if isinstance(part, str))
    return ""


def _output_text(output: dict) -> str:
    """What a code cell printed: a stream's text, or a result's plain-text form (never its images)."""
    if "text" in output:
        return _joined(output["text"])
    data = output.get("data")
    return _joined(data.get("text/plain")) if isinstance(data, dict) else ""


def _plain(line: str) -> str:
    """A Markdown line's words: links by their text, emphasis marks gone."""
    if "[" in line:
        line = _LINK.sub(r"\1", line)
    if "**" in line or "__" in line:
        line = _EMPHASIS.sub(r"\2", line)
    return line.rstrip()

"""A Jupyter notebook (``.ipynb``): an analyst's write-up, its prose in Markdown cells between code.

A notebook is JSON: ``{"cells": [{"cell_type": "markdown", "source": [...]}, ...], "metadata": ...}``.
Read as plain text, its keys, brackets and escaped newlines would stand in the text.  The Markdown
cells, in order, are the article (the first heading, when it opens the notebook, is its title);
code cells and what they printed are no prose, and go to the audit.

A notebook whose JSON is broken (cut short by a failed sync, a comma lost in a hand edit) still holds
each cell's type and source as JSON strings: those are read one by one, and the break goes on record.
"""

from __future__ import annotations

import json
import re

from store.normalise.feed_fields import Item

_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\n]{0,600}\)")
_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MAX_AUDIT_CHARS = 2000  # a cell's output can be megabytes of data: the audit keeps its start
_LOOKS_LIKE_NOTEBOOK = re.compile(r'\A\s*\{\s*"(?:cells|metadata|nbformat)"')
_CELL_TYPE = re.compile(r'"cell_type"\s*:\s*"(\w{1,20})"')
_SOURCE = re.compile(r'"source"\s*:\s*(\[?)\s*')
_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*"')
_PRINTED = re.compile(r'"(?:text|text/plain)"\s*:\s*(\[?)\s*')
_STRING_GAP = re.compile(r"\s*,?\s*")
_UNCLOSED_STRING = re.compile(r'"(?:[^"\\\n]|\\.)*\Z')  # a file cut short inside the last line of a cell


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


def broken_notebook(text: str) -> tuple[dict, str] | None:
    """A notebook whose JSON does not parse: its cells (type and source) read one by one, and where
    the JSON breaks; None when ``text`` is no notebook or parses (the JSON reader has it then)."""
    if _LOOKS_LIKE_NOTEBOOK.match(text) is None or '"cell_type"' not in text:
        return None
    try:
        json.loads(text)
    except (ValueError, RecursionError) as error:
        where = f"line {error.lineno}, column {error.colno}: {error.msg}" if isinstance(error, json.JSONDecodeError) else str(error)
    else:
        return None
    starts = list(_CELL_TYPE.finditer(text))
    cells = []
    for number, start in enumerate(starts):
        end = starts[number + 1].start() if number + 1 < len(starts) else len(text)
        source = _SOURCE.search(text, start.end(), end)
        if source is not None:
            cell = {"cell_type": start[1], "source": _strings(text, source.end(), end, listed=bool(source[1]))}
            # (what a code cell printed, its streams' and results' text, goes to the audit as it would unbroken)
            printed = [] if start[1] == "markdown" else _PRINTED.finditer(text, start.end(), end)
            cell["outputs"] = [{"text": _strings(text, found.end(), end, listed=bool(found[1]))} for found in printed]
            cells.append(cell)
    return {"cells": cells}, where


def _strings(text: str, position: int, end: int, *, listed: bool) -> list[str]:
    """The JSON strings from ``position`` on: one, or a list's until it closes (or the cell ends)."""
    found: list[str] = []
    while position < end:
        string = _STRING.match(text, position, end)
        if string is None:
            unclosed = _UNCLOSED_STRING.match(text, position)
            if unclosed is not None:
                found.append(_decoded(unclosed[0] + '"'))
            break
        found.append(_decoded(string[0]))
        if not listed:
            break
        position = _STRING_GAP.match(text, string.end(), end).end()
    return found


def _decoded(literal: str) -> str:
    try:
        value = json.loads(literal)
    except ValueError:  # a bad escape: the line as written, without its quotes
        return literal[1:-1]
    return value if isinstance(value, str) else ""

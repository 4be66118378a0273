"""A news API's JSON answer, a JSON Lines export, or JSON served as a script (JSONP, "var data = ...").

Each is read into the items of ``feed_fields``; a JSON Lines record that did not parse is kept out of
the articles but goes to the audit.
"""

from __future__ import annotations

import json
import re

from store.normalise.feed_fields import Item, json_items
from store.normalise.reddit_listings import reddit_items
from store.normalise.notebooks import broken_notebook, is_notebook, notebook_items


def _json_lines(text: str) -> tuple[list[object], list[tuple[int, str]]] | None:
    """JSON Lines (NDJSON): one JSON object per line, as exports and log-style dumps write them.

    Returns the records and the (source line, text) of lines that did not parse: a record cut short
    (the last of a file cut short, or one a log writer truncated) or damaged.  Read when most lines
    are objects, every line that did not parse opens like one, and there are two records or more;
    anything else is no JSON this reader knows.
    """
    if text[0] != "{":
        return None
    records: list[object] = []
    broken: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        line = line.lstrip("\ufeff\f")  # (files joined end to end keep each one's mark)
        try:
            record = json.loads(line)
        except (ValueError, RecursionError):
            if not line.lstrip().startswith("{"):
                return None
            broken.append((number, line.strip()))
            continue
        if not isinstance(record, dict):
            return None
        records.append(record)
    if len(records) < 2 or len(broken) > len(records):
        return None
    return records, broken


# An API answer saved as the script it was served as: JSONP's "callback({...});" or an assignment
# ("var data = [...];", "window.__DATA__ = {...}").  The JSON inside is the answer.
_SCRIPT_WRAPPER = re.compile(
    r"\A\s*(?:/\*\*/\s*)?(?:(?:(?:var|let|const)\s+)?[A-Za-z_$][\w$.]{0,80}\s*=\s*|[A-Za-z_$][\w$.]{0,80}\s*\(\s*)(?=[\[{])"
)
_WRAPPER_END = re.compile(r"[)\s;]*\Z")


def _without_script_wrapper(text: str) -> str:
    if (found := _SCRIPT_WRAPPER.match(text, 0, 200)) is None:
        return text
    inner = text[found.end() :]
    end = _WRAPPER_END.search(inner)
    inner = inner[: end.start()] if end else inner
    if found.group(0).rstrip().endswith("(") and inner.endswith(")"):
        inner = inner[:-1]
    return inner


def json_container(text: str) -> tuple[str, list[Item]] | None:
    stripped = text.lstrip()
    if stripped[:1] not in ("[", "{", "") and _SCRIPT_WRAPPER.match(stripped, 0, 200):
        stripped = _without_script_wrapper(stripped)
    if not stripped or stripped[0] not in "[{":
        return None
    broken: list[tuple[int, str]] = []
    try:
        data = json.loads(stripped)
    except (ValueError, RecursionError):  # not JSON, or nested deeper than any API answer
        if (notebook := _broken_notebook_items(stripped)) is not None:
            return "json", notebook
        lines = _json_lines(stripped)
        if lines is None:
            return None
        data, broken = lines
    if (reddit := reddit_items(data, text)) is not None:
        return "reddit", reddit
    items = json_items(data, text)
    if not items:
        return None
    # A record that did not parse is left out, but its text goes to the audit.
    items += [Item(line=number, body=record, left_out=True) for number, record in broken]
    return "json", items


def _broken_notebook_items(text: str) -> list[Item] | None:
    """A notebook whose JSON is broken, read cell by cell, with where it breaks on record (None: no such
    notebook, or no cell could be read)."""
    if (found := broken_notebook(text)) is None or not is_notebook(found[0]):
        return None
    items = notebook_items(found[0])
    if not items[0].body.strip():
        return None
    items[0].removed.insert(0, ("broken-json", f"the notebook's JSON is broken at {found[1]}; its cells were read one by one"))
    return items

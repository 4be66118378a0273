"""Standard output for the verbs' results: UTF-8 data whatever the locale, JSON streamed row by row.

Split from ``cli``: how bytes reach stdout, apart from which verb makes them.
"""

from __future__ import annotations

import codecs
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from store.cli_progress import progress_line
from store.printable import READABLE_ERRORS, json_safe


def stdout_is_utf8() -> bool:
    try:
        return codecs.lookup(sys.stdout.encoding or "ascii").name == "utf-8"
    except LookupError:
        return False


def write_data(text: str) -> None:
    """Write JSON or an export to standard output as UTF-8, whatever the locale says.

    JSON and the export formats are UTF-8 by definition (a file export is written so too).  Under
    LANG=C without UTF-8 (an old cron, a minimal container) stdout is ASCII, and the first "è" of
    a French article ended the verb with a traceback.
    """
    if stdout_is_utf8() or not hasattr(sys.stdout, "buffer"):
        sys.stdout.write(text)
    else:
        sys.stdout.flush()  # what a table or a line before it wrote goes out first
        sys.stdout.buffer.write(text.encode("utf-8"))


def tables_survive_any_locale() -> None:
    """Tables are for reading: where stdout cannot encode a character it prints as an ASCII stand-in ("~"
    for "≈") or its escape (\\u011f) instead of ending the verb with UnicodeEncodeError.  (Rich draws ASCII
    boxes there by itself.)"""
    if not stdout_is_utf8() and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors=READABLE_ERRORS)


class JsonSafeOutput:
    """Standard output for ``json.dump``, written through ``json_safe`` some 64k characters at a time
    (json.dump writes a piece per key and value: millions for a big corpus, each too small to translate alone)."""

    BATCH_CHARS = 1 << 16

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self._size = 0

    def write(self, piece: str) -> None:
        self._pieces.append(piece)
        self._size += len(piece)
        if self._size >= self.BATCH_CHARS:
            self.flush()

    def flush(self) -> None:
        write_data(json_safe("".join(self._pieces)))
        self._pieces.clear()
        self._size = 0


@dataclass(frozen=True, slots=True)
class RowStream:
    """A JSON list whose rows are made one at a time as they are written: ten thousand articles made
    at once, with their passages, took gigabytes and half a minute before the first byte came out."""

    items: Sequence[Any]
    make_row: Callable[[Any], Any]
    noun: str


def dump_rows(rows: RowStream, output: JsonSafeOutput) -> None:
    """Write ``rows`` as ``json.dump(list, indent=2)`` would, byte for byte, reporting progress."""
    if not rows.items:
        output.write("[]")
        return
    output.write("[\n")
    with progress_line() as progress:
        for done, item in enumerate(rows.items, 1):
            # A row nested in the list is indented one level more; no line break stands inside a JSON string.
            output.write("  " + json.dumps(rows.make_row(item), ensure_ascii=False, indent=2).replace("\n", "\n  "))
            output.write(",\n" if done < len(rows.items) else "\n]")
            progress(f"Writing {rows.noun}", done, len(rows.items))

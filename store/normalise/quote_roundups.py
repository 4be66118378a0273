"""A plain-text or Markdown roundup of what outlets said: one paragraph per outlet, opened by its name.

An analyst's note, a newsletter's "what the wires said" or a copied press review runs
"**Reuters:** …", "Yonhap: …", "- **AP**: …" paragraph after paragraph.  Read as one article it is
credited to nobody (or to the last outlet named) and every outlet's figure becomes one claimant's.
As the HTML aggregator rule does for a page of cards, each such paragraph is an article of the outlet
it names, when at least three paragraphs open with the names of at least three outlets the outlet table
knows (a transcript's "Q:" or a speaker's "Kirby:" names no outlet) and those paragraphs are most of the
text.  A paragraph with no label under an outlet's paragraph carries on that outlet's quote; the
roundup's own heading and lead above the first outlet go to the audit, and a date they print dates
each quote.
"""

from __future__ import annotations

import re

from store.normalise.containers import Unpacked, render_item
from store.normalise.dates import find_date
from store.normalise.feed_fields import Item
from store.normalise.outlets import OutletTable, outlet_table

# "**Reuters:** …", "__Yonhap__: …", "- **AP** — …", "Kyiv Independent: …": a short name, then a colon or a dash, opening a paragraph.
_LABEL = re.compile(
    r"(?:[-*•]\s+)?(?:\*\*|__)?(?P<name>[^\W\d_][^:*_\n—–]{0,40}?)(?:\s*\((?P<note>[^()\n]{1,40})\))?"
    r"(?:\*\*|__)?\s*(?::|\s[—–]\s)\s*(?:\*\*|__)?\s*(?P<text>\S.*)",
    re.DOTALL,
)
_BULLET = re.compile(r"[-*•]\s")
_MIN_OUTLETS = 3
_MAX_NAME_WORDS = 6


def quote_roundup_items(text: str) -> Unpacked | None:
    """The roundup's paragraphs as container items, one article per outlet; None for any other text."""
    table = outlet_table()
    if len(_outlets_opening_lines(text, table)) < _MIN_OUTLETS:
        return None  # told before splitting: most texts open no line with an outlet's name, let alone three
    paragraphs = [(number, block, _labelled_outlet(block, table)) for number, block in _blocks(text)]
    opened = [n for n, (_, _, outlet) in enumerate(paragraphs) if outlet is not None]
    outlets = {paragraphs[n][2] for n in opened}
    if len(opened) < _MIN_OUTLETS or len(outlets) < _MIN_OUTLETS:
        return None
    quoted_words = sum(len(p[1].split()) for p in paragraphs[opened[0] :])
    if 2 * quoted_words < sum(len(p[1].split()) for p in paragraphs):
        return None  # a story that names a few outlets in passing: the story is the text
    unpacked = Unpacked("quote-roundup", discarded_reason="roundup-heading")
    unpacked.discarded.extend((number, block) for number, block, _ in paragraphs[: opened[0]])
    # A date in the roundup's heading ("Press review, 14 January 2025") is the day of the coverage it collects.
    day = next((found.raw for _, block, _ in paragraphs[: opened[0]] if (found := find_date(block)) is not None and found.iso), None)
    for n, start in enumerate(opened):
        stop = opened[n + 1] if n + 1 < len(opened) else len(paragraphs)
        number, block, outlet = paragraphs[start]
        found = _LABEL.fullmatch(block)
        assert found is not None  # (the label was read from this very paragraph)
        body = [" ".join(found["text"].replace("**", "").split())] + [p[1] for p in paragraphs[start + 1 : stop]]
        item = Item(line=number, outlet=outlet, published=day, body="\n\n".join(body))
        item.removed.append(("roundup-label", block[: found.start("text")].strip()))
        render_item(item, unpacked)
    return unpacked


_LONGEST_LABEL = 60


def _outlets_opening_lines(text: str, table: OutletTable) -> set[str]:
    """The outlets named by lines' labels ("**Reuters:**", "- Yonhap —"), up to three: found with plain string
    searches, a regular expression at every line start costing more than the rest of the rule."""
    named: set[str] = set()
    dashed = " — " in text or " – " in text
    for line in text[:200_000].split("\n"):
        end = line.find(":", 0, _LONGEST_LABEL)
        if end < 0 and (not dashed or ((end := line.find(" — ", 0, _LONGEST_LABEL)) < 0 and (end := line.find(" – ", 0, _LONGEST_LABEL)) < 0)):
            continue
        label = line[:end].strip(" \t-*•_")
        if label.endswith(")") and "(" in label:
            label = label[: label.rfind("(")].rstrip(" *_")  # "Reuters (Jan 14):"
        if label[:1].isalpha() and len(label.split()) <= _MAX_NAME_WORDS and (known := table.lookup(label)) is not None:
            named.add(known.name)
            if len(named) >= _MIN_OUTLETS:
                break
    return named


def _blocks(text: str) -> list[tuple[int, str]]:
    """(first source line, text) of each paragraph; each bulleted line opens one of its own (a list of quotes)."""
    blocks: list[tuple[int, str]] = []
    lines: list[str] = []
    first = 0
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip() or _BULLET.match(line.lstrip()):
            if lines:
                blocks.append((first, "\n".join(lines).strip()))
            lines = []
            if not line.strip():
                continue
        if not lines:
            first = number
        lines.append(line)
    if lines:
        blocks.append((first, "\n".join(lines).strip()))
    return blocks


def _labelled_outlet(paragraph: str, table: OutletTable) -> str | None:
    """The outlet a paragraph's label names ("**Reuters:** …" -> "Reuters"), when the table knows it."""
    found = _LABEL.fullmatch(paragraph)
    if found is None or len(found["name"].split()) > _MAX_NAME_WORDS:
        return None
    known = table.lookup(found["name"].strip())
    return known.name if known is not None else None

"""Splitting a file into articles.

Exports from feed readers and read-later apps mark items in a handful of ways:
rule lines (``---``, ``* * *``, ``====``), form feeds, counters ("Article 3 of
12"), closing lines ("Read the original article on X", "Originally published
at X") and repeated per-item header lines (outlet, date, byline, "Source:
X").  Any of these can also occur inside a single article (a scene break, a
date line), so a boundary is only taken when the text before it holds prose
and the text after it opens like an item: a title or a header.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from store.normalise.furniture import cut_sections
from store.normalise.shapes import is_separator_line, is_title_like
from store.normalise.units import Unit

_COUNTER = re.compile(
    r"[\[(#]?\s*(?:(?:article|item|story|entry|post|no\.?|number)\s*#?\s*)?\d{1,4}\s*(?:of|/)\s*\d{1,4}\s*[\])]?[.:]?"
    r"|(?:article|item|story|entry|post)\s*#?\s*\d{1,4}[.:]?",
    re.IGNORECASE,
)


@dataclass(slots=True)
class Segment:
    units: list[Unit]
    listing_outlets: list[str] = field(default_factory=list)


def _kept(units: Sequence[Unit]) -> list[Unit]:
    return [u for u in units if u.removed is None]


def _has_prose(units: Sequence[Unit], start: int = 0, stop: int | None = None) -> bool:
    stop = len(units) if stop is None else stop
    return any(units[i].removed is None and units[i].is_prose() for i in range(start, stop))


def _opens_item(units: Sequence[Unit], start: int = 0) -> bool:
    """Does the stretch from ``start`` open like a new item: a counter, a header, or a title?"""
    for i in range(start, len(units)):
        unit = units[i]
        if unit.removed == "item-counter":
            return True
        if unit.removed is not None:
            continue
        header = unit.header()
        return unit.heading_level > 0 or (header is not None and not header.soft) or is_title_like(unit.text)
    return False


def _has_header(units: Sequence[Unit]) -> bool:
    return any((h := u.header()) is not None and not h.soft for u in _kept(units))


def mark_markers(units: Sequence[Unit]) -> None:
    """Separator lines and item counters are removed from the text wherever they are."""
    for unit in units:
        if unit.removed is not None:
            continue
        if is_separator_line(unit.text):
            unit.removed = "separator"
        elif len(unit.text) <= 40 and _COUNTER.fullmatch(unit.text):
            unit.removed = "item-counter"


def _hard_boundaries(units: Sequence[Unit]) -> list[int]:
    """Indices where a new item may start, by markers and closing lines."""
    candidates: list[int] = []
    for i, unit in enumerate(units):
        if unit.removed == "separator" or unit.action == "end-of-item":
            candidates.append(i + 1)
        elif unit.removed == "item-counter" or unit.form_feed:
            candidates.append(i)
    return sorted({c for c in candidates if 0 < c < len(units)})


def _accept(units: Sequence[Unit], boundaries: list[int]) -> list[list[Unit]]:
    """Cut at the boundaries where prose (or a preamble) precedes and an item follows.

    Prose counts come from a prefix sum and "the next kept unit" from a
    precomputed table, so a file with many rejected boundaries stays linear.
    """
    prose = [0]
    for unit in units:
        prose.append(prose[-1] + (unit.removed is None and unit.is_prose()))
    next_kept = [len(units)] * (len(units) + 1)
    for i in range(len(units) - 1, -1, -1):
        counter = units[i].removed == "item-counter"
        next_kept[i] = i if units[i].removed is None or counter else next_kept[i + 1]
    parts: list[list[Unit]] = []
    start = 0
    for n, b in enumerate(boundaries):
        following = boundaries[n + 1] if n + 1 < len(boundaries) else len(units)
        prose_before, prose_after = prose[b] > prose[start], prose[following] > prose[b]
        if (prose_before or not parts) and prose_after and (_closes_named_item(units, b) or _opens_item(units, next_kept[b])):
            parts.append(list(units[start:b]))
            start = b
    parts.append(list(units[start:]))
    return parts


def _closes_named_item(units: Sequence[Unit], boundary: int) -> bool:
    """Does a closing line that names the item's outlet ("Read the original article on X") end just before?

    Such a line ends an item even when the next one opens without a title a reader would recognise
    (its headline was furniture, or missing): without it the next item's text would be filed under
    this item's outlet.  A bare "Continue reading" names nothing and may sit mid-article.
    """
    closing = units[boundary - 1]
    return closing.action == "end-of-item" and closing.outlet_hint is not None


def _header_clusters(units: Sequence[Unit]) -> list[int]:
    """Start index of every per-item header group that opens an item.

    A group opens an item when it names a title ("Title: ...") or sits right
    under a title-like line (which then starts the item).  A date or byline
    line inside an article has prose above it, so it opens nothing.
    """
    starts: list[int] = []
    kept_positions = [i for i, u in enumerate(units) if u.removed is None]
    previous_was_header = False
    for n, i in enumerate(kept_positions):
        header = units[i].header()
        if header is None or header.soft:
            previous_was_header = False
            continue
        if not previous_was_header:
            if header.title is not None:
                starts.append(i)
            elif n > 0:
                above = kept_positions[n - 1]
                if is_title_like(units[above].text) and not units[above].is_prose():
                    starts.append(above)
            elif not starts:
                starts.append(i)
        previous_was_header = True
    return starts


def _split_on_headers(units: list[Unit]) -> list[list[Unit]]:
    starts = _header_clusters(units)
    if len(starts) < 2:
        return [units]
    parts: list[list[Unit]] = []
    cuts = [0, *starts, len(units)]
    for a, b in itertools.pairwise(cuts):
        if a < b:
            parts.append(units[a:b])
    # Only a split in which every item has prose stands; otherwise the header
    # lines were dates and bylines inside one article.
    if any(not _has_prose(p) for p in parts[1:]):
        return [units]
    return parts


def _merge_stray(parts: list[list[Unit]]) -> list[list[Unit]]:
    """A stretch without prose joins the next item when it carries header lines."""
    merged: list[list[Unit]] = []
    carry: list[Unit] = []
    for part in parts:
        if not _has_prose(part) and _has_header(part):
            carry.extend(part)
            continue
        merged.append(carry + part)
        carry = []
    if carry:
        if merged:
            merged[-1].extend(carry)
        else:
            merged.append(carry)
    return merged


def split_articles(units: Sequence[Unit]) -> list[Segment]:
    """Segments in file order; a segment without prose is not an article (see pipeline)."""
    mark_markers(units)
    segments: list[Segment] = []
    for part in _merge_stray(_accept(units, _hard_boundaries(units))):
        listing = cut_sections(part)
        pieces = _merge_stray(_split_on_headers(part))
        for k, piece in enumerate(pieces):
            segments.append(Segment(piece, listing if k == len(pieces) - 1 else []))
    return segments

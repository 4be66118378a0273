"""Bytes in, articles out: the normalising pipeline for one source file.

decode -> newlines -> mojibake repair -> character cleaning -> lines (Markdown
and HTML reduced to plain lines) -> units -> furniture -> articles ->
metadata and passage kinds.  Every step is linear in the size of the file,
and the same bytes always give the same result (ids derive from the bytes).
"""

from __future__ import annotations

import gc
from collections import Counter
from typing import TYPE_CHECKING

from store.errors import SourceError
from store.ids import sha256_hex
from store.models import NormalisedFile, Removal
from store.normalise.article import FileContext, assemble_article, orphan_removals
from store.normalise.characters import (
    clean_text,
    clean_text_counted,
    normalise_newlines,
    printable_lines,
)
from store.normalise.dates import numeric_order_evidence
from store.normalise.furniture import mark_line_furniture
from store.normalise.markdown import markdown_lines
from store.normalise.mojibake import MojibakeRepair, describe_repairs
from store.normalise.reading import HTML_SUFFIXES, decode_bytes
from store.normalise.splitting import split_articles
from store.normalise.units import LineInfo, build_units, lines_with_markup

if TYPE_CHECKING:
    from store.normalise.html import ExtractedPage

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})


def _clean_lines(text: str, repairs: list[str]) -> tuple[list[str], set[int], bool]:
    """Repair and clean the text, keeping one output line per source line.

    Returns the lines, the indices of those a form feed stood on, and whether
    every line is printable (``printable_lines``).  Codepage repair runs first
    (Latin-1 mojibake hides in C1 controls), then escape sequences and
    controls go, then ftfy (which would misread an 8-bit escape introducer as
    "›"), then our repair again for what ftfy exposed.  A pass is skipped when
    it provably changes nothing: the second codepage pass when nothing changed
    since the first, the final cleaning when no repair changed the cleaned
    text (cleaning is idempotent).
    """
    form_feeds = {i for i, line in enumerate(text.split("\n")) if "\f" in line} if "\f" in text else set()
    mojibake = MojibakeRepair(text)
    changed = mojibake.codepages()
    if changed:
        text = "\n".join(mojibake.lines)
    unbroken = normalise_newlines(text)  # a repair may have decoded a line separator
    printable = printable_lines(unbroken)
    cleaned, counts = clean_text_counted(unbroken, printable=printable)
    if cleaned != text:
        changed = True
        printable = printable_lines(cleaned)
        mojibake = MojibakeRepair(cleaned, mojibake.counts)
    repaired = mojibake.ftfy()
    if changed or repaired:
        repaired = mojibake.codepages() or repaired
    lines = mojibake.lines
    if repaired:
        text = clean_text("\n".join(lines))
        lines = text.split("\n")
        printable = printable_lines(text)
    repairs.extend(describe_repairs(mojibake.counts))
    for name, count in counts.items():
        if count:
            repairs.append(f"{name} x{count}")
    return lines, form_feeds, printable


def _html_lines(text: str, repairs: list[str], removals: list[Removal]) -> tuple[list[LineInfo], ExtractedPage]:
    from store.normalise.html import extract_page

    page = extract_page(text)
    repairs.append("html-extracted")
    for line, block in page.discarded:
        removals.append(Removal(reason="html-boilerplate", text=block, line=line))
    lines, form_feeds, _ = _clean_lines(normalise_newlines(page.text), repairs)
    return lines_with_markup(lines, form_feeds), page


def normalise_text(text: str, source_file: str, source_sha256: str, *, suffix: str = ".txt", encoding: str = "utf-8", repairs: list[str] | None = None) -> NormalisedFile:
    """Normalise already-decoded text (``normalise_bytes`` does the decoding)."""
    from store.normalise.html import looks_like_html

    repairs = list(repairs or [])
    removals: list[Removal] = []
    page: ExtractedPage | None = None
    if "\r" in text:
        repairs.append("crlf" if "\r\n" in text else "cr")
    text = normalise_newlines(text)
    lines: list[str] = []
    printable = False
    markup: list[LineInfo] | None = None
    form_feeds: set[int] = set()
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        markup, page = _html_lines(text, repairs, removals)
        markup, dropped = markdown_lines(markup)
    else:
        lines, form_feeds, printable = _clean_lines(text, repairs)
        if all(not line or line.isspace() for line in lines):
            raise SourceError(source_file, "contains no readable text (only control or escape sequences)")
        dropped = []
        if suffix in _MARKDOWN_SUFFIXES:
            markup, dropped = markdown_lines(lines_with_markup(lines, form_feeds))
    removals.extend(Removal(reason=reason, text=raw, line=line) for line, reason, raw in dropped)

    if markup is not None:
        units = build_units([info.text for info in markup], markup=markup)
    else:
        units = build_units(lines, form_feeds=form_feeds, printable=printable)
    lines, markup = [], None  # a huge file's lines are not needed twice over
    mark_line_furniture(units)
    context = FileContext(
        source_file=source_file,
        source_sha256=source_sha256,
        numeric_order=numeric_order_evidence(u.text for u in units if len(u.text) < 400),
        page=page.metadata if page else None,
    )
    articles = []
    segments = split_articles(units)
    for segment in segments:
        if not any(u.removed is None and u.is_prose() for u in segment.units):
            removals.extend(orphan_removals(segment.units))
            continue
        article, removed = assemble_article(segment, len(articles), context)
        articles.append(article)
        removals.extend(removed)
    if page is not None:
        # Lines of trafilatura's text mean nothing to a user: point into the page.
        for removal in removals:
            if removal.reason != "html-boilerplate":
                removal.line = page.source_line(removal.text.split("\n", 1)[0], removal.line)
    removals.sort(key=lambda r: r.line)
    return NormalisedFile(
        source_file=source_file,
        source_sha256=source_sha256,
        encoding=encoding,
        repairs=repairs,
        articles=articles,
        removed=removals,
    )


def normalise_bytes(data: bytes, source_file: str, *, suffix: str = ".txt") -> NormalisedFile:
    """Normalise one source file's bytes into articles, passages and an audit trail.

    Raises ``SourceError`` for empty, whitespace-only or binary content and
    for nothing else, whatever the bytes.
    """
    # Normalising allocates many short-lived objects and makes no reference cycles; the cyclic
    # collector would only walk the caller's heap (a forked worker's whole inherited heap) again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        decoded = decode_bytes(data, source_file)
        return normalise_text(
            decoded.text,
            source_file,
            sha256_hex(data),
            suffix=suffix.lower(),
            encoding=decoded.encoding,
            repairs=decoded.repairs,
        )
    finally:
        if collecting:
            gc.enable()


def summarise_removals(result: NormalisedFile) -> dict[str, int]:
    """Number of removed blocks per reason, for per-file summaries."""
    return dict(Counter(r.reason for r in result.removed))


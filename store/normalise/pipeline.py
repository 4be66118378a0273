"""Bytes in, articles out: the normalising pipeline for one source file.

decode -> newlines -> (feeds, API JSON, e-mails and pages of channel posts unpacked into items; subtitle
cues joined) -> mojibake repair -> character cleaning -> lines (Markdown and HTML reduced to plain lines,
mail quoting undone, transcripts' speaker stamps read) -> units (paged text's running lines and page breaks
repaired) -> furniture -> articles (a stream of dated posts split post by post; run-on paragraphs cut at
sentences) -> metadata and passage kinds.
Every step is linear in the size of the file, and the same bytes always give
the same result (ids derive from the bytes).
"""

from __future__ import annotations

import gc
import operator
from collections import Counter
from typing import TYPE_CHECKING

from store.errors import SourceError
from store.ids import sha256_hex
from store.models import NormalisedFile, Removal
from store.normalise.archive_pages import holds_archive_pages, normalise_archive_pages
from store.normalise.article import FileContext, assemble_article, orphan_removals
from store.normalise.characters import (
    normalise_newlines,
    unescape_stray_entities,
    without_terminal_noise,
)
from store.normalise.chat_logs import chat_log_lines
from store.normalise.community_notes import mark_community_notes
from store.normalise.line_cleaning import clean_lines
from store.normalise.container_lines import located_line_numbers
from store.normalise.containers import Unpacked, unpack_container
from store.normalise.dates import numeric_order_evidence
from store.normalise.embedded import without_inline_data, without_link_targets
from store.normalise.figure_notes import mark_figure_sources
from store.normalise.footnotes import has_footnote_marks, has_notes_heading, mark_page_footnotes
from store.normalise.furniture import mark_line_furniture
from store.normalise.hyphenation import document_words
from store.normalise.iso2022 import holds_iso2022
from store.normalise.mail import saved_page_html, unreadable_reason
from store.normalise.markdown import CAPTION_MARKER, markdown_lines
from store.normalise.pages import inferred_page_breaks, mark_folio_lines, pages_run_on, rejoin_around_furniture, repair_pages
from store.normalise.plain_markup import reduce_plain_markup
from store.normalise.posts import numbered_post_starts, post_starts
from store.normalise.quoting import unquote_mail_runs
from store.normalise.reading import CONTAINER_SUFFIXES, HTML_SUFFIXES, decode_bytes
from store.normalise.rtf import looks_like_rtf, rtf_text
from store.normalise.run_on import RUN_ON_LENGTH, split_run_on
from store.normalise.shapes import reads_as_sentence, reads_as_short_sentences, titled_sentence
from store.normalise.space_tables import aligned_table_rows
from store.normalise.file_segments import file_segments, stories_titled_apart
from store.normalise.link_lists import links_only_page, links_only_table
from store.normalise.link_posts import link_post_segment, linked_headline
from store.normalise.split_datelines import joined_lone_datelines
from store.normalise.splitting import bullet_list_article, headline_only
from store.normalise.subtitles import subtitle_lines
from store.normalise.tables import tab_table_rows, wrapped_pipe_rows
from store.normalise.transcript_stamps import speaker_stamp_turns
from store.normalise.transfer import without_quoted_printable
from store.normalise.two_columns import unfolded_two_columns
from store.normalise.units import LineInfo, build_units, lines_with_markup

if TYPE_CHECKING:
    from store.normalise.html import ExtractedPage

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
_TEXT_OF = operator.attrgetter("text")


def _html_lines(text: str, repairs: list[str], removals: list[Removal]) -> tuple[list[LineInfo], ExtractedPage]:
    from store.normalise.html import extract_page
    from store.normalise.left_out_reasons import left_out_reasons

    page = extract_page(text)
    repairs.extend(["html-extracted", *page.noise])
    if page.entities:
        repairs.append(f"html-entities x{page.entities}")
    for (line, block), reason in zip(page.discarded, left_out_reasons(page), strict=True):
        removals.append(Removal(reason=reason, text=block, line=line))
    lines, form_feeds, _ = clean_lines(normalise_newlines(page.text), repairs)
    return lines_with_markup(lines, form_feeds), page


def _container_lines(container: Unpacked, repairs: list[str], source: str) -> list[LineInfo]:
    """A feed's, API export's or e-mail's items as lines that keep their own source lines where the source shows them."""
    repairs.append(f"{container.kind}-unpacked")
    repairs.extend(container.repairs)  # e.g. a mail part read in another charset than labelled
    lines, _, _ = clean_lines("\n".join(container.lines), repairs)
    if (rows := aligned_table_rows(lines)):  # a plain-text e-mail's table (a feed's markup has none)
        repairs.append(f"aligned-table-rows x{rows}")
    starts = container.item_starts
    numbers = located_line_numbers(container.lines, container.numbers, source)
    infos = [LineInfo(text, number, form_feed=i in starts) for i, (text, number) in enumerate(zip(lines, numbers, strict=True))]
    for info in infos:
        if info.text.startswith(CAPTION_MARKER):  # a <figcaption> in an item's markup
            info.text = info.text[len(CAPTION_MARKER) :].lstrip()
            info.image_alt = True
    return infos


def normalise_text(text: str, source_file: str, source_sha256: str, *, suffix: str = ".txt", encoding: str = "utf-8", repairs: list[str] | None = None) -> NormalisedFile:
    """Normalise already-decoded text (``normalise_bytes`` does the decoding)."""
    from store.normalise.html import looks_like_html

    repairs = list(repairs or [])
    if holds_archive_pages(text):
        return normalise_archive_pages(text, source_file, source_sha256, repairs, encoding, normalise_text)
    removals: list[Removal] = []
    page: ExtractedPage | None = None
    if "\r" in text:
        repairs.append("crlf" if "\r\n" in text else "cr")
    text = normalise_newlines(text)
    if text[:1] == "{" and looks_like_rtf(text):
        text = rtf_text(text)
        repairs.append("rtf-converted")
    if text.find("elated", 0, 4096) != -1 and (page_html := saved_page_html(text)) is not None:
        text, suffix = normalise_newlines(page_html), ".html"
        repairs.append("mhtml-unpacked")
    if "base64," in text:
        text = without_inline_data(text, removals)
    lines: list[str] = []
    printable = False
    markup: list[LineInfo] | None = None
    form_feeds: set[int] = set()
    chat = None
    numbered_running: frozenset[str] = frozenset()
    inferred = None
    quoted_lines: list[int] = []
    # ISO-2022 designations are no terminal escapes (a Japanese mail part's charset decodes them).
    container_text, noise = (text, []) if "\x1b" in text and holds_iso2022(text) else without_terminal_noise(text, markup=text[:1] == "<" and suffix not in HTML_SUFFIXES)
    container = None if suffix in HTML_SUFFIXES else unpack_container(container_text)
    repairs.extend(noise if container is not None else [])  # gone before unpacking: the items' cleaning never sees them
    if container is None and "message" in text and (suffix in HTML_SUFFIXES or looks_like_html(text)):
        from store.normalise.message_pages import message_page_items

        container = message_page_items(text)
    if container is None and (suffix in HTML_SUFFIXES or looks_like_html(text)):
        from store.normalise.aggregator_pages import aggregator_items

        container = aggregator_items(text)  # one article per outlet's snippet, not one credited to the last outlet
    elif container is None and ":" in text:
        from store.normalise.highlight_exports import highlight_export_items
        from store.normalise.quote_roundups import quote_roundup_items

        # A read-later app's highlights under the article's fields; "**Reuters:** …" / "Yonhap: …", an article per outlet.
        container = highlight_export_items(text) if "ighlights" in text else None
        container = container or quote_roundup_items(text)
    if container is not None:
        markup = _container_lines(container, repairs, container_text)
        removals.extend(Removal(reason=container.discarded_reason, text=block, line=line) for line, block in container.discarded)
        removals.extend(Removal(reason=reason, text=text, line=line) for line, reason, text in container.removed)
        dropped = []
    elif suffix in CONTAINER_SUFFIXES:
        raise SourceError(source_file, (suffix == ".csv" and links_only_table(text)) or unreadable_reason(text, suffix))
    elif suffix in HTML_SUFFIXES or looks_like_html(text):
        if (links := links_only_page(text)) is not None:
            raise SourceError(source_file, links)  # a read-later export, a bookmarks file: headlines, no text
        markup, page = _html_lines(text, repairs, removals)
        markup, dropped = markdown_lines(markup)
    elif (cues := subtitle_lines(text)) is not None:
        repairs.append("subtitles-joined")
        cleaned, _, _ = clean_lines("\n".join(info.text for info in cues.lines), repairs)
        markup = [LineInfo(line, info.number) for line, info in zip(cleaned, cues.lines, strict=True)]
        dropped = [(line, "subtitle-timing", block) for line, block in cues.removed]
        dropped += [(line, "sound-cue", sound) for line, sound in cues.sounds]
        dropped += [(line, "subtitle-voice", voice) for line, voice in cues.voices]
    else:
        reduced = reduce_plain_markup(text)
        if reduced is not None:
            text = "\n".join(reduced.lines)
            repairs.append(f"{reduced.dialect}-reduced")
        text, quoted_printable = without_quoted_printable(text)
        if quoted_printable:
            repairs.append("quoted-printable-decoded")
        if "<http" in text:
            text = without_link_targets(text, removals)
        text, entities = unescape_stray_entities(text)
        if entities:
            repairs.append(f"html-entities x{entities}")
        lines, form_feeds, printable = clean_lines(text, repairs)
        if "\t" in text and (rows := tab_table_rows(lines)):
            repairs.append(f"tab-table-rows x{rows}")
        if ("  " in text or "\t" in text) and (rows := aligned_table_rows(lines)):
            repairs.append(f"aligned-table-rows x{rows}")
        if "|" in text and (joined := wrapped_pipe_rows(lines)):
            repairs.append(f"wrapped-table-cells x{joined}")
        if "   " in text and (unfolded := unfolded_two_columns(lines)):
            repairs.append(f"two-columns-unfolded x{unfolded} lines")
        if all(not line or line.isspace() for line in lines):
            raise SourceError(source_file, "contains no readable text (only control or escape sequences)")
        if not form_feeds and (inferred := inferred_page_breaks(lines)) is not None:
            form_feeds, numbered_running, pages_marked = inferred
            repairs.append(f"page-breaks-inferred x{pages_marked}")
        dropped = reduced.dropped if reduced is not None else []
        if (stamps := speaker_stamp_turns(lines)):  # a speech-to-text transcript's "Jenny Town  0:15" over each turn
            dropped = [*dropped, *stamps]
            repairs.append(f"transcript-stamps x{sum(reason == 'entry-time' for _, reason, _ in stamps)}")
        if suffix not in _MARKDOWN_SUFFIXES and (chat := chat_log_lines(lines, text)) is not None:
            repairs.append(f"chat-log x{chat.messages} messages")
            markup, dropped = chat.lines, [*dropped, *chat.removed]  # the markup's removals stay on record
        elif suffix not in _MARKDOWN_SUFFIXES and (unquoted := unquote_mail_runs(lines, quoted_lines)):
            repairs.append(f"mail-quoting x{unquoted} lines")
        if suffix in _MARKDOWN_SUFFIXES:
            markup, dropped_markdown = markdown_lines(lines_with_markup(lines, form_feeds))
            dropped = [*dropped, *dropped_markdown]
        elif reduced is not None and (reduced.headings or reduced.captions) and chat is None:
            markup = lines_with_markup(lines, form_feeds)
            for index, level in reduced.headings.items():
                markup[index].heading_level = level
            for index in reduced.captions:
                markup[index].image_alt = True
    removals.extend(Removal(reason=reason, text=raw, line=line) for line, reason, raw in dropped)

    if markup is not None:
        units = build_units([info.text for info in markup], markup=markup)
        if chat is not None:
            for unit in units:
                if unit.chat_sender:
                    unit.raw = chat.written_headers.get(unit.line, unit.raw)
    else:
        units = build_units(lines, form_feeds=form_feeds, printable=printable, wrap_sample=quoted_lines)
        if form_feeds:
            units = repair_pages(units, lambda: document_words("\n".join(lines)), numbered_running)
            # Inferred breaks, or breaks with a running header on every page, are the pages of one
            # document (a report's "2. Personnel" on page 2 opens no new item), never the edges of items.
            if inferred is not None or any(unit.removed == "running-header" for unit in units) or pages_run_on(units):
                for unit in units:
                    unit.form_feed = False
            mark_page_footnotes(units)
        elif ("\n1\n" in text or "\n1 " in text or "¹ " in text or has_notes_heading(text)) and has_footnote_marks(text):
            mark_page_footnotes(units)  # a newsletter's notes under its text, each number over its note or opening it
        if "   " in text:
            mark_folio_lines(units)  # (after the pages' running lines, which it would otherwise hide)
    lines, markup = [], None  # a huge file's lines are not needed twice over
    # Joined wrapped lines can make a run-on paragraph too, so the units are what is measured (at C speed).
    run_on = max(map(len, map(_TEXT_OF, units)), default=0) > RUN_ON_LENGTH
    units = joined_lone_datelines(units)
    mark_line_furniture(units)
    if "added context" in text or "ommunity note" in text:
        mark_community_notes(units)  # a reader's note under a copied post is not the poster's text
    if any(unit.removed == "advertisement" for unit in units):
        units = rejoin_around_furniture(units, ("advertisement",), lambda: document_words(text))
    if "ource" in text or container is not None:
        mark_figure_sources(units)
    context = FileContext(
        source_file=source_file,
        source_sha256=source_sha256,
        numeric_order=numeric_order_evidence(u.text for u in units if len(u.text) < 400),
        page=page.metadata if page else None,
        standfirsts=frozenset(container.standfirsts) if container is not None else frozenset(),
        sent_days=frozenset(container.sent_days) if container is not None else frozenset(),
    )
    articles = []
    if container is not None:
        item_starts = [0, *(i for i, unit in enumerate(units) if unit.form_feed and i > 0)]
    else:
        item_starts = post_starts(units) if chat is not None or "[" in text else []
        if not item_starts and "\n#" in text and (numbered := numbered_post_starts(units)):
            item_starts = [0, *numbered[1:]]  # the thread's title above the first post is that post's
    segments = file_segments(units, item_starts)
    accepted = [any(u.removed is None and (opens_item or u.is_prose()) for u in segment.units) for segment, opens_item in segments]
    if not any(accepted):
        # A file with no paragraph of prose anywhere can still be a short article: a title and one
        # sentence, a few short ones, a headline alone.  A file of bare words is not.
        accepted = [
            any(u.removed is None and reads_as_sentence(u.text) for u in segment.units)
            or bullet_list_article(segment.units)
            or reads_as_short_sentences([u.text for u in segment.units if u.removed is None])
            or (len(segments) == 1 and (headline_only(segment.units) or titled_sentence([u.text for u in segment.units if u.removed is None])))
            for segment, _ in segments
        ]
    if page is not None and sum(accepted) > 1:
        context = stories_titled_apart(context, [segment for (segment, _), keep in zip(segments, accepted, strict=True) if keep])
    for (segment, _), keep in zip(segments, accepted, strict=True):
        if not keep:
            removals.extend(orphan_removals(segment.units))
            continue
        if run_on:
            segment.units = split_run_on(segment.units)
        article, removed = assemble_article(segment, len(articles), context)
        removals.extend(removed)
        if not article.passages and not article.title:
            continue  # every line was a header or furniture, each on record in ``removed``: no article is left
        articles.append(article)
    if not articles and page is not None and (linked := linked_headline(text, page.metadata.title)) is not None:
        article, removed = assemble_article(link_post_segment(*linked), 0, context)  # a link post: its headline and address
        article.url = article.url or linked[1]
        removals.extend(removed)
        removals.append(Removal(reason="body-elsewhere", text=f"(a link post: the story's text is at {linked[1]}, not in this file)", line=1))
        articles.append(article)
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


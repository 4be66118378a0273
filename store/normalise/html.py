"""Saved web pages: trafilatura finds the main text and the page's metadata.

The extracted text (Markdown-flavoured: ``#`` headings, ``-`` lists) then goes
through the same furniture and classification rules as plain text.  What
trafilatura left out is recorded too: every text block of the page that is not
in the extraction becomes an ``html-boilerplate`` removal with its source line.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from store.normalise.article import PageMetadata
from store.normalise.characters import (
    squash_spaces,
    unescape_stray_entities,
    unescaped_twice,
    without_terminal_noise,
)
from store.normalise.deep_nesting import flattened_deep_nesting
from store.normalise.figure_boxes import figure_boxes_kept
from store.normalise.extracted_text import (
    flattened_blocks_put_apart,
    hoisted_block_put_back,
    notes_put_back,
    rules_put_back,
    with_list_starts,
)
from store.normalise.layout_grids import without_grid_tables
from store.normalise.legacy_html import without_layout_tables
from store.normalise.markdown import CAPTION_MARKER
from store.normalise.page_authors import (
    discarded_byline,
    discarded_date,
    marked_author,
    time_element_date,
    without_date_pieces,
)
from store.normalise.page_chrome import without_page_chrome
from store.normalise.page_data import data_story
from store.normalise.page_footnotes import is_note_line, page_footnotes
from store.normalise.page_heads import restore_sub_headings, settle_page_head
from store.normalise.page_mojibake import repaired_before_parsing, repaired_field
from store.normalise.post_lists import posts_out_of_lists
from store.normalise.posters import is_format_label
from store.normalise.page_sites import clean_value as _clean
from store.normalise.page_sites import (
    site_after_headline_part,
    site_after_headline_in_title,
    known_outlet_in_title,
    publisher_name,
    saved_from,
    site_after_dated_part,
    site_before_section,
    title_suffix,
    unswap_title_and_site,
)
from store.normalise.signature_lines import without_author_box
from store.normalise.unclosed_elements import unclosed_elements_closed
from store.normalise.widget_headings import widget_headings_put_back

_BLOCK_TAGS = frozenset(
    ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "td", "th", "dt", "dd", "blockquote", "pre", "caption", "summary", "div", "nav", "header", "footer", "aside", "section", "article", "figure", "main", "form", "ul", "ol", "table", "body"]
)
# Removed before blocks are collected: never visible text.
_SKIP_TAGS = ("script", "style", "noscript", "template", "svg", "head", "title", "meta", "link")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_HTML_START = re.compile(r"^\s*(?:<!--.{0,2000}?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE | re.DOTALL)
_SUBSTRING_CHECK_LIMIT = 400_000
_FIGCAPTION_OPEN = re.compile(r"<figcaption\b[^>]{0,1000}>", re.IGNORECASE)
_FIGCAPTION_CLOSE = re.compile(r"</figcaption\s*>", re.IGNORECASE)
# A table's own <caption>: extraction makes it the table's first row (or a loose line), though it titles the table.
_TABLE_CAPTION = re.compile(r"(<table\b[^>]{0,1000}>)\s*<caption\b[^>]{0,1000}>(.{1,2000}?)</caption\s*>", re.IGNORECASE | re.DOTALL)
# What a word processor's "save as web page" or export writes into the page's head.
_WORD_PROCESSOR = re.compile(
    r"urn:schemas-microsoft-com:office:word|content=\"?Microsoft Word|content=\"?LibreOffice|content=\"?OpenOffice|class=\"[^\"]{0,40}\bdoc-content\b",
    re.IGNORECASE,
)
_SUBTITLE_PARAGRAPH = re.compile(r"<p\b[^>]{0,200}?class=[\"']?(?:[^\"'>]{0,60}\s)?(?:subtitle|MsoSubtitle)\b[^>]{0,200}>(.{1,600}?)</p>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,1000}>")
_MARKS = re.compile(r"\[\d{1,3}\]|[#*_>`\[\]()!\\-]+")  # markup, and footnote marks ("… programme.[1]")


@dataclass(slots=True)
class ExtractedPage:
    text: str  # main text, Markdown-flavoured, "" when nothing was found
    metadata: PageMetadata
    discarded: list[tuple[int, str]] = field(default_factory=list)  # (source line, text)
    block_lines: dict[str, int] = field(default_factory=dict)  # block text -> its source line
    entities: int = 0  # HTML entities left in the text and title by a page escaped more than once, decoded
    noise: list[str] = field(default_factory=list)  # repairs for terminal escapes and controls taken out first
    notes: set[str] = field(default_factory=set)  # the page's footnotes (see page_footnotes): audited as such

    def source_line(self, text: str, default: int) -> int:
        """Where a line of the extracted text stands in the page's own markup."""
        return self.block_lines.get(squash_spaces(text), default)


def looks_like_html(text: str) -> bool:
    """A page saved under a text suffix still opens with a doctype or <html>."""
    return _HTML_START.match(text[:4096]) is not None


_SUPERSCRIPT_TAG = re.compile(r"</?su[pb]>")
_SUPERSCRIPT_MARK = re.compile(r"<sup>\\?\[([\w*†‡]{1,4})\\?\]</sup>")
# A bare superscript number right after a sentence's or a clause's end ("… region.<sup>1</sup>") points to a
# note, as no exponent stands there; so does one linked to a place in the page (its link is gone by now).
_BARE_NOTE_MARK = re.compile(r"(?<=[.,;:!?\"”’)])<sup>(\d{1,3}|[*†‡])</sup>")
_LINKED_NOTE_MARK = re.compile(
    r"<sup\b[^>]{0,200}>\s*<a\b[^>]{0,300}href=[\"']?#[^>]{0,300}>\s*\[?([\w*†‡]{1,4})\]?\s*</a>\s*</sup>"
    r"|<a\b[^>]{0,300}href=[\"']?#[^>]{0,300}>\s*<sup\b[^>]{0,200}>\s*\[?([\w*†‡]{1,4})\]?\s*</sup>\s*</a>",
    re.IGNORECASE,
)


def _linked_note_marks(html_text: str) -> str:
    """Superscripts linked to the page's notes ("<sup><a href="#fn1">1</a></sup>") as "<sup>[1]</sup>" marks."""
    return _LINKED_NOTE_MARK.sub(lambda found: f"<sup>[{found[1] or found[2]}]</sup>", html_text)


def _without_superscript_marks(text: str) -> str:
    """Text without the formatting output's literal ``<sup>``/``<sub>`` tags and the marks they set.

    A superscript "[a]" or "[1]" points to a comment or a note (a word processor's export puts the
    comments at the end, each opening with its mark): the mark is left as a citation mark (which
    cleaning removes and counts), and each line that opens with it goes, which leaves the note for
    the audit of what extraction left out.
    """
    marks: set[str] = set()

    def drop(found: re.Match[str]) -> str:
        marks.add(found.group(1))
        return f"[{found.group(1)}]"  # glued to the word, unescaped: removed and counted as a citation mark

    text = _SUPERSCRIPT_TAG.sub("", _SUPERSCRIPT_MARK.sub(drop, _BARE_NOTE_MARK.sub(r"<sup>[\1]</sup>", text)))
    if not marks:
        return text
    opens_with_mark = re.compile(r"\\?\[(?:" + "|".join(map(re.escape, marks)) + r")\\?\]")
    return "\n".join(line for line in text.split("\n") if not opens_with_mark.match(line))


# A forum's own element for each comment ("<shreddit-comment>", "<hn-comment-tree>"): extraction
# knows comments by a class, not by such a tag, so each is written as the comment block it is.
_COMMENT_ELEMENT = re.compile(r"<(/?)[a-z][a-z0-9]*-(?:[a-z0-9]+-)*comments?(?:-[a-z0-9]+)*(?=[\s>/])", re.IGNORECASE)


def _as_comment_div(found: re.Match[str]) -> str:
    return "</div" if found.group(1) else '<div class="comment"'


def extract_page(html_text: str) -> ExtractedPage:
    """Main text and metadata of a saved page; never raises on malformed markup."""
    html_text, noise = without_terminal_noise(html_text, markup=True)  # a decoded "&#1;" would fail the parser
    html_text, mended = repaired_before_parsing(html_text)
    noise.extend(mended)
    html_text = without_page_chrome(_XML_DECLARATION.sub("", html_text, count=1))
    html_text, closed = unclosed_elements_closed(html_text)  # else their text would go with them, unrecorded
    noise.extend(closed)
    html_text, flattened = flattened_deep_nesting(html_text)  # else the parser stops at 256 open elements
    noise.extend(flattened)
    if _HTML_START.match(html_text, 0, 4096) is None:
        # A bare fragment ("<b>Headline</b><br>text", or text with no tag at all): the extractor
        # takes a string that does not open as a document for no page and returns nothing.
        html_text = f"<html><body>{html_text}</body></html>"
    # Blocks come from the page as extraction sees it, so that an article laid out in one table
    # cell is audited paragraph by paragraph (serialising keeps the text's own line breaks).
    laid_out = without_layout_tables(without_grid_tables(html_text))
    footnotes = page_footnotes(laid_out)  # (before the superscripts' links go: they point to the notes)
    laid_out = footnotes.html_text
    if footnotes.marks:
        noise.append(f"footnote-marks x{footnotes.marks}")
    if "<sup" in laid_out or "<SUP" in laid_out:
        laid_out = _linked_note_marks(laid_out)
    laid_out = posts_out_of_lists(laid_out)  # (a live page's posts as list items: else each is flattened into one line)
    laid_out = figure_boxes_kept(laid_out)  # (else a box of the story's key figures goes with the page's asides)
    blocks = _page_blocks(laid_out)
    # trafilatura drops <figcaption>; as a marked paragraph it survives and
    # is classified as the caption it is.
    marked = _FIGCAPTION_CLOSE.sub("</p>", _FIGCAPTION_OPEN.sub(f"<p>{CAPTION_MARKER} ", laid_out))
    if "<caption" in marked or "<CAPTION" in marked:
        marked = _TABLE_CAPTION.sub(lambda found: f"<p>{CAPTION_MARKER} {found[2]}</p>{found[1]}", marked)
    if "comment" in marked:
        marked = _COMMENT_ELEMENT.sub(_as_comment_div, marked)
    try:
        from trafilatura import bare_extraction

        document = bare_extraction(
            marked,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=True,
            include_formatting=True,
            include_links=False,
            favor_recall=True,
            # Dates from the page's markup only: the extensive search would turn a footer's
            # "© 2024" into 2024-01-01, a date the page never gave.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception:  # noqa: BLE001  a page trafilatura cannot parse simply has no main text
        document = None
    block_lines: dict[str, int] = {}
    block_order: dict[str, int] = {}  # (a minified page has all its blocks on one line: their order tells them apart)
    for line, block in blocks:
        block_lines.setdefault(block, line)
        block_order.setdefault(block, len(block_order))
    in_data = "articleBody" in html_text or "__NEXT_DATA__" in html_text  # (a page rendered by its script: see page_data)
    if document is None and not in_data:
        return ExtractedPage("", PageMetadata(), blocks, block_lines, noise=noise)
    data = {} if document is None else document.as_dict() if hasattr(document, "as_dict") else dict(document)
    word_processor = _WORD_PROCESSOR.search(html_text, 0, 4000) is not None
    metadata = PageMetadata(
        title=repaired_field(_clean(data.get("title"))),
        author=repaired_field(_clean(data.get("author"))),
        date=_clean(data.get("date")),
        # (A document's <title> is its file name, "Draft - NK munitions piece": no site follows a dash there.)
        sitename=_site_name(_clean(data.get("sitename")), html_text) or (None if word_processor else title_suffix(html_text, data.get("title"))),
        hostname=_clean(data.get("hostname")),
        url=_clean(data.get("url")) or saved_from(html_text),
        word_processor=word_processor,
    )
    if metadata.sitename and _dated_only(metadata.sitename):
        metadata.sitename = publisher_name(html_text)  # "Korea Watch Daily — 6 November 2024": the date is no site
    site_after_dated_part(metadata, html_text)
    site_after_headline_part(metadata, html_text)
    if not word_processor:
        site_after_headline_in_title(metadata, html_text)
    if metadata.word_processor and (styled := _SUBTITLE_PARAGRAPH.search(html_text)) is not None:
        metadata.subtitle = " ".join(html.unescape(_TAG.sub("", styled[1])).split()) or None
    if metadata.sitename and metadata.title and metadata.sitename.startswith(metadata.title) and not word_processor:
        # "Headline | Section | SITE" split at its first bar: the headline is no site's name.
        metadata.sitename = title_suffix(html_text, metadata.title)
    unswap_title_and_site(metadata, html_text, blocks)
    if metadata.sitename and is_format_label(metadata.sitename):
        metadata.sitename = known_outlet_in_title(html_text)  # "Google News - Topic - Full coverage": what the page is, not whose
        if metadata.sitename and metadata.title and metadata.title.startswith(f"{metadata.sitename} - "):
            metadata.title = metadata.title[len(metadata.sitename) + 3 :]
    if metadata.title and is_format_label(metadata.title):
        metadata.title = None  # "CNN.com - Transcripts": the kind of page, not what this one is about
    text, entities = _over_escaping_undone(data.get("text") or "", metadata)
    if in_data and (story := data_story(html_text, text)) is not None:
        text = story
    if len(blocks) > 1 and "\n" not in text.strip():
        text = flattened_blocks_put_apart(text, blocks)
    if "<su" in text:
        text = _without_superscript_marks(text)
    if "start" in html_text and "<ol" in html_text.lower():
        text = with_list_starts(html_text, text)
    text = rules_put_back(hoisted_block_put_back(text, block_order), laid_out, metadata.title)
    text = restore_sub_headings(settle_page_head(text, blocks, metadata.title), blocks, laid_out)
    if footnotes.notes:
        text = "\n".join(line for line in text.split("\n") if not is_note_line(line, footnotes.notes))
    discarded = _discarded(blocks, text.replace(CAPTION_MARKER + " ", ""))
    text, discarded = widget_headings_put_back(text, blocks, discarded)
    text, discarded = notes_put_back(text, blocks, discarded)
    metadata.author = without_author_box(metadata.author)  # (the markup's author may be the box at the story's foot)
    metadata.author = discarded_byline(blocks, discarded, metadata.author) or without_date_pieces(metadata.author) or marked_author(html_text)
    if metadata.date is None:
        metadata.date = discarded_date(blocks, discarded) or time_element_date(html_text)
    site_before_section(metadata, html_text)
    notes = {block for _, block in discarded if is_note_line(block, footnotes.notes)}  # (as the blocks give them)
    return ExtractedPage(text, metadata, discarded, block_lines, entities, noise, notes)


_BARE_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,4}")


def _site_name(extracted: str | None, html_text: str) -> str | None:
    """The site's name: the extractor's, unless that is only the page's host name ("hanbit.example"),
    where the publisher its JSON-LD names ("Hanbit Ilbo") says more."""
    if extracted is not None and _BARE_DOMAIN.fullmatch(extracted) is None:
        return extracted
    return publisher_name(html_text) or extracted


def _dated_only(text: str) -> bool:
    from store.normalise.dates import find_date

    found = find_date(text) if any(ch.isdigit() for ch in text) else None
    return found is not None and len(found.raw) >= len(text.strip(" .,")) - 1


def _over_escaping_undone(text: str, metadata: PageMetadata) -> tuple[str, int]:
    """Text and title of a page escaped three times ("&amp;amp;mdash;"), whose parse leaves "&mdash;" to read.

    Title and text are decoded together, so that one entity in the title counts with those of the text
    (a lone entity may be quoted on purpose; several mean the page was escaped once too often).
    """
    title = metadata.title or ""
    if "&" not in text and "&" not in title:
        return text, 0
    decoded, entities = unescape_stray_entities(f"{title}\n{text}")
    if entities:
        title, text = decoded.split("\n", 1)
        metadata.title = title or None
    return text, entities


def _page_blocks(html_text: str) -> list[tuple[int, str]]:
    """(source line, text) of the innermost text blocks of a page."""
    try:
        from lxml import etree
        from lxml import html as lxml_html

        root = lxml_html.document_fromstring(html_text)
        etree.strip_elements(root, *_SKIP_TAGS, etree.Comment, with_tail=False)
    except Exception:  # noqa: BLE001  unparsable markup has no blocks to report
        return []
    blocks: list[tuple[int, str]] = []
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag not in _BLOCK_TAGS:
            continue
        if _holds_blocks(element):
            # Text beside the inner blocks (a live blog's "<time>14:32 GMT</time>") is a block of its
            # own: extraction may drop it, and then the audit must say so.
            text = squash_spaces(" ".join(_loose_text(element)))
        else:
            text = squash_spaces(" ".join(element.itertext()))
        if text:
            blocks.append((element.sourceline or 0, text))
    return blocks


def _holds_blocks(element: object) -> bool:
    return any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in element.iterdescendants())  # type: ignore[attr-defined]


def _loose_text(element: object) -> list[str]:
    """The text of ``element`` that no block inside it holds."""
    parts = [element.text or ""]  # type: ignore[attr-defined]
    for child in element:  # type: ignore[attr-defined]
        if not isinstance(child.tag, str) or child.tag in _BLOCK_TAGS:
            pass
        elif _holds_blocks(child):
            parts += _loose_text(child)
        else:
            parts += child.itertext()
        parts.append(child.tail or "")
    return parts


_SHORT_BLOCK = 12
_MOST_BLOCKS_COUNTED = 1500


def _discarded(blocks: list[tuple[int, str]], extracted: str) -> list[tuple[int, str]]:
    """Page blocks that the extraction did not keep."""
    # Compared without spaces: a block's text joins its inline elements with spaces, where a word
    # processor's export splits one word over two spans ("Intelli<span>gence</span>").  Entities
    # escaped twice are compared decoded: extraction decodes the second layer that the page's parser left.
    extracted = unescaped_twice(extracted)
    kept_text = "".join(_MARKS.sub(" ", extracted).split())
    kept_lines = {squash_spaces(line) for line in extracted.splitlines()}
    check_substrings = len(kept_text) <= _SUBSTRING_CHECK_LIMIT
    discarded = []
    all_blocks: str | None = None
    for line, text in blocks:
        if text in kept_lines:
            continue
        compared = unescaped_twice(text)
        if compared in kept_lines:
            continue
        squashed = "".join(_MARKS.sub(" ", compared).split())
        if check_substrings and squashed in kept_text:
            if len(squashed) > _SHORT_BLOCK or len(blocks) > _MOST_BLOCKS_COUNTED or not any(c.isdigit() for c in squashed):
                continue
            # A short block of figures ("18:45", a post's time) is found inside any longer block that repeats it ("Last
            # updated: …, 18:45"): it was kept only if the kept text holds it as often as the blocks do.
            if all_blocks is None:
                all_blocks = "\n".join("".join(_MARKS.sub(" ", unescaped_twice(b)).split()) for _, b in blocks)
            if kept_text.count(squashed) >= all_blocks.count(squashed):
                continue

        discarded.append((line, text))
    return discarded

"""Text packed in an archive or an office package: gzip, Word (.docx), OpenDocument (.odt), Excel (.xlsx), EPUB.

An analyst's briefing arrives as a Word file, a crawler saves pages as ``page.html.gz``.  Their
bytes are binary, but what they hold is text this reader knows: the gzip member is read like any
file, and a document package gives its paragraphs, one per block of lines.  Only the main text is
read (no comments, footnotes, tracked deletions or field codes), with the standard library's
``zipfile`` and lxml without entities or network.  A package that is neither gets a one-line
reason, as any binary file does.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from store.errors import SourceError
from store.normalise.epub_books import epub_paragraphs, is_epub
from store.normalise.office_properties import core_property_fields, with_property_fields
from store.normalise.untrusted_xml import parse_xml_bytes

GZIP_MAGIC = b"\x1f\x8b"
ZIP_MAGIC = b"PK\x03\x04"
_WORD_DOCUMENT = "word/document.xml"
_OPEN_DOCUMENT = "content.xml"
_MOST_MEMBER_BYTES = 64 * 1024 * 1024  # the XML of a document far longer than any article
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_BLANK_RUNS = re.compile(r"[ \t]+\n")


def unpacked(data: bytes, name: str, limit: int) -> tuple[bytes, list[str]] | None:
    """(the text bytes inside, what was done) for gzip data or a document package; None for anything else.

    Raises SourceError for a damaged archive or one that grows past ``limit`` bytes.
    """
    if data.startswith(GZIP_MAGIC):
        text, cut = _gunzipped(data, name, limit)
        # An interrupted download leaves the archive without its end: what was inflated is kept, and
        # the audit says the text stops short of where its writer ended it.
        return text, ["gzip-decompressed", *([cut] if cut else [])]
    if data.startswith(ZIP_MAGIC):
        found = _document_text(data, name)
        return None if found is None else (found[0], [found[1]])
    return None


_INFLATE_CHUNK = 64 * 1024  # input fed a piece at a time, so that damage further on keeps the text before it


def _gunzipped(data: bytes, name: str, limit: int) -> tuple[bytes, str | None]:
    """(every member of the archive, why it stops short or None): a web archive compresses each record
    apart, and ``cat`` joins archives.  Cut short or damaged part-way, the text before is kept."""
    parts: list[bytes] = []
    size = 0
    rest = data
    too_large = f"too large once decompressed (the limit is {limit // (1024 * 1024)} MiB)"
    while rest.startswith(GZIP_MAGIC):
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
        at = 0
        damaged = False
        while at < len(rest) and not inflater.eof:
            try:
                part = inflater.decompress(rest[at : at + _INFLATE_CHUNK], limit + 1 - size)
            except zlib.error:
                damaged = True
                break
            at += _INFLATE_CHUNK
            size += len(part)
            if size > limit or inflater.unconsumed_tail:
                raise SourceError(name, too_large)
            parts.append(part)
        if not inflater.eof:
            if not any(parts):
                why = "it cannot be decompressed" if damaged else "it is cut short before any of its text"
                raise SourceError(name, f"a damaged gzip archive ({why})")
            return b"".join(parts), "gzip-damaged-part-way" if damaged else "gzip-truncated"  # what was there is kept
        rest = inflater.unused_data + rest[at:]  # (the next member, if any: ``at`` is past the chunk fed last)
    return b"".join(parts), None


def _document_text(data: bytes, name: str) -> tuple[bytes, str] | None:
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        names = set(package.namelist())
        if "xl/workbook.xml" in names:
            from store.normalise.spreadsheets import workbook_csv

            table = workbook_csv(package, names, _parsed)
            if table is None:
                raise SourceError(name, "a spreadsheet without a sheet that can be read")
            return table, "xlsx-sheet-read"
        if is_epub(package, names):
            chapters = epub_paragraphs(package, names)
            if chapters is None:
                raise SourceError(name, "a damaged e-book (EPUB) without a readable package file")
            if not chapters:
                raise SourceError(name, "an e-book (EPUB) whose reading order lists no chapter with text")
            return _BLANK_RUNS.sub("\n", "\n\n".join(chapters)).strip().encode("utf-8"), "epub-text-extracted"
        if _WORD_DOCUMENT in names:
            member, kind = _WORD_DOCUMENT, "docx"
        elif _OPEN_DOCUMENT in names and _opendocument_text(package, names):
            member, kind = _OPEN_DOCUMENT, "odt"
        else:
            return None
        if package.getinfo(member).file_size > _MOST_MEMBER_BYTES:
            raise SourceError(name, "too large (its document text is over 64 MiB)")
        xml = package.read(member)
        fields = core_property_fields(package, names) if kind == "docx" else {}
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, KeyError, RuntimeError, NotImplementedError, EOFError, zlib.error):
        # An encrypted or damaged package: the document inside cannot be reached.
        raise SourceError(name, "a damaged or encrypted document package (its text cannot be read)") from None
    paragraphs = _word_paragraphs(xml) if kind == "docx" else _open_document_paragraphs(xml)
    if paragraphs is None:
        raise SourceError(name, f"a damaged {kind} document (its text is not well-formed XML)")
    paragraphs = with_property_fields(paragraphs, fields)  # (its core properties: title, creator, created)
    text = _BLANK_RUNS.sub("\n", "\n\n".join(paragraphs)).strip()
    return text.encode("utf-8"), f"{kind}-text-extracted"


def _opendocument_text(package: zipfile.ZipFile, names: set[str]) -> bool:
    """An OpenDocument text (not a spreadsheet or a presentation), by its ``mimetype`` member."""
    if "mimetype" not in names:
        return True
    return package.read("mimetype")[:64].strip() in (b"application/vnd.oasis.opendocument.text", b"application/vnd.oasis.opendocument.text-master")


def _parsed(xml: bytes) -> object | None:
    return parse_xml_bytes(xml, huge=True)  # a document of its own: deep trees and long runs are normal


def _word_paragraphs(xml: bytes) -> list[str] | None:
    """Each ``w:p`` of the body as a line: its runs' ``w:t``, tabs and breaks; deletions and field codes left out."""
    root = _parsed(xml)
    if root is None:
        return None
    paragraphs = []
    for paragraph in root.iter(f"{_W}p"):  # type: ignore[attr-defined]
        if any(ancestor.tag == f"{_W}p" for ancestor in paragraph.iterancestors()):
            continue  # a text box's paragraphs inside a paragraph are read with it
        parts = []
        for element in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
            if element.tag == f"{_W}t":
                parts.append(element.text or "")
            else:
                parts.append("\t" if element.tag == f"{_W}tab" else "\n")
        paragraphs.append("".join(parts).strip())
    return [paragraph for paragraph in paragraphs if paragraph]


def _open_document_paragraphs(xml: bytes) -> list[str] | None:
    """Each ``text:p`` and ``text:h`` as a line; notes (footnotes) and annotations (comments) left out."""
    root = _parsed(xml)
    if root is None:
        return None
    skipped = (f"{_TEXT}note", f"{_OFFICE}annotation", f"{_TEXT}tracked-changes")
    paragraphs = []
    for paragraph in root.iter(f"{_TEXT}p", f"{_TEXT}h"):  # type: ignore[attr-defined]
        if any(ancestor.tag in skipped or ancestor.tag in (f"{_TEXT}p", f"{_TEXT}h") for ancestor in paragraph.iterancestors()):
            continue
        paragraphs.append("".join(_open_document_text(paragraph, skipped)).strip())
    return [paragraph for paragraph in paragraphs if paragraph]


def _open_document_text(element: object, skipped: tuple[str, ...]) -> list[str]:
    parts = [element.text or ""]  # type: ignore[attr-defined]
    for child in element:  # type: ignore[attr-defined]
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == f"{_TEXT}s":  # a run of spaces, "c" of them
            count = child.get(f"{_TEXT}c", "1")
            parts.append(" " * (int(count) if count.isdigit() and len(count) < 4 else 1))
        elif tag == f"{_TEXT}tab":
            parts.append("\t")
        elif tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif tag and tag not in skipped:
            parts.extend(_open_document_text(child, skipped))
        parts.append(child.tail or "")
    return parts

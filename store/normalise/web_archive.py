"""A page saved in a web archive record (WARC, what crawlers and the Wayback Machine's tools write).

A WARC file is a run of records, each a block of "WARC-..." header lines and a body; a "response"
record's body is the server's HTTP answer, status line and headers first, then the page.  A file
holding one page (a single capture, or its request and metadata records beside it) is read as that
page; its HTTP framing (chunked transfer, gzip content encoding) is undone.  An archive of many
pages (a crawl) is read page by page, each as the source of its own articles: its pages, each
decoded in its own charset, are handed on as one JSON document (``PAGES_KEY``) that
``archive_pages`` normalises one page at a time.
"""

from __future__ import annotations

import json
import re

from store.errors import SourceError

WARC_MAGIC = (b"WARC/1.0", b"WARC/1.1", b"WARC/0.")
_HEADER_END = b"\r\n\r\n"
_FIELD = re.compile(rb"^([A-Za-z][A-Za-z0-9-]{0,60}):[ \t]*(.*?)\r?$", re.MULTILINE)
_TEXT_TYPES = (b"text/html", b"application/xhtml", b"text/plain", b"application/xml", b"text/xml", b"application/rss", b"application/atom", b"application/json")
_MAX_RECORDS = 100_000
# The key that opens the JSON document of a crawl's pages (JSON escapes keep it ASCII, so it decodes as itself).
PAGES_KEY = '{"web-archive-pages": '
_STATUS = re.compile(rb"^HTTP/[\d.]{1,4}\s+(\d{3})")


def warc_page(data: bytes, name: str) -> bytes | None:
    """The page a single-page web archive holds (its bytes as served), its pages as one JSON
    document (see ``PAGES_KEY``) when it holds several, or None when ``data`` is no WARC."""
    if not data.startswith(WARC_MAGIC):
        return None
    pages: list[tuple[int, bytes, bytes]] = []  # (source line, address, page)
    failed: list[tuple[int, bytes, str]] = []  # captures that hold no page to read: an error status
    seen: set[bytes] = set()
    for line, kind, fields, body in _records(data):
        address = fields.get(b"warc-target-uri", b"").strip()
        if kind == b"response" and (status := _STATUS.match(body)) is not None and not status[1].startswith(b"2"):
            failed.append((line, address, f"HTTP status {status[1].decode()}"))
        elif kind == b"response" and (page := _http_body(body)) is not None or kind == b"resource" and (page := body).strip():
            if page not in seen:  # the same page captured twice is one source
                seen.add(page)
                pages.append((line, address, page))
    if not pages:
        raise SourceError(name, "a web archive (WARC) without a text page in it")
    if len(pages) == 1:
        return pages[0][2]
    return _pages_document(pages, failed, name)


def _pages_document(pages: list[tuple[int, bytes, bytes]], failed: list[tuple[int, bytes, str]], name: str) -> bytes:
    """A crawl's pages, each decoded as a file of its own (its charset, its repairs), as ASCII JSON."""
    from store.normalise.reading import decode_bytes  # (reading imports this module)

    entries: list[dict[str, object]] = []
    for line, address, page in pages:
        uri = address.decode("utf-8", "replace")
        try:
            decoded = decode_bytes(page, name)
        except SourceError as exc:  # a picture or a binary download captured beside the pages
            entries.append({"line": line, "uri": uri, "error": exc.reason})
            continue
        entries.append({"line": line, "uri": uri, "text": decoded.text, "encoding": decoded.encoding, "repairs": decoded.repairs})
    entries += [{"line": line, "uri": address.decode("utf-8", "replace"), "error": reason} for line, address, reason in failed]
    entries.sort(key=lambda entry: entry["line"])  # type: ignore[arg-type, return-value]
    return (PAGES_KEY + json.dumps(entries) + "}").encode("ascii")


def _records(data: bytes) -> list[tuple[int, bytes, dict[bytes, bytes], bytes]]:
    """(1-based line, type, header fields, block) of each record."""
    records = []
    at = 0
    line, counted = 1, 0
    while at < len(data) and len(records) < _MAX_RECORDS:
        while data.startswith(b"\r\n", at) or data.startswith(b"\n", at):
            at += 2 if data.startswith(b"\r\n", at) else 1
        if not data.startswith(WARC_MAGIC, at):
            break
        end = data.find(_HEADER_END, at)
        if end == -1:
            break
        fields = {key.lower(): value for key, value in _FIELD.findall(data[at:end])}
        length = fields.get(b"content-length", b"").strip()
        start = end + len(_HEADER_END)
        stop = start + int(length) if length.isdigit() else len(data)
        line += data.count(b"\n", counted, at)
        counted = at
        records.append((line, fields.get(b"warc-type", b"").strip().lower(), fields, data[start:stop]))
        at = stop
    return records


def _http_body(response: bytes) -> bytes | None:
    """The page of an HTTP answer whose type is text, its transfer and content encodings undone."""
    if not response.startswith(b"HTTP/"):
        return None
    end = response.find(_HEADER_END)
    if end == -1:
        return None
    fields = {key.lower(): value.strip().lower() for key, value in _FIELD.findall(response[:end])}
    kind = fields.get(b"content-type", b"text/html")
    if not kind.startswith(_TEXT_TYPES):
        return None
    body = response[end + len(_HEADER_END) :]
    if b"chunked" in fields.get(b"transfer-encoding", b""):
        body = _dechunked(body)
    if b"gzip" in fields.get(b"content-encoding", b"") and body.startswith(b"\x1f\x8b"):
        import zlib

        try:
            body = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(body, 256 * 1024 * 1024)
        except zlib.error:
            return None
    return body if body.strip() else None


def _dechunked(body: bytes) -> bytes:
    out = bytearray()
    at = 0
    while at < len(body):
        line_end = body.find(b"\r\n", at)
        if line_end == -1:
            break
        size_text = body[at:line_end].split(b";")[0].strip()
        try:
            size = int(size_text, 16)
        except ValueError:
            return body  # not chunked after all: the body as it came
        if size == 0:
            break
        out += body[line_end + 2 : line_end + 2 + size]
        at = line_end + 2 + size + 2
    return bytes(out)

"""Reading source files: path checks, binary sniffing and decoding.

Every refusal is a ``SourceError`` carrying a short reason a user can act on;
nothing here lets an ``OSError`` or ``UnicodeError`` escape.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

from store.errors import SourceError
from store.normalise import charset_labels  # noqa: F401  registers the labels mail and pages use that Python lacks
from store.normalise.base64_files import base64_payload
from store.normalise.bomless_utf16 import bomless_wide
from store.normalise.byte_order_marks import (
    UTF8_AFTER_UTF16_BOM,
    bom_encoding,
    files_in_unicode_forms,
    realigned_utf16,
    undo_byte_newline_conversion,
)
from store.normalise.decoded_repairs import repaired_text
from store.normalise.iso2022 import shifts_into_korean
from store.normalise.legacy import Decoded, decode_legacy
from store.normalise.lossy import letters_lost
from store.normalise.nul_bytes import (
    CONTROL_BYTES,
    stray_nuls,
    without_nul_padding,
    without_zeroed_blocks,
)
from store.normalise.overlong_utf8 import decode_overlong_utf8
from store.normalise.overstrikes import struck_backspaces
from store.normalise.packed import GZIP_MAGIC, ZIP_MAGIC, unpacked
from store.normalise.percent import percent_decoded
from store.normalise.seven_bit import seven_bit_text
from store.normalise.split_characters import rejoined_characters
from store.normalise.surrogate_escapes import (
    MODIFIED_UTF8_NUL,
    decode_cesu8,
    decode_modified_utf8,
)
from store.normalise.web_archive import WARC_MAGIC, warc_page

# Org, AsciiDoc, reStructuredText and wiki markup: see ``plain_markup``.
TEXT_SUFFIXES = frozenset({"", ".txt", ".text", ".md", ".markdown", ".srt", ".vtt", ".rtf", ".org", ".adoc", ".asciidoc", ".rst", ".wiki", ".mediawiki"})  # subtitles: see ``subtitles``; RTF: ``rtf``
HTML_SUFFIXES = frozenset({".html", ".htm"})
# Feeds, news-API answers and saved e-mails: read only when they hold articles (see ``containers``).
# JSON Lines, saved web pages (MHTML is a MIME message) and mailboxes are containers too.
CONTAINER_SUFFIXES = frozenset({".xml", ".rss", ".atom", ".json", ".jsonl", ".ndjson", ".eml", ".mht", ".mhtml", ".mbox", ".csv", ".tsv", ".enex", ".ipynb"})
# Binary packages of text: a gzip archive (of any file above) and word processors' documents (see ``packed``).
PACKAGE_SUFFIXES = frozenset({".gz", ".docx", ".odt", ".xlsx", ".epub", ".warc"})  # (a web archive: see ``web_archive``)
_DOCUMENT_SUFFIXES = frozenset({".docx", ".odt", ".xlsx", ".epub"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | CONTAINER_SUFFIXES | PACKAGE_SUFFIXES

_EXPECTED_SUFFIXES = ", ".join(sorted(s for s in SUPPORTED_SUFFIXES if s))
MAX_BYTES = 256 * 1024 * 1024  # past this a "news article" is something else
_SNIFF_HEAD = 64 * 1024
_SNIFF_TAIL = 4 * 1024

# Well-known binary formats get named, so that the refusal says what the file is.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"ID3", "an MP3 file"),
    (b"OggS", "an Ogg media file"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
)

_ONLY_BLANK = re.compile(r"[\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2060\ufeff]*")


def suffix_of(path: str | os.PathLike[str]) -> str:
    return Path(path).suffix.lower()


def read_source(path: str | os.PathLike[str]) -> bytes:
    """The bytes of a source file that is worth normalising, or a SourceError.

    Refuses a missing path, a directory, an unsupported suffix, an unreadable
    or oversized file, empty or whitespace-only content and binary content.
    """
    name = str(path)
    suffix = suffix_of(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise SourceError(name, "no such file") from None
    except OSError as exc:
        raise SourceError(name, f"cannot read it ({exc.strerror or exc})") from None
    if stat.S_ISDIR(info.st_mode):  # the stat above, not a second one
        try:
            os.scandir(path).close()
        except OSError as exc:  # a folder below an ingested one that could not be listed
            raise SourceError(name, f"cannot read this folder ({exc.strerror or exc})") from None
        raise SourceError(name, "is a directory, not a file")
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISFIFO(info.st_mode)):
        raise SourceError(name, "is a device or socket, not a file")
    if suffix not in SUPPORTED_SUFFIXES:
        raise SourceError(
            name,
            f"unsupported file type '{suffix}' (expected {_EXPECTED_SUFFIXES} or no suffix)",
        )
    if info.st_size > MAX_BYTES:
        raise SourceError(name, f"too large ({info.st_size // (1024 * 1024)} MiB; the limit is {MAX_BYTES // (1024 * 1024)} MiB)")
    try:
        with _open_without_waiting(path) as handle:
            data = handle.read(MAX_BYTES + 1)
    except PermissionError:
        raise SourceError(name, "cannot read it (permission denied)") from None
    except OSError as exc:
        raise SourceError(name, f"cannot read it ({exc.strerror or exc})") from None
    if len(data) > MAX_BYTES:
        raise SourceError(name, "too large (grew while being read)")
    if suffix in _DOCUMENT_SUFFIXES and not data.startswith(ZIP_MAGIC):
        raise SourceError(name, f"unsupported file type '{suffix}' (only a Word, OpenDocument, Excel or EPUB package is read under it, and this is none)")
    found = _unpack(data, name)
    check_content(found[0] if found is not None else data, name)
    return data


_PACKED = (GZIP_MAGIC, ZIP_MAGIC, *WARC_MAGIC)


def _unpack(data: bytes, name: str) -> tuple[bytes, list[str]] | None:
    """(the text bytes inside, what was done) for a gzip archive, a document package (see ``packed``)
    or a one-page web archive (``web_archive``), a web archive in a gzip archive too; None for other bytes."""
    if not data.startswith(_PACKED):
        return None
    steps = []
    if (found := unpacked(data, name, MAX_BYTES)) is not None:
        data, done = found
        steps.extend(done)
    if (page := warc_page(data, name)) is not None:
        data = page
        steps.append("web-archive-page")
    if not steps:
        return None
    if data.startswith((GZIP_MAGIC, ZIP_MAGIC)):
        raise SourceError(name, "binary content (an archive inside an archive)")
    return data, steps


def _open_without_waiting(path: str | os.PathLike[str]) -> BinaryIO:
    """Open for reading; a named pipe nobody writes to reads as empty instead of blocking ingest forever.

    A pipe from a running writer (``nkru-tui ingest <(curl …)``) still reads whole: only the open is
    non-blocking, the reads wait for the writer as usual.
    """
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def check_content(data: bytes, name: str) -> None:
    """Raise SourceError for empty, whitespace-only or binary content."""
    if not data or data.isspace():
        raise SourceError(name, "empty file" if not data else "contains only whitespace")
    reason = binary_reason(data)
    if reason:
        raise SourceError(name, reason)
    encoding = bom_encoding(data)
    if encoding and encoding.startswith("utf-") and encoding[4:6] in ("16", "32"):
        head = data[: _SNIFF_HEAD].decode(encoding, errors="ignore")
        if len(data) <= _SNIFF_HEAD and _ONLY_BLANK.fullmatch(head.lstrip("\ufeff")):
            raise SourceError(name, "contains only whitespace")


_REPLACEMENT_UTF8 = "\ufffd".encode()
# In text a byte-order mark announces, characters no text holds: private-use code points, what did
# not decode (lone surrogates, values past U+10FFFF) and control characters.  Random bytes after a
# BOM (a binary file that happens to start FF FE) decode to one such character in eight or so.
_UNTEXTUAL = re.compile("[\ue000-\uf8ff\ufffd\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_MOST_UNTEXTUAL = 0.05


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not text, or None when it is."""
    bom = bom_encoding(data)
    if bom == "utf-8" or bom == UTF8_AFTER_UTF16_BOM:
        data = data[len(codecs.BOM_UTF8) if bom == "utf-8" else 2 :]  # no proof of text: what follows it is judged like any file
    elif bom:
        sample = data[:_SNIFF_HEAD]
        if bom.startswith("utf-16") and b"\r\n" in sample:
            sample = undo_byte_newline_conversion(sample, bom) or sample
        if bom.startswith("utf-16"):
            sample = realigned_utf16(sample, bom)[0]  # a slipped byte makes the rest of the text read as noise
        head = sample.decode(bom, errors="replace")
        if len(_UNTEXTUAL.findall(head)) > _MOST_UNTEXTUAL * len(head):
            return f"binary content (not the {bom.upper()} text its byte-order mark announces)"
        return None
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return f"binary content ({what})"
    if (payload := base64_payload(data)) is not None and (inner := binary_reason(payload)) is not None:
        named = inner.removeprefix("binary content (").removesuffix(")")
        return f"binary content (base64 of {named})" if named.startswith(("a ", "an ")) else "binary content (base64-encoded binary data)"
    head = data[:_SNIFF_HEAD]
    sample = head + data[-_SNIFF_TAIL:] if len(data) > _SNIFF_HEAD else head
    if bomless_wide(head):
        return None
    sample = without_zeroed_blocks(without_nul_padding(sample))[0]
    if b"\x00" in sample:
        if not stray_nuls(sample):
            return "binary content (contains NUL bytes)"
        sample = sample.replace(b"\x00", b"")  # damage, counted when cleaning strips it
    controls = len(sample) - len(sample.translate(None, CONTROL_BYTES)) - struck_backspaces(sample)
    if controls > 0.05 * len(sample) and not shifts_into_korean(sample):
        return "binary content (too many control bytes)"
    return None


def decode_bytes(data: bytes, name: str = "<bytes>") -> Decoded:
    """Decode text bytes; raises SourceError for empty, whitespace-only or binary data.

    UTF-8 and UTF-16/32 with a BOM, or UTF-16/32 recognised without one, are
    decoded as such (a UTF-8 BOM over legacy bytes is no proof: what follows is
    read like any file).  URL-encoded text is unquoted first (``percent``).
    Bytes that are mostly UTF-8 with a few stray legacy bytes keep their UTF-8
    and have the strays read as Windows-1252; anything else is legacy text, read
    in the codepage ``legacy`` settles on (whole legacy lines in a UTF-8 file
    are read apart from it).
    """
    if (found := _unpack(data, name)) is not None:
        decoded = decode_bytes(found[0], name)
        decoded.repairs[:0] = found[1]
        return decoded
    if (files := files_in_unicode_forms(data)) is not None:
        return _joined_decodings([decode_bytes(file, name) for file in files])
    check_content(data, name)
    repairs: list[str] = []
    encoding = bom_encoding(data)
    if encoding is None and (data.endswith(b"\x00") or data.startswith(b"\x00")) and not bomless_wide(data[:_SNIFF_HEAD]):
        padded = len(data)
        data = without_nul_padding(data)
        repairs.append(f"nul-padding-stripped x{padded - len(data)}")
    if encoding is None:
        encoding = bomless_wide(data[:_SNIFF_HEAD])
        if encoding:
            repairs.append(f"{encoding[:6]}-without-bom")
        elif (zeroed := without_zeroed_blocks(data))[1]:
            data = zeroed[0]
            repairs.append(f"nul-blocks-stripped x{zeroed[1]}")  # (text may be missing where each stood)
    utf8_label = "utf-8"
    if encoding == UTF8_AFTER_UTF16_BOM:
        data, encoding = data[2:], None
        repairs.append("utf-16-bom-before-utf-8")
    if encoding == "utf-8":
        # A UTF-8 BOM can stand before bytes in another codepage (an editor that added one to a
        # Windows-1252 file): what follows it is read like any file without one.
        data, encoding, utf8_label = data[len(codecs.BOM_UTF8) :], None, "utf-8-sig"
        if (inner := bom_encoding(data)) is not None and inner != "utf-8":
            encoding = inner  # a tool that prefixed its UTF-16 output with a UTF-8 BOM: the inner one tells
            repairs.append("bom-before-bom")
    if encoding is not None:
        if encoding.startswith("utf-16") and b"\r\n" in data and (undamaged := undo_byte_newline_conversion(data, encoding)) is not None:
            data = undamaged
            repairs.append("utf-16-newlines-unconverted")
        if encoding.startswith("utf-16") and (realigned := realigned_utf16(data, encoding))[1]:
            data = realigned[0]
            repairs.append(f"utf-16-stray-bytes-dropped x{realigned[1]}")
        if (cut := len(data) % (4 if "32" in encoding else 2 if "16" in encoding else 1)) and len(data) > cut:
            data = data[:-cut]  # a wide file cut short mid-character: the last whole unit is its end
            repairs.append("cut-character-at-end")
        text = data.decode(encoding, errors="replace")
        text = text.removeprefix("\ufeff")
        _note_replacements(text, data, repairs)
        return _finish(Decoded(text, encoding, repairs), name)
    if (seven_bit := seven_bit_text(data)) is not None:  # ISO-2022, UTF-7 or HZ
        return _finish(Decoded(seven_bit[0], seven_bit[1], repairs), name)
    if (payload := base64_payload(data)) is not None:  # binary_reason has judged what it holds: text
        decoded = decode_bytes(payload, name)
        decoded.repairs[:0] = [*repairs, "base64-decoded"]
        return decoded
    if data.isascii() and (unquoted := percent_decoded(data)) is not None and unquoted.strip():
        decoded = decode_bytes(unquoted, name)
        decoded.repairs[:0] = [*repairs, "percent-encoding-decoded"]
        return decoded
    if MODIFIED_UTF8_NUL in data and (java := decode_modified_utf8(data)) is not None:
        return _finish(Decoded(java[0], "utf-8", [*repairs, *java[1]]), name)
    try:
        text = data.decode("utf-8")
        if _REPLACEMENT_UTF8 in data:
            # Characters a program lost before the file was saved: nothing to restore, but the loss is on record.
            repairs.append(f"replacement-characters-in-source x{data.count(_REPLACEMENT_UTF8)}")
        return _finish(Decoded(text, utf8_label, repairs), name)
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.end == len(data) and not data[: exc.start].isascii():
            # A file cut short mid-character (an interrupted download or copy): the rest is UTF-8.  (Only
            # UTF-8 characters before it show the file is UTF-8: a lone letter byte after ASCII, "Caf\xe9",
            # or alone, is a legacy codepage's letter.)
            try:
                text = data[: exc.start].decode("utf-8")
            except UnicodeDecodeError:
                pass
            else:
                return _finish(Decoded(text, utf8_label, [*repairs, "cut-character-at-end"]), name)
        elif data[exc.start] == 0xED and (paired := decode_cesu8(data)) is not None:
            return _finish(Decoded(paired[0], "cesu-8" if "surrogate-pairs-joined" in paired[1] else "utf-8", [*repairs, *paired[1]]), name)
    if (overlong := decode_overlong_utf8(data)) is not None:  # (invalid UTF-8, not Latin letters: see ``overlong_utf8``)
        return _finish(Decoded(overlong[0], utf8_label, [*repairs, f"invalid-utf-8-overlong-forms x{overlong[1]}"]), name)
    if (rejoined := rejoined_characters(data)) is not None:  # (lines folded by bytes, through characters)
        repairs.append(f"utf-8-characters-rejoined x{rejoined[1]}")
        return decode_bytes_rejoined(rejoined[0], name, repairs)
    decoded = decode_legacy(data)
    decoded.repairs[:0] = repairs
    return _finish(decoded, name)


def decode_bytes_rejoined(data: bytes, name: str, repairs: list[str]) -> Decoded:
    """``data`` whose characters a line break had cut are whole again: UTF-8 now, or legacy text as before."""
    try:
        return _finish(Decoded(data.decode("utf-8"), "utf-8", repairs), name)
    except UnicodeDecodeError:
        decoded = decode_legacy(data)
        decoded.repairs[:0] = repairs
        return _finish(decoded, name)


def _joined_decodings(files: list[Decoded]) -> Decoded:
    """One text of files in different Unicode forms, each read in its own; their repairs on record once."""
    repairs = list(dict.fromkeys(repair for decoded in files for repair in decoded.repairs))
    text = "\n\n".join(decoded.text.strip("\r\n") for decoded in files) + "\n"
    return Decoded(text, files[0].encoding, [*repairs, f"joined-files x{len(files)}"])


def _note_replacements(text: str, data: bytes, repairs: list[str]) -> None:
    count = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if count > 0:
        repairs.append(f"undecodable-bytes x{count}")


def _finish(decoded: Decoded, name: str) -> Decoded:
    if _ONLY_BLANK.fullmatch(decoded.text):
        raise SourceError(name, "contains only whitespace or control characters")
    if "??" in decoded.text and letters_lost(decoded.text):
        raise SourceError(name, "its letters were saved as question marks (a codepage without them): nothing is left to read")
    return repaired_text(decoded)

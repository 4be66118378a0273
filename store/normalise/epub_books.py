"""An EPUB: a ZIP of XHTML chapters, read in the order its package file's spine gives.

A long-read saved by a read-later app, or a report published as an e-book, is an EPUB.
``META-INF/container.xml`` names the package file (``.opf``); its ``<spine>`` lists the chapters
in reading order (the ZIP's own order is no guide); each chapter's text blocks (headings,
paragraphs, list items, quotations) become paragraphs.  The book's ``dc:title`` heads the text
unless its first chapter opens with it.  Only the standard library's ``zipfile`` and lxml without
entities or network are used.
"""

from __future__ import annotations

import posixpath
import zipfile
from urllib.parse import unquote

from store.normalise.untrusted_xml import local_name, parse_xml_bytes

_CONTAINER = "META-INF/container.xml"
_BLOCKS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "dt", "dd", "td", "th"})
_SKIPPED = frozenset({"script", "style", "head", "nav", "aside"})  # a chapter's table of contents and notes boxes
_MOST_CHAPTER_BYTES = 16 * 1024 * 1024
# Dublin Core fields of the package's metadata, as the header labels the text's reader knows.
_FIELD_LABELS = {"publisher": "Publisher", "creator": "Author", "date": "Date"}
_OPF_ROLE = "{http://www.idpf.org/2007/opf}role"  # EPUB 2's role of a creator ("aut", "edt", "ill")


def is_epub(package: zipfile.ZipFile, names: set[str]) -> bool:
    if _CONTAINER not in names:
        return False
    return "mimetype" not in names or package.read("mimetype")[:64].strip() == b"application/epub+zip"


def epub_paragraphs(package: zipfile.ZipFile, names: set[str]) -> list[str] | None:
    """The book's paragraphs in reading order, or None when its package file cannot be found or read."""
    container = parse_xml_bytes(package.read(_CONTAINER))
    if container is None:
        return None
    rootfile = next((el.get("full-path") for el in container.iter() if isinstance(el.tag, str) and local_name(el.tag) == "rootfile"), None)
    if not rootfile or rootfile not in names:
        return None
    opf = parse_xml_bytes(package.read(rootfile))
    if opf is None:
        return None
    base = posixpath.dirname(rootfile)
    manifest: dict[str, tuple[str, str]] = {}
    spine: list[str] = []
    title = None
    fields: dict[str, str] = {}
    for el in opf.iter():
        if not isinstance(el.tag, str):
            continue
        name = local_name(el.tag)
        if name == "item" and el.get("id") and el.get("href"):
            manifest[el.get("id")] = (posixpath.normpath(posixpath.join(base, unquote(el.get("href")))), el.get("media-type") or "")
        elif name == "itemref" and el.get("idref") and el.get("linear") != "no":
            spine.append(el.get("idref"))
        elif name == "title" and title is None and (el.text or "").strip():
            title = " ".join(el.text.split())
        elif name in _FIELD_LABELS and (el.text or "").strip() and el.get(_OPF_ROLE, "aut") == "aut":  # (an editor is no author)
            label, value = _FIELD_LABELS[name], " ".join(el.text.split())
            fields[label] = f"{fields[label]}, {value}" if label == "Author" and label in fields else fields.get(label, value)
    paragraphs: list[str] = []
    for idref in spine:
        href, media_type = manifest.get(idref, ("", ""))
        if href not in names or "html" not in media_type or package.getinfo(href).file_size > _MOST_CHAPTER_BYTES:
            continue
        paragraphs += _chapter_paragraphs(package.read(href))
    if not paragraphs:  # (a title over no text makes no article)
        return paragraphs
    opens_with_title = bool(title) and paragraphs[0] == title
    if title and not opens_with_title and fields:
        fields = {"Title": title} | fields  # (a labelled title, as a short one alone over the text reads as a heading)
    elif title and not opens_with_title:
        paragraphs.insert(0, title)
    if fields:
        paragraphs.insert(1 if opens_with_title else 0, "\n".join(f"{label}: {value}" for label, value in fields.items()))
    return paragraphs


def _chapter_paragraphs(xhtml: bytes) -> list[str]:
    from lxml import html as lxml_html

    try:
        root = lxml_html.document_fromstring(xhtml)
    except Exception:  # noqa: BLE001  an unreadable chapter is left out; the others still read
        return []
    found = []
    for element in root.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = local_name(tag).lower()
        if tag not in _BLOCKS:
            continue
        if any(isinstance(a.tag, str) and local_name(a.tag).lower() in _BLOCKS | _SKIPPED for a in element.iterancestors()):
            continue  # a paragraph inside a list item or a quotation is read with it
        text = " ".join(element.text_content().split())
        if text:
            found.append(text)
    return found

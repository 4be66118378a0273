"""A Word file's own record of itself: ``docProps/core.xml`` (title, creator, when it was created).

The text of a .docx rarely repeats its headline's metadata, yet the package's core properties often
hold them, as a writer or a newsroom tool saved them. They become labelled header lines over the text,
as an e-book's package metadata does (``epub_books``), so the text's reader weighs them with the rest.
A placeholder an office suite fills in by itself ("Microsoft Office User", "Title") names no one.
"""

from __future__ import annotations

import zipfile

from store.normalise.untrusted_xml import local_name, parse_xml_bytes

CORE_PROPERTIES = "docProps/core.xml"
_MOST_CORE_BYTES = 256 * 1024
_FIELD_LABELS = {"title": "Title", "creator": "Author", "created": "Date"}
# What an office suite or a template writes when no one typed a value.
_PLACEHOLDERS = frozenset({
    "title", "untitled", "document", "document1", "author", "user", "admin", "administrator", "owner", "unknown",
    "microsoft office user", "windows user", "microsoft account", "python-docx", "pandoc", "docx4j", "apache poi",
})


def core_property_fields(package: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    """{"Title": …, "Author": …, "Date": …} as the package's core properties give them (empty when none)."""
    if CORE_PROPERTIES not in names or package.getinfo(CORE_PROPERTIES).file_size > _MOST_CORE_BYTES:
        return {}
    root = parse_xml_bytes(package.read(CORE_PROPERTIES))
    if root is None:
        return {}
    fields: dict[str, str] = {}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        label = _FIELD_LABELS.get(local_name(element.tag))
        value = " ".join((element.text or "").split())
        if label is None or not value or label in fields or value.lower() in _PLACEHOLDERS:
            continue
        if label == "Author" and " " not in value and value.islower():
            continue  # a login name ("jkim"): who saved the file, not a byline
        fields[label] = value
    return fields


def with_property_fields(paragraphs: list[str], fields: dict[str, str]) -> list[str]:
    """The paragraphs with the fields as one block of header lines: under the title when the text opens with it.

    The properties record who saved the file and when; a byline or a date the text prints over its
    first paragraph is the story's own, and the file's yields to it.
    """
    if not fields or not paragraphs:
        return paragraphs
    fields = {label: value for label, value in fields.items() if label not in _printed_fields(paragraphs)}
    title = fields.get("Title")
    opens_with_title = title is not None and " ".join(paragraphs[0].split()) == title
    if opens_with_title:
        fields = {label: value for label, value in fields.items() if label != "Title"}
        if not fields:
            return paragraphs
    block = "\n".join(f"{label}: {value}" for label, value in fields.items())
    return [paragraphs[0], block, *paragraphs[1:]] if opens_with_title else [block, *paragraphs]


_HEAD_PARAGRAPHS = 6
_PROSE_WORDS = 25


def _printed_fields(paragraphs: list[str]) -> set[str]:
    """"Title" when the text opens with a headline of its own; "Author" and "Date" when the lines over its
    first long paragraph print a byline or a date."""
    from store.normalise.metadata import parse_header

    printed: set[str] = set()
    opening = paragraphs[0].strip()
    if len(opening.split()) < _PROSE_WORDS and opening[-1:] not in ".:;,":
        printed.add("Title")  # the text prints its own headline over the rest: the file's title (often a name for the file) yields
    for paragraph in paragraphs[:_HEAD_PARAGRAPHS]:
        if len(paragraph.split()) >= _PROSE_WORDS:
            break
        for line in paragraph.splitlines():
            header = parse_header(line.strip())
            if header is not None and header.author:
                printed.add("Author")
            if header is not None and header.date is not None and header.date.iso:
                printed.add("Date")
    return printed

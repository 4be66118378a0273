"""Notes exported from a note-taking app: Evernote's ``.enex`` (clipped articles and reading notes).

An ENEX file is XML holding ``<note>`` elements, each with its ``<title>``, its ``<created>`` date
("20250412T080000Z"), an optional source address and its text as ENML (XHTML) inside ``<content>``.
Each note becomes an item, its body markup for the container reader; resources (pictures, files
attached as base64) are left out.
"""

from __future__ import annotations

import re

from store.normalise.feed_fields import Item
from store.normalise.news_xml import compact_date
from store.normalise.untrusted_xml import parse_xml_text

_ENEX_START = re.compile(r"\A\s*(?:<\?xml[^>]{0,300}\?>\s*)?(?:<!DOCTYPE[^>\[]{0,500}>\s*)?<en-export[\s>]")
_ENML_PROLOG = re.compile(r"\A\s*(?:<\?xml[^>]{0,300}\?>\s*)?(?:<!DOCTYPE[^>\[]{0,500}>\s*)?")
_NOTE_ROOT = re.compile(r"</?en-note[^>]{0,500}>")


def note_items(text: str) -> tuple[str, list[Item]] | None:
    """("enex", the notes as items), or None when ``text`` is no note export."""
    if text[:1] not in "<\ufeff \t\r\n" or _ENEX_START.match(text[:4096]) is None:
        return None
    root = parse_xml_text(text, huge=True)
    if root is None:
        return None
    items = []
    for note in root.iter("note"):
        attributes = note.find("note-attributes")
        content = note.findtext("content") or ""
        items.append(
            Item(
                line=note.sourceline or 1,
                title=(note.findtext("title") or "").strip() or None,
                author=(attributes.findtext("author") or "").strip() or None if attributes is not None else None,
                url=(attributes.findtext("source-url") or "").strip() or None if attributes is not None else None,
                published=compact_date((note.findtext("created") or "").strip() or None),
                body=_NOTE_ROOT.sub("", _ENML_PROLOG.sub("", content, count=1)).strip(),
            )
        )
    return ("enex", items) if items else None

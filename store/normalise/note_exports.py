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
        saved_by = (attributes.findtext("author") or "").strip() or None if attributes is not None else None
        signed = bool(saved_by) and _signed_by_its_writer(content)
        items.append(
            Item(
                line=note.sourceline or 1,
                title=(note.findtext("title") or "").strip() or None,
                author=None if signed else saved_by,
                removed=[("note-saved-by", f"Author: {saved_by}")] if signed else [],
                url=(attributes.findtext("source-url") or "").strip() or None if attributes is not None else None,
                published=compact_date((note.findtext("created") or "").strip() or None),
                body=_NOTE_ROOT.sub("", _ENML_PROLOG.sub("", content, count=1)).strip(),
            )
        )
    return ("enex", items) if items else None


_BLOCK_BREAK = re.compile(r"<(?:/?(?:div|p|h[1-6]|li|blockquote)|br)\b[^>]{0,300}>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,500}>")
_HEAD_BLOCKS = 6


def _signed_by_its_writer(content: str) -> bool:
    """Does the clipped text print its own byline near its top ("By Daniel Brooks")?

    A note's author attribute names whoever saved the note; a clipped article that is signed was written
    by the person its byline names, so the note's author is then no writer of it.
    """
    from html import unescape

    from store.normalise.byline_parsing import parse_byline

    blocks = (" ".join(unescape(_TAG.sub("", block)).split()) for block in _BLOCK_BREAK.split(content[:8000]))
    head = [block for block in blocks if block][:_HEAD_BLOCKS]
    return any(parse_byline(block) is not None for block in head)

"""A web page's footnotes set as bare in-page links: "… told me 15,000.<a href="#footnote-2">2</a>".

Newsletter platforms (Substack, Ghost) and many blogs mark a note with a plain link whose text is the note's
number and whose address is a place further down the page; the note there links back the same way.  Left in,
the number is glued to the figure before it ("15,000.2") and the notes read as body paragraphs.  A link is
such a mark when its text is a number of one to three digits and its address names an element that comes
after it in the page: the mark leaves the text (counted), and the block holding that element is a note,
which leaves the text for the audit as a footnote.  A mark set in a superscript leaves the text in ``html``;
its note is found here all the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from store.normalise.characters import squash_spaces

# An in-page link with a number for its text (not one set in a superscript: that form is read elsewhere).
_NUMBER_LINK = re.compile(
    r"(?<!<sup>)<a\b[^>]{0,300}?\bhref=[\"']?#([^\"'\s>]{1,200})[\"']?[^>]{0,300}>\s*\[?(\d{1,3})\]?\s*</a>",
    re.IGNORECASE,
)
_ANY_NUMBER_LINK = re.compile(r"<a\b[^>]{0,300}?\bhref=[\"']?#[^>]{0,300}>\s*\[?\d{1,3}\]?\s*</a>", re.IGNORECASE)
_NOTE_BLOCKS = frozenset(["li", "div", "p", "aside", "section", "dd", "td"])
_TEXT_BLOCKS = frozenset(["p", "li", "div", "dd", "td", "blockquote", "aside", "section"])
_NOTE_NAME = re.compile(r"note|\bfn|\bcite|\bref", re.IGNORECASE)
_NOTE_EDGES = re.compile(r"^\s*\[?\d{1,3}\]?[.):]?\s+|\s*[↩⤴︎\ufe0e]+\s*$")


@dataclass(slots=True)
class PageFootnotes:
    html_text: str
    marks: int = 0  # marks taken out of the text
    notes: set[str] = field(default_factory=set)  # each note's text, as the page's blocks give it


def page_footnotes(html_text: str) -> PageFootnotes:
    """The page with its bare footnote links taken out, and the texts of the notes they point to."""
    if "#" not in html_text or _ANY_NUMBER_LINK.search(html_text) is None:
        return PageFootnotes(html_text)
    try:
        from lxml import html as lxml_html

        root = lxml_html.document_fromstring(html_text)
    except Exception:  # noqa: BLE001  unparsable markup keeps its links
        return PageFootnotes(html_text)
    order = {element: i for i, element in enumerate(root.iter())}
    ids = {element.get("id") or element.get("name"): element for element in order if element.get("id") or element.get("name")}
    mark_targets: set[str] = set()
    backlink_targets: set[str] = set()
    notes: list[object] = []
    for link in root.iter("a"):
        href = link.get("href") or ""
        text = (link.text_content() or "").strip().strip("[]")
        target = ids.get(href[1:]) if href.startswith("#") else None
        if target is None or not text.isdigit() or len(text) > 3 or (parent := link.getparent()) is None:
            continue
        if order[target] > order[link]:
            note = target if target.tag in _NOTE_BLOCKS else _block_above(target)
            if note is not None and link not in note.iter("a") and _is_note(note, link):
                if parent.tag != "sup":  # (a superscript's mark is taken out with it, in ``html``)
                    mark_targets.add(href[1:])
                notes.append(note)
    for note in notes:
        for link in note.iter("a"):  # the note's own number, a link back to its mark
            href = link.get("href") or ""
            if href.startswith("#") and (link.text_content() or "").strip().strip("[]").isdigit():
                backlink_targets.add(href[1:])
    if not notes:
        return PageFootnotes(html_text)
    marks = 0

    def drop(found: re.Match[str]) -> str:
        nonlocal marks
        if found[1] in mark_targets:
            marks += 1
            return ""
        return "" if found[1] in backlink_targets else found[0]

    stripped = _NUMBER_LINK.sub(drop, html_text)
    texts = {text for note in notes for text in _note_texts(note)}
    return PageFootnotes(stripped, marks, texts)


def _is_note(note: object, mark: object) -> bool:
    """A note says so: it links back to its mark, or it or a block around it is named a note.

    (A section that a numbered contents link points to links back "to top", never to the number.)
    """
    own = {mark.get("id"), *(above.get("id") for above in list(mark.iterancestors())[:2])} - {None}  # type: ignore[attr-defined]
    if any((link.get("href") or "")[1:] in own for link in note.iter("a") if (link.get("href") or "").startswith("#")):  # type: ignore[attr-defined]
        return True
    element = note
    while element is not None:
        if _NOTE_NAME.search(f"{element.get('id') or ''} {element.get('class') or ''}"):  # type: ignore[attr-defined]
            return True
        element = element.getparent()  # type: ignore[attr-defined]
    return False


def _block_above(element: object) -> object | None:
    parent = element.getparent()  # type: ignore[attr-defined]
    while parent is not None and parent.tag not in _NOTE_BLOCKS:
        parent = parent.getparent()
    return parent


def _note_texts(note: object) -> list[str]:
    """The texts of the note's innermost blocks (or its own), its number and back-arrow left off."""
    inner = [element for element in note.iter() if element is not note and element.tag in _TEXT_BLOCKS]  # type: ignore[attr-defined]
    leaves = [element for element in inner if not any(child.tag in _TEXT_BLOCKS for child in element.iterdescendants())] or [note]
    texts = []
    for element in leaves:
        text = _NOTE_EDGES.sub("", squash_spaces(" ".join(element.itertext())))
        if text and not text.isdigit():
            texts.append(text)
    return texts


def is_note_line(line: str, notes: set[str]) -> bool:
    """Is this line of the extracted text one of the notes (its number or back-arrow aside)?"""
    return bool(notes) and _NOTE_EDGES.sub("", squash_spaces(line.lstrip("#>*- "))) in notes

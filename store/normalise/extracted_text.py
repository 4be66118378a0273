"""The extractor's text of a page put back in the page's own shape.

trafilatura returns a page's main text in its own order and layout: a short page run together on one
line, a live blog's first entry hoisted over the headline, an ``<ol start="6">`` counted from 1 again,
the rules (``<hr>``) between a digest's stories gone.  Each is set right from the page's markup.
"""

from __future__ import annotations

import html
import itertools
import re

from store.normalise.characters import squash_spaces

TAG = re.compile(r"<[^>]{0,1000}>")


def flattened_blocks_put_apart(text: str, blocks: list[tuple[int, str]]) -> str:
    """A page extraction flattened into one line gets its blocks back as paragraphs.

    When the main-text search gives up on a short page (a paywall stub, say) the
    fallback returns the page's text run together: headline, paragraphs and
    buttons in one line.  The line is cut where the page's blocks start, but
    only when the pieces are exactly the page's blocks, so that a short block
    found inside a sentence ("Top") never cuts it.
    """
    line = text.strip()
    texts = {block for _, block in blocks}
    starts = sorted({i for block in texts if (i := line.find(block)) > 0 and line[i - 1] == " "})
    if not starts:
        return text
    pieces = [line[a:b].strip() for a, b in itertools.pairwise([0, *starts, len(line)])]
    if not all(piece in texts for piece in pieces):
        return text
    return "\n\n".join(pieces) + "\n"


def hoisted_block_put_back(text: str, block_order: dict[str, int]) -> str:
    """A paragraph extraction put first though the page prints it later goes back to its place.

    On pages of many dated entries (a live blog) trafilatura can hoist the
    first entry above the headline; the page's own order is the reading order.
    """
    paragraphs = text.split("\n\n", 2)
    if len(paragraphs) < 3:
        return text

    def line_of(paragraph: str) -> int | None:
        return block_order.get(squash_spaces(paragraph.lstrip("#> ").strip()))

    first, second = line_of(paragraphs[0]), line_of(paragraphs[1])
    if first is None or second is None or first <= second:
        return text
    paragraphs = text.split("\n\n")
    lines = [first, second, *map(line_of, paragraphs[2:])]
    at = next((k for k in range(1, len(lines)) if lines[k] is not None and lines[k] > first), len(lines))
    return "\n\n".join([*paragraphs[1:at], paragraphs[0], *paragraphs[at:]])


_OL_WITH_START = re.compile(r"<ol\b[^>]{0,300}?\bstart\s*=\s*[\"']?(\d{1,6})[^>]{0,300}>\s*(?:<li\b[^>]{0,300}>)?(.{0,600}?)(?:<li\b|</li|</ol)", re.IGNORECASE | re.DOTALL)
_NUMBERED_LINE = re.compile(r"(\d{1,6})\. ")


def with_list_starts(html_text: str, text: str) -> str:
    """``text`` with the numbers an ``<ol start="6">`` gives its items, which extraction restarts at 1.

    The printed numbers are the author's ("6. long-range strikes"), and a
    list continued after a paragraph would otherwise count from 1 again.
    Each such list is found in the text by its first item, numbered "1.".
    """
    lines = text.split("\n")
    for found in _OL_WITH_START.finditer(html_text):
        start = int(found[1])
        first_item = squash_spaces(html.unescape(TAG.sub("", found[2]))).strip()[:40]
        if start == 1 or not first_item:
            continue
        at = next((i for i, line in enumerate(lines) if line.startswith("1. ") and line[3:].replace("\\", "").startswith(first_item)), None)
        if at is None:
            continue
        expected = 1
        for i in range(at, len(lines)):
            numbered = _NUMBERED_LINE.match(lines[i])
            if numbered is None or int(numbered[1]) != expected:
                break
            lines[i] = f"{start + expected - 1}. {lines[i][numbered.end():]}"
            expected += 1
    return "\n".join(lines)


_RULE = re.compile(r"<hr\b", re.IGNORECASE)
_TEXT_BLOCKS = frozenset(["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt", "figcaption", "div", "section", "article"])
_INLINE_MARKS = re.compile(r"[\\*_#>`]")
_MOST_RULES = 200
RULE_LINE = "⁂"  # (no Markdown mark: "* * *" would read as a bullet)


def rules_put_back(text: str, html_text: str, title: str | None) -> str:
    """``text`` with the page's rules (``<hr>``) as the rule lines a text file prints between its stories.

    Extraction drops a rule, and with it where a digest's stories or a page's sections part; each rule
    goes back above the first block of text under it, where that block opens a line of the text below
    another.  Whether a rule parts two stories is the splitter's question, as for a text file's rule; a
    page whose text opens with the page's own headline is one story, and its rules stay out.
    """
    if _RULE.search(html_text) is None:
        return text
    if title and (printed := "".join(_INLINE_MARKS.sub("", title).split()).casefold()) and any(
        "".join(_INLINE_MARKS.sub("", line).split()).casefold() == printed for line in text.split("\n", 40)[:40]
    ):
        return text  # the page's headline atop its text: one story, whose rules part its sections
    under = _blocks_under_rules(html_text)
    if not under:
        return text
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        key = "".join(_INLINE_MARKS.sub("", line).split())
        if key and key in under and any(out):
            under.discard(key)
            out += [RULE_LINE, ""] if not out[-1] else ["", RULE_LINE, ""]
        out.append(line)
    return "\n".join(out)


def _blocks_under_rules(html_text: str) -> set[str]:
    """The text (without spaces or marks) of the first block under each of a page's rules."""
    try:
        from lxml import etree
        from lxml import html as lxml_html

        root = lxml_html.document_fromstring(html_text)
        etree.strip_elements(root, "script", "style", "noscript", "template", "head", etree.Comment, with_tail=False)
    except Exception:  # noqa: BLE001  unparsable markup: no rule is put back
        return set()
    found: set[str] = set()
    after_rule = False
    rules = 0
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "hr":
            after_rule, rules = True, rules + 1
            if rules > _MOST_RULES:
                break
            continue
        if not after_rule or not (element.text or "").strip():
            continue
        block = element
        while block.tag not in _TEXT_BLOCKS and block.getparent() is not None:
            block = block.getparent()
        if key := "".join(_INLINE_MARKS.sub("", "".join(block.itertext())).split()):
            found.add(key)
        after_rule = False
    return found


_EDITORS_NOTE = re.compile(r"(?:editor['’]s note|editors['’] note|note from the editors?|a note to readers|clarification|correction)s?\b[^\n]{0,12}?[:：—–-] ?\S", re.IGNORECASE)
_LONGEST_NOTE = 600
_LEAST_NOTE_WORDS = 6


def _note_shaped(text: str) -> bool:
    """A sentence or more, as a note is ("Corrections: Report an error" is a link's label)."""
    return len(text) <= _LONGEST_NOTE and len(text.split()) >= _LEAST_NOTE_WORDS and text.rstrip()[-1:] in ".!?)”\""


def notes_put_back(text: str, blocks: list[tuple[int, str]], discarded: list[tuple[int, str]]) -> tuple[str, list[tuple[int, str]]]:
    """``text`` with the outlet's notes on the story that extraction left out (an editor's note, a correction
    set in an ``<aside>``) back where the page prints them, and ``discarded`` without them: they are the
    story's text, what the outlet says about its own reporting."""
    from store.normalise.derived_titles import is_correction_note

    notes = [block for block in discarded if _note_shaped(block[1]) and (_EDITORS_NOTE.match(block[1]) or is_correction_note(block[1]))]
    if not notes or not text:
        return text, discarded
    lines = text.split("\n")
    at_line: dict[str, int] = {}
    for n, line in enumerate(lines):
        at_line.setdefault("".join(_INLINE_MARKS.sub("", line).split()), n)
    dropped = set(discarded)
    inserts: list[tuple[int, str]] = []
    for note in notes:
        i = blocks.index(note) if note in blocks else -1
        before = next((at_line[key] for _, block in reversed(blocks[:i]) if (key := "".join(_INLINE_MARKS.sub("", block).split())) in at_line), None) if i > 0 else None
        if before is not None:
            inserts.append((before + 1, note[1]))
        elif i >= 0 and (after := next((at_line[key] for _, block in blocks[i + 1 :] if (key := "".join(_INLINE_MARKS.sub("", block).split())) in at_line), None)) is not None:
            inserts.append((after, note[1]))
        else:
            continue
        dropped.discard(note)
    for at, note in sorted(inserts, key=lambda insert: insert[0], reverse=True):
        lines[at:at] = ["", note, ""]
    return "\n".join(lines), [block for block in discarded if block in dropped]

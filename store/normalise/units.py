"""From cleaned lines to units: the candidate paragraphs every later step works on.

A unit is one line, except in hard-wrapped text (lines broken at a fixed width,
paragraphs separated by blank lines), where the wrapped lines of a paragraph
are joined.  Each unit remembers its source line and the blank-line block it
sits in: caption groups and bullet lists show up as multi-line blocks in
layouts whose paragraphs are otherwise one line each.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field

from store.normalise.hyphenation import LINE_END_HYPHENS, KnownWords, document_words, join_wrapped_lines, opens_compound_of_a_name
from store.normalise.metadata import Header, parse_header
from store.normalise.shapes import (
    BULLET_MARK,
    is_separator_line,
    prose_shape,
    unspaced_words,
    word_count,
)
from store.normalise.wrap_width import LEAST_WRAPPED, display_width, wrap_width


@dataclass(slots=True)
class LineInfo:
    """One cleaned source line and what markup (if any) said about it."""

    text: str
    number: int  # 1-based line in the decoded source
    heading_level: int = 0  # Markdown "#" depth
    image_alt: bool = False  # text of a Markdown image
    quote: bool = False  # Markdown blockquote
    bullet: bool = False  # Markdown list item
    form_feed: bool = False  # a form feed stood on or before this line
    chat_sender: bool = False  # a chat message's "[stamp] Sender:" line: the sender is a person


@dataclass(slots=True)
class Unit:
    text: str  # squashed text
    raw: str  # as in the cleaned source (lines joined by "\n"), for the audit
    line: int
    block: int = 0
    block_size: int = 1
    pos: int = 0  # index inside its block
    indent: bool = False
    heading_level: int = 0
    image_alt: bool = False
    quote: bool = False
    bullet: bool = False
    form_feed: bool = False
    chat_sender: bool = False  # see LineInfo
    # Filled in by later steps:
    figure_note: bool = False  # "Source: X" crediting a chart or table above: never a header line
    removed: str | None = None  # removal reason
    action: str | None = None  # furniture action of the matching rule
    outlet_hint: str | None = None  # outlet a furniture/masthead line names
    kind: str | None = None  # PassageKind value once classified
    role: str | None = None  # "title", "dek", "header" ...
    _shape_of: str | None = field(default=None, repr=False, compare=False)
    _prose: bool = field(default=False, repr=False, compare=False)
    _words_of: str | None = field(default=None, repr=False, compare=False)
    _words: int = field(default=0, repr=False, compare=False)
    _header_of: str | None = field(default=None, repr=False, compare=False)
    _header: Header | None = field(default=None, repr=False, compare=False)

    @property
    def kept(self) -> bool:
        return self.removed is None and self.role is None

    def is_prose(self) -> bool:
        """``is_body_like(self.text)``, remembered: many steps ask it of every unit."""
        if self._shape_of is not self.text:
            self._shape_of = self.text
            n = self.words()
            self._prose = prose_shape(self.text, n)  # is_body_like, counted once
        return self._prose

    def words(self) -> int:
        """``word_count(self.text)``, remembered."""
        if self._words_of is not self.text:
            self._words_of = self.text
            self._words = word_count(self.text)
        return self._words

    def header(self) -> Header | None:
        """``parse_header(self.text)``, remembered (read-only)."""
        if self.figure_note:
            return None
        if self._header_of is not self.text:
            self._header_of = self.text
            self._header = parse_header(self.text)
            if self._header is None and " " not in self.text and _WEB_ADDRESS.fullmatch(self.text) is not None:
                self._header = Header("address", url=self.text)  # the story's own address, on a line of its own
            elif self._header is None and self.bullet and ":" in self.text:
                # "• Date: 2025-03-24" in a press office's list of fields: the field, whatever marks the list.
                field_line = parse_header(BULLET_MARK.sub("", self.text, count=1))
                self._header = field_line if field_line is not None and field_line.kind == "field" else None
            elif self._header is not None and self._header.outlet and "   " in self.raw and "\n" not in self.raw:
                # "Monday, 4 November 2024   THE KOREA HERALD   3": the wide gaps part the name from the folio.
                spaced = parse_header(self.raw.strip())
                if spaced is not None and spaced.outlet and self._header.outlet.startswith(spaced.outlet):
                    self._header = spaced
        return self._header


_WEB_ADDRESS = re.compile(r"https?://[\w.-]{3,100}/\S{0,400}|www\.[\w-]{1,60}\.[\w.-]{2,60}/\S{0,400}")


def lines_with_markup(texts: Sequence[str], form_feeds: Collection[int] = ()) -> list[LineInfo]:
    """Plain lines as LineInfo records, for the steps that annotate them (Markdown)."""
    return [LineInfo(text, i + 1, form_feed=i in form_feeds) for i, text in enumerate(texts)]


def build_units(
    texts: Sequence[str],
    *,
    form_feeds: Collection[int] = (),
    markup: Sequence[LineInfo] | None = None,
    printable: bool = False,
    wrap_sample: Sequence[int] = (),
) -> list[Unit]:
    """Units in source order; blank lines only delimit blocks.

    ``texts`` are the cleaned lines; ``markup`` (one LineInfo per line, when
    Markdown or HTML said more about them) carries line numbers, heading
    levels and the like; without it line ``i`` is number ``i + 1``.
    ``printable``: every line is known to be printable (see ``_squashed``).
    ``wrap_sample``: indices of lines known to come from one wrapping program (a mail-quoted
    message), whose width stands even when short header and signature lines outnumber them.
    """
    filled = [bool(text) and not text.isspace() for text in texts]
    width = wrap_width(texts, filled)
    if width is None and wrap_sample:
        width = wrap_width([texts[i] for i in wrap_sample], [filled[i] for i in wrap_sample])
    if markup is None and width is None:
        return _plain_units(texts, filled, form_feeds, printable)
    document: list[frozenset[str]] = []

    def known_words() -> frozenset[str]:
        if not document:
            document.append(document_words("\n".join(texts)))
        return document[0]

    units: list[Unit] = []
    wrapped: list[str] = []  # raw lines of the unit being joined (hard-wrapped text)
    block = 0
    block_start = 0
    pending_ff = False
    previous_blank = True
    for i, line in enumerate(texts):
        info = markup[i] if markup is not None else None
        if info is not None:
            pending_ff = pending_ff or info.form_feed
        elif form_feeds:
            pending_ff = pending_ff or i in form_feeds
        if not filled[i]:
            if wrapped:
                _finish_wrapped(units, wrapped, known_words)
            if not previous_blank:
                _close_block(units, block_start)
                block += 1
                block_start = len(units)
            previous_blank = True
            continue
        if previous_blank:
            block_start = len(units)
        # A page break (form feed) ends a paragraph here; ``pages`` rejoins one the break cut.
        if width is not None and not previous_blank and not pending_ff and units and _continues(units[-1], wrapped, line, info, width):
            wrapped.append(line.rstrip())
        else:
            if wrapped:
                _finish_wrapped(units, wrapped, known_words)
            text, n_words = _squashed(line)
            # "## 1. Seoul raises its count": a numbered heading is a heading, not a list item.
            bullet = text[0] in _BULLET_STARTS and BULLET_MARK.match(line.strip()) is not None and not (info and info.heading_level)
            raw = line.rstrip()
            if info is None:
                unit = Unit(text, raw, i + 1, block, indent=line[0] in " \t", bullet=bullet, form_feed=pending_ff)
            else:
                unit = Unit(
                    text,
                    raw,
                    info.number,
                    block,
                    indent=line[0] in " \t",
                    heading_level=info.heading_level,
                    image_alt=info.image_alt,
                    quote=info.quote,
                    bullet=info.bullet or bullet,
                    form_feed=pending_ff,
                    chat_sender=info.chat_sender,
                )
            unit._words_of, unit._words = text, n_words if text.isascii() else n_words + unspaced_words(text, n_words)
            units.append(unit)
            if width is not None:
                wrapped.append(raw)
            pending_ff = False
        previous_blank = False
    if wrapped:
        _finish_wrapped(units, wrapped, known_words)
    _close_block(units, block_start)
    return units


def breaks_mid_sentence(before: str, line: str) -> bool:
    """``line`` carries on a sentence ``before`` left open, whatever the line lengths.

    A line that stops on a word, a comma or a broken word ("The deploy-") and a
    next line in lower case ("ment followed ...") are one sentence cut by a
    copy out of a PDF or a narrow window; a heading or a list item never opens
    in lower case.  A lone short line ("Kevin") is left alone: it may be a name.
    """
    if line[:1].isupper() and before[-1:] in LINE_END_HYPHENS and opens_compound_of_a_name(before):
        return True  # "… the pro-" / "Russian blogger …": one word, "pro-Russian"
    if (line[:1].isdigit() or line[:1].isupper()) and before:
        return _number_carries_on(before, line)
    if not line[:1].islower() or not before:
        return False
    if " " not in line and ((line[1:2] == "/" and line[:1] in "ru") or "@" in line or line.startswith(("http://", "https://", "www."))):
        return False  # a community's, a user's, a mail or a web address alone ("r/geopolitics", "kim@yna.co.kr"): no word of a sentence
    if line[:3] == "by " and _LOWER_CASE_BYLINE.fullmatch(line) is not None and not line.endswith("."):
        return False
    end = before[-1]
    if end in LINE_END_HYPHENS:
        return len(before) > 1 and before[-2].isalpha()
    return (end.isalpha() or end == ",") and before.count(" ") >= 3


_NUMBER_CARRIED_ON = re.compile(r"\d[\d,.]*(?:\s|%|$)")
_LEAST_CUT_LINE = 50  # characters: a wrapped line, not a heading or a label, stops on its last word


def _number_carries_on(before: str, line: str) -> bool:
    """"… say that North Korean losses already exceed" / "1,000." : a long line left open on a lower-case word
    and the next opening with a figure are one sentence, the figure cut from its words (never a numbered item)."""
    before = before.rpartition("\n")[2].strip()
    last = before.rpartition(" ")[2]
    if len(before) < _LEAST_CUT_LINE or not last.isalpha() or not last.islower() or before.count(" ") < 6:
        return False
    if line[:1].isupper():
        return last in _NEVER_LAST and line[-1:] in ".,;:" and BULLET_MARK.match(line) is None  # "… the number of" / "North Korean soldiers …"
    # (the rest of a sentence ends like one: a date and time under a headline, "13 ноября 2024, 10:15", do not)
    return _NUMBER_CARRIED_ON.match(line) is not None and line.rstrip()[-1:] in ".,;:!?…" and BULLET_MARK.match(line) is None


# Words no sentence or heading ends on: a line stopping on one was cut mid-sentence.
_NEVER_LAST = frozenset("of the a an to and or in for with by from at on into than as".split())


def _plain_units(texts: Sequence[str], filled: Sequence[bool], form_feeds: Collection[int], printable: bool) -> list[Unit]:
    """``build_units`` for the commonest case, unmarked and unwrapped lines, in one lean loop."""
    units: list[Unit] = []
    document: list[frozenset[str]] = []

    def known_words() -> frozenset[str]:
        if not document:
            document.append(document_words("\n".join(texts)))
        return document[0]

    append = units.append
    block = block_start = 0
    pending_ff = False
    previous_blank = True
    for i, line in enumerate(texts):
        if form_feeds and i in form_feeds:
            pending_ff = True
        if not filled[i]:
            if not previous_blank:
                if len(units) - block_start > 1:  # a one-line block keeps the defaults
                    _close_block(units, block_start)
                block += 1
                block_start = len(units)
                previous_blank = True
            continue
        if previous_blank:
            block_start = len(units)
            previous_blank = False
        elif (line[0].islower() or line[0].isdigit() or (line[0].isupper() and units[-1].raw[-3:].islower())) and not pending_ff and breaks_mid_sentence(units[-1].raw, line.rstrip()):
            _join_broken_line(units[-1], line, known_words)
            continue
        if (printable or line.isprintable()) and "  " not in line and line[0] != " " and line[-1] != " ":
            text, n_words = line, line.count(" ") + 1  # already squashed (see _squashed)
        else:
            text, n_words = _squashed(line)
        bullet = text[0] in _BULLET_STARTS and BULLET_MARK.match(line.strip()) is not None
        unit = Unit(text, line.rstrip(), i + 1, block, 1, 0, line[0] in " \t", 0, False, False, bullet, pending_ff)
        unit._words_of = text
        unit._words = n_words if text.isascii() else n_words + unspaced_words(text, n_words)
        append(unit)
        pending_ff = False
    if len(units) - block_start > 1:
        _close_block(units, block_start)
    return units


def _join_broken_line(unit: Unit, line: str, known_words: KnownWords) -> None:
    """Carry ``unit`` on with the next source line (see ``breaks_mid_sentence``)."""
    unit.raw = f"{unit.raw}\n{line.rstrip()}"
    unit.text = join_wrapped_lines(unit.raw.split("\n"), known_words)
    unit._words_of = None


def _squashed(line: str) -> tuple[str, int]:
    """``" ".join(line.split())`` and its number of words.

    Most lines already are that: printable (every whitespace character but
    the space is not), single-spaced and trimmed.  Checking so is several
    times cheaper than splitting a long paragraph into words and joining them.
    """
    if line.isprintable() and "  " not in line and line[0] != " " and line[-1] != " ":
        return line, line.count(" ") + 1
    parts = line.split()
    return " ".join(parts), len(parts)


# First characters of the bullet marks BULLET_MARK knows (a quick test before the regex).
_BULLET_STARTS = frozenset("•·▪‣◦●○■□◆►▶–—*+-0123456789\uf0b7\uf0a7\uf0d8")


def _finish_wrapped(units: list[Unit], wrapped: list[str], known_words: KnownWords) -> None:
    """Give the last unit the text of all its wrapped lines, joined once (not line by line)."""
    if len(wrapped) > 1:
        last = units[-1]
        last.raw = "\n".join(wrapped)
        last.text = join_wrapped_lines(wrapped, known_words)
    wrapped.clear()


_RULE_STARTS = frozenset("-=_*~#+—–―═━─")
# A byline set in lower case under its headline ("by Gabriel Dominguez", "by Lee Hyun-ju and Kim Arin"):
# names alone, no sentence's end, so no words a wrapped sentence carries on with.
_NAME = r"[A-Z][\w'’.-]{0,30}"
_LOWER_CASE_BYLINE = re.compile(rf"by {_NAME}(?: {_NAME}){{0,3}}(?:(?:,| and) {_NAME}(?: {_NAME}){{0,3}}){{0,3}}")


def _continues(previous: Unit, wrapped: list[str], line: str, info: LineInfo | None, width: int) -> bool:
    """In wrapped text, does ``line`` carry on the paragraph of ``previous``?"""
    last_line = wrapped[-1] if wrapped else previous.raw
    if previous.heading_level or (info is not None and info.heading_level):
        return False
    if width < LEAST_WRAPPED:
        # A newspaper column indents each paragraph's first line; its last line may be nearly full.
        if line[:1] in " \t" and last_line[:1] not in " \t":
            return False
        if "   " in line.strip() or "   " in last_line.strip() or (len(wrapped) <= 1 and previous.header() is not None):
            return False  # the page's folio, set out in columns, and a byline are lines of their own
        if len(last_line.strip()) < width // 2 and not breaks_mid_sentence(last_line, line):
            return False
    elif display_width(last_line) < width - 25 and not breaks_mid_sentence(last_line, line):
        return False
    if _is_field_line(line) or _is_field_line(last_line):
        return False  # "Title: ..." then "Source: ...": a header block, one field a line
    if line.lstrip().startswith("|") or last_line.lstrip().startswith("|"):
        return False  # a table row is a line of its own, however wide the table
    if last_line.lstrip()[:1] in _RULE_STARTS and is_separator_line(last_line):
        return False  # a page's or a section's rule ("─────") joins no text: it ends the paragraph above
    return BULLET_MARK.match(line.strip()) is None and not (info is not None and info.image_alt)


def _is_field_line(line: str) -> bool:
    """A capitalised "Key: value" header field ("Source: Reuters"), which wrapping never continues."""
    stripped = line.strip()
    if not stripped[:1].isupper() or ":" not in stripped[:24]:
        return False
    header = parse_header(stripped)
    return header is not None and header.kind == "field"


def _close_block(units: list[Unit], start: int) -> None:
    """Number the units of the block that starts at ``start`` (every unit since belongs to it)."""
    size = len(units) - start
    for pos in range(size):
        unit = units[start + pos]
        unit.block_size = size
        unit.pos = pos

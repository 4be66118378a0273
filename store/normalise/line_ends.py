"""Line ends and file joins that decoding leaves in an unusual form.

- NEL (U+0085) is EBCDIC's newline; a mainframe's or an old wire system's export converted to a
  Unicode encoding keeps it, and the text reads as one line.  Kept as the byte 0x85 in a single-byte
  file, a Windows codepage reads it as "…": ellipses wedged between a line's end and the next one's start.
- A byte-order mark opening a line inside a text is where another file began: files joined end to
  end ("cat *.txt") each keep their mark.  Where one began, a new item begins, as at a form feed.
"""

from __future__ import annotations

import re

# A UTF-8 lead byte read as Latin-1 ("Ñ\x85" is "х" read so): a NEL after one is mojibake, not a line end.
_NEL_AFTER_LEAD = re.compile("[\u00c2-\u00f4]\x85")
_LEAST_NEL_LINES = 2
# An ellipsis in prose ends a word and is followed by a space or another sentence's end; a NEL read as one
# is followed at once by the next line ("gunners……South" for a title, a blank line and a paragraph).
_ELLIPSIS_BEFORE_SPACE = re.compile("…[ \t\u00a0]")
_NEL_CODEPAGES = frozenset({"cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258"})


def nel_line_ends(text: str) -> str | None:
    """``text`` with its NEL line ends made newlines; None when they are no line ends.

    Only a text that has no other line end and never puts a NEL after a character that mojibake
    makes of a UTF-8 lead byte."""
    if "\n" in text or "\r" in text or text.count("\x85") < _LEAST_NEL_LINES or _NEL_AFTER_LEAD.search(text):
        return None
    return text.replace("\x85", "\n")


def ellipses_as_nel(text: str, encoding: str) -> str | None:
    """``text`` read in a Windows codepage with its "…" made newlines when they are NEL bytes; else None.

    Only a text with no other line end, whose every "…" runs straight into the next line or another "…",
    with a blank line ("……") among them."""
    if encoding not in _NEL_CODEPAGES or "\n" in text or "\r" in text or "……" not in text or _ELLIPSIS_BEFORE_SPACE.search(text):
        return None
    if text.count("…") < _LEAST_NEL_LINES:
        return None
    return text.replace("…", "\n")


def joined_files(text: str) -> tuple[str, int]:
    """``text`` with a form feed where a joined file's byte-order mark opens a line; how many there were."""
    joins = text.count("\n\ufeff")
    return (text.replace("\n\ufeff", "\n\f"), joins) if joins else (text, 0)

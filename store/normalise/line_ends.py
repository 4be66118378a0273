"""Line ends and file joins that decoding leaves in an unusual form.

- NEL (U+0085) is EBCDIC's newline; a mainframe's or an old wire system's export converted to a
  Unicode encoding keeps it, and the text reads as one line.
- A byte-order mark opening a line inside a text is where another file began: files joined end to
  end ("cat *.txt") each keep their mark.  Where one began, a new item begins, as at a form feed.
"""

from __future__ import annotations

import re

# A UTF-8 lead byte read as Latin-1 ("Ñ\x85" is "х" read so): a NEL after one is mojibake, not a line end.
_NEL_AFTER_LEAD = re.compile("[\u00c2-\u00f4]\x85")
_LEAST_NEL_LINES = 2


def nel_line_ends(text: str) -> str | None:
    """``text`` with its NEL line ends made newlines; None when they are no line ends.

    Only a text that has no other line end and never puts a NEL after a character that mojibake
    makes of a UTF-8 lead byte."""
    if "\n" in text or "\r" in text or text.count("\x85") < _LEAST_NEL_LINES or _NEL_AFTER_LEAD.search(text):
        return None
    return text.replace("\x85", "\n")


def joined_files(text: str) -> tuple[str, int]:
    """``text`` with a form feed where a joined file's byte-order mark opens a line; how many there were."""
    joins = text.count("\n\ufeff")
    return (text.replace("\n\ufeff", "\n\f"), joins) if joins else (text, 0)

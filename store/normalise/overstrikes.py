"""Text printed for a teletype: bold and underline made by backspacing over a character.

nroff (manual pages, old formatted reports) and some mainframe print files write bold as "N\\bN" (the
letter struck twice) and underline as "_\\bN"; a terminal shows the letter, a file keeps the backspaces.
Read as they are, every letter of a bold or underlined word carries a control byte, enough to refuse the
file as binary, and stripping the controls leaves "NNoorrtthh".  Each overstrike is the one character a
reader saw.
"""

from __future__ import annotations

import re

# (in bytes, for the binary check: a printable byte struck over another, whatever the encoding)
_STRUCK_BYTES = re.compile(rb"[^\x00-\x1f\x7f]\x08(?=[^\x00-\x1f\x7f])")
_STRUCK = re.compile("(.)\x08(?=\\1)|_\x08(?=[^\\s_\x08])|(?<=[^\\s\x08])\x08_")


def struck_backspaces(sample: bytes) -> int:
    """How many backspaces in ``sample`` strike one printable byte over another (not control bytes of binary)."""
    return len(_STRUCK_BYTES.findall(sample)) if b"\x08" in sample else 0


def without_overstrikes(text: str) -> tuple[str, int]:
    """(``text`` with each bold or underlined character written once, how many there were)."""
    if "\x08" not in text:
        return text, 0
    return _STRUCK.subn("", text)

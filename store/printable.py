"""Untrusted text made safe to print on a terminal.

File names and article text come from anywhere.  A name holding ESC could
recolour, retitle or rewrite the user's terminal when the CLI prints it, and
a newline in it would split a one-line error in two.  Bidirectional
overrides (U+202E …) make a name display as something it is not.  Each such
character is shown as its escape (``\\x1b``, ``\\u202e``), so the name stays
recognisable and nothing reaches the terminal as a command.
"""

from __future__ import annotations

import codecs
import re

# C0 and C1 controls and DEL: ESC, BEL and CSI among them drive terminals.
CONTROL_CODES = frozenset([*range(0x20), 0x7F, *range(0x80, 0xA0)])
# Embeddings, overrides and isolates reorder what follows them on screen.
BIDI_CONTROLS = frozenset([*range(0x202A, 0x202F), *range(0x2066, 0x206A)])


def _escape(code: int) -> str:
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_IN_TEXT = {code: _escape(code) for code in CONTROL_CODES | BIDI_CONTROLS if chr(code) not in "\n\t"}
_ON_ONE_LINE = {code: _escape(code) for code in CONTROL_CODES | BIDI_CONTROLS}


def printable(text: str, *, one_line: bool = False) -> str:
    """``text`` with every terminal-driving character shown as its escape; ``one_line`` escapes line breaks too."""
    return text.translate(_ON_ONE_LINE if one_line else _IN_TEXT)


# JSON escapes C0 controls itself; DEL, C1 controls and bidi controls it leaves raw.  Each can only stand
# inside a JSON string, where its \uXXXX escape is the very same value.
_RAW_IN_JSON = re.compile("[" + "".join(re.escape(chr(code)) for code in sorted(CONTROL_CODES | BIDI_CONTROLS)
                                        if code >= 0x7F) + "]")


def json_safe(dumped: str) -> str:
    """``json.dumps`` output with every terminal-driving character left in it written as its ``\\u`` escape."""
    # A regular expression, not str.translate: it scans megabytes of clean JSON at C speed.
    return _RAW_IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", dumped)


# The marks the verbs set around figures and names ("≈ 4,000", "150–300", "troops · Pentagon", "── 1 ──"),
# read in plain ASCII where the terminal cannot show them (LANG=C, an old cron): "\u2248 4,000" reads as
# noise.  Any other character a terminal cannot show is still its escape, so nothing is lost.
_ASCII_STAND_INS = {"≈": "~", "≥": ">=", "≤": "<=", "–": "-", "—": "--", "·": "|", "…": "...", "─": "-", "−": "-"}
READABLE_ERRORS = "nkru-readable"


def _readable(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    unshown = error.object[error.start : error.end]
    return "".join(_ASCII_STAND_INS.get(ch) or ch.encode("ascii", "backslashreplace").decode("ascii")
                   for ch in unshown), error.end


codecs.register_error(READABLE_ERRORS, _readable)

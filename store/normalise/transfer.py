"""Mail transfer encoding left in pasted text: quoted-printable copied out of a message's source.

Text copied from "show original" or from a mail archive's raw view carries
the quoted-printable layer the mail client would have undone: lines cut at
76 columns by a trailing "=" and every non-ASCII byte written as "=XX"
("Ukraine=E2=80=99s").  Both signs must be there, several times, before the
layer is undone, so that prose with an equals sign or a heading underlined
with "=" is left as written.
"""

from __future__ import annotations

import re

_SOFT_BREAK = re.compile(r"(?<=[^=\s])=\n")  # right after a word: what counts as evidence of the layer
# Once the layer is known to be there, a break after the space before the next word ("could =") is one too;
# as evidence it is not, since prose ends lines with " =" ("Ratios =").
_ANY_SOFT_BREAK = re.compile(r"(?<=[^=\n])=\n")
_ESCAPE_RUN = re.compile(r"(?:=[0-9A-F]{2})+")
_MIN_SOFT_BREAKS = 2
_MIN_ESCAPES = 2


def without_quoted_printable(text: str) -> tuple[str, bool]:
    """``text`` with its quoted-printable layer undone, and whether there was one."""
    if "=" not in text or "=\n" not in text:  # one character is found several times faster than two
        return text, False
    breaks = len(_SOFT_BREAK.findall(text, 0, 200_000))
    if breaks < _MIN_SOFT_BREAKS or len(_ESCAPE_RUN.findall(text, 0, 200_000)) < _MIN_ESCAPES:
        return text, False
    joined = _ANY_SOFT_BREAK.sub("", text)
    return _ESCAPE_RUN.sub(_decoded_run, joined), True


def _decoded_run(found: re.Match[str]) -> str:
    data = bytes.fromhex(found.group(0).replace("=", ""))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")

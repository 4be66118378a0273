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
# A text whose every line is shorter than 76 columns has no soft break: its letters escaped inside words
# ("voj=E1ky": upper-case hex between lower-case letters) and its characters of several bytes ("=E2=80=99",
# a Cyrillic word in KOI8-R) show it, when they are several and nearly every "=" of the text is an escape.
# ("colour=FF8800" and "width=3D" are neither.)
_ESCAPE_IN_WORD = re.compile(r"(?<=[A-Za-z])(?:=[0-9A-F]{2})+(?=[a-z])|(?:=[0-9A-F]{2}){2,}")
_MIN_ESCAPES_WITHOUT_BREAKS = 3
_LEAST_ESCAPE_SHARE = 0.8  # of the text's "=" signs
_SAMPLE = 200_000
_ESCAPED_BYTE = re.compile(rb"=([0-9A-F]{2})")
_ESCAPED = re.compile(r"=[0-9A-F]{2}")


def without_quoted_printable(text: str) -> tuple[str, bool]:
    """``text`` with its quoted-printable layer undone, and whether there was one."""
    if "=" not in text:  # (one character is found several times faster than two)
        return text, False
    if "=\n" in text and len(_SOFT_BREAK.findall(text, 0, _SAMPLE)) >= _MIN_SOFT_BREAKS:
        if len(_ESCAPE_RUN.findall(text, 0, _SAMPLE)) < _MIN_ESCAPES:
            return text, False
    elif not _escaped_without_breaks(text[:_SAMPLE]):
        return text, False
    joined = _ANY_SOFT_BREAK.sub("", text)
    if joined.isascii():
        return _decoded_bytes(_ESCAPED_BYTE.sub(lambda found: bytes.fromhex(found.group(1).decode()), joined.encode("ascii"))), True
    return _ESCAPE_RUN.sub(_decoded_run, joined), True


def _escaped_without_breaks(sample: str) -> bool:
    escapes = len(_ESCAPED.findall(sample))  # (a literal "=" first: found at C speed, unlike the words below)
    if escapes < _MIN_ESCAPES_WITHOUT_BREAKS or escapes < _LEAST_ESCAPE_SHARE * sample.count("="):
        return False
    return len(_ESCAPE_IN_WORD.findall(sample)) >= _MIN_ESCAPES_WITHOUT_BREAKS


def _decoded_bytes(data: bytes) -> str:
    """The text of the bytes the escapes stood for: UTF-8, or the legacy codepage they are in as a whole
    (Czech in ISO 8859-2 read escape by escape as Windows-1252 would lose its "š" and "ř")."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        from store.normalise.legacy import decode_legacy

        return decode_legacy(data).text


def _decoded_run(found: re.Match[str]) -> str:
    data = bytes.fromhex(found.group(0).replace("=", ""))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")

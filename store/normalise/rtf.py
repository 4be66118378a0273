"""Rich Text Format (what WordPad, TextEdit and many newsroom tools save): control words out, text in.

An RTF file is 7-bit text in which the words sit among control words
("\\par", "\\b0"), groups in braces and escapes for every other character
("\\'92" in the document's ANSI codepage, "\\u8217?" as a Unicode code point
followed by a fallback to skip).  Read as plain text it is unreadable, and
every control word would count as prose.  This reader keeps the text, turns
paragraph marks into blank lines, the typographic control words into their
characters, and skips the destinations that hold no text of the document
(font and colour tables, style sheets, document properties, pictures,
field instructions, anything marked "\\*").
"""

from __future__ import annotations

import codecs
import re

_TOKEN = re.compile(r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([\r\n]+)|([^\\{}\r\n]+)")
# Destinations whose text is no part of the document's text.
_SKIPPED = frozenset({
    "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "headerl", "headerr", "headerf", "footer",
    "footerl", "footerr", "footerf", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl",
    "themedata", "colorschememapping", "datastore", "latentstyles", "pgdsctbl", "object", "fldinst",
    "filetbl", "revtbl", "mmathPr", "bkmkstart", "bkmkend", "footnote", "annotation", "atnid", "atnauthor",
})
_CHARACTERS = {
    "par": "\n\n", "line": "\n", "sect": "\n\n", "page": "\n\n", "row": "\n", "cell": "\t", "tab": "\t",
    "emdash": "—", "endash": "–", "lquote": "‘", "rquote": "’", "ldblquote": "“", "rdblquote": "”",
    "bullet": "•", "emspace": " ", "enspace": " ", "qmspace": " ",
}
_SYMBOLS = {"~": "\u00a0", "_": "\u2011", "-": "", "\\": "\\", "{": "{", "}": "}", "|": "", ":": ""}


_SURROGATE_PAIR = re.compile("[\ud800-\udbff][\udc00-\udfff]")


def _joined_pair(found: re.Match[str]) -> str:
    return found.group(0).encode("utf-16-le", "surrogatepass").decode("utf-16-le")


def looks_like_rtf(text: str) -> bool:
    return text[:16].lstrip().startswith("{\\rtf")


def rtf_text(text: str) -> str:
    """The text of an RTF document, one paragraph per block of lines."""
    codepage = "cp1252"
    if (found := re.search(r"\\ansicpg(\d{3,5})", text[:2000])) is not None:
        try:
            codepage = codecs.lookup(f"cp{found.group(1)}").name
        except LookupError:
            pass
    out: list[str] = []
    stack: list[tuple[bool, int]] = []  # (skipping, unicode fallback length) of each open group
    skipping, fallback, to_skip = False, 1, 0
    hex_bytes = bytearray()  # consecutive \'hh escapes decode together (a multi-byte codepage)
    at_group_start = False
    for found in _TOKEN.finditer(text):
        word, number, hex_code, symbol, brace, newline, plain = found.groups()
        if hex_code is None and hex_bytes:
            if not skipping:
                out.append(hex_bytes.decode(codepage, errors="replace"))
            hex_bytes.clear()
        if newline is not None:
            continue  # line breaks in the file mean nothing in RTF
        if brace == "{":
            stack.append((skipping, fallback))
            at_group_start = True
            continue
        if brace == "}":
            skipping, fallback = stack.pop() if stack else (False, 1)
            at_group_start = False
            continue
        starts_group, at_group_start = at_group_start, False
        if to_skip and (plain is not None or hex_code is not None):
            # The characters after "\uN" that stand in for it in readers without Unicode.
            if hex_code is not None:
                to_skip -= 1
                continue
            skip_now = min(to_skip, len(plain))
            plain, to_skip = plain[skip_now:], to_skip - skip_now
            if not plain:
                continue
        if symbol is not None:
            if symbol == "*" and starts_group:
                skipping = True  # "{\*\destination ...}": ignorable by a reader that does not know it
            elif not skipping:
                out.append(_SYMBOLS.get(symbol, ""))
        elif word is not None:
            if word in _SKIPPED and starts_group:
                skipping = True
            elif word == "uc" and number is not None:
                fallback = int(number)
            elif word == "u" and number is not None:
                if not skipping:
                    code = int(number)
                    out.append(chr(code + 65536 if code < 0 else code))
                to_skip = fallback
            elif not skipping and word in _CHARACTERS:
                out.append(_CHARACTERS[word])
        elif hex_code is not None:
            hex_bytes.append(int(hex_code, 16))
        elif plain is not None and not skipping:
            out.append(plain)
    if hex_bytes and not skipping:
        out.append(hex_bytes.decode(codepage, errors="replace"))
    # A character past U+FFFF is written as its two UTF-16 surrogates ("\u-10179?\u-8694?"): one character again.
    lines = _SURROGATE_PAIR.sub(_joined_pair, "".join(out)).split("\n")
    return "\n".join(line.strip(" ") for line in lines).strip("\n") + "\n"

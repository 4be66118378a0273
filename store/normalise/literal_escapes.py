"""JSON string escapes left in prose: "Korea\\u2019s", "\\u00e2\\u0080\\u0094", "\\ubd81\\ud55c"; byte escapes too.

A JSON or JavaScript string copied out raw (an API answer pasted into a note, a CMS field exported
without decoding) keeps its non-ASCII characters as ``\\uXXXX`` escapes.  They are decoded when a
text holds several of them, and only into characters beyond ASCII: an escaped quote, backslash or
control stays as written, so code quoted in an article keeps its meaning.  A JSON document is left
to its parser.  What they decode to may itself be mojibake ("\\u00e2\\u0080\\u0094"), which the
mojibake passes repair next.
"""

from __future__ import annotations

import json
import re

# Not after another backslash ("\\\\u2019" is an escaped backslash and the letters "u2019").  A pair of
# surrogates is one character beyond the Basic Multilingual Plane (an emoji).
_ESCAPE = re.compile(
    r"(?<!\\)((?:\\\\)*)\\u(?:(d[89ab][0-9a-f]{2})\\u(d[c-f][0-9a-f]{2})|([0-9a-f]{4}))", re.IGNORECASE
)
_LEAST_ESCAPES = 2
_LINE_SEPARATORS = (0x2028, 0x2029)
_HEAD = 200_000


def decode_literal_escapes(text: str) -> tuple[str, int]:
    """``text`` with its ``\\uXXXX`` escapes of non-ASCII characters decoded; returns it and how many."""
    if "\\u" not in text and "\\U" not in text:
        return text, 0
    if text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
        return text, 0  # a JSON document: its parser reads the escapes (and any repair is then counted on its values)
    found = [m for m in _ESCAPE.finditer(text, 0, _HEAD) if m.group(2) or int(m.group(4), 16) >= 0x80]
    if len(found) < _LEAST_ESCAPES:
        return text, 0
    count = 0

    def decode(match: re.Match[str]) -> str:
        nonlocal count
        backslashes, high, low, single = match.groups()
        if high is not None:
            char = chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + (int(low, 16) - 0xDC00))
        else:
            code = int(single, 16)
            if code < 0x80 or code in _LINE_SEPARATORS or (0xD800 <= code <= 0xDFFF and not 0xDC80 <= code <= 0xDCFF):
                # ASCII (a quote, a backslash, a control), a line break that would split a JSON string,
                # or half a pair: left as written.  A byte kept by Python's "surrogateescape"
                # (U+DC80-U+DCFF) is decoded: ``mojibake`` reads runs of them as the UTF-8 they were.
                return match.group(0)
            char = chr(code)
        count += 1
        return backslashes + char

    return _ESCAPE.sub(decode, text), count


# Python's and C's byte escapes of UTF-8: a ``bytes`` value printed by a scraper's log or ``repr``
# ("Ukraine\\xe2\\x80\\x99s").  Only a run that is one or more whole UTF-8 sequences of non-ASCII
# characters is decoded; "\\x41" or a lone "\\xe9" (a C string's Latin-1 byte, a regular expression)
# stays as written.
_BYTE_ESCAPES = re.compile(r"(?<!\\)(?:\\x[0-9a-fA-F]{2}){2,}")


def decode_byte_escapes(text: str) -> tuple[str, int]:
    """``text`` with its runs of ``\\xHH`` escapes that spell UTF-8 decoded; returns it and how many runs."""
    if "\\x" not in text:
        return text, 0
    found = _BYTE_ESCAPES.findall(text, 0, _HEAD)
    if len(found) < _LEAST_ESCAPES:
        return text, 0
    count = 0

    def decode(match: re.Match[str]) -> str:
        nonlocal count
        data = bytes.fromhex(match.group(0).replace("\\x", ""))
        try:
            decoded = data.decode("utf-8")
        except UnicodeDecodeError:
            return match.group(0)
        if decoded.isascii() or not decoded.isprintable():
            return match.group(0)
        count += 1
        return decoded

    return _BYTE_ESCAPES.sub(decode, text), count


# A whole text saved as the string literal it was in a program or a JSON field: one line, its line
# breaks written "\\n" and its quotes "\\"" ("\"Kim's shells\\n\\nUkrainian officers say...\"").
_STRING_ESCAPE = re.compile(r'\\(["\\/nrt])')
_STRING_ESCAPES = {"n": "\n", "r": "\r", "t": "\t", '"': '"', "\\": "\\", "/": "/"}
_LEAST_LINE_ESCAPES = 2
_BARE_QUOTE = re.compile(r'(?<!\\)"')


def decode_string_literal(text: str) -> tuple[str, bool]:
    """A one-line text whose line breaks are ``\\n`` escapes, decoded as the string it was; whether it was one."""
    stripped = text.strip()
    if "\n" in stripped or stripped.count("\\n") < _LEAST_LINE_ESCAPES or stripped[:1] in ("{", "["):
        return text, False
    inner = stripped[1:-1] if len(stripped) > 1 and stripped[0] == stripped[-1] == '"' else stripped
    if _BARE_QUOTE.search(inner):
        return text, False  # a quote left bare: code or a JSON document holding strings, not one string
    try:
        decoded = json.loads(f'"{inner}"')
    except ValueError:
        decoded = _STRING_ESCAPE.sub(lambda found: _STRING_ESCAPES[found.group(1)], inner)
    return (decoded, True) if isinstance(decoded, str) and "\n" in decoded else (text, False)

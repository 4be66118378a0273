"""Bytes a scraper kept as lone surrogates (Python's "surrogateescape", U+DC80-U+DCFF).

A scraper that read its input as ASCII with that error handler and wrote JSON keeps every
non-ASCII byte as "\\udcXX".  A run of them is decoded as the UTF-8 it usually is; when the
input was a legacy codepage (a Windows-1251 page read the same way), no run is UTF-8, and the
runs of the whole document, read together, tell the codepage by charset detection, as the
file's own bytes would have.  Runs that read as neither are left for cleaning to remove and count.
"""

from __future__ import annotations

import re
from collections import Counter

ESCAPED_BYTES = frozenset(map(chr, range(0xDC80, 0xDD00)))
_ESCAPED_RUN = re.compile("[\udc80-\udcff]+")
_LEAST_LEGACY_BYTES = 8  # fewer bytes are too few to tell a codepage by
_LEAST_LETTER_SHARE = 0.8  # a codepage's reading of words is letters, not symbols


def _bytes_of(run: str) -> bytes:
    return bytes(ord(ch) - 0xDC00 for ch in run)


def _legacy_codepage(runs: list[bytes]) -> str | None:
    """The codepage the runs that are not UTF-8 were written in, or None."""
    from store.normalise.legacy import detect_codepage
    from store.normalise.sloppy import sloppy_decode

    joined = b" ".join(runs)
    if len(joined) - len(runs) + 1 < _LEAST_LEGACY_BYTES or (codepage := detect_codepage(joined)) is None:
        return None
    reading = sloppy_decode(joined, codepage).replace(" ", "")
    return codepage if sum(map(str.isalpha, reading)) >= _LEAST_LETTER_SHARE * len(reading) else None


def decode_surrogate_escapes(lines: list[str], indices: list[int], counts: Counter[str]) -> set[int]:
    """Decode the escaped runs on the ``indices`` lines in place; the lines that changed."""
    not_utf8: list[bytes] = []
    for i in indices:
        for run in _ESCAPED_RUN.findall(lines[i]):
            try:
                _bytes_of(run).decode("utf-8")
            except UnicodeDecodeError:
                not_utf8.append(_bytes_of(run))
    codepage = _legacy_codepage(not_utf8) if not_utf8 else None

    def decode(found: re.Match[str]) -> str:
        run = found.group(0)
        try:
            decoded = _bytes_of(run).decode("utf-8")
        except UnicodeDecodeError:
            if codepage is None:
                return run
            decoded = _bytes_of(run).decode(codepage, errors="replace")
            counts[f"surrogate-escapes-{codepage}"] += len(run)
            return decoded
        counts["surrogate-escapes"] += len(run)
        return decoded

    changed: set[int] = set()
    for i in indices:
        repaired = _ESCAPED_RUN.sub(decode, lines[i])
        if repaired != lines[i]:
            lines[i] = repaired
            changed.add(i)
    return changed


# Java's "modified UTF-8" and Oracle's CESU-8 write a character past U+FFFF as the UTF-8 of its two
# UTF-16 surrogates (ED A0-AF xx, ED B0-BF xx); strict UTF-8 refuses those, and a codepage reading
# makes the rest of the file mojibake.  ``surrogatepass`` reads them and pairing them gives the character.
_ENCODED_SURROGATE = re.compile(rb"\xed[\xa0-\xbf][\x80-\xbf]")


def decode_cesu8(data: bytes) -> tuple[str, list[str]] | None:
    """(the text of UTF-8 bytes that hold encoded surrogates, what was done), or None when they are not such bytes.

    A surrogate without its partner (half an emoji, cut by a program that counts UTF-16 units, then
    written by one that lets it through: "WTF-8") is a character lost: one U+FFFD, on record.
    """
    encoded = len(_ENCODED_SURROGATE.findall(data))
    if not encoded:
        return None
    try:
        text = data.decode("utf-8", errors="surrogatepass")
    except UnicodeError:  # other invalid bytes
        return None
    had = text.count("\ufffd")
    text = text.encode("utf-16-le", errors="surrogatepass").decode("utf-16-le", errors="replace")
    lone = text.count("\ufffd") - had
    done = ["surrogate-pairs-joined"] if encoded > lone else []
    return text, done + ([f"lone-surrogates x{lone}"] if lone else [])


# Java's modified UTF-8 (DataOutputStream.writeUTF, JNI, serialised strings) writes U+0000 as C0 80, two bytes
# no UTF-8 holds, so that a string never contains a zero byte: a NUL that no text means, dropped like a stray one.
MODIFIED_UTF8_NUL = b"\xc0\x80"


def decode_modified_utf8(data: bytes) -> tuple[str, list[str]] | None:
    """(the text of Java modified UTF-8 bytes without their encoded NULs, what was done), or None when the
    bytes are not UTF-8 (or CESU-8) once those are out: a legacy codepage's letter pair ("À€") stays its own."""
    nuls = data.count(MODIFIED_UTF8_NUL)
    rest = data.replace(MODIFIED_UTF8_NUL, b"")
    dropped = f"modified-utf-8-nuls-dropped x{nuls}"
    try:
        return rest.decode("utf-8"), [dropped]
    except UnicodeDecodeError:
        paired = decode_cesu8(rest)  # (its characters past U+FFFF as surrogate pairs, as Java writes them)
    return (paired[0], [dropped, *paired[1]]) if paired is not None else None

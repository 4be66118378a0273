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


def decode_cesu8(data: bytes) -> str | None:
    """The text of UTF-8 bytes that hold encoded surrogate pairs, or None when they are not such bytes."""
    if _ENCODED_SURROGATE.search(data) is None:
        return None
    try:
        text = data.decode("utf-8", errors="surrogatepass")
        return text.encode("utf-16-le", errors="surrogatepass").decode("utf-16-le")
    except UnicodeError:  # other invalid bytes, or a surrogate without its partner
        return None

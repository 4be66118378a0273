"""A mail header's text when its encoded words are not in the charset they name, or in none Python knows.

A mailer that wrote Windows-1251 and labelled it UTF-8, or labelled it "unknown-8bit", leaves the mail
library with replacement characters; the few bytes of a subject are too few for detection alone (KOI8-R
Russian reads as Thai), so they are read with the body the same sender wrote in the same codepage.
"""

from __future__ import annotations

import re
from collections import Counter
from email.message import EmailMessage


def header_text(message: EmailMessage, name: str) -> str:
    """A header's text; an encoded word whose bytes are not in the charset it names (a mailer that wrote
    Windows-1251 and labelled it UTF-8) is read in the code page its bytes are, not left as "����"."""
    text = str(message.get(name) or "")
    if "\ufffd" not in text:
        return text
    raw = next((value for key, value in message.raw_items() if key.lower() == name), None)
    if not isinstance(raw, str) or "=?" not in raw:
        return text
    from email.header import decode_header

    pieces = []
    for chunk, charset in decode_header(raw):
        if isinstance(chunk, str):
            pieces.append(chunk)
            continue
        try:
            pieces.append(chunk.decode(charset or "ascii"))
        except (LookupError, UnicodeDecodeError):
            pieces.append(_read_beside_body(chunk, message))
    return "".join(pieces)


def _read_beside_body(chunk: bytes, message: EmailMessage) -> str:
    """An encoded word in a charset it is not in, or an unknown one ("unknown-8bit"): a few bytes that
    detection alone reads in any codepage (KOI8-R Russian as Thai), so they are read with the body's
    own bytes, which the same sender wrote in the same codepage."""
    from store.normalise.legacy import decode_legacy

    part = message.get_body(preferencelist=("plain", "html"))
    if part is not None and (labelled := _read_as_body_labelled(chunk, part.get_content_charset())) is not None:
        return labelled
    raw = part.get_payload() if part is not None and not part.is_multipart() else None
    if isinstance(raw, str) and not raw.isascii() and (spelt := _spelt_as_body(chunk, raw[:_MOST_CONTEXT_BYTES])) is not None:
        return spelt  # an 8-bit body, read with the whole file: the codepage that spells its letters
    payload = part.get_payload(decode=True) if part is not None and not part.is_multipart() else None
    context = payload[:_MOST_CONTEXT_BYTES] if isinstance(payload, bytes) and not payload.isascii() else b""
    return decode_legacy(chunk.replace(b"\n", b" ") + b"\n" + context).text.split("\n", 1)[0]


def _read_as_body_labelled(chunk: bytes, charset: str | None) -> str | None:
    """``chunk`` read in the charset the body's part is labelled with, when it reads there as words: the
    sender's program wrote the subject and the body alike, and a few bytes of a short DOS or ISO body are too
    few for detection ("Grüße" in code page 850 reads as Windows-1252 "Gráe").  A label the bytes belie (a
    KOI8-R body labelled Windows-1251 reads as "уЕЧЕТПЛП", a control or an undefined byte) is no hint."""
    if not charset:
        return None
    try:
        reading = chunk.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return None
    if reading.isascii() or _CAPITAL_MID_WORD.search(reading) or any(not ch.isprintable() and not ch.isspace() for ch in reading):
        return None
    from store.normalise.legacy_alphabets import misfit  # (it imports the codepage modules, which import mail's)

    if misfit(reading)[0]:
        return None  # letters of several alphabets or a sign inside a word: a Latin-1 label on Windows-1251 bytes ("Ñðî÷íî")
    return reading.replace("\n", " ")


_MOST_CONTEXT_BYTES = 64 * 1024
_SPELLING_CODEPAGES = ("cp1252", "cp1251", "koi8_r", "koi8_u", "cp866", "iso8859_5", "mac_cyrillic", "cp1250", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp874", "cp850")
_LEAST_SPELT = 0.95  # of the word's letters past ASCII that the body holds too


def _spelt_as_body(chunk: bytes, body: str) -> str | None:
    """``chunk`` read in the single-byte codepage whose reading uses only letters the body uses (a Russian
    subject over a Russian body), the commonest in it when several do; a reading with a capital after a
    small letter in a word (KOI8 read as Windows-1251: "уЕЧЕТПЛП") is no word's spelling.  None when none fits."""
    counts = Counter(ch for ch in body.lower() if not ch.isascii() and ch.isalpha())
    best: tuple[float, str] | None = None
    for codepage in _SPELLING_CODEPAGES:
        reading = chunk.decode(codepage, errors="replace")
        wide = [ch for ch in reading.lower() if not ch.isascii() and not ch.isspace()]
        if not wide or sum(ch in counts for ch in wide) < _LEAST_SPELT * len(wide) or _CAPITAL_MID_WORD.search(reading):
            continue
        commonness = sum(counts[ch] for ch in wide) / len(wide)
        if best is None or commonness > best[0]:
            best = (commonness, reading)
    return best[1] if best is not None else None


_CAPITAL_MID_WORD = re.compile("(?<=[a-z\u00df-\u00ff\u03ac-\u03ce\u0430-\u045f])[\u00c0-\u00de\u0391-\u03a9\u0400-\u042f]")  # (past ASCII: "McDonald" is a name)

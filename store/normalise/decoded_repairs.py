"""Repairs made to a file's text once it is decoded: damage that shows only in characters.

Overstrikes, percent-encoded lines, letters lost as holes or question marks, whole-text mojibake, literal
escapes, NEL line ends and files joined at a byte-order mark.  Each repair goes on the record.
"""

from __future__ import annotations

from store.normalise.cyrillic_mojibake import repair_cyrillic_mojibake
from store.normalise.iso2022 import decode_iso2022_runs, holds_iso2022
from store.normalise.legacy import Decoded
from store.normalise.legacy_mojibake import repair_legacy_mojibake
from store.normalise.line_ends import ellipses_as_nel, joined_files, nel_line_ends
from store.normalise.literal_escapes import (
    decode_byte_escapes,
    decode_literal_escapes,
    decode_string_literal,
)
from store.normalise.lossy_cyrillic import (
    double_mojibake_holes,
    question_marks_as_holes,
)
from store.normalise.lossy_greek import restore_lossy_greek
from store.normalise.lossy_latin import restore_lossy_latin
from store.normalise.lossy_national import restore_lossy_national
from store.normalise.lossy_scripts import restore_lossy_letters
from store.normalise.overstrikes import without_overstrikes
from store.normalise.percent import percent_decoded_lines


def repaired_text(decoded: Decoded) -> Decoded:
    """``decoded`` with the damage its characters show repaired, each repair added to its record."""
    if "\x1b$" in decoded.text and not decoded.text.isascii() and holds_iso2022(decoded.text) and not _mail(decoded.text):
        # (A file all ISO-2022 is read so whole, by ``seven_bit``; a mail's parts by their charsets.)
        _record(decoded, decode_iso2022_runs(decoded.text), "iso-2022-runs-decoded")
    _record(decoded, without_overstrikes(decoded.text), "overstrikes-collapsed")
    _record(decoded, percent_decoded_lines(decoded.text), "percent-encoded-lines-decoded")
    _record(decoded, double_mojibake_holes(decoded.text), "double-mojibake-lost-bytes")
    _record(decoded, question_marks_as_holes(decoded.text), "question-marks-as-lost-bytes")
    decoded.text, told, left = restore_lossy_letters(decoded.text)
    decoded.repairs.extend([f"mojibake:lossy-letters x{told}"] * bool(told) + [f"lost-letters x{left}"] * bool(left))
    decoded.text, told, left = restore_lossy_greek(decoded.text)
    decoded.repairs.extend([f"mojibake:lossy-greek-letters x{told}"] * bool(told) + [f"lost-greek-letters x{left}"] * bool(left))
    decoded.text, told, left = restore_lossy_national(decoded.text)
    decoded.repairs.extend([f"mojibake:lossy-national-letters x{told}"] * bool(told) + [f"lost-national-letters x{left}"] * bool(left))
    decoded.text, told, left = restore_lossy_latin(decoded.text)
    decoded.repairs.extend([f"mojibake:lossy-latin-letters x{told}"] * bool(told) + [f"lost-latin-letters x{left}"] * bool(left))
    decoded.text, legacy = repair_legacy_mojibake(decoded.text)
    decoded.repairs.extend(legacy)
    decoded.text, cyrillic = repair_cyrillic_mojibake(decoded.text)
    decoded.repairs.extend(cyrillic)
    if "\\n" in decoded.text:
        decoded.text, literal = decode_string_literal(decoded.text)
        decoded.repairs.extend(["string-literal-decoded"] if literal else [])
    _record(decoded, decode_literal_escapes(decoded.text), "unicode-escapes-decoded")
    _record(decoded, decode_byte_escapes(decoded.text), "byte-escapes-decoded")
    if "\x85" in decoded.text and (broken := nel_line_ends(decoded.text)) is not None:
        decoded.text = broken
        decoded.repairs.append("nel-line-ends")
    elif "……" in decoded.text and (broken := ellipses_as_nel(decoded.text, decoded.encoding)) is not None:
        decoded.text = broken
        decoded.repairs.append("nel-line-ends")
    if "\ufeff" in decoded.text and (joined := joined_files(decoded.text))[1]:
        decoded.text = joined[0]
        decoded.repairs.append(f"joined-files x{joined[1] + 1}")
    return decoded


def _record(decoded: Decoded, repaired: tuple[str, int], repair: str) -> None:
    """Take a repair's text, and put it on the record with how many times it applied (nothing when none)."""
    decoded.text, count = repaired
    if count:
        decoded.repairs.append(f"{repair} x{count}")


def _mail(text: str) -> bool:
    # (Imported here: mail reads its parts through ``reading``, which imports this module.)
    from store.normalise.mail import opens_with_mail_headers

    return opens_with_mail_headers(text[: 64 * 1024])

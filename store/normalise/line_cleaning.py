"""Decoded text made clean line by line: mojibake repaired, controls and citation marks gone, one output line per source line."""

from __future__ import annotations

import re
from collections import Counter

from store.normalise.characters import (
    clean_text,
    clean_text_counted,
    expand_latin_ligatures,
    normalise_newlines,
    printable_lines,
    without_citation_marks,
)
from store.normalise.cjk_mojibake import repair_cjk_mojibake
from store.normalise.lossy import restore_lossy_quotes, restore_question_mark_quotes
from store.normalise.lossy_cyrillic import restore_lossy_cyrillic
from store.normalise.mojibake import MojibakeRepair, describe_repairs
from store.normalise.ocr_digits import read_look_alike_digits

# A look-alike letter before a number's separator ("l,000"), or in the group after it ("1,0O0"): the cheap test
# that spares most texts the scan for OCR digits.  Both open on the separator, the rarer character ("l" is in
# most English words), so the scan skips from comma to full stop in C; the letter before it is looked behind.
_LOOK_ALIKE_NEAR_SEPARATOR = re.compile(r"[,.](?:(?<=[lIO][,.])\d|\d{0,2}[lIO])")


def clean_lines(text: str, repairs: list[str]) -> tuple[list[str], set[int], bool]:
    """Repair and clean the text, keeping one output line per source line.

    Returns the lines, the indices of those a form feed stood on, and whether
    every line is printable (``printable_lines``).  Codepage repair runs first
    (Latin-1 mojibake hides in C1 controls), then escape sequences and
    controls go, then ftfy (which would misread an 8-bit escape introducer as
    "›"), then our repair again for what ftfy exposed.  A pass is skipped when
    it provably changes nothing: the second codepage pass when nothing changed
    since the first, the final cleaning when no repair changed the cleaned
    text (cleaning is idempotent).
    """
    form_feeds = {i for i, line in enumerate(text.split("\n")) if "\f" in line} if "\f" in text else set()
    if not text.isascii() and (cjk := repair_cjk_mojibake(text))[1] is not None:
        text = cjk[0]
        repairs.append(f"mojibake:utf-8-read-as-{cjk[1]}")
    lossy: Counter[str] = Counter()
    text = restore_lossy_quotes(text, lossy)
    text = restore_question_mark_quotes(text, lossy)
    mojibake = MojibakeRepair(text)
    changed = mojibake.codepages()
    if changed:
        text = "\n".join(mojibake.lines)
    unbroken = normalise_newlines(text)  # a repair may have decoded a line separator
    printable = printable_lines(unbroken)
    cleaned, counts = clean_text_counted(unbroken, printable=printable)
    # A repaired outer layer of double mojibake can expose a lossy quote (see ``lossy``), which
    # ftfy would reduce to a bare replacement character.
    cleaned = restore_lossy_quotes(cleaned, lossy) if changed else cleaned
    if cleaned != text:
        changed = True
        printable = printable_lines(cleaned)
        mojibake = MojibakeRepair(cleaned, mojibake.counts)
    repaired = mojibake.ftfy()
    if changed or repaired:
        repaired = mojibake.codepages() or repaired
    lines = mojibake.lines
    if repaired:
        text = clean_text("\n".join(lines))
        lines = text.split("\n")
        printable = printable_lines(text)
    joined = "\n".join(lines)
    if "\ufffd" in joined:
        mended = restore_lossy_cyrillic(joined, lossy)
        if mended is not joined:
            joined = mended
            lines = joined.split("\n")
    spelt, ligatures = expand_latin_ligatures(joined)
    if ligatures:
        joined = spelt
        lines = joined.split("\n")
        repairs.append(f"ligatures-spelt-out x{ligatures}")
    if _LOOK_ALIKE_NEAR_SEPARATOR.search(joined) is not None:
        read, numbers = read_look_alike_digits(joined)
        if numbers:
            joined = read
            lines = joined.split("\n")
            repairs.append(f"ocr-digits x{numbers}")  # "l,000" read as 1,000
    if "[" in joined:
        # Marks never span a line, so the lines stay the lines they were.
        unmarked, marks = without_citation_marks(joined)
        if marks:
            lines = unmarked.split("\n")
            repairs.append(f"citation-marks x{marks}")
    repairs.extend(describe_repairs(mojibake.counts))
    if lossy["lossy-quote"]:
        repairs.append(f"mojibake:lossy-quote x{lossy['lossy-quote']}")
    if lossy["lossy-cyrillic"]:
        repairs.append(f"mojibake:lossy-cyrillic x{lossy['lossy-cyrillic']}")
    if lossy["lost-quote"]:
        repairs.append(f"lost-quotes x{lossy['lost-quote']}")
    for name, count in counts.items():
        if count:
            repairs.append(f"{name} x{count}")
    return lines, form_feeds, printable

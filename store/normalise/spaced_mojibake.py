"""Mojibake whose trailing no-break space became a plain space: "11Â 000", "Sergei Å ojgu"."""

from __future__ import annotations

import re
from collections import Counter

# A UTF-8 sequence ending in byte 0xA0 (a no-break space C2 A0, "à" C3 A0, "Š" C5 A0, "Р" D0 A0) read
# as Windows-1252 ends in a no-break space, which editors and scrapers often turn into a plain one:
# "11Â 000", "Sergei Å ojgu".  Our pass needs the 0xA0 to see a sequence; once a document has shown
# Latin-codepage mojibake elsewhere, these lead characters before a space are read with the 0xA0
# they lost.  Only these: other capitals before a space ("CAFÉ ") are genuine words' last letters.
LATIN_LABELS = ("cp1252", "latin-1", "cp1250", "cp1254")
_LOST_A0 = {"Â": "\u00a0", "Ã": "à", "Å": "Š", "Ð": "Р"}
_LEAD_BEFORE_SPACE = re.compile("[ÂÃÅÐ] ")


def restore_spaced_a0(lines: list[str], counts: Counter[str]) -> set[int]:
    """Read "lead character + space" as "lead byte + 0xA0" on ``lines`` (changed in place); the lines changed.

    A no-break space only after a word's last character ("11Â 000"), a letter anywhere.
    """
    changed: set[int] = set()
    for i, line in enumerate(lines):
        if line.isascii() or _LEAD_BEFORE_SPACE.search(line) is None:
            continue

        def restore(found: re.Match[str], line: str = line) -> str:
            decoded = _LOST_A0[found.group(0)[0]]
            if decoded == "\u00a0" and (found.start() == 0 or line[found.start() - 1].isspace()):
                return found.group(0)
            counts["spaced-a0"] += 1
            return decoded

        repaired = _LEAD_BEFORE_SPACE.sub(restore, line)
        if repaired != line:
            lines[i] = repaired
            changed.add(i)
    return changed


# The same loss in Cyrillic: "Р" is D0 A0 in UTF-8, read as Windows-1251 "Р" and a no-break space.  Once that
# space is a plain one, the repair leaves "Р" (right by chance: D0 alone reads "Р") and the space after it,
# which shows before a closing stop: "військових КНДР ." (no word is followed by a space and then its stop).
_ER_LOST_A0 = re.compile(r"(?<=[а-яёіїєґА-ЯЁІЇЄҐ])Р (?=[.,;:!?)\]»”…])")


def restore_spaced_er(lines: list[str], touched: set[int], counts: Counter[str]) -> set[int]:
    """Drop the space a lost no-break space left after "Р" before a stop, on the repaired ``touched`` lines."""
    changed: set[int] = set()
    for i in sorted(touched):
        line = lines[i]
        if "Р " in line and (repaired := _ER_LOST_A0.sub("Р", line)) != line:
            counts["spaced-a0"] += 1
            lines[i] = repaired
            changed.add(i)
    return changed

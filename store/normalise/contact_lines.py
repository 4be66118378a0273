"""A press release's contact lines: "Contact: Press Office" and the address and number under it.

The label with a value is one line of the release's apparatus, wherever it stands (above the
headline, under "###"); the e-mail addresses and telephone numbers set right under it, one a
line, belong to it.  A bare "Media contacts:" heading is a rule of its own (``furniture.toml``,
"contacts"), which takes the rest of the release with it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from store.normalise.units import Unit

_DETAIL = re.compile(
    r"(?:(?:e-?mail|tel|phone|telephone|mobile|cell|fax|t|m|e)\s?[.:]?\s?)?"
    r"(?:[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}|\+?\(?\d{1,4}\)?(?:[ .-]?\(?\d{1,5}\)?){2,5})",
    re.IGNORECASE,
)
_MAX_DETAILS = 4


def mark_contact_details(units: Sequence[Unit], labels: Sequence[int]) -> None:
    """The address and number lines under each contact label (``labels``) go with it, and a writer's
    signature with its numbers closing the file goes too (``mark_closing_signature``)."""
    mark_closing_signature(units)
    for at in labels:
        block = units[at].block
        for k in range(at + 1, min(at + 1 + _MAX_DETAILS, len(units))):
            unit = units[k]
            if unit.removed is not None or unit.block != block or len(unit.text) > 80 or _DETAIL.fullmatch(unit.text) is None:
                break
            unit.removed, unit.action = units[at].removed, "line"


# A row of a writer's numbers under the story: "kim@example.com | +82 2 555 0100", "Tel: +82 2 555 0100".
_DETAIL_SEPARATOR = re.compile(r"\s*(?:[|/·•,;]|\s{2,})\s*")
_SIGNATURE_NAME_WORDS = 8
_SIGNATURE_LINES = 4


def mark_closing_signature(units: Sequence[Unit]) -> None:
    """The last block of the file, a name (with a post or a bureau) over the writer's e-mail address or
    telephone number, is a signature: "Kim Tong-hyung, Seoul bureau" / "kim@example.com | +82 2 555 0100".

    Only a block with a line of nothing but such details counts, and only when its other lines are
    short and end in no full stop: a closing sentence that gives an address is the story's own.
    """
    last = next((k for k in range(len(units) - 1, -1, -1) if units[k].removed is None), None)
    if last is None or "@" not in units[last].raw and not any(ch.isdigit() for ch in units[last].raw):
        return
    block = units[last].block
    members = [u for u in units[max(0, last - _SIGNATURE_LINES) : last + 1] if u.block == block and u.removed is None]
    lines = [line.strip() for u in members for line in u.raw.split("\n") if line.strip()]
    if not 2 <= len(lines) <= _SIGNATURE_LINES:
        return
    details = [line for line in lines if _details_row(line)]
    names = [line for line in lines if line not in details]
    if not details or not names or lines[0] in details:
        return
    if any(len(name.split()) > _SIGNATURE_NAME_WORDS or name[-1:] in ".!?:" or not _named(name) for name in names):
        return
    for unit in members:
        unit.removed, unit.action = "signature", "line"


def _named(line: str) -> bool:
    """A name before any post after a comma: "Kim Tong-hyung, Seoul bureau", "홍길동 기자" (not "The ministry can be reached at")."""
    words = line.split(",", 1)[0].split()
    return 1 <= len(words) <= 4 and all(word[:1].isupper() or not word[:1].isascii() for word in words)


def _details_row(line: str) -> bool:
    """A line of nothing but e-mail addresses and telephone numbers (each labelled or not)."""
    if len(line) > 120:
        return False
    parts = [part for part in _DETAIL_SEPARATOR.split(line) if part]
    return bool(parts) and all(_DETAIL.fullmatch(part) is not None for part in parts)

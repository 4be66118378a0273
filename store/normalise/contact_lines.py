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
    """The address and number lines under each contact label (``labels``) go with it."""
    for at in labels:
        block = units[at].block
        for k in range(at + 1, min(at + 1 + _MAX_DETAILS, len(units))):
            unit = units[k]
            if unit.removed is not None or unit.block != block or len(unit.text) > 80 or _DETAIL.fullmatch(unit.text) is None:
                break
            unit.removed, unit.action = units[at].removed, "line"

"""Phone numbers written with spaces: digit groups that count nothing.

"+44 20 7946 0958", "020 7946 0321" and "+1 (202) 555 0199" close contact
boxes and tip lines; read digit group by digit group they gave a claim of
seven bare figures.  (Hyphened numbers, "1-800-555-0199", are read in
``figure_words`` with ISO dates.)
"""

from __future__ import annotations

import re

# Digit groups parted by single spaces, perhaps behind a "+country" code and a bracketed area code.
_PHONE_RUN = re.compile(r"(?:\+\d{1,3} ?)?(?:\(\d{1,5}\) ?)?\d{1,5}(?: \d{2,5}){1,4}")
_PHONE_CHARS = frozenset("0123456789 +()")


def _may_be_phone_group(text: str, start: int, end: int) -> bool:
    """A cheap test: the digit group has a "+" or "(" before it, or another digit group a space away."""
    before = text[start - 1] if start else ""
    return (
        before in ("+", "(")
        or (text.startswith(" ", end) and text[end + 1 : end + 2].isdigit())
        or (before == " " and start > 1 and (text[start - 2].isdigit() or text[start - 2] == ")"))
    )


def is_phone_group(text: str, start: int, end: int) -> bool:
    """Whether the digits at ``start`` are one group of a phone number written with spaces."""
    return _may_be_phone_group(text, start, end) and _in_phone_number(text, start, end)


def _in_phone_number(text: str, start: int, end: int) -> bool:
    """Whether the run of digit groups around ``start`` is dialled rather than counted.

    Seven digits or more, and not a number grouped in thousands by spaces ("1 000 000"): a "+" or an
    area code in brackets says it is dialled, and so do three groups or more with a leading zero or a group
    that is not three digits long.
    """
    low, high = start, end
    while low > 0 and text[low - 1] in _PHONE_CHARS:
        low -= 1
    while high < len(text) and text[high] in _PHONE_CHARS:
        high += 1
    run = text[low:high].strip(" ()")
    if text[low:high].lstrip(" ").startswith("("):
        run = "(" + run  # "(202) 555 0199": the bracket opens the area code
    if sum(ch.isdigit() for ch in run) < 7 or _PHONE_RUN.fullmatch(run) is None:
        return False
    groups = run.replace("(", " ").replace(")", " ").replace("+", " ").split()
    if run[0] in "+(":
        return True
    # Bare groups: three at least, or "in 2023 1000 troops" would lose its count.
    return len(groups) >= 3 and (groups[0].startswith("0") or any(len(g) != 3 for g in groups[1:]))

"""Thousands grouped by stops, as German, Spanish and Italian copy writes them, where no word follows.

"auf rund 12.000." and "waren es 12.000, sagte Selenskyj": the number ends a clause, so the rule in
``numbers`` that reads "11.000 Soldaten" as eleven thousand (a word after it, no scale or share) does not
see it, and "12.000" was read as twelve.  English copy writes such a decimal ("3.125") almost never, and then
in a sentence holding "the": the stops group thousands only in a sentence without it, or when the group ends in
"00" ("stand at 3.800, the General Staff said"), which no decimal is written with.

A currency written after the number ("rund 2.000 € im Monat", "2.000 Euro", "1.500 dólares") is money in the
continental order, where cents take two decimals, never three: the stop groups thousands there too.
"""

from __future__ import annotations

import re

_ONE_GROUP = re.compile(r"[1-9]\d{0,2}\.\d{3}")
_CLAUSE_END = ".,;:!?)\"”»"
_CURRENCY_AFTER = re.compile(r"\s?(?:[€£$₩¥₽₴]|(?:Euro|euros?|EUR|USD|Dollar|dollars?|dólares|dollari|Pfund|livres|libras)\b)")


def groups_thousands_at_clause_end(text: str, digits: str, end: int) -> bool:
    """Whether ``digits`` ("12.000"), ending at ``end`` before a clause's end (or a currency), are twelve thousand."""
    after = text[end : end + 2]
    if _CURRENCY_AFTER.match(text, end) is not None:
        return _ONE_GROUP.fullmatch(digits) is not None
    return (
        (not after or (after[0] in _CLAUSE_END and not after[1:].isdigit()))
        and _ONE_GROUP.fullmatch(digits) is not None
        and ((" the " not in text and " The " not in text) or digits.endswith("00"))
    )

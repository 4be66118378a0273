"""Dates in North Korea's Juche calendar, as KCNA and Rodong Sinmun print them.

The Juche era counts 1912, the year of Kim Il Sung's birth, as Juche 1: "Juche113.11.6." (KCNA's stamp
under each item) is 6 November 2024, and "Juche 113 (2024)" gives both years.  Month and day are the
Gregorian ones.
"""

from __future__ import annotations

import re

_ERA_OFFSET = 1911
# "Juche113.11.6.", "Juche 113.11.06", "주체113.11.6."; the year is two or three digits (Juche 50 is 1961).
_JUCHE_DATE = re.compile(r"(?:\bJuche|주체)\s?(?P<y>\d{2,3})[./-](?P<m>\d{1,2})[./-](?P<d>\d{1,2})(?!\d)\.?", re.IGNORECASE)


def juche_date(text: str) -> tuple[re.Match[str], str] | None:
    """The first Juche-era date in ``text`` and its ISO date, or None."""
    found = _JUCHE_DATE.search(text)
    if found is None:
        return None
    month, day = int(found["m"]), int(found["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return found, f"{int(found['y']) + _ERA_OFFSET:04d}-{month:02d}-{day:02d}"

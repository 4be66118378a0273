"""Dates in the Solar Hijri calendar of Iranian and Afghan pages: "6 اسفند 1403" is 24 February 2025.

The months are named (Farvardin to Esfand); the years run 621 or 622 behind the Gregorian ones.
The conversion is the arithmetic one (33-year cycles) the Iranian calendar's own tables follow for
the years a news page can print.
"""

from __future__ import annotations

import re

_MONTHS = {
    name: number
    for number, names in enumerate(("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد امرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"), start=1)
    for name in names.split()
}
_SOLAR_DATE = re.compile(rf"(?<!\d)(?P<d>\d{{1,2}})\s+(?P<mon>{'|'.join(sorted(_MONTHS, key=len, reverse=True))})\s+(?:ماه\s+)?(?P<y>1[34]\d\d)(?!\d)")


def solar_date(text: str) -> tuple[re.Match[str], str] | None:
    """The first Solar Hijri date in ``text`` and its Gregorian ISO date, or None."""
    found = _SOLAR_DATE.search(text)
    if found is None:
        return None
    day, month = int(found["d"]), _MONTHS[found["mon"]]
    if not 1 <= day <= (31 if month <= 6 else 30):
        return None
    year, g_month, g_day = _gregorian(int(found["y"]), month, day)
    return found, f"{year:04d}-{g_month:02d}-{g_day:02d}"


def _gregorian(jy: int, jm: int, jd: int) -> tuple[int, int, int]:
    jy += 1595
    days = -355668 + 365 * jy + (jy // 33) * 8 + ((jy % 33) + 3) // 4 + jd + ((jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186)
    gy = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        gy += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    gy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        gy += (days - 1) // 365
        days = (days - 1) % 365
    gd = days + 1
    leap = (gy % 4 == 0 and gy % 100 != 0) or gy % 400 == 0
    for gm, length in enumerate((31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), start=1):
        if gd <= length:
            return gy, gm, gd
        gd -= length
    return gy, 12, 31

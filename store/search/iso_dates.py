"""A date typed in figures ("2024-11-05", "05.11.2024", "11/5/2024") finds it written in words ("Nov. 5, 2024").

The claims table and the exports give a claim's date as ISO, so an analyst pastes "2024-11" into the
search box; the passages write the month in words.  A year followed by a two-digit month (and day) is
read as that date: the month also finds its name and abbreviations, the day its figure without the
leading zero ("05": "5").  Only right after a year: "11" alone is a count, never November.

European and Russian copy writes a date with dots, day first ("05.11.2024"): typed so, it is read as the
ISO date (``dotted_dates_in_iso_order``), and a date typed any way also finds the dotted form in
passages, one word there.  A whole date typed in words ("5 November 2024") also finds it in figures
("2024-11-05", "5/11/2024"): only a whole date, so "November" alone is never "11".  A date typed with slashes ("5/11/2024") is day first in Britain and month first
in America: its two numbers before the year are read both ways where both are a date (5 November and
11 May), one way where only one is ("25/11/2024"), so a date is never missed for its writer's habit.
"""

from __future__ import annotations

import re

from store.search.spellings import other_spellings

MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_YEARS = range(1900, 2100)
_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def _two_digits(word: str, top: int) -> int | None:
    """The number of a two-digit word from 01 to ``top``, else None."""
    if len(word) == 2 and word.isdigit() and 1 <= int(word) <= top:
        return int(word)
    return None


def _number(word: str, top: int) -> int | None:
    """The number of a one- or two-digit word from 1 to ``top``, else None."""
    if 1 <= len(word) <= 2 and word.isdigit() and 1 <= int(word) <= top:
        return int(word)
    return None


def _other_digits(word: str, number: int) -> tuple[str, ...]:
    """The number's other way in figures: "4" for "04", "04" for "4"."""
    return tuple(form for form in (str(number), f"{number:02d}") if form != word)


def _is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and int(word) in _YEARS


def _month_words(month: int) -> tuple[str, ...]:
    name = MONTHS[month - 1]
    return (name, *other_spellings(name))


def _dotted(day: int, month: int, year: str) -> tuple[str, ...]:
    """The ways a passage writes the date with dots, as one word ("05.11.2024", "5.11.2024")."""
    return tuple(dict.fromkeys(f"{d}.{m}.{year}" for d in (f"{day:02d}", str(day)) for m in (f"{month:02d}", str(month))))


_MONTH_OF = {word: number for number in range(1, 13) for word in _month_words(number)}


def dotted_dates_in_iso_order(words: list[str]) -> list[str]:
    """``words`` (folded query words) with each date written with dots, day first ("05.11.2024"), as the
    words of the ISO date ("2024", "11", "05"), which ``date_forms`` reads."""
    found: list[str] = []
    for word in words:
        dotted = _DOTTED_DATE.fullmatch(word) if "." in word else None
        if dotted and _number(dotted[1], 31) and _number(dotted[2], 12) and _is_year(dotted[3]):
            found += [dotted[3], f"{int(dotted[2]):02d}", f"{int(dotted[1]):02d}"]  # as ISO writes them
        else:
            found.append(word)
    return found


def date_forms(words: list[str]) -> dict[int, tuple[str, ...]]:
    """Per position of ``words`` (folded query words) that is part of a date typed in figures, the
    words a passage writes it with ("11": "november", "nov"; "05": "5"; each: "05.11.2024"); {} when
    there is no such date."""
    found: dict[int, tuple[str, ...]] = {}

    def add(at: int, forms: tuple[str, ...]) -> None:
        found[at] = tuple(dict.fromkeys((*found.get(at, ()), *forms)))

    for at in range(len(words) - 1):
        if _is_year(year := words[at]):  # ISO: year, month, day
            month = _two_digits(words[at + 1], 12)
            if month is None:
                continue
            add(at + 1, _month_words(month))
            if at + 2 < len(words) and (day := _two_digits(words[at + 2], 31)) is not None:
                if day < 10:
                    add(at + 2, (str(day),))
                for position in (at, at + 1, at + 2):
                    add(position, _dotted(day, month, year))
        elif at + 2 < len(words) and _is_year(year := words[at + 2]):
            # Slashes, day and month either way ("4/11/2024"), or the month in words ("4 Nov 2024", "Nov 4 2024").
            for day_at, month_at in ((at, at + 1), (at + 1, at)):
                day, month = _number(words[day_at], 31), _number(words[month_at], 12) or _MONTH_OF.get(words[month_at])
                if day is None or month is None:
                    continue
                if words[month_at].isdigit():  # "4": "april", and "04" as ISO writes it
                    add(month_at, (*_month_words(month), *_other_digits(words[month_at], month)))
                else:  # "November": "11", as ISO and slashes write it
                    add(month_at, (str(month), f"{month:02d}"))
                add(day_at, _other_digits(words[day_at], day))
                for position in (at, at + 1, at + 2):
                    add(position, _dotted(day, month, year))
    return found

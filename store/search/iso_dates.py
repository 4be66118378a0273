"""A date typed as ISO ("2024-11-05", "2024-11") finds it written in words ("Nov. 5, 2024", "5 November 2024").

The claims table and the exports give a claim's date as ISO, so an analyst pastes "2024-11" into the
search box; the passages write the month in words.  A year followed by a two-digit month (and day) is
read as that date: the month also finds its name and abbreviations, the day its figure without the
leading zero ("05": "5").  Only right after a year: "11" alone is a count, never November.
"""

from __future__ import annotations

from store.search.spellings import other_spellings

MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
_YEARS = range(1900, 2100)


def _two_digits(word: str, top: int) -> int | None:
    """The number of a two-digit word from 01 to ``top``, else None."""
    if len(word) == 2 and word.isdigit() and 1 <= int(word) <= top:
        return int(word)
    return None


def date_forms(words: list[str]) -> dict[int, tuple[str, ...]]:
    """Per position of ``words`` (folded query words) that is the month or day of an ISO date, the
    words a passage writes it with ("11": "november", "nov"; "05": "5"); {} when there is no such date."""
    found: dict[int, tuple[str, ...]] = {}
    for at in range(len(words) - 1):
        year = words[at]
        if not (len(year) == 4 and year.isdigit() and int(year) in _YEARS):
            continue
        month = _two_digits(words[at + 1], 12)
        if month is None:
            continue
        name = MONTHS[month - 1]
        found[at + 1] = (name, *other_spellings(name))
        if at + 2 < len(words) and (day := _two_digits(words[at + 2], 31)) is not None and day < 10:
            found[at + 2] = (str(day),)
    return found

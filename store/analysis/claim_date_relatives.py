"""Dates a claim's sentence gives relative to something other than the article's date, or by season.

"The Pentagon put the figure at hundreds a week earlier" dates the claim from a date in another sentence: the
article's date must not stand in for it (it would make an old estimate current).  "first deployed last autumn",
"in the spring" name a season: its year is the claim's date, as far as it can be told (a winter spans two years
and gives none).
"""

from __future__ import annotations

import re

# "a week earlier", "two days before", "the previous month", "the week before", "days later".
_FROM_ANOTHER_DATE = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|some|few|many)\s+(?:days?|weeks?|months?)\s+"
    r"(?:earlier|before|later|after|prior)|(?:the\s+)?(?:previous|preceding|prior)\s+(?:day|week|month|year)|"
    r"the\s+(?:day|week|month)\s+(?:before|earlier)|days?\s+(?:earlier|later))\b(?!\s+(?:than|that|the|this|it|its)\b)",
    re.IGNORECASE,
)
# "last autumn", "this spring", "in the summer", "late last fall"; "autumn 2024" gives its year elsewhere.
_SEASON = re.compile(
    r"\b(?:(?P<which>last|this|past)\s+|(?:in\s+)?the\s+)(?:(?:early|late|mid)\s+)?(?P<season>autumn|fall|spring|summer)\b"
    r"(?!\s+(?:of\b|\d))",  # "the fall of Pokrovsk" is no season
    re.IGNORECASE,
)
_SEASON_ENDS = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}  # the season's last month


def dated_by_another_date(text: str) -> bool:
    """Whether the sentence dates its claim from a date it does not give ("a week earlier")."""
    return _FROM_ANOTHER_DATE.search(text) is not None


def season_year(text: str, year: int, month: int | None) -> str | None:
    """The year of the season the sentence names ("last autumn" in a February 2025 article: "2024"), or None.

    "last" is the latest such season over before the article's month, "this" the article's year's, "the" the
    latest begun by the article's month.
    """
    if month is None or ("autumn" not in text and "fall" not in text and "spring" not in text
                         and "summer" not in text and "Autumn" not in text and "Spring" not in text):
        return None
    found = _SEASON.search(text)
    if found is None:
        return None
    last_month = _SEASON_ENDS[found.group("season").lower()]
    first_month = last_month - 2
    which = (found.group("which") or "").lower()
    if which in ("last", "past"):
        return str(year if month > last_month else year - 1)
    if which == "this":
        return str(year)
    return str(year if month >= first_month else year - 1)

"""Daily and monthly rates in Russian and Ukrainian copy: "до 100 бійців на день" is a flow, not a count.

English copy's "100 men a day" is read by ``rates.py``; Russian and Ukrainian say it with "на день", "в день",
"в сутки", "на добу", "щодня", "ежедневно", "каждый день" (and "в месяц", "на місяць", "щомісяця", "ежемесячно"
for a month) after the counted noun or before the count.  "За сутки", "за добу" (over the past day) date a
briefing's tally, which is a count: "за сутки было уничтожено около двухсот военных".  The count's unit becomes
the rate's ("troops per day"), so the figure lands in a rate subject and never beside a deployment total.
Only a count of people is made a rate: "2000 долларов в месяц" is pay, which its own subject reads.
"""

from __future__ import annotations

import re

_DAY = (r"на\s+день|в\s+день|в\s+сутки|на\s+добу|щодня|щоденно|ежедневно|каждый\s+день|"
        r"кожного\s+дня|кожен\s+день|щодоби|ежесуточно")
_MONTH = r"в\s+месяц|на\s+місяць|щомісяця|щомісячно|ежемесячно|каждый\s+месяц|кожного\s+місяця"
# People units a rate is made of (a thing count "в день" is output, not a flow of people: left as it is).
PEOPLE_RATE_UNITS = frozenset({"troops", "casualties", "people"})
# After the count: up to three words (the noun and its adjectives, "бійців", "северокорейских военных") first.
_RATE_AFTER = re.compile(rf"\s*(?:[\w'’-]+\s+){{0,3}}?(?:(?P<day>{_DAY})|(?P<month>{_MONTH}))(?![\w-])", re.IGNORECASE)
# Before the count, in its clause: "щодня гине до 100 військових", "ежедневно теряет около 100 человек".
_RATE_BEFORE = re.compile(rf"(?:(?P<day>{_DAY})|(?P<month>{_MONTH}))(?![\w-])[^,.;:]{{0,30}}$", re.IGNORECASE)


def cyrillic_rate(text: str, start: int, end: int, unit: str) -> str | None:
    """The rate unit ("troops per day") of the people count at ``text[start:end]``, or None if it is no rate."""
    if unit not in PEOPLE_RATE_UNITS:
        return None
    found = _RATE_AFTER.match(text, end) or _RATE_BEFORE.search(text, max(0, start - 40), start)
    if found is None:
        return None
    return f"{unit} per {'day' if found.group('day') else 'month'}"

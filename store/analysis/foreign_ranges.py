"""Ranges in Russian, Ukrainian, Chinese, Japanese and Korean copy: "от 11 000 до 12 000", "1.1万至1.2万名".

Each end of such a range was read as a figure of its own: "до 12 000" ("up to
12,000") became a ceiling and "от 11 000" a count of nothing, and "约1.1万至
1.2万名" lost its low end, glued to no counter.  Here the two ends make one
range figure, as "between 11,000 and 12,000" is in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from store.models import Figure, Qualifier

# "от 11 000 до", "від 10 000 до": the low end, in digits the English parser read, before the "до" of the high end.
# Polish writes "od 11 000 do 12 000".
_CYRILLIC_FROM = re.compile(r"(?<![\w-])(?:от|від|od)\s+$", re.IGNORECASE)
# "1.1万至1.2万名", "1만~1만2000명", "1万〜1万2000人": a low end, a range sign, then the counted high end.
_CJK_LOW = re.compile(r"(?P<low>\d[\d,]*(?:\.\d+)?(?P<scale>[万萬만千천億亿억])?)\s?(?:至|到|~|～|〜|-|–)\s?$")


def merge_cyrillic_digit_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """"от 11 000 до 12 000 военных": one range, not "up to 12,000" and a bare 11,000."""
    dropped: set[int] = set()
    for i, figure in enumerate(figures):
        if figure.qualifier != Qualifier.AT_MOST or not figure.surface.lower().startswith(("до", "do")) or i == 0:
            continue
        low = figures[i - 1]
        if text[low.end : figure.start].strip():
            continue  # the high end's "до" is part of its surface: only spaces may stand between the two ends
        opening = _CYRILLIC_FROM.search(text, max(0, low.start - 6), low.start)
        if opening is None or low.value >= figure.value:
            continue
        figure.low, figure.value = low.value, round((low.value + figure.value) / 2, 6)
        figure.qualifier, figure.start = str(Qualifier.RANGE), opening.start()
        figure.surface = text[figure.start : figure.end]
        dropped.add(i - 1)
    return [f for i, f in enumerate(figures) if i not in dropped]


def as_cjk_range(figure: Figure, text: str, high_number: str, value_of: Callable[[str], float]) -> None:
    """Make ``figure`` (a counted high end) a range when a low end and a range sign stand right before it."""
    found = _CJK_LOW.search(text, max(0, figure.start - 16), figure.start)
    if found is None:
        return
    low = value_of(found.group("low"))
    scales = [ch for ch in high_number if ch in "万萬만千천億亿억"]
    if not found.group("scale") and scales:  # "1.1至1.2万": the low end shares the high end's scale
        low = value_of(found.group("low") + scales[-1])
    high = figure.high if figure.high is not None else figure.value
    if not 0 < low < high:
        return
    figure.low, figure.high, figure.value = low, high, round((low + high) / 2, 6)
    figure.qualifier, figure.start = str(Qualifier.RANGE), found.start()
    figure.surface = text[figure.start : figure.end]

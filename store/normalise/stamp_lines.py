"""Date stamps a platform or a portal sets over a post, and the section labels a wire sets beside its date.

"November 9 at 6:12 PM ·" over a Facebook page's post, "11/6(水) 9:15配信" (distributed) under a Yahoo! Japan
story: each gives the day, without a year when it is the current one; "KYODO NEWS - Nov 15, 2024 - 22:40 |
World, All": the sections after the date name no outlet and no writer; "Газета «Коммерсантъ» №205 от 06.11.2024,
стр. 6": a paper's citation of the print issue names the paper.  ``metadata`` reads header lines with them.
"""

from __future__ import annotations

import re

from store.normalise.dates import FoundDate, find_date
from store.normalise.yearless_dates import find_month_day

# The last two characters a portal's stamp ends with (a cheap test before the pattern).
STAMP_ENDS = frozenset({"配信", "更新"})
_PORTAL_STAMP = re.compile(r"(?P<date>\d{1,2}/\d{1,2})[(（][月火水木金土日][)）] ?\d{1,2}:\d{2} ?(?:配信|更新)")
_SOCIAL_STAMP = re.compile(r"(?P<date>[^\n]{3,30}?) at \d{1,2}:\d{2}(?: ?[AaPp]\.?[Mm]\.?)? ?[·•]?")


def stamp_date(text: str) -> FoundDate | None:
    """The date of a post's or a portal's stamp line, or None when ``text`` is not one."""
    if text[-2:] in STAMP_ENDS and (portal := _PORTAL_STAMP.fullmatch(text)) is not None:
        raw = portal["date"]  # (month and day only: no year is printed, none is guessed)
        return FoundDate(raw=raw, start=0, end=len(raw), iso=None)
    if " at " in text and (social := _SOCIAL_STAMP.fullmatch(text)) is not None:
        return find_date(social["date"]) or find_month_day(social["date"], None)
    return None


def section_labels(segment: str) -> bool:
    """"World, All": the sections a story is filed under, each a word or two, one of them a section's name."""
    from store.normalise.furniture import (
        is_section_word,  # (furniture reads header lines: imported when used)
    )

    parts = segment.split(", ")
    return len(parts) <= 4 and all(p[:1].isupper() and p.count(" ") <= 1 for p in parts) and any(is_section_word(p) for p in parts)


# When the story was last updated, in brackets after the date: "2025/3/6 18:30（最終更新 3/6 19:02）";
# Taiwan's and Japan's pages put the word last: "2024/11/05 14:30（11/05 15:02 更新）".
UPDATE_NOTE = re.compile(r"[(（](?:(?:最終更新|更新|updated|last updated|обновлено|оновлено|수정)[:：]?[^()（）]{0,40}|[^()（）]{1,40} (?:最終更新|更新|updated|수정))[)）]", re.IGNORECASE)


# A paper's citation of the issue a story ran in: "Газета «Коммерсантъ» №205 от 06.11.2024, стр. 6",
# "Rzeczpospolita nr 258 z 05.11.2024, s. A7": the paper, its number, the date, the page.
_PRINT_ISSUE_HEAD = re.compile(
    r"^(?:газета|журнал|gazeta|dziennik|zeitung|newspaper)?\s*[«\"„“]?(?P<paper>[^«»\"„“№\d]{2,40}?)[»\"“”]?,?\s*(?:№|no\.|nr\.?|nº)\s?\d{1,5}(?:\s?\(\d{1,5}\))?\s*(?:от|від|z|vom|du|del|of)?\s*$",
    re.IGNORECASE,
)
_PRINT_ISSUE_TAIL = re.compile(r"^\s*(?:,\s*(?:стр\.|с\.|s\.|str\.|p\.|pp\.|page|seite)\s?[A-Z]?\d{1,3})?\s*$", re.IGNORECASE)


# A site's address with the date beside it, KCNA's stamp under each item: "www.kcna.kp (Juche113.11.6.)".
_SITE_STAMP_HEAD = re.compile(r"^\s*(?:https?://)?(?:www\.)?(?P<host>[a-z0-9-]{2,40}(?:\.[a-z0-9-]{2,40}){0,3}\.[a-z]{2,6})/?\s*[(\[|·•—–-]?\s*$", re.IGNORECASE)
_SITE_STAMP_TAIL = re.compile(r"^\.?\s*[)\]]?\.?\s*$")


def stamp_outlet(before: str, after: str) -> str | None:
    """The outlet a stamp line names beside its date (an issue citation's paper, a site's address), when
    the line is nothing but that stamp."""
    if _SITE_STAMP_TAIL.match(after) is not None and (site := _SITE_STAMP_HEAD.match(before)) is not None:
        return site["host"].lower()
    return print_issue_paper(before, after)


def print_issue_paper(before: str, after: str) -> str | None:
    """The paper an issue citation names, when the line is nothing but that citation."""
    if "№" not in before and not re.search(r"\b(?:no|nr|nº)\b", before, re.IGNORECASE):
        return None
    head = _PRINT_ISSUE_HEAD.match(before.strip())
    if head is None or _PRINT_ISSUE_TAIL.match(after) is None:
        return None
    return head["paper"].strip()

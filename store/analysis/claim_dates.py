"""When a claim was made, or when its figure held, as a date of its own.

Analysts follow a figure's revisions ("US officials said in December … 1,000", "Zelensky put the total at
4,000 in early January"); an article's date alone cannot order two claims of one article, nor an old
estimate an article repeats.  So each claim gets a partial ISO date ("2024", "2024-12", "2024-12-18") and
how it was found: ``stated`` (read from the claim's own sentence), ``published`` (no date in the sentence:
the article's date stands in) or None (neither).  Only the claim's own text is read, never its
neighbours: a date two sentences away may date anything.

Which expression dates the claim, when a sentence has several (earlier rules win; within one rule the
expression nearest the claim's main figure, else the first):
  1. one saying when the count stood: "as of Jan. 5", "by the end of 2024", "until March", "к концу года";
  2. one on the act of claiming: "said in December", "told reporters on Tuesday", a sentence-opening
     "In December, officials said …";
  3. any other: "4,000 in early January", "troops who arrived in October".  A date on the event counted
     is the time the figure describes, which orders revisions as well as the statement's date would.
Never the claim's date: the start of a period ("since October", "from 2022": the count runs to the
statement, so the article's date stands in); a comparison ("up from 500 in 2023", "than last year");
a date in a clause of its own between it and the figure ("11,000 troops …, where Ukraine invaded in
early August"; "1,897 in 2022, which fell to 1,082 by 2024" is dated 2022); and a date after
publication (a forecast's target, "could reach 100,000 by 2026": the claim was made before it).

Resolution against the article's published date (P):
  * a month without a year is the latest such month not after P ("in December", P 2025-02-10 → 2024-12);
    "last December" the latest strictly before P's month; a day without a year likewise;
  * a weekday is the latest such day not after P: wire copy dated Tuesday says "said on Tuesday" of that
    day; "last Tuesday" is strictly before P;
  * "yesterday", "N days ago" give a day; a span ("last week", "earlier this month", "two weeks ago" as
    the week around P − 14 days) gives the finest partial date holding all of it: "2024-12" for a week
    inside December, "2024" for one across two months, nothing for one across a new year;
  * with no P (or too coarse a P) a yearless month or day keeps its year unspecified, as ISO 8601-2
    (EDTF) writes it: "XXXX-12", "XXXX-12-18"; relative expressions stay unresolved.  A year is never
    invented.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from store.analysis import claim_date_patterns as patterns
from store.models import Claim

from store.analysis.claim_date_labels import STATED, UNKNOWN_YEAR, claim_date_label, date_label  # noqa: F401
from store.analysis.claim_date_relatives import season_year, dated_by_another_date

PUBLISHED = "published"

STOOD_AT, CLAIMED_AT, OTHER = 0, 1, 2  # the rules above, best first



def claim_date(text: str, published: str | None, figure_at: int | None = None) -> tuple[str | None, str | None]:
    """(date, basis) of a claim whose sentence is ``text``; ``figure_at`` is where its main figure starts."""
    anchor = _anchor(published)
    stated = _stated(text, anchor, figure_at)
    if stated is not None:
        return stated, STATED
    return _fallback(text, anchor)


def date_claims(claims: Iterable[Claim], published: str | None) -> None:
    """Give every claim of one article its date, in place."""
    anchor = _anchor(published)
    for claim in claims:
        figures = claim.figures
        stated = _stated(claim.text, anchor, figures[0].start if figures else None)
        claim.claim_date, claim.claim_date_basis = (stated, STATED) if stated is not None else _fallback(
            claim.text, anchor
        )


def _fallback(text: str, anchor: _Anchor) -> tuple[str | None, str | None]:
    """With no date of the rules above: a season's year ("last autumn"), no date when the sentence dates the
    claim from another date ("a week earlier"), else the article's date."""
    if "ear" in text or "efore" in text or "ater" in text or "revious" in text or "receding" in text:
        if dated_by_another_date(text):
            return None, None  # "put the figure at hundreds a week earlier": not the day of publication
    if anchor.year is not None and (year := season_year(text, anchor.year, anchor.month)) is not None:
        return year, STATED
    return (anchor.iso, PUBLISHED) if anchor.iso else (None, None)


def _stated(text: str, anchor: _Anchor, figure_at: int | None) -> str | None:
    """The partial ISO date the sentence itself gives its claim, by the rules above; None if it gives none."""
    expressions = _expressions(text)
    if not expressions:
        return None
    found: list[tuple[re.Match[str], list[str], str]] = []
    published = anchor.iso
    for match in expressions:
        at = match.start()
        words = text[max(0, at - 40) : at].casefold().split()  # the last few words before it
        value = _resolve(match, text, anchor, words[-1] if words else "")
        if value is None:
            continue
        if patterns.is_forecast_target(text, match, value, published):
            continue  # after publication, or "will send 6,000 more in March": a target still to come
        if words and (words[-1] in patterns.PERIOD_STARTS or tuple(words[-2:]) in patterns.PERIOD_STARTS_2):
            continue
        window = text[max(0, at - 60) : at]
        if ("than" in window or "ompared" in window or "ersus" in window or "vs" in window or "gainst" in window
                or "rom" in window) and patterns.COMPARISON.search(window):
            continue
        if patterns.KO_AFTER.match(text, match.end()):
            continue
        if figure_at is not None:  # ", where … in early August": a clause of its own dates another event
            between = text[min(match.end(), figure_at) : max(at, figure_at)]
            if patterns.OTHER_CLAUSE.search(between):
                continue
        found.append((match, words, value))
    if len(found) < 2:  # most sentences: which rule it falls under does not matter
        return found[0][2] if found else None

    def preference(candidate: tuple[re.Match[str], list[str], str]) -> tuple[int, int]:
        match, words, _value = candidate
        if words and (words[-1] in patterns.STOOD_AS_OF or tuple(words[-2:]) in patterns.STOOD_AS_OF_2) or patterns.KO_AS_OF.match(text, match.end()):
            rank = STOOD_AT
        elif _claimed_just_before(text, match.start(), words) or _opens_clause(text, match):
            rank = CLAIMED_AT
        else:
            rank = OTHER
        distance = 0 if figure_at is None else min(abs(match.start() - figure_at), abs(match.end() - figure_at))
        return rank, distance

    return min(found, key=preference)[2]


def _expressions(text: str) -> list[re.Match[str]]:
    """Every candidate date expression of the sentence, in order."""
    if not text.isascii() and patterns.CYRILLIC_OR_HANGUL.search(text):
        return list(patterns.EXPRESSION.finditer(text))
    found: list[re.Match[str]] = []
    covered = 0
    for head in patterns.HEAD.finditer(text):
        at = head.start()
        if at < covered or text[head.end() : head.end() + 1].isalpha():
            continue  # the year of "December 2024", already read with its month; "Mayor", "Marchers"
        # Most heads follow "in" or "on"; only a possible lead word is worth the search for where it starts.
        may_lead = text[max(0, at - 6) : at].rstrip(" -").lower().endswith(patterns.MAY_LEAD_ENDS)
        lead = patterns.LEAD.search(text, max(0, at - 24), at) if may_lead else None
        pattern = patterns.AT_YEAR if text[at].isdigit() else patterns.AT_WEEKDAY if head.group().endswith("day") else patterns.AT_MONTH
        match = (lead is not None and pattern.match(text, lead.start())) or pattern.match(text, at)
        if match and match.end() > at:
            found.append(match)
            covered = match.end()
    starts: set[int] | None = None
    for word, back_to in patterns.RELATIVE_HEADS:
        at = text.find(word)
        while at >= 0:  # the expression starts a word or two before its head: "two weeks ago", "earlier this month"
            if starts is None:
                starts = {match.start() for match in found}
            _relative_at(text, at - back_to, starts, found)
            at = text.find(word, at + 1)
    if starts is not None:
        found.sort(key=lambda match: match.start())
    return found


def _relative_at(text: str, at: int, starts: set[int], found: list[re.Match[str]]) -> None:
    """Add the relative expression that holds the head at ``at`` and starts there or a word or two before."""
    before = text[max(0, at - 20) : at]
    words = before.split()
    for back in (2, 1, 0):
        if back <= len(words):
            word = words[-back] if back else ""
            start = at - len(before) + before.rfind(word) + len(word) - len(word.lstrip(patterns.OPENING_MARKS)) if back else at
            relative = patterns.RELATIVE.match(text, start)
            if relative is not None and relative.end() > at:
                if start not in starts:
                    starts.add(start)
                    found.append(relative)
                return


def _claimed_just_before(text: str, at: int, words: list[str]) -> bool:
    """Whether a verb of claiming stands among ``words`` (those before ``at``) with no clause break after it."""
    if patterns.CLAIMING.isdisjoint(words):
        return False
    window = text[max(0, at - 40) : at]
    breaks = [found.end() for found in patterns.CLAUSE_BREAK.finditer(window)]
    return not patterns.CLAIMING.isdisjoint(window[breaks[-1] if breaks else 0 :].casefold().split())


_FRONTED = re.compile(r"(?i)(?:\b(?:in|on|by|during|last|this|early|late|mid|в|во|у)\s*)+$")


def _opens_clause(text: str, match: re.Match[str]) -> bool:
    """A fronted date dates the clause it opens: "In December, US officials said …"."""
    if text[match.end() : match.end() + 1] != ",":
        return False
    start = match.start()
    head = _FRONTED.sub("", text[max(0, start - 30) : start].rstrip()).rstrip()
    return (not head and start <= 30) or (head[-1:] in (",", ";", ":", "—", "–", "(") and head != "")


class _Anchor(NamedTuple):
    year: int | None
    month: int | None
    day: date | None
    iso: str  # the published date as far as it is known: "2025-02-10", "2025-02", "2025" or ""


_PUBLISHED = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@lru_cache(maxsize=512)
def _anchor(published: str | None) -> _Anchor:
    found = _PUBLISHED.match(published or "")
    if found is None:
        return _Anchor(None, None, None, "")
    year, month, day = (int(part) if part else None for part in found.groups())
    if month is not None and not 1 <= month <= 12:
        return _Anchor(year, None, None, found.group(1))
    try:
        whole = date(year, month, day) if month and day else None  # type: ignore[arg-type]
    except ValueError:
        return _Anchor(year, month, None, found.group(0)[:7])
    return _Anchor(year, month, whole, found.group(0))


def _resolve(match: re.Match[str], text: str, anchor: _Anchor, word_before: str) -> str | None:
    """The partial ISO date one expression stands for, or None when it is no date or cannot be placed.

    ``word_before`` is the word before the expression, casefolded ("" if none)."""
    kind, group = match.lastgroup, match.group
    if kind == "k_wd":
        if word_before == "the" or patterns.NEWSPAPER_AFTER.match(text, match.end()):
            return None  # "the Sunday edition", "Sunday Times"
        return _weekday(patterns.WEEKDAYS[group("wd").casefold()[:3]], anchor, last=bool(group("wd_last")))
    if kind == "k_m":
        name, year = group("m_m"), group("m_y")
        if year is None and not group("m_part") and word_before not in patterns.MONTH_CUES:
            return None  # a bare "March" or "May" may be no month at all
        if name.isascii() and (not patterns.CAPITALISED.match(name) or (year is None and len(name) == 3 and name != "May")):
            return None  # "may"; "Jan" without a dot or a year is a name as often as a month
        return _month_day(name, None, year, anchor, last=year is None and word_before == "last")
    if kind == "k_md" or kind == "k_dm":
        name = group("md_m") or group("dm_m")
        if name.isascii() and not patterns.CAPITALISED.match(name):
            return None
        if kind == "k_md":
            return _month_day(name, group("md_d"), group("md_y"), anchor, last=False)
        return _month_day(name, group("dm_d"), group("dm_y"), anchor, last=False)
    if kind == "k_y":
        if not group("y_part") and word_before not in patterns.YEAR_CUES or patterns.COUNT_AFTER.match(text, match.end()):
            return None  # "2024" alone may be a count ("2024 shells")
        return group("y")
    if kind == "k_iso":
        return _day_iso(int(group("iso")), int(group("iso_m")), int(group("iso_d")))
    if kind == "k_day":
        if anchor.day is None:
            return None
        word = group("day_rel").casefold()
        return (anchor.day - timedelta(days=1 if word in ("yesterday", "вчера", "вчора") else 0)).isoformat()
    if kind == "k_rel":
        if (group("rel_mod") or "").strip().casefold() == "later":
            return None  # "later this month": still to come when written
        return _relative(group("rel_which").casefold(), group("rel_unit").casefold(), anchor)
    if kind == "k_ago":
        count = group("ago_n").casefold()
        number = int(count) if count.isdigit() else patterns.NUMBER_WORDS[count]
        return _ago(number, group("ago_unit").casefold(), anchor)
    return _resolve_foreign(match, anchor)


def _resolve_foreign(match: re.Match[str], anchor: _Anchor) -> str | None:
    """Russian and Ukrainian weekdays and relative words; Korean dates, weekdays and relative words."""
    kind, group = match.lastgroup, match.group
    if kind == "k_wdc" or kind == "k_kowd":
        return _weekday(patterns.WEEKDAYS[(group("wd_c") or group("k_kowd")[0]).casefold().replace("’", "'")], anchor, last=False)
    if kind == "k_cy":
        words = group("k_cy").casefold()
        unit = "week" if "недел" in words or "тижн" in words else "month" if "месяц" in words or "місяц" in words else "year"
        return _relative("last" if any(w in words for w in ("прошл", "минул", "торік")) else "this", unit, anchor)
    if kind == "k_kom":
        return _month_day(group("ko_m"), group("ko_d"), group("ko_y"), anchor, last=bool(group("ko_last")))
    if kind == "k_koy":
        return group("k_koy")[:4]
    if kind == "k_korel":
        word = group("k_korel").replace(" ", "")
        if word in ("어제", "오늘"):
            return None if anchor.day is None else (anchor.day - timedelta(days=word == "어제")).isoformat()
        unit = "week" if word.endswith("주") else "month" if word.endswith("달") else "year"
        return _relative("last" if word in ("지난주", "지난달", "작년", "지난해") else "this", unit, anchor)
    return None


def _weekday(weekday: int, anchor: _Anchor, *, last: bool) -> str | None:
    """The latest such day not after publication ("said on Tuesday" in Tuesday's paper is that day); after
    "last", strictly before it."""
    if anchor.day is None:
        return None
    back = (anchor.day.weekday() - weekday) % 7 or (7 if last else 0)
    return (anchor.day - timedelta(days=back)).isoformat()


def _month_number(name: str) -> int | None:
    folded = name.casefold().rstrip(".")
    if folded.isascii():
        return patterns.MONTH_WORDS.get(folded[:3])
    for length in (8, 7, 6, 5, 4, 3, 2):
        if (number := patterns.MONTH_WORDS.get(folded[:length])) is not None:
            return number
    return None


def _month_day(name: str, day_text: str | None, year_text: str | None, anchor: _Anchor, *, last: bool) -> str | None:
    month = int(name) if name.isdigit() else _month_number(name)
    if month is None or not 1 <= month <= 12:
        return None
    day = int(day_text) if day_text else None
    if year_text:
        year = int(year_text)
    elif anchor.year is None or anchor.month is None:
        return _with_day(f"{UNKNOWN_YEAR}-{month:02d}", day) if day is None or 1 <= day <= 31 else None
    else:  # the latest such month (or day) not after publication; "last December" strictly before its month
        published_day = anchor.day.day if anchor.day else 31
        later = (month, day or 1) > (anchor.month, published_day) if not last else month >= anchor.month
        year = anchor.year - 1 if later else anchor.year
    return _day_iso(year, month, day) if day is not None else f"{year:04d}-{month:02d}"


def _with_day(month_iso: str, day: int | None) -> str:
    return month_iso if day is None else f"{month_iso}-{day:02d}"


def _day_iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _relative(which: str, unit: str, anchor: _Anchor) -> str | None:
    """"last week", "this month", "the past year", "last weekend", as the finest date holding the span."""
    if which == "past":  # the span that ends with publication: "over the past week"
        days = {"week": 7, "weekend": 7, "month": 30, "year": 365}[unit]
        return None if anchor.day is None else _span(anchor.day - timedelta(days=days), anchor.day)
    earlier = which in ("last", "previous")
    if unit in ("year", "month"):
        return _whole_before(anchor, int(earlier), unit)
    if anchor.day is None:
        return None
    monday = anchor.day - timedelta(days=anchor.day.weekday())
    if unit == "weekend":  # the Saturday and Sunday before publication
        sunday = anchor.day - timedelta(days=(anchor.day.weekday() + 1) % 7 or 7)
        return _span(sunday - timedelta(days=1), sunday)
    if earlier:
        return _span(monday - timedelta(days=7), monday - timedelta(days=1))
    return _span(monday, anchor.day)


def _whole_before(anchor: _Anchor, count: int, unit: str) -> str | None:
    """The year or month ``count`` of them before publication's ("last year", "three months ago")."""
    if unit == "year":
        return None if anchor.year is None else str(anchor.year - count)
    if anchor.year is None or anchor.month is None:
        return None
    months = anchor.year * 12 + anchor.month - 1 - count
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def _ago(number: int, unit: str, anchor: _Anchor) -> str | None:
    if unit in ("year", "month"):
        return _whole_before(anchor, number, unit)
    if anchor.day is None:
        return None
    if unit == "day":
        return (anchor.day - timedelta(days=number)).isoformat()
    middle = anchor.day - timedelta(days=7 * number)  # "two weeks ago": the week around that day
    return _span(middle - timedelta(days=3), middle + timedelta(days=3))


def _span(first: date, last: date) -> str | None:
    """The finest partial ISO date holding every day from ``first`` to ``last``."""
    if first == last:
        return first.isoformat()
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}"
    return str(first.year) if first.year == last.year else None

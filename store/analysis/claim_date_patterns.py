"""The words and patterns that ``store.analysis.claim_dates`` reads dates with (its rules are there).

English, Russian, Ukrainian and Korean: month and weekday names, relative expressions ("last week",
"на прошлой неделе", "지난주"), and the cue words before an expression that say what it dates.
"""

from __future__ import annotations

import re

MONTH_WORDS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
    # Russian stems (январе, января …) and Ukrainian ones (грудні, грудня …)
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8, "сентябр": 9,
    "октябр": 10, "ноябр": 11, "декабр": 12,
    "січ": 1, "лют": 2, "берез": 3, "квіт": 4, "трав": 5, "черв": 6, "лип": 7, "серп": 8, "верес": 9,
    "жовт": 10, "листопад": 11, "груд": 12,
}
WEEKDAYS = {
    "mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6,
    "понедельник": 0, "вторник": 1, "среду": 2, "четверг": 3, "пятницу": 4, "субботу": 5, "воскресенье": 6,
    "понеділок": 0, "вівторок": 1, "середу": 2, "четвер": 3, "п'ятницю": 4, "п’ятницю": 4, "суботу": 5,
    "неділю": 6,
    "월": 0, "화": 1, "수": 2, "목": 3, "금": 4, "토": 5, "일": 6,  # 월요일 … 일요일
}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

EN_MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|"
             r"Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)(?![\w-])")
RU_MONTH = (r"(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)(?:[ьяеюй]|а|е)?"
             r"|(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|груд)(?:ень|ня|ні|ий|ого|ому)"
             r"|листопада?|листопаді")
YEAR = r"(?:19|20)\d\d"
PART = r"(?i:(?:early|mid|late|the\s+(?:end|start|beginning|middle)\s+of|(?:end|start|beginning)\s+of)[\s-]+)"
RU_PART = r"(?:(?:в\s+|у\s+)?(?:начале|середине|конце|концу|кінці|кінця|початку|середині)\s+)"

RELATIVE_PATTERN = (
    r"(?P<k_day>\b(?P<day_rel>yesterday|today|tonight|вчера|сегодня|вчора|сьогодні)\b)"
    r"|(?P<k_rel>\b(?P<rel_mod>(?:earlier|later)\s+)?(?P<rel_which>this|last|past|previous)\s+"
    r"(?P<rel_unit>week(?:end)?|month|year)\b)"
    r"|(?P<k_ago>\b(?P<ago_n>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?P<ago_unit>day|week|month|year)s?\s+ago\b)"
)
ISO = rf"(?P<k_iso>\b(?P<iso>{YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)\b)"
MONTH_DAY = (
    rf"(?P<k_md>\b(?P<md_part>{PART})?(?P<md_m>{EN_MONTH})\s+(?P<md_d>[0-3]?\d)(?:st|nd|rd|th)?\b(?!\s*%|,\d)"
    rf"(?:,?\s+(?P<md_y>{YEAR})\b)?)"
    rf"|(?P<k_dm>\b(?P<dm_d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dm_m>{EN_MONTH}|(?:{RU_MONTH})\b)"
    rf"(?:,?\s+(?P<dm_y>{YEAR})\b)?)"
    rf"|(?P<k_m>\b(?P<m_part>{PART}|{RU_PART})?(?P<m_m>{EN_MONTH}|(?:{RU_MONTH})\b)(?:\s+of)?(?:,?\s+(?P<m_y>{YEAR})\b)?)"
)
YEAR_ALONE = rf"(?P<k_y>\b(?P<y_part>{PART}|{RU_PART})?(?P<y>{YEAR})(?![\w%.,–-]\d|\w|\s*(?:%|percent|per\s+cent)))"
WEEKDAY = r"(?P<k_wd>\b(?:(?P<wd_last>(?i:last|past))\s+|(?i:this)\s+)?(?P<wd>Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Satur|Sun)day\b)"
# Every candidate in one pattern.  Each alternative is wrapped in a group named k_…, the last to close, so
# ``match.lastgroup`` says which kind of expression it is.
EXPRESSION = re.compile(
    rf"{ISO}|{MONTH_DAY}|{YEAR_ALONE}|{WEEKDAY}"
    r"|(?P<k_wdc>(?:\bв|\bво|\bу)\s+(?P<wd_c>понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье|понеділок|"
    r"вівторок|середу|четвер|п['’]ятницю|суботу|неділю)\b)"
    rf"|{RELATIVE_PATTERN}"
    r"|(?P<k_cy>на\s+(?:прошлой|этой)\s+неделе|в\s+(?:прошлом|этом)\s+(?:месяце|году)|"
    r"(?:минулого|цього)\s+(?:тижня|місяця|року)|торік)"
    # Korean: "2024년 12월 18일", "12월", "지난 12월", weekdays "화요일", relative words.
    r"|(?P<k_kom>(?P<ko_last>지난\s*)?(?:(?P<ko_y>(?:19|20)\d\d)년\s*)?(?<!\d)(?P<ko_m>1[0-2]|0?[1-9])월"
    r"(?:\s*(?P<ko_d>[0-3]?\d)일)?)"
    r"|(?P<k_koy>(?:19|20)\d\d)년"
    r"|(?P<k_kowd>[월화수목금토일])요일"
    r"|(?P<k_korel>지난주|이번\s?주|지난달|이번\s?달|이달|올해|금년|작년|지난해|어제|오늘)",
    re.IGNORECASE,
)
# The same, a kind at a time: matched where a head stands, a small pattern is much quicker than all of it.
# Case-sensitive: the heads they start at are capitalised names and digits (the words that may lead them,
# "Early", "Last", are matched in either case), and a case-blind pattern is a third slower.
AT_YEAR = re.compile(f"{ISO}|{YEAR_ALONE}")
AT_MONTH = re.compile(MONTH_DAY)
AT_WEEKDAY = re.compile(WEEKDAY)
# Scanning a sentence with that is slow (a quarter of a millisecond: ingest reads tens of claims an article),
# so English text is scanned for cheap heads only: a capitalised month or weekday name, a year, or one of
# the words every relative expression holds; the expression is then matched where its head stands.
ABBREVIATED = r"(?:\.|(?= [0-3]?\d\b))"  # "Dec." or "Dec 18": without either, "Jan" is as often a name
# Each alternative opens with a letter of its own, so the scan skips straight to the candidates.
HEAD = re.compile(
    rf"J(?:anuary|une|uly|an{ABBREVIATED}|un{ABBREVIATED}|ul{ABBREVIATED})|F(?:ebruary|riday|eb{ABBREVIATED})"
    rf"|M(?:arch|ay|onday|ar{ABBREVIATED})|A(?:pril|ugust|pr{ABBREVIATED}|ug{ABBREVIATED})"
    rf"|S(?:eptember|aturday|unday|ept?{ABBREVIATED})|O(?:ctober|ct{ABBREVIATED})|N(?:ovember|ov{ABBREVIATED})"
    rf"|D(?:ecember|ec{ABBREVIATED})|T(?:uesday|hursday)|Wednesday|19\d\d|20\d\d"
)
# What every relative expression holds, and how far before it the expression may start at the latest
# (the words before are looked at too): "today" starts a letter before "oday".
RELATIVE_HEADS = (("week", 0), ("month", 0), ("year", 0), ("oday", 1), ("esterday", 1), ("onight", 1), (" ago", 0))
# What may stand before a head inside one expression: "18 December", "early January", "last Tuesday".
LEAD = re.compile(
    rf"(?:\b[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?|\b{PART}|\b(?:last|past|this)\s+)$", re.IGNORECASE)
OPENING_MARKS = "\"'“‘«([—–-"
# How the word before a head may end when it leads the expression (cheaper to test than LEAD itself).
MAY_LEAD_ENDS = ("st", "nd", "rd", "th", "of", "rly", "mid", "ate", "ast", "his", "0", "1", "2", "3", "4", "5", "6",
                 "7", "8", "9")
RELATIVE = re.compile(RELATIVE_PATTERN, re.IGNORECASE)
CYRILLIC_OR_HANGUL = re.compile(r"[\u0400-\u04ff\uac00-\ud7a3]")

# Month names that are ordinary words too ("may", "march"): English months must be capitalised.
CAPITALISED = re.compile(r"[A-ZА-ЯІЇЄҐ]")
# The words just before an expression say what it dates; read as a set look-up (regular expressions over
# every candidate cost more than the whole rest of the reading).
# Words before a bare month that make it a date: "in December", "since October", "early January".
MONTH_CUES = frozenset(
    ["in", "on", "since", "by", "until", "till", "through", "throughout", "from", "during", "before", "after", "of", "last", "this", "that", "to", "between", "and", "mid", "late", "early", "в", "во", "у", "с", "з", "із", "до", "к", "по", "на", "от", "від"])
# A bare year needs a stricter cue: "around 2000" or "of 2000" is more often a count than a year.
YEAR_CUES = frozenset(
    ["in", "since", "by", "until", "till", "through", "throughout", "during", "before", "after", "from", "mid", "late", "early", "в", "во", "у", "с", "з", "із", "до", "к", "от", "від"])
# "in 2000 troops": a number counting something, not a year.
COUNT_AFTER = re.compile(r"\s+(?!(?:was|has|is|as|this|its|his|alone|ends|plus|less|thanks)\b)[a-z]+s\b")
# Before the start of a period ("since October", "from 2022"): the count runs on to the statement.
PERIOD_STARTS = frozenset(["since", "from", "after", "с", "з", "із", "від", "после", "після"])
PERIOD_STARTS_2 = frozenset({("starting", "in"), ("beginning", "in")})
# Before the time a count stood at: "as of Jan. 5", "by the end of 2024", "until March".
STOOD_AS_OF = frozenset(["by", "until", "till", "through", "to", "к", "до"])
STOOD_AS_OF_2 = frozenset({("as", "of"), ("as", "at"), ("up", "to"), ("состоянию", "на"), ("станом", "на")})
# A date of the figure something is compared with: "than in 2023", "up from 500 in 2023", "compared with
# 1,000 last year", "from 1,100 in November to 3,000 …".  ("More than 11,000 … in October" is no comparison.)
COMPARISON = re.compile(
    r"(?:\bthan|\bcompared\s+(?:with|to)|\bversus|\bvs\.?|\bagainst)\s+"
    r"(?:(?:the\s+)?same\s+(?:period|time|month|week)\s+|(?:in|on|during|of|at)\s+)*$"
    r"|\b(?:from|compared\s+(?:with|to)|versus|against|than)\s+(?:(?:an?|the)\s+)?(?:(?:about|around|roughly|some|nearly)\s+)?"
    r"\d[\d,.]*(?:\s+(?:million|billion|thousand))?(?:\s+[\w-]+){0,3}?\s+(?:(?:in|on|during|at|as\s+of|by)\s+)?$",
    re.IGNORECASE,
)
# A verb of claiming shortly before, with no clause break or figure between: "said in December",
# "told reporters on Tuesday", "said in a statement on Monday".
CLAIMING = frozenset(
    ["said", "says", "say", "told", "tells", "stated", "announced", "reported", "estimated", "estimates", "claimed", "confirmed", "added", "noted", "wrote", "warned", "disclosed", "revealed", "assessed", "briefed", "testified", "posted", "сообщил", "сообщила", "сообщили", "заявил", "заявила", "заявили", "заявив", "повідомив", "повідомила"])
CLAUSE_BREAK = re.compile(r"[,;:\d]")
NEWSPAPER_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Post|Mail|Herald)\b")
KO_AFTER = re.compile(r"\s*(?:부터|이후|이래)")  # "10월부터": since October
KO_AS_OF = re.compile(r"\s*(?:기준|현재|까지)")  # "1월 5일 기준": as of 5 January
# Between an expression and the claim's figure, a clause of its own (after a comma or dash): the date is
# that clause's ("11,000 troops … in Kursk, where Ukraine invaded in early August").  A relative clause on
# the counted noun itself ("troops who arrived in October") has no comma and keeps its date.
OTHER_CLAUSE = re.compile(
    r"[,;—–(]\s*(?:where|which|when|while|whereas|after|before|following|because|though|although|who|whom|whose|"
    r"unlike|compared|despite|где|который|которые|когда|после|де|який|які|коли|після)\b",
    re.IGNORECASE,
)
# A verb of the future before a yearless date in the same clause ("will send 6,000 more in March", "plans to
# deploy them by May", "is expected to arrive on Friday"): the date is a plan's target, after the claim was made,
# and the latest past March would date the claim a year too early.  A verb of saying in between ends the reach
# ("officials said in March that North Korea will …" keeps its date).
FUTURE_BEFORE = re.compile(
    r"(?i)\b(?:will|won't|wo\s+n't|shall|(?:is|are|was|were)\s+(?:expected|set|due|scheduled|going|planning|"
    r"preparing|poised|about)\s+to|plans?\s+to|planning\s+to|intends?\s+to|aims?\s+to|expects?\s+to)\b"
    r"(?:(?!\b(?:said|says|told|added|stated|announced)\b)[^.;:!?])*$"
)
EXPLICIT_YEAR = re.compile(rf"{YEAR}")


def is_forecast_target(text: str, match: re.Match[str], value: str, published: str) -> bool:
    """Whether the date ``match`` (resolved to ``value``) is a forecast's target, no date of the claim: after
    publication ("could reach 100,000 by 2026"), or yearless after a verb of the future (``FUTURE_BEFORE``)."""
    if published and value[0] != "X" and value[: len(published)] > published[: len(value)]:
        return True
    at = match.start()
    return FUTURE_BEFORE.search(text, max(0, at - 80), at) is not None and not EXPLICIT_YEAR.search(match.group())

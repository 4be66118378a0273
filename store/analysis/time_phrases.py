"""Phrases of time around a speaker: before it ("In recent weeks US officials said") and after its verb ("said
on Tuesday in a statement").  Neither is part of who speaks."""

from __future__ import annotations

import re

# What a time phrase before the speaker's words may open with; ``phrases.left_noun_phrase`` drops it.
_MONTH_OR_WEEKDAY = (
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_MONTH_SHORT = r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec"
LEADING_TIME = re.compile(
    # a whole date before the speaker, every part of it: "In January 2025", "On 12 January 2025,", "On Jan. 12,
    # 2025,", "In mid-December 2024", "On 12/01/2025", "On 2025-01-12": no part of a date is part of a name
    r"^(?:(?:on|in|by|since|until|from|through|as\s+of)\s+)?(?:(?:(?:early|late|mid)[-\s]+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:{_MONTH_OR_WEEKDAY}|(?:{_MONTH_SHORT})\.?)"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?,?\s+\d{4}\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}),?\s+"
    r"|^(?:(?:earlier|later|late|early)\s+)?(?:(?:this|last|next)\s+(?:week|month|year|weekend|morning|evening|"
    rf"{_MONTH_OR_WEEKDAY})|on\s+\w+day|in\s+(?:{_MONTH_OR_WEEKDAY}|\d{{4}})|yesterday|today|separately|meanwhile|also|"
    rf"{_MONTH_OR_WEEKDAY}"
    r"|(?:so|thus)\s+far|to\s+date|(?:until|up\s+to)\s+now|as\s+yet"  # "So far the Pentagon has confirmed 200"
    # a fronted span of time before the speaker: "In the month US officials say", "In recent weeks the NIS has
    # said", "Since October US officials say", "Over the past two days Kyiv said"
    r"|(?:in|since|during|over|throughout|for|until|by|within)\s+(?:the\s+|a\s+)?"
    r"(?:(?:past|last|next|first|same|following|previous|recent|coming|few|two|three|four|several|early|late|mid|"
    r"\d{1,3})\s+)*(?:weeks?|months?|years?|days?|hours?|weekend|spring|summer|autumn|fall|winter|"
    rf"{_MONTH_OR_WEEKDAY}|\d{{4}})(?:\s+(?:since|before|after|ago))?)\s+",
    re.IGNORECASE,
)
# What may follow a verb of saying to the sentence's end without a new clause ("said Wednesday after a briefing").
TIME_TAIL = re.compile(
    r"^(?:\s*(?:[ap]\.m\.|(?:on|in|last|this|earlier|late|early|during|at|by|over|via|through|to|from|with|when|"
    r"an?|the|interview|statement|briefing|press|conference|report|note|post|address|speech|session|"
    r"week|month|year|weekend|morning|evening|night|afternoon|time|local|research|televised|nightly|"
    # where it was said: "… wrote Jaehyun Park in a post on his blog"
    r"his|her|their|its|own|blog|website|article|column|letter|podcast|book|op-ed|account|channel|video|message|"
    # where and after what: "… a lawmaker said Wednesday after a closed-door briefing"
    r"after|following|closed-door|parliamentary|hearing|meeting|visit|talks|session|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|\d{1,4}|[A-Z][\w'’.-]*|"
    # the time of day: "… said the ministry at 3 pm", "… at 10 a.m. local time", "… at noon"
    r"noon|midday|midnight|dawn|dusk|[ap]m|o['’]clock|\d{1,2}[:.]\d{2})\b)[\s,]*)*[.!?\"”’)]*\s*$"
)

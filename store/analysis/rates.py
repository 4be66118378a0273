"""Rates and ratios: numbers in prose that are not counts of anything.

"one interpreter per 30 soldiers" says nothing about how many soldiers there
are, "one in 10 soldiers" is a share, and "500 soldiers per month" or "1,000
troops a day" is a flow, not a deployment.  Read as plain counts, each would
land in "troops deployed" next to "12,000 troops".  The rules:

* a denominator, a number right after "per", "every", "each", "for every",
  "for each" or "in every", is no figure of its own;
* "N in M" and "N out of (every) M" with N < M is a share, 100·N/M percent
  ("one in five" → 20 %), unless M counts time ("two in three weeks");
* a count followed by "per/each/every <something>" or by "a/an <time>" is a
  rate, and its unit says so: "soldiers per month", "shells per container",
  "officers per 100 soldiers".  The subject taxonomy lists plain count units
  ("troops", "soldiers", …), so a rate never lands in a subject that counts;
  a subject that wants one can list the rate unit itself.

Money is left alone: "$2,000 a month per soldier" is what the soldier-pay
subject is about, and its cues ("a month", "per soldier") already say so.
"""

from __future__ import annotations

import re

_TIME = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade)"
_DENOMINATOR_LEAD = re.compile(r"(?:\b(?:per|every|each)|\bfor\s+(?:every|each)|\bin\s+every)\s+$", re.IGNORECASE)
SHARE_JOIN = re.compile(r"\s+(?:in|out\s+of)(?:\s+every)?\s+", re.IGNORECASE)
_RATE = re.compile(
    r"""(?:\s+of\s+(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?=\s+(?:per|each|every|for|an?)\s))?   # "barrels of oil a year"
    \s+(?:
        (?:per|each|every|for\s+each|for\s+every)\s+
            (?P<what>(?:(?:\d[\d,.]*|a\s+few|several|one|two|three|four|five|six|seven|eight|nine|ten|twelve
                |twenty|thirty|forty|fifty|hundred|thousand)\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[a-z][a-z-]*)
        |an?\s+(?P<time>"""
    + _TIME
    + r""")\b(?!\s+(?:ago|earlier|later|before|after|previously|or\s+(?:two|so)))
    )\b""",
    re.VERBOSE,
)
# The rate may follow the verb after the counted noun ("100 soldiers are killed every day") or be one word
# ("losing 100 men daily"): the count is still a flow.
_RATE_AFTER_VERB = re.compile(
    r"\s+(?:(?:are|were|is|was|have\s+been|had\s+been|being|get|got)\s+)?(?:killed|wounded|injured|lost|dying|"
    r"dead|captured|sent|deployed|arriving)\s+(?:every|each|a|per)\s+(?P<time>" + _TIME + r")\b"
    r"(?!\s+(?:ago|earlier|later|before|after|previously))"
    # "daily" as an adverb, not as the adjective of "daily reports": a mark or a preposition follows it
    r"|\s+(?P<daily>daily|weekly|monthly)(?=\s*(?:[,.;:!?)\"”]|$)|\s+(?:in|to|on|at|for|since|from|and|or|near|"
    r"across|along|over|during|throughout)\b)"
)
_ADVERB_TIMES = {"daily": "day", "weekly": "week", "monthly": "month"}
_NOT_A_RATE = frozenset({"cent", "centum", "capita", "se", "annum"})  # "per cent" is a share, not a rate


def is_denominator(text: str, start: int) -> bool:
    """The number at ``start`` divides something ("per 30 soldiers", "for every 20 troops")."""
    return bool(_DENOMINATOR_LEAD.search(text, max(0, start - 20), start))


def rate_after(text: str, end: int) -> tuple[str, int] | None:
    """("per <what>", end) when the count ending at ``end`` is a rate ("… a day", "… per container")."""
    match = _RATE.match(text, end)
    if match is None:
        after_verb = _RATE_AFTER_VERB.match(text, end)
        if after_verb is None:
            return None
        if after_verb.group("daily"):
            return f"per {_ADVERB_TIMES[after_verb.group('daily')]}", after_verb.end()
        return f"per {after_verb.group('time')}", end  # the verb stays in the text: a cue of what is counted
    if match.group("time"):
        return f"per {match.group('time')}", match.end()
    what = " ".join(match.group("what").split())
    head = what.rsplit(None, 1)[-1]
    if head in _NOT_A_RATE or head.endswith(("ing", "ed")):
        return None  # "per cent"; "5,000 troops each carrying rifles"
    return f"per {what}", match.end()


def rate_unit(unit: str, per: str) -> str:
    """The unit of a rate: "soldiers" and "per month" → "soldiers per month"."""
    return f"{unit} {per}" if unit else per

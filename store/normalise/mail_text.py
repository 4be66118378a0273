"""The plain-text part a mailing-list service writes for its HTML newsletter.

Such services set each heading as "** Heading" over a rule of dashes, and each button or link
as "** Label (https://...)": the stars are the service's, not the writer's.  The dialect is
taken only on a starred line over a rule, which no prose or other markup writes.
"""

from __future__ import annotations

import re

from store.normalise.plain_markup import Reduced

_RULE = re.compile(r"-{10,}\s*")
_STARRED = re.compile(r"\*\* (?=\S)")


def mailing_list_text(lines: list[str]) -> Reduced | None:
    headed = [i for i in range(len(lines) - 1) if lines[i].startswith("** ") and _RULE.fullmatch(lines[i + 1])]
    if not headed:
        return None
    out = Reduced("mailing-list-text", list(lines))
    for n, i in enumerate(headed):
        out.lines[i] = lines[i][3:].strip()
        out.headings[i] = 1 if n == 0 and not any(line.strip() for line in lines[:i]) else 2
        out.drop(i + 1, "separator")
    for i, line in enumerate(out.lines):
        if "** " in line and i not in out.headings:
            out.lines[i] = _STARRED.sub("", line)
    return out

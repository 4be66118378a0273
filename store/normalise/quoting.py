"""Mail quoting: a forwarded or replied-to article whose lines start with ">".

A mail client quotes each line of the message it forwards, so every wrapped
line of a paragraph carries the mark and the paragraph reads "... Kursk
region, > according to ...".  A run of quoted lines is unquoted (one level),
with a lone ">" becoming the blank line it stood for.  A single quoted line
is left alone: it may be an arrow or a comparison the author wrote.
"""

from __future__ import annotations

import re

_QUOTED = re.compile(r"^ {0,3}>(?: |$)")
_MIN_RUN = 3  # consecutive quoted lines before a run is taken for mail quoting


def unquote_mail_runs(lines: list[str], unquoted_at: list[int] | None = None) -> int:
    """Strip one level of mail quoting from runs of quoted lines, in place; the number of lines unquoted.

    ``unquoted_at`` collects the indices of the lines unquoted: a mail client wrapped them at its
    own width, which the rest of the file (headers, signatures) may hide (see ``build_units``).
    """
    if not any(line.lstrip(" ").startswith(">") for line in lines):
        return 0
    unquoted = 0
    start = None
    for i in range(len(lines) + 1):
        quoted = i < len(lines) and _QUOTED.match(lines[i]) is not None
        if quoted and start is None:
            start = i
        elif not quoted and start is not None:
            if i - start >= _MIN_RUN:
                for j in range(start, i):
                    lines[j] = _QUOTED.sub("", lines[j], count=1)
                unquoted += i - start
                if unquoted_at is not None:
                    unquoted_at.extend(range(start, i))
            start = None
    return unquoted

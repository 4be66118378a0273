"""Forum BBCode and wire (ANPA) headline marks, reduced to plain lines.

Posts copied from a message board keep their BBCode ("By [b]Evil Author[/b]", "[url=…]a Ukrainian
outlet[/url]", "[img]…[/img]"), and wire copy kept in the old ANPA layout marks its headline and
byline lines with a caret and a closing "<" ("^By HYUNG-JIN KIM<").  Left in, the marks hide a
byline from the metadata reader and end up in the text a reader cites.  Tags go, their words stay;
an embedded picture's address goes to the audit.  Every source line stays one output line.
"""

from __future__ import annotations

import re

from store.normalise.plain_markup import Reduced

_BB_PAIR = re.compile(r"\[(b|i|u|s|url|img|quote|size|color|colour|font|center|code|spoiler|list)(?:=[^\]\n]{0,200})?\][^\n]*?\[/\1\]", re.IGNORECASE)
_BB_IMAGE = re.compile(r"\[img(?:=[^\]\n]{0,40})?\]([^\[\n]{0,500})\[/img\]", re.IGNORECASE)
_BB_LINK = re.compile(r"\[url=[\"']?([^\]\n]{1,500}?)[\"']?\]([^\[\n]{0,300})\[/url\]|\[url\]([^\[\n]{1,500})\[/url\]", re.IGNORECASE)
_BB_TAG = re.compile(
    r"\[/?(?:b|i|u|s|quote|size|color|colour|font|center|left|right|code|spoiler|list|\*|indent|sup|sub)(?:=[^\]\n]{0,200})?\]",
    re.IGNORECASE,
)
_LEAST_BB_PAIRS = 2  # one "[b]...[/b]" may be quoted on purpose; two mean the post is in BBCode

_ANPA_LINE = re.compile(r"^\^([^\n]{1,400}?)<[ \t]*$")
_ANPA_QUAD = re.compile(r"<[ \t]*$")
_LEAST_ANPA_LINES = 2


def bbcode(text: str, lines: list[str]) -> Reduced | None:
    """The post's lines without BBCode, or None when the text is not written in it."""
    if len({m[1].lower() for m in _BB_PAIR.finditer(text, 0, 8192)}) < _LEAST_BB_PAIRS and len(_BB_PAIR.findall(text, 0, 8192)) < _LEAST_BB_PAIRS + 1:
        return None
    out = Reduced("bbcode", list(lines))
    for i, line in enumerate(lines):
        if "[" not in line:
            continue
        if (image := _BB_IMAGE.search(line)) is not None:
            out.dropped.append((i + 1, "image", image[1]))
            line = _BB_IMAGE.sub("", line)
        line = _BB_LINK.sub(lambda m: m[2] or m[1] if m[1] is not None else m[3], line)
        line = _BB_TAG.sub("", line)
        out.lines[i] = line if line.strip() else ""
    return out


def anpa_marks(lines: list[str]) -> Reduced | None:
    """Wire copy's lines without the caret and quad marks, or None when it carries none."""
    marked = [i for i, line in enumerate(lines) if line.startswith("^") and _ANPA_LINE.match(line)]
    if len(marked) < _LEAST_ANPA_LINES:
        return None
    out = Reduced("anpa", list(lines))
    for i, line in enumerate(lines):
        if line.startswith("^") and (found := _ANPA_LINE.match(line)) is not None:
            out.lines[i] = found[1].strip()
        elif line.rstrip().endswith("<"):
            out.lines[i] = _ANPA_QUAD.sub("", line)
    return out

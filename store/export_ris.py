"""Citations as RIS, the tagged format Zotero, EndNote and Mendeley import.

One record per article, its selected passages as notes (``N1``), in the order they were selected.
A reference manager keeps one item per work: a record per passage would import an article quoted
five times as five copies of it to merge by hand, while repeated ``N1`` tags keep every quotation,
its paragraph and its claims on the one item.

RIS is line-based: ``TAG  - value``, and a line without a tag continues the value above it.  So
every value is put on one line (a line break in a quotation could otherwise start a forged tag such
as ``ER  - ``), control characters are shown as escapes, and lines end in CRLF as the spec asks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from store.export_authors import author_names
from store.export_markdown import (
    claim_date_phrase,
    claim_heading,
    figure_list,
    quoted,
    uncertain_date_note,
)
from store.models import UNKNOWN_OUTLET
from store.printable import printable

if TYPE_CHECKING:
    from store.export import Citation

LINE_END = "\r\n"
_LINE_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029\x85\x0b\x0c]+\s*")


def _one_line(text: str) -> str:
    # Breaks become spaces before printable() runs: it would show them as "\x0a" escapes.
    return printable(_LINE_BREAKS.sub(" ", text).strip(), one_line=True)


def _tag(tag: str, value: str) -> str:
    return f"{tag}  - {_one_line(value)}"


def _date_tags(c: Citation) -> Iterator[str]:
    """PY (the year) and DA (YYYY/MM/DD, parts unknown left empty), from the normalised ISO date."""
    if not c.published:
        return
    parts = [part for part in c.published[:10].split("-") if part.isdigit()]
    if not parts:
        return
    yield _tag("PY", parts[0])
    yield _tag("DA", "/".join((parts + ["", ""])[:3]) + "/")


def _passage_note(c: Citation) -> str:
    where = f"paragraph {c.paragraph}" if c.paragraph else c.kind
    note = f"{quoted(c.text)} ({where}; passage {c.passage_id}; source file {c.source_file})"
    for claim in c.claims:
        kind, who = claim_heading(claim)  # a denial or a correction says so, as in Markdown
        what = " ".join(filter(None, (claim.subject_label, figure_list(claim))))
        note += f" | {kind} ({who}{claim_date_phrase(claim)})" + (f": {what}" if what else "") + (
            " (hedged)" if claim.hedged else "")
    return note


def _record(passages: list[Citation]) -> list[str]:
    first = passages[0]  # the article's fields are the same on each of its passages
    known_outlet = first.outlet != UNKNOWN_OUTLET
    # A news outlet makes it a newspaper article; a page of no known outlet, found at an address, a web page.
    kind = "ELEC" if first.url and not known_outlet else "NEWS"
    # A title made up from the first sentence is a description, which citation styles put in brackets.
    lines = [_tag("TY", kind), _tag("ID", first.article_id), _tag("TI", f"[{first.title}]" if first.title_derived else first.title)]
    if first.author:
        # One AU each ("A and B" is two), kept whole ("Kim Jong Un" splits into no given and family name).
        lines += [_tag("AU", name) for name in author_names(first.author)]
    lines += _date_tags(first)
    if known_outlet:
        lines.append(_tag("T2", first.outlet))
    if first.credit:
        lines.append(_tag("PB", first.credit))
    if first.url:
        lines.append(_tag("UR", first.url))
    if not first.published and first.published_raw:
        lines.append(_tag("N1", f"Date as printed: {first.published_raw}"))
    elif first.date_ambiguous:
        lines.append(_tag("N1", uncertain_date_note(first)))
    lines += [_tag("N1", _passage_note(c)) for c in passages]
    lines.append("ER  - ")
    return lines


def render_ris(cites: list[Citation]) -> str:
    by_article: dict[str, list[Citation]] = {}
    for c in cites:
        by_article.setdefault(c.article_id, []).append(c)
    records = [LINE_END.join(_record(passages)) for passages in by_article.values()]
    return (LINE_END * 2).join(records) + LINE_END

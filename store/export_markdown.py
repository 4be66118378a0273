"""Citations as Markdown: each passage quoted, then one line that cites it in full.

A journalist pastes this into a draft or renders it; either way the quotation must read as the
source printed it.  So the quoted text is escaped only where CommonMark would otherwise turn it into
something else (a list, a heading, emphasis, raw HTML, a link), and the citation's own fields,
which come from the files, cannot break out of the italics or code spans they are set in.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from store.models import OWN_VOICE
from store.printable import printable

if TYPE_CHECKING:
    from store.export import Citation, CitedClaim

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def markdown_literal(text: str) -> str:
    """``text`` with Markdown's inline marks escaped: a title holding "*" or "_" must not end the italics
    it is set in, nor a "[" start a link, when the citation is rendered."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


# In running text only these change what renders: emphasis and code marks, a "<" opening raw HTML or an
# autolink, a "]" that closes a link ("](", "][" or a "]:" definition), and an "&" that spells an entity.
# Brackets of an editor's insertion ("[the troops]") render as they are, so they stay unescaped.
_QUOTE_INLINE = re.compile(r"[\\`*_<~]|\](?=[(\[:])|&(?=#?\w+;)")
# What opens a block at the start of a line: a heading, a nested quote, a list item, a thematic break
# or setext underline, a table row, a fence.  Escaping its first mark leaves the line a paragraph.
_QUOTE_BLOCK_LEAD = re.compile(r"#|>|[-+=|]|\d{1,9}(?=[.)])")


def _quote_line(line: str) -> str:
    # A line's indent means nothing in a quotation, and four spaces of it would make a code block.
    line = _QUOTE_INLINE.sub(lambda found: "\\" + found.group(), line.lstrip(" \t"))
    lead = _QUOTE_BLOCK_LEAD.match(line)
    if lead:
        mark = lead.group()
        # An ordered list needs its digits then "." or ")": the punctuation is what gets escaped.
        line = (f"{mark}\\" if mark[0].isdigit() else f"\\{mark}") + line[lead.end():]
    return line


def quote_block(text: str) -> str:
    """``text`` as a Markdown block quotation that renders back to the same words."""
    return "\n".join(f"> {_quote_line(line)}" if line.strip() else ">" for line in text.split("\n"))


def _code_span(text: str) -> str:
    """``text`` as inline code, fenced by more backticks than it holds in a row (CommonMark's rule)."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    padded = f" {text} " if text.startswith("`") or text.endswith("`") else text
    return f"{fence}{padded}{fence}"


# An address CommonMark shows as a link when set in <…>: a scheme, then no space, "<", ">" or control.
_AUTOLINK = re.compile(r"[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>\x00-\x1f\x7f]*")


def _address(url: str) -> str:
    return f"<{url}>" if _AUTOLINK.fullmatch(url) else _code_span(printable(url, one_line=True))


def _field(text: str) -> str:
    """A citation field from the file: on one line, control characters shown as escapes, marks literal."""
    return markdown_literal(printable(text, one_line=True))


def reference_line(c: Citation) -> str:
    outlet = c.outlet + (f" (via {c.credit})" if c.credit else "")
    title = _field(c.title) + (" \\[title derived\\]" if c.title_derived else "")
    parts = [f"*{title}*", _field(outlet)]
    if c.author:
        parts.append(_field(c.author))
    if c.date_ambiguous:
        parts.append(_field(f"{c.published} (date uncertain: {date_doubt(c)})"))
    else:
        parts.append(_field(c.published or (c.published_raw and f"date as printed: {c.published_raw}") or "undated"))
    if c.url:
        parts.append(_address(c.url))
    where = f"¶{c.paragraph}" if c.paragraph else c.kind
    source = _code_span(printable(c.source_file, one_line=True))
    return f"— {', '.join(parts)}. Source file: {source}, {where}, passage `{c.passage_id}`."


def claim_heading(claim: CitedClaim) -> tuple[str, str]:
    """What kind of statement a claim is, and whose: ("Denial", "the Kremlin"), ("Claim", "the article itself")."""
    who = claim.claimant or OWN_VOICE
    if claim.named_in_source:
        who += f" (named in the source as {claim.named_in_source})"
    if claim.via:
        who += f", via {claim.via}" + relay_reference(claim)
    if not claim.denied:
        return "Claim", who
    return ("Denial", who) if claim.claimant else ("Retraction", "the article (a correction)")


# Marks a quoted passage or title is put between, tried in turn: the first pair the text neither
# starts nor ends with.  '""Some of them…," the NIS said.' read as an empty quotation and the words after it.
_QUOTE_PAIRS = (('"', '"'), ("“", "”"), ("«", "»"))


def quoted(text: str) -> str:
    """``text`` between quotation marks that cannot run into its own at either end."""
    ends = {text[:1], text[-1:]}
    left, right = next((pair for pair in _QUOTE_PAIRS if not ends & set(pair)), _QUOTE_PAIRS[-1])
    return f"{left}{text}{right}"


def date_doubt(c: Citation) -> str:
    """Why a date read one way of two (``Citation.date_ambiguous``) is in doubt, with the date as printed."""
    printed = f"printed {quoted(c.published_raw)}; " if c.published_raw and c.published_raw != c.published else ""
    return f"{printed}day and month, or the year, may differ"


def uncertain_date_note(c: Citation) -> str:
    """The note a reference manager's record carries for such a date."""
    return f"Date uncertain: read as {c.published}; {date_doubt(c)}"


def relay_reference(claim: CitedClaim) -> str:
    """" (its passage 2beefef7cf-002: "Title", 2024-12-19)" for a relayed claim traced to the relaying
    outlet's own passage (``export_relays``); "" otherwise."""
    if not claim.via_passage:
        return ""
    title = printable(claim.via_title or "", one_line=True)
    return f" (its passage {claim.via_passage}: {quoted(title)}, {claim.via_published or 'undated'})"


def claim_date_phrase(claim: CitedClaim) -> str:
    """", dated Dec 2024 by its sentence" when the claim's sentence dates it; "" when only the article's date
    stands in (the citation line gives that)."""
    if claim.claim_date_basis != "stated" or not claim.claim_date:
        return ""
    from store.analysis.claim_dates import date_label

    shown = date_label(claim.claim_date).replace(", year?", " (year not given)")
    return f", dated {shown} by its sentence"


def figure_list(claim: CitedClaim) -> str | None:
    """Every figure of a claim, the main one first ("4,000 casualties; also 1,000 casualties"), as the
    TUI's reader marks them all; a claim of one figure reads as before."""
    if len(claim.figures) < 2:
        return claim.figure
    return f"{claim.figures[0]}; also {', '.join(claim.figures[1:])}"


def render_markdown(cites: list[Citation]) -> str:
    blocks = []
    for c in cites:
        # The quotation keeps its line breaks; a control character in it shows as its escape, never
        # as a command to the terminal the file is later printed on.
        lines = [quote_block(printable(c.text)), "", reference_line(c)]
        for claim in c.claims:
            kind, who = claim_heading(claim)
            detail = " — ".join(x for x in (claim.subject_label, figure_list(claim)) if x)
            lines.append(f"  - {kind} by {_field(who)}{claim_date_phrase(claim)}{': ' + _field(detail) if detail else ''}"
                         f"{' (hedged)' if claim.hedged else ''}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"

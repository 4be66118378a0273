"""Turn store records into styled ``Content`` for the widgets.

Everything here builds :class:`textual.content.Content` from plain strings, so
article text is never read as markup: ``[@click=app.quit]`` in a title stays
those characters.  Nothing here parses or scores; it only lays out fields the
store already computed (figures, spans, offsets) and picks styles for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from textual.content import Content

from store.compare.intervals import format_figure
from store.models import OWN_VOICE, Article, Claim, Passage, PassageKind, SearchHit
from store.printable import BIDI_CONTROLS, CONTROL_CODES
from tui.visuals import Hanging
from tui.widgets.one_line_rows import OneLineRow, TitleOverLine

UNDATED = "undated"
SELECTED_MARK = "● "
UNSELECTED_MARK = "  "
SELECTED_BAR = "▌"

# Styles are Textual style strings; $variables follow the active theme.
HIGHLIGHT_STYLE = "bold $text-warning on $warning-muted"
FIGURE_STYLE = "underline"
DIM = "$text-muted"
MARK_STYLE = "bold $text-accent"


# C0/C1 controls (ESC above all) could drive the terminal; Content drops only
# some of them, which would also shift our highlight offsets.  Replacing each
# with one visible character keeps offsets valid and the terminal safe.  Bidi
# overrides would make a file name display as another ("gnp.txt" read backwards).
_CONTROL_TABLE: dict[int, str] = {
    code: "\N{REPLACEMENT CHARACTER}" for code in CONTROL_CODES | BIDI_CONTROLS if chr(code) not in "\n\t"
}
# Terminals disagree on how wide an emoji is when a selector or a skin tone follows it (tmux and
# many others give "❤️" one cell, Rich two; "👩🏽" four cells, Rich two): every such row pushed the
# pane's right border out of line.  The text-style selector, same length, makes both count alike.
_TEXT_STYLE = "\N{VARIATION SELECTOR-15}"
_CONTROL_TABLE.update({0xFE0F: _TEXT_STYLE} | {code: _TEXT_STYLE for code in range(0x1F3FB, 0x1F400)})
# The Hangul fillers are blanks that Rich counts as no cells and terminals as one or two.
_CONTROL_TABLE.update({0x3164: " ", 0xFFA0: " "})


def safe_text(text: str | None) -> str:
    """Untrusted text with terminal control characters neutralised, same length."""
    return (text or "").translate(_CONTROL_TABLE)


def plain(text: str | None, style: str = "") -> Content:
    """Untrusted text as Content: never markup."""
    content = Content(safe_text(text))
    return content.stylize(style) if style else content


def one_line(text: str | None) -> str:
    return " ".join(safe_text(text).split())


def shortened(text: str | None, limit: int = 80) -> str:
    """``one_line(text)``, cut to ``limit`` characters with "…": a 300-character title quoted in a
    notice made a toast of a dozen lines over the screen it speaks of."""
    line = one_line(text)
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def counted(count: int, noun: str, plural: str | None = None) -> str:
    """``count`` and its noun, singular for exactly one: "1 passage", "2 passages", "1,200 passages".

    "3 passage(s)" reads as a program talking; the plural is ``noun + "s"`` unless given.
    """
    return f"{count:,} {noun if count == 1 else plural or noun + 's'}"


# A file name may hold line breaks and tabs.  Obeyed, "two\nlines.txt" read as two lines of the
# dialog it was quoted in (and a crafted name could pass for the dialog's own words); collapsed, it
# read as "two lines.txt", another file.  Shown as their symbols, it reads as the one it is.
_BREAK_SYMBOLS = str.maketrans({"\n": "\N{SYMBOL FOR NEWLINE}", "\t": "\N{SYMBOL FOR HORIZONTAL TABULATION}"})


def file_label(name: object) -> str:
    """A file name or path (or a one-line message quoting one), safe and on one line, as it is."""
    return safe_text(str(name)).translate(_BREAK_SYMBOLS)


# --- figures and claims -----------------------------------------------------------


def claimant_label(claim: Claim) -> str:
    who = one_line(claim.claimant) or OWN_VOICE
    named = claim.named_in_source
    if named:
        who += f" (as {one_line(named)})"  # the corpus-wide name is inferred; show what the source says
    if claim.denied:
        who = f"denied by {who}" if claim.claimant else "retracted by the article"  # own voice: a correction
    return f"{who} via {one_line(claim.via)}" if claim.via else who


def date_label(article: Article) -> str:
    if not article.published:
        return UNDATED
    return f"{article.published}?" if article.date_ambiguous else article.published


def outlet_label(article: Article) -> str:
    outlet = one_line(article.outlet) or "Unknown outlet"
    return f"{outlet} / {one_line(article.credit)}" if article.credit else outlet


def fit_lines(text: Content, width: int, lines: int, tail: Content = Content("")) -> list[Content]:
    """``text + tail`` wrapped to ``width``; past ``lines`` lines, ``text`` is cut with "…" and ``tail`` kept."""
    whole = (text + tail).wrap(width)
    if len(whole) <= lines:
        return whole
    kept = text.wrap(width)[:lines]
    room = max(1, width - tail.cell_length - 1)
    kept[-1] = kept[-1].rstrip().truncate(room) + Content.styled("…", DIM) + tail
    return kept


def fit_parts(parts: Sequence[Content], width: int, limit: int) -> list[Content]:
    """``parts`` wrapped to ``width`` in at most ``limit`` lines: each part keeps its first line (the
    first ``limit`` parts, if there are more), spare lines go to the earlier parts, and a part cut
    short ends in "…"."""
    wrapped = [part.wrap(width) or [Content("")] for part in parts]
    if sum(len(lines) for lines in wrapped) <= limit:
        return [line for lines in wrapped for line in lines]
    dropped = len(wrapped) > limit
    wrapped = wrapped[:limit]
    shares = [1] * len(wrapped)
    spare = limit - len(shares)
    for index, lines in enumerate(wrapped):
        given = min(len(lines) - 1, spare)
        shares[index] += given
        spare -= given
    fitted: list[Content] = []
    for index, (lines, share) in enumerate(zip(wrapped, shares)):
        kept = lines[:share]
        if len(lines) > share or (dropped and index == len(wrapped) - 1):
            kept[-1] = kept[-1].rstrip().truncate(max(1, width - 1)) + Content.styled("…", DIM)
        fitted.extend(kept)
    return fitted


def passage_claims_detail(claims: Sequence[Claim], lines: int = 4) -> Content:
    """Who claims which figure in a passage, a claim a line: the reader marks the figures, not who gave them."""
    with_figure = [claim for claim in claims if claim.main_figure is not None]
    shown = with_figure if len(with_figure) <= lines else with_figure[: lines - 1]
    rows = [
        Content.assemble((format_figure(claim.main_figure, compact=True), "bold"), "  ", claimant_label(claim))
        for claim in shown
        if claim.main_figure is not None
    ]
    if len(with_figure) > len(shown):
        rows.append(Content.styled(f"+{len(with_figure) - len(shown)} more in this passage (3 lists them)", DIM))
    return Content("\n").join(rows)


# --- articles -----------------------------------------------------------------------


def article_entry(article: Article, *, with_source: bool = False) -> TitleOverLine:
    """The article list's entry: the title, then one row of outlet and date (and the file, when asked),
    where a long outlet is cut so that the date stays in view."""
    source = f" · {file_label(article.source_file)}" if with_source else ""
    line = OneLineRow(Content(outlet_label(article)), Content(f" · {date_label(article)}{source}"), DIM)
    return TitleOverLine(Content.styled(one_line(article.title), "bold"), line)


def lookalikes(articles: Iterable[Article]) -> set[str]:
    """Ids of articles whose title, outlet and date are all another's: only their files tell them apart
    (a story saved twice, or long titles the store shortened alike)."""
    seen: dict[tuple[object, ...], str] = {}
    alike: set[str] = set()
    for article in articles:
        key = (article.title, article.outlet, article.credit, article.published)
        if (first := seen.setdefault(key, article.id)) != article.id:
            alike.update((first, article.id))
    return alike


def byline(article: Article) -> Content:
    parts = [outlet_label(article)]
    if author := one_line(article.author):
        # Some sources keep their own "By" in the author field: "by By Ann Lee" reads as a typo.
        parts.append(author if author[:3].lower() == "by " else f"by {author}")
    parts.append(date_label(article))
    if article.date_ambiguous:
        parts.append("(day and month could be swapped)")
    return Content(" · ".join(parts))


def topic_tags(labels: Iterable[str]) -> Content:
    pieces: list[str | tuple[str, str]] = []
    for label in labels:
        pieces.extend([(f" {one_line(label)} ", "$text-primary on $primary-muted"), " "])
    return Content.assemble(*pieces)


# --- passages -------------------------------------------------------------------------

_KIND_STYLES: dict[str, str] = {
    PassageKind.HEADING: "bold $text-secondary",
    PassageKind.CAPTION: "italic $text-muted",
    PassageKind.CREDIT: "italic $text-muted",
    PassageKind.BULLET: "",
    PassageKind.PULLQUOTE: "italic $text-accent",
    PassageKind.DEK: "italic",
    PassageKind.BODY: "",
}
_KIND_GLYPH: dict[str, str] = {
    PassageKind.CAPTION: "▣",
    PassageKind.CREDIT: "©",
    PassageKind.BULLET: "•",
    PassageKind.PULLQUOTE: "❝",
    PassageKind.HEADING: "§",
}
READER_GUTTER = 6  # bar, space, paragraph number up to 3 digits, space
LIST_GUTTER = 2


def highlighted(text: str, spans: Sequence[tuple[int, int]], style: str = HIGHLIGHT_STYLE) -> Content:
    content = plain(text)
    for start, end in spans:
        content = content.stylize(style, start, end)
    return content


def term_spans(text: str, terms: Iterable[str]) -> list[tuple[int, int]]:
    """Where the evidence terms occur, ignoring case, on word edges."""
    words = sorted({t for t in terms if t.strip()}, key=len, reverse=True)
    if not words:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)
    return [m.span() for m in pattern.finditer(text)]


def highlight_terms(text: str, terms: Iterable[str]) -> Content:
    return highlighted(text, term_spans(text, terms))


def figure_spans(claims: Iterable[Claim]) -> list[tuple[int, int]]:
    """Where each claim's figures sit inside its passage."""
    return [
        (claim.start + figure.start, claim.start + figure.end)
        for claim in claims
        for figure in claim.figures
        if figure.end > figure.start
    ]


def selection_gutter(selected: bool, width: int, first: str = "") -> tuple[Content, Content]:
    """A bar down the left of a selected item; ``first`` (a number or glyph) on its first line."""
    bar = (SELECTED_BAR if selected else " ", MARK_STYLE)
    return (
        Content.assemble(bar, (first.rjust(width - 2)[: width - 2] + " ", DIM)),
        Content.assemble(bar, " " * (width - 1)),
    )


def passage_block(
    passage: Passage,
    *,
    selected: bool = False,
    echoes: int = 0,
    spans: Sequence[tuple[int, int]] = (),
    figures: Sequence[tuple[int, int]] = (),
) -> Hanging:
    """A passage as the reader shows it: gutter (mark, ¶ number or kind glyph), styled text, echo note."""
    kind = passage.kind
    body = plain(passage.text, _KIND_STYLES.get(kind, ""))
    for start, end in figures:
        body = body.stylize(FIGURE_STYLE, start, end)
    for start, end in spans:
        body = body.stylize(HIGHLIGHT_STYLE, start, end)
    if echoes:
        noun = "article" if echoes == 1 else "articles"
        body = Content.assemble(body, (f"\n↳ also in {echoes} other {noun} (enter to follow)", "$text-accent"))
    marker = str(passage.paragraph) if passage.paragraph else _KIND_GLYPH.get(kind, "")
    first, rest = selection_gutter(selected, READER_GUTTER, marker)
    return Hanging(first, rest, Content.assemble(body, "\n"))


def snippet_window(text: str, spans: Sequence[tuple[int, int]], width: int = 320) -> tuple[str, list[tuple[int, int]], int]:
    """Cut a long passage around its first match; returns (text, shifted spans, offset)."""
    if len(text) <= width:
        return text, list(spans), 0
    first = min((s for s, _ in spans), default=0)
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    # Cut between words: "around 4,…" reads as a different figure from "around 4,000".
    if start > 0 and (space := text.find(" ", start - 1, first)) != -1:
        start = space + 1
    if end < len(text) and (space := text.rfind(" ", max(start, first) + 1, end + 1)) != -1:
        end = space
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    shift = start - len(prefix)
    cut = [(max(s, start) - shift, min(e, end) - shift) for s, e in spans if e > start and s < end]
    return prefix + text[start:end] + suffix, cut, shift


# A 300-character headline over each of its article's hits took five lines of every one at 80 columns.
CONTEXT_TITLE_LIMIT = 140
CONTEXT_OUTLET_LIMIT = 60


def passage_context(title: str, outlet: str, passage: Passage, *, title_spans: Sequence[tuple[int, int]] = ()) -> Content:
    """The heading line above a passage in a list: title, outlet, paragraph.

    ``title_spans`` index ``one_line(title)``: the words lit in it.
    """
    where = f" · ¶{passage.paragraph}" if passage.paragraph else f" · {passage.kind}"
    line = one_line(title)
    if len(line) > CONTEXT_TITLE_LIMIT:  # the reader gives it whole
        line = shortened(line, CONTEXT_TITLE_LIMIT)
        title_spans = [(start, min(end, len(line) - 1)) for start, end in title_spans if start < len(line) - 1]
    return Content.assemble(
        highlighted(line, title_spans).stylize_before("bold"), (f" · {shortened(outlet, CONTEXT_OUTLET_LIMIT)}{where}", DIM)
    )


def passage_entry(context: Content, text: Content, *, selected: bool = False) -> Hanging:
    """A passage in a list (search hits, topic passages, the selection): context line, then text."""
    first, rest = selection_gutter(selected, LIST_GUTTER)
    return Hanging(first, rest, Content.assemble(context, "\n", text, "\n"))


def hit_entry(
    hit: SearchHit, passage: Passage, *, selected: bool = False, query: str = "", matched: frozenset[str] = frozenset()
) -> Hanging:
    """A search result: where it is from, then the passage with matched words lit.

    The headline is searched with its article's lead, so the query's words are lit in it too:
    a hit found through its title alone shows why it matched.  ``matched``: the terms the search
    lit in its passages (``store.search.title_marks.lit_terms``), so a typo'd word lights in headlines as there.
    """
    # Imported on the first hit: it brings the search planner and numpy, which the first screen does not need.
    from store.search.title_marks import query_title_spans

    text, spans, _ = snippet_window(hit.text, hit.spans)
    title = one_line(hit.title)
    context = passage_context(title, hit.outlet or "Unknown outlet", passage, title_spans=query_title_spans(title, query, matched))
    return passage_entry(context, highlighted(text, spans), selected=selected)


def topic_passage_entry(article: Article, passage: Passage, terms: Sequence[str], *, selected: bool = False) -> Hanging:
    context = passage_context(article.title, outlet_label(article), passage)
    return passage_entry(context, highlight_terms(passage.text, terms), selected=selected)

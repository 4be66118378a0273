"""Drawing for the comparison screen: each row as a Rich renderable built from plain ``Text``.

Article text never goes through markup here: every cell is a ``Text`` made
from the raw string.  Colours come from the running theme so that themes
apply, and every kind also carries a mark and a word for monochrome terminals.
"""

from __future__ import annotations

from functools import partial
from typing import Literal

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.table import Table
from rich.text import Text
from textual.content import Content

from store.compare import (
    AlignedRow,
    AlignmentKind,
    ArticleAlignment,
    CompareTarget,
    Presence,
    SubjectComparison,
    format_figure,
)
from store.compare.toll_kinds import figure_toll_kinds, with_toll
from store.corpus import Corpus
from store.models import UNKNOWN_OUTLET, Article, Claim, Passage
from tui.formatting import claimant_label, counted, date_label, file_label, lookalikes, one_line, safe_text, shortened
from tui.screens.compare_picker import PickerEntry
from tui.screens.compare_verdicts import verdict_header
from tui.widgets.one_line_rows import OneLineRow

Side = Literal["left", "right"]

# Mark and label per kind: the label keeps the meaning on monochrome terminals.
KIND_MARKS: dict[AlignmentKind, tuple[str, str]] = {
    AlignmentKind.SHARED: ("=", "shared"),
    AlignmentKind.OVERLAP: ("≈", "overlap"),
    AlignmentKind.LEFT_ONLY: ("◀", "only left"),
    AlignmentKind.RIGHT_ONLY: ("▶", "only right"),
}
# Theme variables giving each kind its colour (read at draw time, so themes apply).
KIND_THEME_COLOURS = {
    AlignmentKind.SHARED: "text-success",
    AlignmentKind.OVERLAP: "text-warning",
    AlignmentKind.LEFT_ONLY: "text-primary",
    AlignmentKind.RIGHT_ONLY: "text-secondary",
    "conflict": "error",
    "accent": "text-accent",
}
SELECTED = "● "
LABEL_WIDTH = 13
SECTION_TITLES = {"summary": "Summary and bullets", "body": "Body", "set-apart": "Captions, credits and pull quotes"}


def theme_palette(app: object) -> dict[str, str]:
    """Rich colour names for the kinds, taken from the running theme (plain names as fallback)."""
    fallback = {
        AlignmentKind.SHARED: "green",
        AlignmentKind.OVERLAP: "yellow",
        AlignmentKind.LEFT_ONLY: "cyan",
        AlignmentKind.RIGHT_ONLY: "magenta",
        "conflict": "red",
        "accent": "yellow",
    }
    variables = getattr(app, "theme_variables", {}) or {}
    palette = {}
    for key, variable in KIND_THEME_COLOURS.items():
        value = str(variables.get(variable, ""))
        palette[key] = value if value.startswith("#") else fallback[key]
    return palette


def _passage_cell(passage: Passage | None, selected: frozenset[str]) -> Text:
    if passage is None:
        return Text("")
    cell = Text()
    if passage.id in selected:
        cell.append(SELECTED, style="bold")
    where = f"¶{passage.paragraph} " if passage.paragraph else f"{passage.kind} "
    cell.append(where, style="dim")
    cell.append(safe_text(passage.text))  # Rich passes ESC and bidi overrides on to the terminal
    return cell


def kind_label(row: AlignedRow) -> Text:
    mark, label = KIND_MARKS[row.kind]
    if row.moved:
        return Text(f"↕ moved {row.similarity}")
    if row.kind in (AlignmentKind.SHARED, AlignmentKind.OVERLAP):
        return Text(f"{mark} {label} {row.similarity}")
    return Text(f"{mark} {label}")


def _two_cells(gutter_colour: str, left: Text, middle: Text, right: Text) -> Table:
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(width=1, style=f"on {gutter_colour}")  # the gutter: a coloured strip the row's height
    grid.add_column(ratio=1)
    grid.add_column(width=LABEL_WIDTH)
    grid.add_column(ratio=1)
    grid.add_row(Text(" "), left, middle, right)
    return grid


def alignment_row(row: AlignedRow, selected: frozenset[str], palette: dict[str, str]) -> Table:
    colour = palette[row.kind]
    label = kind_label(row)
    label.stylize(f"bold {colour}")
    return _two_cells(colour, _passage_cell(row.left, selected), label, _passage_cell(row.right, selected))


CLAIMS_PER_SIDE = 12


def _claim_lines(
    claims: list[Claim], entry: SubjectComparison, selected: frozenset[str], palette: dict[str, str]
) -> Text:
    text = Text()
    contradicted = entry.contradicted_claim_ids()
    # Two outlets of a large corpus give thousands of claims on one subject: the contradicted ones
    # come first, then the rest in reading order, up to a screenful; the count of the others follows.
    shown = sorted(claims, key=lambda claim: claim.id not in contradicted)[:CLAIMS_PER_SIDE]
    for index, claim in enumerate(shown):
        if index:
            text.append("\n")
        if claim.passage_id in selected:
            text.append(SELECTED, style="bold")
        tolls = figure_toll_kinds(claim.text, [(f.start, f.end) for f in claim.figures])
        figures = ", ".join(with_toll(format_figure(f), toll) for f, toll in zip(claim.figures, tolls, strict=True)) or "no figure"
        text.append(figures, style=f"bold {palette['conflict']}" if claim.id in contradicted else "bold")
        text.append(f" · {claimant_label(claim)}")
        sentence = one_line(claim.text)
        text.append("\n" + (sentence if len(sentence) <= 220 else sentence[:219] + "…"), style="dim")
    if len(claims) > len(shown):
        text.append(f"\n+ {counted(len(claims) - len(shown), 'more claim')} on this side (the figure tracker lists them all)",
                    style="italic dim")
    return text


def claims_row(entry: SubjectComparison, selected: frozenset[str], palette: dict[str, str]) -> Group:
    header = Text(one_line(entry.label), style="bold")
    header.append_text(verdict_header(entry, palette))
    colour = palette["conflict"] if entry.conflict else palette[AlignmentKind.SHARED]
    if entry.presence is not Presence.BOTH:
        colour = palette[AlignmentKind.LEFT_ONLY if entry.presence is Presence.LEFT_ONLY else AlignmentKind.RIGHT_ONLY]
    middle = Text("≠ CONFLICT" if entry.conflict else "", style=f"bold {palette['conflict']}")
    cells = _two_cells(
        colour,
        _claim_lines(entry.left, entry, selected, palette),
        middle,
        _claim_lines(entry.right, entry, selected, palette),
    )
    return Group(header, cells)


#: Lines a side's heading may take (the heading's ``max-height``): a long title gives way to the line under it.
HEADING_LINES = 4


class ClippedHeading:
    """A side's heading: its title, then the line under it.  At the width it is drawn, the title
    keeps what that line leaves of ``HEADING_LINES`` and ends in "…" if cut; the line is shown whole.

    Cropped by the heading's height instead, a title of four lines pushed the outlet and date out of view.
    """

    def __init__(self, text: Text, title_end: int | None = None) -> None:
        self.text = text  # the title, then "\n" and the line under it from ``title_end`` on
        self.title_end = len(text) if title_end is None else title_end

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        title, under = self.text[: self.title_end], self.text[self.title_end :]
        lines = title.wrap(console, width)
        room = max(1, HEADING_LINES - (len(under.wrap(console, width)) - 1 if under.plain else 0))
        if len(lines) <= room:
            yield self.text
            return
        # The longest start of the title that, with its "…", still fits: cut from the original, whose
        # spans stay whole (the wrapped lines' own spans do not survive being joined and cropped).
        cut = min(len(title), sum(len(line.plain) for line in lines[:room]))
        while True:
            clipped = title[:cut]
            clipped.rstrip()
            clipped.append("…")
            if cut <= 1 or len(clipped.wrap(console, width)) <= room:
                break
            cut -= 1
        clipped.append_text(under)
        yield clipped


def side_heading(target: CompareTarget | None, corpus: Corpus, side: Side, active: bool) -> ClippedHeading:
    name = "LEFT" if side == "left" else "RIGHT"
    text = Text(f" {name} ", style="bold reverse" if active else "bold")
    if target is None:
        text.append(" (press p to choose)", style="dim")
        return ClippedHeading(text)
    if target.kind == "article":
        article = corpus.article(target.key)
        text.append(" " + one_line(article.title), style="bold")
        title_end = len(text)
        text.append(f"\n{_outlet_line(corpus, article)}", style="dim")
    else:
        count = len(corpus.list_articles(outlet=target.key))
        text.append(f" {one_line(target.key)}", style="bold")
        title_end = len(text)
        text.append(f"\noutlet · {count} article{'s' if count != 1 else ''}", style="dim")
    return ClippedHeading(text, title_end)


def _outlet_line(corpus: Corpus, article: Article) -> str:
    outlet = one_line(corpus.outlet_name(article))
    if article.credit:
        outlet += f" / {one_line(article.credit)}"
    return f"{outlet} · {date_label(article)}"  # "2024-06-05?" when day and month could be swapped


# --- what the picker offers ------------------------------------------------------------------------------


def compare_target_entries(corpus: Corpus, *, exclude: CompareTarget | None = None) -> list[PickerEntry]:
    """Outlets first (for outlet-vs-outlet), then articles newest first; nothing that would put the
    other side against itself.

    An outlet on either side makes it an outlet comparison, where an article stands for its outlet:
    with an article of outlet X on the other side, X itself is left out, and with outlet X there,
    X's articles are too.  Either would compare X with X and call every figure consistent.
    """
    other_outlet = None
    if exclude is not None:
        other_outlet = exclude.key if exclude.kind == "outlet" else corpus.outlet_name(corpus.article(exclude.key))
    entries = []
    for summary in sorted(corpus.outlet_summaries, key=lambda s: s.name.casefold()):
        name, count = summary.name, summary.article_count
        if name in (other_outlet, UNKNOWN_OUTLET):  # articles of no known outlet are offered one by one
            continue
        # One row whatever the name's length: a page title read as the outlet wrapped its count to a row alone.
        prompt = OneLineRow(Content.assemble(("outlet  ", "dim"), (one_line(name), "bold")),
                            Content.styled(f"  {count} article{'s' if count != 1 else ''}", "dim"))
        entries.append(PickerEntry(f"outlet:{name}", prompt, name))
    articles = corpus.list_articles()
    alike = lookalikes(articles)
    for article in articles:
        if exclude is not None and exclude.kind == "article" and exclude.key == article.id:
            continue
        if exclude is not None and exclude.kind == "outlet" and corpus.outlet_name(article) == other_outlet:
            continue
        prompt = partial(_article_prompt, corpus, article, article.id in alike)
        entries.append(PickerEntry(f"article:{article.id}", prompt, f"{article.title} {corpus.outlet_name(article)}"))
    return entries


def left_out_targets(corpus: Corpus, exclude: CompareTarget | None, side: str) -> list[tuple[str, str]]:
    """What ``compare_target_entries`` kept out for ``exclude`` on ``side``, each as (haystack, why)."""
    unknown = [summary.article_count for summary in corpus.outlet_summaries if summary.name == UNKNOWN_OUTLET]
    # "unknown outlet" typed finds those articles, each by its title: the note says why not as one outlet.
    pooled = [(UNKNOWN_OUTLET, f"{UNKNOWN_OUTLET} is no outlet: its {counted(unknown[0], 'article')} may come from "
                               "different sources, so each is offered on its own.")] if unknown else []
    if exclude is None:
        return pooled
    if exclude.kind == "outlet":
        outlet = exclude.key
        left_out = [(outlet, f"{one_line(outlet)} is already the {side} side.")]
    else:
        article = corpus.article(exclude.key)
        outlet = corpus.outlet_name(article)
        title = one_line(article.title)
        left_out = [
            (f"{article.title} {outlet}", f"“{title}” is already the {side} side."),
            (outlet, f"{one_line(outlet)} is already the {side} side (its article “{title}”)."),
        ] if article.outlet else [(f"{article.title} {outlet}", f"“{title}” is already the {side} side.")]
    for article in corpus.list_articles():
        if exclude.kind == "outlet" and corpus.outlet_name(article) == outlet:
            left_out.append((
                f"{article.title} {outlet}",
                f"“{shortened(article.title)}” is from {shortened(outlet)}, already the {side} side.",
            ))
    return pooled + left_out


def _article_prompt(corpus: Corpus, article: Article, lookalike: bool) -> Text:
    source = f" · {file_label(article.source_file)}" if lookalike else ""  # else they read the same
    return Text.assemble(("article ", "dim"), one_line(article.title), (f"  {_outlet_line(corpus, article)}{source}", "dim"))


def target_from_key(key: str) -> CompareTarget:
    kind, _, value = key.partition(":")
    return CompareTarget("outlet" if kind == "outlet" else "article", value)


def counts_line(
    alignment: ArticleAlignment | None,
    subjects: list[SubjectComparison],
    mode: str,
    active_side: Side,
    palette: dict[str, str],
) -> Text:
    """The line under the heading: rows of each kind, subjects on each side, conflicts, the active side."""
    line = Text()
    if alignment is not None:
        counts = alignment.counts()
        for kind, (mark, label) in KIND_MARKS.items():
            line.append(f"{mark} {label} {counts[kind.value]}", style=f"bold {palette[kind]}")
            line.append("   ")
    if mode == "outlets":
        both = sum(1 for s in subjects if s.presence is Presence.BOTH)
        only_left = sum(1 for s in subjects if s.presence is Presence.LEFT_ONLY)
        only_right = sum(1 for s in subjects if s.presence is Presence.RIGHT_ONLY)
        line.append(f"subjects on both sides {both} · only left {only_left} · only right {only_right}   ")
    conflicts = sum(1 for s in subjects if s.conflict)
    if conflicts:
        line.append(f" {conflicts} CONFLICT{'S' if conflicts != 1 else ''} ", style=f"bold reverse {palette['conflict']}")
    if mode != "empty":
        line.append(f"   space selects on the {active_side.upper()} side (h/l)", style="dim")
    return line

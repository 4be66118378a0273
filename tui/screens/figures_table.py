"""What the figure tracker's table shows: its columns, one row's cells, the heading and summary, row keys.

Pure functions of the rows ``store.compare.figure_table`` builds, and the table
widget; the screen (``figures``) owns the paging, the cursor and the echo groups opened.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import DataTable

from store.compare import FigureGroup, FigureRow, FigureTable
from store.compare.figure_summary import FigureSummary
from store.compare.figure_tracker import SortKey
from store.compare.intervals import format_quantity
from store.compare.subject_words import subject_haystack
from tui.formatting import counted, one_line
from tui.screens.compare_picker import PickerEntry
from tui.screens.figures_chart import ChartRow, short_figure, short_interval

if TYPE_CHECKING:
    pass

# "date" sorts by when the figure was claimed (its sentence's date, else the article's): named so, since
# the Date column (the article's) then runs out of order and "sorted by date" read as a broken sort.
SORT_NAMES: dict[SortKey, str] = {"date": "date claimed", "value": "value", "outlet": "outlet", "claimant": "claimant"}
# A click on a column's header sorts by it, as d/v/o/c do: the columns each order reads from.
HEADER_SORTS: dict[str, SortKey] = {"date": "date", "claimed": "date", "outlet": "outlet", "figure": "value", "interval": "value",
                                   "claimant": "claimant"}
# Rows (echo groups) per page of the table: Textual's DataTable takes about a third of a
# millisecond to add a row, and a subject at ten thousand articles has 22,000 of them. Its
# measuring of every cell at the next idle comes on top: a page of 400 held the screen 110 ms.
PAGE_GROUPS = 200
COLUMNS = (  # (key, label, width); the sentence takes what is left
    ("count", "", 4),
    ("date", "Date", 11),  # "2024-06-05?" (see when_text): room for the mark of a date whose day and month could be swapped
    ("outlet", "Outlet (credit)", 16),
    ("claimant", "Claimant (via)", 22),
    ("figure", "Figure", 12),
    ("interval", "Interval", 15),
    ("claimed", "Claimed", 12),  # the claim's own date when its sentence states one: "Dec 2024", "5 Jan, year?"
)
MIN_SENTENCE_WIDTH = 20
CELL_KEYS = (*(key for key, _, _ in COLUMNS), "sentence")  # what each of ``row_cells`` holds, in order
OPTIONAL_COLUMNS = ("interval", "claimed")  # right of the figure: shown when they fit whole, else in the detail line
WIDENED = (("claimant", 44), ("outlet", 24))  # (column, widest): where room beyond the sentence's goes, in order
# The sentence is in the detail line whole; a claimant cut to "Defence Intelligence …" (its "via" never
# seen) is not.  So the names grow to their widest cell before the sentence takes more than this.
SENTENCE_BEFORE_NAMES = 40
# Columns that hold numbers grow to the widest on the page, up to this: cropped, "11,000–12,000" read
# "11,000–12,00", a different figure.  Wider ones end in "…", never in a digit that is not theirs.
FITTED_COLUMNS = {"figure": 4, "interval": 5}  # key: index of its cell in ``row_cells``
MAX_FITTED_WIDTH = 26
CELL_PADDING = 2  # a DataTable cell's padding, one each side
TABLE_CHROME_WIDTH = 4  # the table's border and its vertical scrollbar
# The columns up to and including the figure, which must fit on the screen; and the order in which
# the others give way to it (each down to a floor): the claimant and outlet stay in the detail line.
THROUGH_FIGURE = [key for key, _, _ in COLUMNS[: [key for key, _, _ in COLUMNS].index("figure") + 1]]
# The date keeps its year and month ("2024-06") until the claimant and outlet are down to a few
# letters (both are whole in the detail line): cut to "2024-", at 60 columns, every row read the same.
GIVE_WAY = (("claimant", 10), ("outlet", 8), ("claimant", 6), ("outlet", 5), ("date", 7), ("claimant", 3), ("outlet", 3),
            ("date", 5))


class FigureGrid(DataTable):
    """The tracker's table: one row per figure or echo group, moved with j/k like the lists."""

    HELP_GROUP: ClassVar[str] = "Figure tracker's table"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        # home and end as in the lists: DataTable's scroll the table sideways, which fits the screen.
        Binding("g,home", "scroll_top", "Top", show=False),
        Binding("G,end", "scroll_bottom", "Bottom", show=False),
        Binding("enter", "select_cursor", "Open", tooltip="Open the figure's passage in the reader (an echo group: expand it)"),
    ]


def page_count(table: FigureTable) -> int:
    return max(1, -(-len(table.groups) // PAGE_GROUPS))


def page_rows(table: FigureTable, page: int, expanded: Collection[str]) -> list[ChartRow]:
    """(row key, group, row, member index or None) of one page, in display order: the echo groups
    in ``expanded`` followed by their repeats."""
    shown: list[ChartRow] = []
    for group in table.groups[page * PAGE_GROUPS : (page + 1) * PAGE_GROUPS]:
        shown.append((key_of_row(group), group, group.representative, None))
        if key_of_row(group) in expanded:
            for index, member in enumerate(group.rows[1:], start=1):
                shown.append((key_of_row(group, index), group, member, index))
    return shown


def page_holding(table: FigureTable, row_key: str | None) -> int:
    """The page the row (its echo group) falls on; the first when there is no such row."""
    wanted = group_key_of(row_key) if row_key is not None else None
    return next((i // PAGE_GROUPS for i, group in enumerate(table.groups) if key_of_row(group) == wanted), 0)


def row_of_passage(table: FigureTable, passage_id: str | None, expanded: set[str]) -> str | None:
    """The key of the row that quotes ``passage_id``; an echo group holding it in a later row is opened."""
    if passage_id is None:
        return None
    for group in table.groups:
        for index, row in enumerate(group.rows):
            if row.passage_id == passage_id:
                if index:  # a repeat, listed once its group is open
                    expanded.add(key_of_row(group))
                    return key_of_row(group, index)
                return key_of_row(group)
    return None


def columns_that_fit(widths: Mapping[str, int], screen_width: int, wanted: Mapping[str, int] | None = None) -> dict[str, int]:
    """The columns the table shows at this width, each with its width, in the order of ``COLUMNS``.

    Those up to the figure always (they give way to fit: ``column_widths``); each one right of it
    only when it fits whole, the sentence taking what is left. A column cut by the screen's edge
    was read only by scrolling sideways (the Interval at 80 columns); the detail line holds what a
    dropped column held.  ``wanted``: the widest claimant and outlet cells, which those columns grow
    to (see ``WIDENED``) once the sentence has ``SENTENCE_BEFORE_NAMES``.
    """
    room = screen_width - TABLE_CHROME_WIDTH
    shown = {key: widths[key] for key in THROUGH_FIGURE}
    used = sum(width + CELL_PADDING for width in shown.values())
    for key in OPTIONAL_COLUMNS:
        if used + widths[key] + CELL_PADDING <= room:
            shown[key] = widths[key]
            used += widths[key] + CELL_PADDING
    for key, most in WIDENED:
        spare = room - used - CELL_PADDING - SENTENCE_BEFORE_NAMES
        grown = min(most, (wanted or {}).get(key, 0), shown[key] + max(0, spare))
        if grown > shown[key]:
            used += grown - shown[key]
            shown[key] = grown
    if room - used - CELL_PADDING >= MIN_SENTENCE_WIDTH:
        shown["sentence"] = room - used - CELL_PADDING
        return shown
    for key, most in WIDENED:  # too little room for a sentence: the cropped names get what is left
        grown = min(most, shown[key] + room - used)
        used += grown - shown[key]
        shown[key] = max(shown[key], grown)
    return shown


def heading_text(table: FigureTable, page: int, accent: str, *, sorting: SortKey | None = None) -> Text:
    """The subject, its unit, the order and the page shown (or the order being sorted into)."""
    heading = Text("Figure tracker · ", style="bold")
    heading.append(one_line(table.label), style=f"bold {accent}")
    if unit := table.summary.unit_label or table.unit:
        heading.append(f" ({unit})", style="dim")
    if sorting is not None:
        heading.append(f"   sorting by {SORT_NAMES[sorting]}…", style="dim")
    else:
        heading.append(f"   sorted by {SORT_NAMES[table.sort]} (d/v/o/c)", style="dim")
    if page_count(table) > 1:
        first = page * PAGE_GROUPS + 1
        last = min(len(table.groups), first + PAGE_GROUPS - 1)
        heading.append(f"   rows {first:,}–{last:,} of {len(table.groups):,} ([ ] page)", style="dim")
    return heading


def claims_noun(count: int) -> str:
    return f"{count:,} claim" if count == 1 else f"{count:,} claims"


def key_of_row(group: FigureGroup, member: int | None = None) -> str:
    key = group.representative.key
    return key if member is None else f"{key}|member{member}"


def group_key_of(row_key: str) -> str:
    return row_key.split("|member", 1)[0]


def summary_text(s: FigureSummary, doubtful_dates: Collection[str] = ()) -> Text:
    """The line under the heading: the range, who claims, how many figures, and when.

    ``doubtful_dates``: dates read only from articles whose day and month could be swapped; the
    first or last date among them is marked "?", as the table marks those rows.
    """
    unit = s.unit_label or s.unit or ""
    text = Text()
    if s.low is not None and s.high is not None:
        text.append("range ", style="dim")
        text.append(f"{format_quantity(s.low, unit)} – {format_quantity(s.high, unit)}", style="bold")
    elif s.denials:
        text.append("no range: every figure here is denied", style="bold")
    text.append("   independent claimants ", style="dim")
    text.append(f"{s.independent_claimants:,}", style="bold")
    if s.unattributed:
        text.append(f" (+{s.unattributed:,} unattributed)", style="dim")
    if s.unnamed:
        text.append(f" (+{s.unnamed:,} from unnamed sources)", style="dim")
    if s.denials:
        text.append(f"   denials {s.denials:,}", style="bold")
    text.append("   figures ", style="dim")
    text.append(f"{s.figure_count:,} in {counted(s.group_count, 'row')}", style="bold")
    text.append(f" ({counted(s.article_count, 'article')})", style="dim")
    text.append("   dates ", style="dim")
    if s.earliest is None:
        text.append("none given", style="bold")
    else:
        earliest, latest = (f"{date}?" if date in doubtful_dates else date for date in (s.earliest, s.latest))
        text.append(earliest if s.earliest == s.latest else f"{earliest} → {latest}", style="bold")
    return text


def date_text(row: FigureRow, *, ambiguous: bool) -> str:
    """The row's article date as the reader shows it: "2024-06-05?" when day and month could be swapped."""
    if not row.date:
        return "undated"
    return f"{row.date}?" if ambiguous else row.date


def when_text(row: FigureRow, *, ambiguous: bool) -> str:
    """The Date column: the date the row is sorted by, the one its sentence states ("2024-10") or else its
    article's.  Showing the article's, a row sorted first for "said in October" read "undated"."""
    if row.when != row.date and row.when:
        return row.when
    return date_text(row, ambiguous=ambiguous)




def claimed_text(row: FigureRow) -> Text:
    """The Claimed column: the date the claim's sentence states ("Dec 2024"); dim "published" when the
    sentence states none and the article's date (the Date column) stands in."""
    from store.analysis.claim_dates import STATED, date_label

    value, basis = row.claim_date, row.claim_date_basis
    if basis == STATED and value:
        return Text(date_label(value), no_wrap=True, overflow="ellipsis")
    return Text("published" if value else "–", style="dim", no_wrap=True)  # "–": no date at all (the Date column says so)


def row_cells(
    group: FigureGroup,
    row: FigureRow,
    member: int | None,
    *,
    expanded: bool,
    accent: str,
    unit: str | None,
    date_ambiguous: bool = False,
) -> list[Text]:
    """One table row: a member of an echo group is indented under it, the group marked ▸ or ▾ with its count."""
    if member is not None:
        count = Text("  ↳", style="dim")
    elif group.is_echo:
        mark = "▾" if expanded else "▸"
        count = Text(f"{mark}×{group.count}", style=f"bold {accent}")
    else:
        count = Text("")
    sentence = one_line(row.sentence)
    return [
        count,
        Text(when_text(row, ambiguous=date_ambiguous), style="" if row.when else "dim"),
        Text(one_line(row.outlet_text), overflow="ellipsis", no_wrap=True),
        Text(one_line(row.claimant_text), overflow="ellipsis", no_wrap=True, style="" if row.claimant else "dim italic"),
        Text(short_figure(row, unit), style="bold", overflow="ellipsis", no_wrap=True),
        Text(short_interval(row), overflow="ellipsis", no_wrap=True),
        claimed_text(row),
        Text(sentence, overflow="ellipsis", no_wrap=True, style="dim" if member is not None else ""),
    ]


def widest_names(rows: Iterable[list[Text]]) -> dict[str, int]:
    """The widest claimant and outlet cell of these rows (``row_cells``), for ``columns_that_fit``."""
    at = {key: CELL_KEYS.index(key) for key, _ in WIDENED}
    widest = dict.fromkeys(at, 0)
    for cells in rows:
        for key, index in at.items():
            widest[key] = max(widest[key], cells[index].cell_len)
    return widest


def column_widths(rows: Iterable[list[Text]], screen_width: int | None = None) -> dict[str, int]:
    """Each column's width for these rows: the numeric ones fitted to their widest cell (within bounds).

    Given the screen's width, the columns left of the figure give way until the figure fits on it:
    the figure is what the tracker is for, and below 70 columns it went off the right edge.
    """
    widths = {key: width for key, _, width in COLUMNS}
    for cells in rows:
        for key, index in FITTED_COLUMNS.items():
            widths[key] = max(widths[key], min(cells[index].cell_len, MAX_FITTED_WIDTH))
    if screen_width is not None:
        _give_way_to_the_figure(widths, screen_width)
    return widths


def _give_way_to_the_figure(widths: dict[str, int], screen_width: int) -> None:
    room = screen_width - TABLE_CHROME_WIDTH
    for key, floor in GIVE_WAY:
        over = sum(widths[k] + CELL_PADDING for k in THROUGH_FIGURE) - room
        if over <= 0:
            return
        widths[key] = max(floor, widths[key] - over)


def detail_text(
    group: FigureGroup, row: FigureRow, unit: str | None, *, ambiguous: bool, hidden: Collection[str] = ()
) -> Text:
    """The row under the cursor: figure and claimant, then title, outlet, date and echoes, then the sentence
    (a part a line: ``FittedStatic`` cuts each part to the room there is).

    ``hidden``: the table's columns left out at this width (``columns_that_fit``), whose values go here.
    """
    detail = Text()
    # The table's claimant column is clipped: who said it, and on whose authority, in full,
    # first, so a short terminal that shows one line of this shows that one.
    figure = short_figure(row, unit)
    detail.append(figure, style="bold")
    detail.append("  ")
    detail.append(one_line(row.claimant_text), style="" if row.claimant else "dim italic")
    detail.append("\n")
    interval = short_interval(row)
    # Said only when it tells more than the figure: "580" is its own interval, "≤ 2,000" says "−∞ – 2,000".
    # First on its line: at 80x24 the detail has a line a part, and the end of the title's line is cut.
    if "interval" in hidden and interval not in figure and "∞" not in interval:
        detail.append(f"interval {interval} · ", style="dim")
    detail.append(one_line(row.title), style="bold")
    detail.append(f" · {one_line(row.outlet_text)} · {date_text(row, ambiguous=ambiguous)}", style="dim")
    if row.claim_date_basis == "stated" and row.claim_date:
        from store.analysis.claim_dates import claim_date_label

        detail.append(f" · claim dated {claim_date_label(row.claim_date, row.claim_date_basis)}", style="dim")
    if group.is_echo:
        outlets = ", ".join(one_line(outlet) for outlet in group.outlets)
        detail.append(f" · repeated in {counted(len(group.article_ids), 'article')}: {outlets}", style="dim")
    detail.append("\n")
    detail.append(one_line(row.sentence))
    return detail


def doubtful_dates(table: FigureTable, date_ambiguous: Callable[[FigureRow], bool]) -> set[str]:
    """Dates every row of which comes from an article whose day and month could be swapped.

    A date some other article states plainly is a real date, whichever way the doubtful ones read.
    """
    ends = {table.summary.earliest, table.summary.latest} - {None}  # the summary shows no others
    doubtful: set[str] = set()
    plain: set[str] = set()
    for group in table.groups:
        for row in group.rows:
            if row.when is not None and row.when in ends:  # a stated date is no article's doubtful one
                (doubtful if date_ambiguous(row) and row.when == row.date else plain).add(row.when)
    return doubtful - plain


def subject_entries(subjects: Mapping[str, str], counts: Mapping[str | None, int]) -> list[PickerEntry]:
    """The subject picker's entries (id to label), the subjects with most claims first."""
    return [
        PickerEntry(
            subject_id,
            Text.assemble((label, "bold"), (f"  {claims_noun(counts.get(subject_id, 0))} · {subject_id}", "dim")),
            subject_haystack(subject_id, label),  # "shels" finds the shells share by its words, not only its label
        )
        for subject_id, label in sorted(subjects.items(), key=lambda kv: -counts.get(kv[0], 0))
    ]

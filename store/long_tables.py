"""Table layout for the verbs: widths that give running text room, tables of thousands of rows
printed as they are laid out, and rows as records where the terminal is too narrow for a table.

Rich lays a whole table out before it prints a line, measuring and wrapping
every cell: ``claimants --limit 0`` at 10,000 articles (42,000 rows) showed
nothing for a minute.  A long table is drawn here instead, with the same box
and column widths fixed up front: a cell that fits its column (nearly all)
is padded, one that does not is wrapped by Rich as its table would, and rows
go out in batches, so the first screenful appears at once and the whole
costs a tenth of the time.  Short tables keep Rich's own layout.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

LONG_TABLE_ROWS = 1000  # above this a table is printed here; Rich lays out 1,000 rows in about half a second
_LINES_PER_WRITE = 500
_LEAST_WIDTH = 4  # a column is never narrowed below this, nor below its header's longest word


def fitted_widths(columns: Sequence[str], cells: Sequence[Sequence[str]], terminal_width: int) -> list[int]:
    """Each column as wide as its widest cell, unless the table is too wide: then the widest columns are
    cut to one common width, the largest that lets the table fit (never below a header's longest word)."""
    natural = [max([cell_len(column), *(cell_len(row[i]) for row in cells)]) for i, column in enumerate(columns)]
    floors = [min(natural[i], max(_LEAST_WIDTH, *map(cell_len, column.split()))) for i, column in enumerate(columns)]
    room = terminal_width - (3 * len(columns) + 1)  # a rule and two spaces of padding per column, and the last rule

    def capped(cap: int) -> list[int]:
        return [max(floor, min(width, cap)) for width, floor in zip(natural, floors, strict=True)]

    if sum(natural) <= room:
        return natural
    low, high = 0, max(natural)  # the widest cap that fits, by bisection: cells can be thousands wide
    while low < high:
        cap = (low + high + 1) // 2
        low, high = (cap, high) if sum(capped(cap)) <= room else (low, cap - 1)
    widths = capped(low)
    # What the common cap leaves unused goes, a character each, to the columns it cut.
    spare = room - sum(widths)
    for i in sorted(range(len(widths)), key=lambda i: -natural[i]):
        if spare <= 0:
            break
        if widths[i] < natural[i]:
            widths[i] += 1
            spare -= 1
    return widths


def _cell_lines(console: Console, cell: str, width: int) -> list[str]:
    if "\n" not in cell and cell_len(cell) <= width:
        return [cell]
    return [line.plain for line in Text(cell).wrap(console, width, overflow="fold")] or [""]


def _padded(text: str, width: int) -> str:
    return text + " " * (width - cell_len(text))


def table_lines(
    console: Console, columns: Sequence[str], cells: Sequence[Sequence[str]], widths: Sequence[int]
) -> Iterator[str]:
    """The table's lines after its header: one or more per row, then the bottom edge."""
    frame = box.HEAVY_HEAD.substitute(console.options)  # ASCII where the terminal cannot show box lines
    for row in cells:
        parts = [_cell_lines(console, cell, width) for cell, width in zip(row, widths, strict=True)]
        for k in range(max(map(len, parts))):
            texts = [_padded(lines[k] if k < len(lines) else "", width) for lines, width in zip(parts, widths)]
            yield f"{frame.mid_left} " + f" {frame.mid_vertical} ".join(texts) + f" {frame.mid_right}"
    yield frame.get_bottom([width + 2 for width in widths])


def print_long_table(
    console: Console, columns: Sequence[str], cells: Sequence[Sequence[str]], widths: Sequence[int], title: str | None
) -> None:
    frame = box.HEAVY_HEAD.substitute(console.options)
    padded = [width + 2 for width in widths]
    table_width = sum(padded) + len(widths) + 1
    if title:
        # A title names a database path, which could hold "[red]" (markup): Text, never markup.
        console.print(Text(title, style="table.title"), width=table_width, justify="center")
    header = Text(frame.get_top(padded) + "\n" + f"{frame.head_left} ")
    for number, (column, width) in enumerate(zip(columns, widths, strict=True)):
        if number:
            header.append(f" {frame.head_vertical} ")
        header.append(_padded(column, width), style="bold")
    header.append(f" {frame.head_right}\n" + frame.get_row(padded, level="head"))
    console.print(header, crop=False)
    batch: list[str] = []
    for line in table_lines(console, columns, cells, widths):
        batch.append(line)
        if len(batch) >= _LINES_PER_WRITE:
            console.file.write("\n".join(batch) + "\n")
            console.file.flush()  # the first screenful now, not when the last row is laid out
            batch = []
    if batch:
        console.file.write("\n".join(batch) + "\n")
        console.file.flush()


# --- column widths for a table of running text ----------------------------------------------------

# Columns of running text get at least half of the terminal, and name columns wrap to make the room, so
# a sentence in an 80-column terminal reads over a few lines instead of a word per line beside wide
# name columns (Rich shares the width out by content, and long names won).
# ("removed by reason" is a list of short tags, not prose: as prose it squeezed the file names beside it
# into four-letter slices.)
PROSE_COLUMNS = frozenset({"sentence", "text", "title", "left", "right"})
PROSE_SHARE = 0.5
# A title beside the passage it heads is read less than the passage: it gets half a share.
PROSE_WEIGHT = {"title": 1}
PROSE_WEIGHT_DEFAULT = 2
PROSE_LEAST = 10  # below this Rich narrows every column instead: a terminal too narrow for the table
NAME_COLUMN_WIDTH = 22  # a name column wraps beyond this when the table has prose
NAME_COLUMN_LEAST = 4
NAME_WORD_LEAST = 12  # a name column keeps words up to this long whole ("Independent", "Intelligence")
ATOM_WIDTH = 14  # a column never wider than this holds ids, dates, scores: it is never wrapped


def column_widths(columns: list[str], cells: list[list[str]], terminal_width: int) -> list[int] | None:
    """Widths for a table with prose columns (None without: Rich's own sharing suits short cells)."""
    prose = [i for i, column in enumerate(columns) if column in PROSE_COLUMNS]
    if not prose:
        return None
    natural = [max([len(column), *(len(row[i]) for row in cells)]) for i, column in enumerate(columns)]
    room = terminal_width - (3 * len(columns) + 1)  # a rule and two spaces of padding per column, and the last rule
    weight = {i: PROSE_WEIGHT.get(columns[i], PROSE_WEIGHT_DEFAULT) for i in prose}
    total_weight = sum(weight.values())
    prose_least = {i: min(natural[i], int(room * PROSE_SHARE * weight[i] / total_weight)) for i in prose}
    # A name column is narrowed, a character at a time, never below the longest word of its header, nor
    # a column of ids or dates; first also not below the longest word of its names, while the prose keeps
    # most of its share, so "The Kyiv Independent" does not print as "Indepe" over "ndent".
    header_floors = [
        natural[i] if natural[i] <= ATOM_WIDTH else max(NAME_COLUMN_LEAST, *map(len, column.split()))
        for i, column in enumerate(columns)
    ]
    word_floors = [
        floor if i in prose_least else max(floor, _longest_word(cells, i, NAME_WORD_LEAST))
        for i, floor in enumerate(header_floors)
    ]
    widths = _shared_out(natural, prose_least, weight, word_floors, room)
    if all(widths[i] >= prose_least[i] * PROSE_KEPT_FOR_WHOLE_WORDS for i in prose):
        return widths
    # Whole words would cost the prose too much (four name columns at eighty characters): only some of
    # them whole would cost it as much for little, so the names are cut and the prose keeps its share.
    return _shared_out(natural, prose_least, weight, header_floors, room)


PROSE_KEPT_FOR_WHOLE_WORDS = 0.7  # the share of its room the prose may give up to keep names' words whole


def _shared_out(natural: list[int], prose_least: dict[int, int], weight: dict[int, int], floors: list[int],
                room: int) -> list[int]:
    widths = [prose_least[i] if i in prose_least else min(natural[i], NAME_COLUMN_WIDTH) for i in range(len(natural))]
    names = [i for i in range(len(natural)) if i not in prose_least]
    while sum(widths) > room:
        narrowable = [i for i in names if widths[i] > floors[i]]
        if not narrowable:
            break
        widths[max(narrowable, key=lambda i: widths[i])] -= 1
    # What the names leave goes to the prose, as far as its text needs; when they cannot leave its
    # share (many short columns in a narrow terminal), the prose takes what there is.
    spare = room - sum(widths)
    total_weight = sum(weight.values())
    for i in prose_least:
        widths[i] = max(PROSE_LEAST, widths[i] + min(natural[i] - widths[i], spare * weight[i] // total_weight))
    return widths


def _longest_word(cells: list[list[str]], column: int, cap: int) -> int:
    """The length of the longest word in a column, or ``cap`` if one is that long."""
    longest = 0
    for row in cells:
        for word in row[column].split():
            longest = max(longest, len(word))
            if longest >= cap:
                return cap
    return longest


# --- tables too wide for the terminal -------------------------------------------------------------

RECORD_PROSE_LEAST = 20  # running text narrower than this reads a word a line: rows become records instead
_RECORD_NAME_LEAST = 6


def fits_as_table(columns: Sequence[str], prose: Iterable[str], terminal_width: int) -> bool:
    """Whether each column can have its header's longest word (running text twenty characters) side by side."""
    wanted = [
        max(RECORD_PROSE_LEAST if column in prose else _RECORD_NAME_LEAST, *map(cell_len, column.split()))
        for column in columns
    ]
    return sum(wanted) + 3 * len(columns) + 1 <= terminal_width


_RULE = "──"


def _can_show(console: Console, text: str) -> bool:
    try:
        text.encode(console.encoding)
    except (LookupError, UnicodeEncodeError):
        return False
    return True


def print_records(console: Console, columns: Sequence[str], cells: Sequence[Sequence[str]], title: str | None) -> None:
    """Each row as a block of "column: value" lines, for a terminal too narrow for the table: at forty
    columns a table cut its headers into letters ("c", "o", "u", "n", "t") and its sentences into word slices."""
    if title:
        console.print(Text(title, style="table.title"))
    label_width = max(map(cell_len, columns), default=0) + 1
    rule = _RULE if _can_show(console, _RULE) else "--"  # as the boxes turn ASCII: never "\u2500" escapes
    for number, row in enumerate(cells, 1):
        record = Text(f"{rule} {number} {rule}", style="dim")
        for column, cell in zip(columns, row, strict=True):
            record.append("\n")
            record.append(f"{column}:".ljust(label_width + 1), style="bold")
            record.append(cell)
        console.print(record, overflow="fold", crop=False)
